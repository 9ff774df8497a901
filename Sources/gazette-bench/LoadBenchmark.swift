import ArgumentParser
import Foundation
import Gazette
import GazetteLoad

/// Figures per second loaded into SQLite (and PostgreSQL with --postgres): the given extracts
/// copied under new document ids until there are enough figures, into a new database.
struct LoadBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Figures per second loaded into a new SQLite file, and into PostgreSQL with --postgres.")

    @Argument(help: "JSON extracts, e.g. Output/*.json.")
    var files: [String]

    @Option(help: "How many figures to load at least.")
    var figures = 100_000

    @Option(help: "Documents per transaction.")
    var batchSize = DocumentBatches.defaultSize

    @Option(help: "Also load into this PostgreSQL database (postgres://…).")
    var postgres: String?

    func run() async throws {
        let originals = try files.map { try JSONEmitter.document(from: Data(try SourceFile.read($0))) }
        var documents: [Document] = []
        var total = 0
        var copy = 0
        while total < figures {
            for original in originals where total < figures {
                var document = original
                document.source.sha256 = String(format: "%064x", copy)
                documents.append(document)
                total += document.allFigureCount
                copy += 1
            }
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gazette-load-\(ProcessInfo.processInfo.processIdentifier).db"
        ).path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var loader = SQLiteLoader(path: path)
        loader.batchSize = batchSize
        var counts: [String: Int] = [:]
        let seconds = try fastestThrowing { counts = try loader.load(documents).counts }
        let loaded = counts["figures"] ?? 0
        print(
            String(
                format: "load sqlite: %d documents, %d figures, %d rows in all, %.2f s, %.0f figures/s",
                documents.count, loaded, counts.values.reduce(0, +), seconds, Double(loaded) / seconds))
        if let postgres {
            let loader = try DatabaseURL(parsing: postgres).loader(batchSize: batchSize)
            let start = DispatchTime.now().uptimeNanoseconds
            let pgCounts = try await loader.load(documents).counts
            let pgSeconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            print(
                String(
                    format: "load postgres: %d figures, %.2f s, %.0f figures/s", pgCounts["figures"] ?? 0, pgSeconds,
                    Double(pgCounts["figures"] ?? 0) / pgSeconds))
        }
    }

    private func fastestThrowing(_ body: () throws -> Void) throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
