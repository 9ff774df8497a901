import ArgumentParser
import Foundation
import Gazette

extension GazetteCommand {
    struct Load: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load extracts (.json, .ndjson) or sources (.txt, .html) into a database.",
            discussion: """
            --db sqlite:PATH (the default is sqlite:gazette.db). Loading an extract again replaces its \
            document's rows; documents are committed in transactions of --batch-size, so an \
            interrupted load leaves each document either fully present or absent. Exit status: 0 \
            when all loaded, 1 when an input failed, 2 when the database cannot be used.
            """)

        @Argument(help: "Files, or folders searched recursively.")
        var paths: [String]

        @Option(help: "The database: sqlite:PATH, or postgres://user[:password]@host[:port]/database (socket: postgres://user@/database?host=/run/postgresql).")
        var db = "sqlite:gazette.db"

        @Option(help: "Documents per transaction.")
        var batchSize = 100

        @Flag(help: "Bring a database of another Gazette schema version to this one.")
        var migrate = false

        @Flag(name: .shortAndLong, help: "Print no summary line.")
        var quiet = false

        @OptionGroup var source: SourceOptions

        func validate() throws {
            if batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
            guard db.hasPrefix("sqlite:") || db.hasPrefix("postgres://") || db.hasPrefix("postgresql://") else {
                throw ValidationError("--db must be sqlite:PATH or postgres://…")
            }
        }

        func run() throws {
            let files = InputFinder.files(in: paths, extensions: InputFinder.sourceExtensions.union(["json", "ndjson"]), followingSymlinks: source.followSymlinks)
            for note in files.notes { reportNote(note) }
            var failures = files.missing.count
            for missing in files.missing { reportError(missing.description) }
            var documents: [Document] = []
            for (file, name) in zip(files.found, files.names) {
                do {
                    documents += try Self.documents(in: file, name: name, pipeline: source.pipeline)
                } catch let error as GazetteError {
                    reportError(error.description)
                    failures += 1
                }
            }
            let counts: [String: Int]
            do {
                counts = try load(documents)
            } catch let error as CustomStringConvertible {
                reportError(error.description)
                throw ExitCode(2)
            }
            if !quiet {
                let line = "gazette: loaded \(documents.count) documents (\(counts["figures"] ?? 0) figures) into \(db), \(failures) failed\n"
                FileHandle.standardError.write(Data(line.utf8))
            }
            if failures > 0 { throw ExitCode.failure }
        }

        private func load(_ documents: [Document]) throws -> [String: Int] {
            if db.hasPrefix("sqlite:") {
                var loader = SQLiteLoader(path: String(db.dropFirst("sqlite:".count)))
                loader.batchSize = batchSize
                loader.migrate = migrate
                return try loader.load(documents)
            }
            var loader = try PostgresLoader(url: db)
            loader.batchSize = batchSize
            loader.migrate = migrate
            let configured = loader
            return try waitFor { try await configured.load(documents) }
        }

        /// The records of one input: an extract, an NDJSON file of extracts or answers, or a source.
        /// A source's record is named `name` (`InputFinder`).
    static func documents(in file: String, name: String, pipeline: Pipeline) throws -> [Document] {
            switch (file as NSString).pathExtension.lowercased() {
            case "json":
                guard let document = try? JSONEmitter.document(from: Data(try SourceFile.read(file))) else {
                    throw GazetteError.undecodable(file, reason: "not a Gazette record; check it with gazette validate")
                }
                return [document]
            case "ndjson":
                var documents: [Document] = []
                for (number, line) in try SourceFile.read(file).split(separator: 0x0A).enumerated() where line.contains(where: { $0 > 0x20 }) {
                    guard let document = JSONEmitter.record(fromLine: Data(line)) else {
                        throw GazetteError.undecodable(file, reason: "line \(number + 1) is not a Gazette record")
                    }
                    documents.append(document)
                }
                return documents
            default:
                return [try pipeline.document(atPath: file, sourceName: name)]
            }
        }
    }
}

/// The result of async work, handed from the task that made it to the thread waiting for it.
final class ResultBox<T: Sendable>: @unchecked Sendable {
    var result: Result<T, Error>?
}

/// Runs async work from the synchronous command and waits for its result.
func waitFor<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    Task {
        do { box.result = .success(try await work()) } catch { box.result = .failure(error) }
        done.signal()
    }
    done.wait()
    return try box.result!.get()
}
