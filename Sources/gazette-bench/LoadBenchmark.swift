import ArgumentParser
import Foundation
import Gazette

/// Figures per second loaded into SQLite: the given extracts copied under new document ids
/// until there are enough figures.
struct LoadBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Figures per second loaded into an SQLite file.")

    @Argument(help: "JSON extracts, e.g. Output/*.json.")
    var files: [String]

    @Option(help: "How many figures to load at least.")
    var figures = 100_000

    @Option(help: "Documents per transaction.")
    var batchSize = 100

    func run() throws {
        let originals = try files.map { try JSONEmitter.document(from: Data(try SourceFile.read($0))) }
        var documents: [Document] = []
        var total = 0
        var copy = 0
        while total < figures {
            for original in originals where total < figures {
                var document = original
                document.source.sha256 = String(format: "%064x", copy)
                documents.append(document)
                total += document.lead.figures.count + document.allSections.reduce(0) { $0 + $1.section.figures.count }
                copy += 1
            }
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-load-\(ProcessInfo.processInfo.processIdentifier).db").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var loader = SQLiteLoader(path: path)
        loader.batchSize = batchSize
        var counts: [String: Int] = [:]
        let seconds = try fastestThrowing { counts = try loader.load(documents) }
        let loaded = counts["figures"] ?? 0
        print(String(format: "load sqlite: %d documents, %d figures, %d rows in all, %.2f s, %.0f figures/s",
                     documents.count, loaded, counts.values.reduce(0, +), seconds, Double(loaded) / seconds))
    }

    private func fastestThrowing(_ body: () throws -> Void) throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
