import ArgumentParser
import Foundation
import Gazette
import GazetteLoad

extension GazetteCommand {
    struct Convert: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert files and folders of announcements: NAME.json per input plus CSV tables for all.",
            discussion: """
                Inputs are converted on --jobs threads; the output is the same, byte for byte, whatever \
                the number. Every file is written under a temporary name and renamed into place, so an \
                interrupted run leaves no partial file and rerunning it finishes the job.
                """)

        @Argument(help: "Files, or folders searched recursively for .txt, .md, .html and .htm files.")
        var inputs: [String]

        @Option(name: [.short, .customLong("out")], help: "The output folder (created if missing).")
        var out: String

        @Option(
            name: [.short, .customLong("jobs")], parsing: .unconditional,
            help: "Threads to convert on (default: the number of cores).")
        var jobs: Int?

        @Flag(help: "Skip inputs whose extract in --out is current (same source checksum and Gazette version).")
        var incremental = false

        @Flag(help: "Stop at the first input that fails.")
        var failFast = false

        @Flag(help: "Mirror the folders of the inputs under --out instead of using unique file names.")
        var keepDirs = false

        @Flag(help: "Write JSON on one line per file.")
        var compact = false

        @Option(help: "Also load the records into this database while converting (sqlite:PATH or postgres://…).")
        var db: String?

        @Flag(name: .shortAndLong, help: "Print no progress and no summary line.")
        var quiet = false

        @OptionGroup var source: SourceOptions

        func validate() throws {
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, not \(jobs)") }
            if let db {
                do {
                    _ = try DatabaseURL(parsing: db)
                } catch {
                    throw ValidationError(error.description)
                }
            }
        }

        func run() async throws {
            let files = InputFinder.files(in: inputs, followingSymlinks: source.followSymlinks)
            for missing in files.missing { reportError(missing.description) }
            if !quiet { for note in files.notes { reportNote(note) } }
            var converter = BatchConverter(
                pipeline: source.pipeline, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
            converter.pretty = !compact
            converter.incremental = incremental
            converter.failFast = failFast
            if let db {
                let loader = try DatabaseURL(parsing: db).loader()
                converter.documentSink = { documents in
                    // A document the database refuses fails the batch's database step with a line naming it.
                    if let failure = try await loader.load(documents).failures.first {
                        throw GazetteError.writeFailed(
                            failure.name, reason: "the database refused its record: \(failure.reason)")
                    }
                }
            }
            let outputs =
                keepDirs
                ? OutputNames.mirroredJSONNames(for: files.names) : OutputNames.uniqueJSONNames(for: files.found)
            let jobsList = files.found.indices.map {
                BatchConverter.Job(path: files.found[$0], name: files.names[$0], output: outputs[$0])
            }
            Interruption.cleanUp(out)
            let progress = Progress(enabled: !quiet && isatty(2) == 1)
            let summary: BatchConverter.Summary
            do {
                summary = try await converter.run(jobsList, into: out) { event in
                    switch event {
                    case .failed(let error):
                        progress.clear()
                        reportError(error.description)
                    case .progress(let done, let total, let bytes, let failures):
                        progress.show(done: done, total: total, bytes: bytes, failures: failures)
                    }
                }
            } catch let error as GazetteError {
                progress.clear()
                reportError(error.description)
                throw ExitCode.failure
            } catch let error as CustomStringConvertible {
                progress.clear()
                reportError(error.description)
                throw ExitCode(2)
            }
            progress.clear()
            if incremental { removeOrphans(in: out, keeping: Set(outputs)) }
            let failures = summary.failures + files.missing.count
            if !quiet {
                let reused = summary.reused > 0 ? " (\(summary.reused) up to date)" : ""
                let line =
                    "gazette: converted \(counted(summary.documents, "document"))\(reused), \(failures) failed, \(summary.bytes) bytes in "
                    + String(format: "%.2f", summary.seconds) + " s\n"
                FileHandle.standardError.write(Data(line.utf8))
            }
            if failures > 0 { throw ExitCode.failure }
        }

        /// With --incremental, the extracts in `folder` whose input is no longer among the
        /// inputs are removed (each with a note), so the folder matches its CSV tables again.
        private func removeOrphans(in folder: String, keeping outputs: Set<String>) {
            guard let walk = FileManager.default.enumerator(atPath: folder) else { return }
            var orphans: [String] = []
            while let relative = walk.nextObject() as? String {
                if relative.hasSuffix(".json"), !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
                    !outputs.contains(relative)
                {
                    orphans.append(relative)
                }
            }
            for relative in orphans.sorted() {
                let path = folder + "/" + relative
                guard (try? FileManager.default.removeItem(atPath: path)) != nil else { continue }
                if !quiet {
                    reportNote(
                        "removed \(path): its input is gone (--incremental keeps the folder in step with the inputs)")
                }
            }
        }
    }
}

/// A one-line progress display on a terminal: files done / total, MB/s, time left, failures.
final class Progress: @unchecked Sendable {
    private let enabled: Bool
    private let started = Date()
    private var shown = false

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func show(done: Int, total: Int, bytes: Int, failures: Int) {
        guard enabled else { return }
        let seconds = max(Date().timeIntervalSince(started), 0.001)
        let rate = Double(bytes) / 1e6 / seconds
        let left = done > 0 ? seconds / Double(done) * Double(total - done) : 0
        let line = String(
            format: "\r%d/%d files  %.1f MB/s  %.0f s left  %d failed ", done, total, rate, left, failures)
        FileHandle.standardError.write(Data(line.utf8))
        shown = true
    }

    func clear() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = false
    }
}
