import Foundation
import GRDB
import GazetteTestSupport
import Testing

@testable import Gazette

/// `convert --db` loads each window's records while it converts them.
@Suite struct ConvertIntoDatabaseTests {
    @Test func convertLoadsEveryRecordOnceAndAgainIdempotently() throws {
        let scratch = try TemporaryFolder()
        let out = scratch.url.appendingPathComponent("out").path
        let database = scratch.url.appendingPathComponent("g.db").path
        let samples = GazetteBinary.repositoryRoot.appendingPathComponent("Samples").path
        let first = try GazetteBinary.run(["convert", samples, "--out", out, "--db", "sqlite:" + database, "--quiet"])
        #expect(first.status == 0, "\(first.stderr)")
        let records = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasSuffix(".json") }
            .map { try JSONEmitter.document(from: Data(contentsOf: URL(fileURLWithPath: out + "/" + $0))) }
        let figures = records.reduce(0) { $0 + $1.allFigureCount }
        #expect(try counts(database) == [records.count, figures])
        #expect(
            try GazetteBinary.run([
                "convert", samples, "--out", out, "--db", "sqlite:" + database, "--incremental", "--quiet",
            ]).status == 0)
        #expect(try counts(database) == [records.count, figures])
    }

    @Test func anUnusableDatabaseStopsConvertWithOneLine() throws {
        let scratch = try TemporaryFolder()
        let samples = GazetteBinary.repositoryRoot.appendingPathComponent("Samples").path
        let run = try GazetteBinary.run([
            "convert", samples, "--out", scratch.url.path + "/out", "--db", "sqlite:/proc/gazette.db",
        ])
        #expect(run.status == 2)
        #expect(run.stderrLines.count == 1)
        #expect(run.stderr.contains("/proc/gazette.db"))
    }

    private func counts(_ path: String) throws -> [Int] {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            [
                try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? -1,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM figures") ?? -1,
            ]
        }
    }
}
