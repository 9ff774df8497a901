import ArgumentParser
import Foundation
import Gazette
import GazetteLoad

extension GazetteCommand {
    struct Load: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load extracts (.json, .ndjson) or sources (.txt, .md, .html) into a database.",
            discussion: """
                --db sqlite:PATH or a file path (the default is sqlite:gazette.db), or postgres://…. Each \
                extract is checked as validate checks it; an invalid one, or one the database refuses, \
                fails alone and the others load. Loading an extract again replaces its document's rows; \
                documents are committed in transactions of --batch-size, so an interrupted load leaves \
                each document either fully present or absent. Exit status: 0 when all loaded, 1 when an \
                input failed, 2 when the database cannot be used.
                """)

        @Argument(help: "Files, or folders searched recursively.")
        var paths: [String]

        @Option(
            help:
                "The database: sqlite:PATH or a file path, or postgres://user[:password]@host[:port]/database (socket: postgres://user@/database?host=/run/postgresql; the password may come from PGPASSWORD or ~/.pgpass)."
        )
        var db = "sqlite:gazette.db"

        @Option(parsing: .unconditional, help: "Documents per transaction.")
        var batchSize = DocumentBatches.defaultSize

        @Flag(help: "Bring a database of an older Gazette schema version to this one.")
        var migrate = false

        @Flag(name: .shortAndLong, help: "Print no summary line.")
        var quiet = false

        @OptionGroup var source: SourceOptions

        func validate() throws {
            if batchSize < 1 { throw ValidationError("--batch-size must be at least 1, not \(batchSize)") }
            do {
                _ = try DatabaseURL(parsing: db)
            } catch {
                throw ValidationError(error.description)
            }
        }

        func run() async throws {
            let database = try DatabaseURL(parsing: db)
            let files = InputFinder.files(
                in: paths, extensions: InputFinder.sourceExtensions.union(["json", "ndjson"]),
                followingSymlinks: source.followSymlinks)
            for note in files.notes { reportNote(note) }
            var failures = files.missing.count
            for missing in files.missing { reportError(missing.description) }
            // Inputs are read, checked and written a batch at a time, so memory holds one batch
            // and a long load writes as it goes.
            var inputs = Array(zip(files.found, files.names)).makeIterator()
            let refused = Counter()
            // The inputs each document came from, to name them when the database refuses one.
            let origins = Origins()
            let batches = DocumentBatches { [source, batchSize] in
                var batch: [Document] = []
                while batch.count < batchSize, let (file, name) = inputs.next() {
                    do {
                        let read = try Self.documents(in: file, name: name, pipeline: source.pipeline)
                        batch += read.documents
                        for document in read.documents { origins.files[document.id, default: []].insert(file) }
                        for problem in read.refused { reportError(problem) }
                        refused.value += read.refused.count
                    } catch let error as GazetteError {
                        reportError(error.description)
                        refused.value += 1
                    } catch {
                        reportError("\(file): \(error)")
                        refused.value += 1
                    }
                }
                return batch.isEmpty ? nil : batch
            }
            let report: LoadReport
            do {
                report = try await database.loader(batchSize: batchSize, migrate: migrate).load(batches)
            } catch {
                reportError(error.description)
                throw ExitCode(2)
            }
            failures += refused.value
            for failure in report.failures {
                let files = origins.files[failure.document].map { $0.sorted().joined(separator: ", ") } ?? failure.name
                reportError("\(files): not loaded (\(failure.reason))")
            }
            failures += report.failures.count
            if !quiet {
                let line =
                    "gazette: loaded \(counted(report.documents, "document")) (\(counted(report.counts["figures"] ?? 0, "figure"))) into \(database.shown), \(failures) failed\n"
                FileHandle.standardError.write(Data(line.utf8))
            }
            if failures > 0 { throw ExitCode.failure }
        }

        /// The records of one input: an extract, an NDJSON file of extracts or answers, or a source.
        /// A source's record is named `name` (`InputFinder`). An extract is checked as `validate`
        /// checks it (schema and value rules) and refused, with a line saying why, when it fails;
        /// in NDJSON each bad line is refused alone.
        static func documents(
            in file: String, name: String, pipeline: Pipeline
        ) throws -> (documents: [Document], refused: [String]) {
            let validator = ExtractValidator()
            switch (file as NSString).pathExtension.lowercased() {
            case "json":
                let bytes = try SourceFile.read(file)
                if let error = validator.findings(inJSON: bytes, file: file).first(where: { $0.severity == .error }) {
                    throw GazetteError.invalidRecord(file, reason: Self.described(error))
                }
                guard let document = try? JSONEmitter.document(from: Data(bytes)) else {
                    throw GazetteError.invalidRecord(file, reason: "its fields do not make a record")
                }
                return ([document], [])
            case "ndjson":
                var documents: [Document] = []
                var refused: [String] = []
                var bytes = try SourceFile.read(file)
                if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }  // a byte-order mark
                for (number, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated()
                where line.contains(where: { $0 > 0x20 }) {
                    let bytes = Array(line)
                    guard let document = JSONEmitter.record(fromLine: Data(bytes)) else {
                        refused.append(
                            "\(file): line \(number + 1) is not a Gazette record (not JSON, or cut short); the other lines load"
                        )
                        continue
                    }
                    if let error = validator.findings(inJSON: Self.recordBytes(bytes), file: file).first(where: {
                        $0.severity == .error
                    }) {
                        refused.append(
                            "\(file): line \(number + 1) is not a valid Gazette record: \(Self.described(error)); the other lines load"
                        )
                        continue
                    }
                    documents.append(document)
                }
                return (documents, refused)
            default:
                return ([try pipeline.document(atPath: file, sourceName: name)], [])
            }
        }

        /// The record of an NDJSON line: the line itself, or the `record` of an answer line.
        private static func recordBytes(_ line: [UInt8]) -> [UInt8] {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                object["schemaVersion"] == nil,
                let record = object["record"], let data = try? JSONSerialization.data(withJSONObject: record)
            else { return line }
            return Array(data)
        }

        /// A finding in one phrase, with where it is unless the message says so already.
        private static func described(_ finding: Finding) -> String {
            finding.pointer.isEmpty || finding.message.contains(finding.pointer)
                ? finding.message : "\(finding.pointer): \(finding.message)"
        }
    }
}

/// A count kept by a closure that outlives the scope it was made in.
final class Counter: @unchecked Sendable {
    var value = 0
}

/// The input files of each document id a load has read.
final class Origins: @unchecked Sendable {
    var files: [String: Set<String>] = [:]
}
