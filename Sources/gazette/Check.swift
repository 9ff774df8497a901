import ArgumentParser
import Foundation
import Gazette

extension GazetteCommand {
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert inputs in memory and fail when the result differs from the expected folder.",
            discussion: """
                Compares every file `convert` would write (NAME.json per input and the CSV tables) with \
                the files in --expected, and prints what changed. --update writes the new files instead. \
                Exit status: 0 when all match (or after --update), 1 when something differs, 2 on read errors.
                """)

        @Option(help: "The folder of expected extracts, as `convert --out` wrote it.")
        var expected: String

        @Argument(help: "Files, or folders searched recursively for .txt, .md, .html and .htm files.")
        var inputs: [String]

        @Flag(help: "Rewrite the expected files with the new results.")
        var update = false

        @OptionGroup var source: SourceOptions

        func run() async throws {
            let files = InputFinder.files(in: inputs, followingSymlinks: source.followSymlinks)
            for note in files.notes { reportNote(note) }
            for missing in files.missing { reportError(missing.description) }
            if !files.missing.isEmpty { throw ExitCode(2) }
            // The same conversion as `convert`, with the same names, kept in memory.
            let names = OutputNames.uniqueJSONNames(for: files.found)
            let jobs = files.found.indices.map {
                BatchConverter.Job(path: files.found[$0], name: files.names[$0], output: names[$0])
            }
            var failed = false
            let outputs = try await BatchConverter(pipeline: source.pipeline).files(for: jobs) { event in
                if case .failed(let error) = event {
                    reportError(error.description)
                    failed = true
                }
            }.files
            if failed { throw ExitCode(2) }
            var differing = 0
            for (name, bytes) in outputs {
                let path = expected + "/" + name
                let current = try? SourceFile.read(path, maximumBytes: Int.max)
                guard current != bytes else { continue }
                differing += 1
                if update {
                    try AtomicFile.makeDirectory(expected)
                    try AtomicFile.write(Data(bytes), to: path)
                    FileHandle.standardError.write(Data("gazette: updated \(path)\n".utf8))
                    continue
                }
                var lines = [path + (current == nil ? ": missing" : ": differs")]
                if let current { lines += OutputDifference.lines(name: name, expected: current, actual: bytes) }
                writeOut(Data((lines.joined(separator: "\n") + "\n").utf8))
            }
            // Files convert writes that no input made any more.
            let made = Set(outputs.map(\.name))
            let extra = ((try? FileManager.default.contentsOfDirectory(atPath: expected)) ?? [])
                .filter { ($0.hasSuffix(".json") || $0.hasSuffix(".csv")) && !made.contains($0) }.sorted()
            for name in extra {
                let path = expected + "/" + name
                if update {
                    try? FileManager.default.removeItem(atPath: path)
                    FileHandle.standardError.write(Data("gazette: removed \(path) (no input makes it)\n".utf8))
                } else {
                    writeOut(Data("\(path): extra (no input makes it)\n".utf8))
                }
            }
            if differing + extra.count > 0, !update {
                var what: [String] = []
                if differing > 0 { what.append("\(differing) of \(counted(outputs.count, "file")) differ") }
                if !extra.isEmpty { what.append("\(counted(extra.count, "extra file")) in the folder") }
                reportError(
                    "\(expected): \(what.joined(separator: ", ")); rerun with --update after reviewing the changes")
                throw ExitCode.failure
            }
        }
    }
}

/// What changed in one output, in lines indented under its name: a record's changes field by
/// field, as `diff` prints them; a table's rows that went or came.
enum OutputDifference {
    static let shown = 20

    static func lines(name: String, expected: [UInt8], actual: [UInt8]) -> [String] {
        var lines: [String]
        if name.hasSuffix(".json") {
            guard let changes = try? RecordDiff.changes(from: expected, to: actual) else {
                return ["  not a JSON record"]
            }
            lines = changes.map { "  " + $0.description }
        } else {
            let old = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let new = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let difference = new.difference(from: old)
            lines = difference.map { change in
                switch change {
                case .remove(let offset, let row, _): "  row \(offset + 1) removed: \(row)"
                case .insert(let offset, let row, _): "  row \(offset + 1) added: \(row)"
                }
            }
        }
        if lines.count > shown { lines = Array(lines.prefix(shown)) + ["  … and \(lines.count - shown) more changes"] }
        return lines
    }
}
