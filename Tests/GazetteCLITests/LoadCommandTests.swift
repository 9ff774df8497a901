import Foundation
import GRDB
import GazetteTestSupport
import Testing

@testable import Gazette

/// `gazette load` as a user meets it: a bad input fails alone with one line naming it, the
/// others load, the summary counts both; database arguments are checked and never echo a
/// password.
@Suite struct LoadCommandTests {
    static let output = GazetteBinary.repositoryRoot.appendingPathComponent("Output")

    /// A committed record as a JSON object, given a new id so that it is a document of its own.
    private func record(_ name: String, id: String) throws -> [String: Any] {
        let data = try Data(contentsOf: Self.output.appendingPathComponent(name))
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var source = try #require(object["source"] as? [String: Any])
        source["sha256"] = String(repeating: id, count: 64 / id.count)
        object["source"] = source
        return object
    }

    private func bytes(_ object: [String: Any]) throws -> [UInt8] {
        Array(try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]))
    }

    private func documentCount(_ path: String) throws -> Int {
        try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? -1 }
    }

    @Test func eachBadRecordFailsAloneAndTheRestLoad() throws {
        let folder = try TemporaryFolder()
        let good = try FileManager.default.contentsOfDirectory(atPath: Self.output.path).filter {
            $0.hasSuffix(".json")
        }.sorted()
        for name in good {
            try folder.write(Array(Data(contentsOf: Self.output.appendingPathComponent(name))), to: "in/\(name)")
        }

        // Two sections numbered 2 at the same level.
        var duplicated = try record("notice-items.json", id: "a1")
        var sections = try #require(duplicated["sections"] as? [Any])
        sections.insert(sections[1], at: 2)
        duplicated["sections"] = sections
        try folder.write(try bytes(duplicated), to: "in/bad-duplicate-sections.json")
        // A figure whose value is not a decimal.
        var undecimal = try record("government-work-summary.json", id: "b2")
        var lead = try #require(undecimal["lead"] as? [String: Any])
        var figures = try #require(lead["figures"] as? [[String: Any]])
        try #require(!figures.isEmpty)
        figures[0]["value"] = "abc"
        lead["figures"] = figures
        undecimal["lead"] = lead
        try folder.write(try bytes(undecimal), to: "in/bad-value.json")
        // A schema version this Gazette does not read.
        var future = try record("holiday-arrangement.json", id: "c3")
        future["schemaVersion"] = "9.0"
        try folder.write(try bytes(future), to: "in/bad-version.json")
        // NDJSON whose middle line was cut short; its other lines load.
        let first = try bytes(record("cases-bulletin.json", id: "d4"))
        let cut = Array(try bytes(record("county-statistics-bulletin.json", id: "e5")).prefix(300))
        let last = try bytes(record("portal-cases-01.json", id: "f6"))
        try folder.write(first + [0x0A] + cut + [0x0A] + last + [0x0A], to: "in/stream.ndjson")

        let database = folder.path("g.db")
        let run = try GazetteBinary.run(["load", folder.path("in"), "--db", database])
        #expect(run.status == 1)
        let errors = run.stderrLines.filter { !$0.hasPrefix("gazette: loaded") }
        #expect(errors.count == 4, "\(run.stderr)")
        for (file, cause) in [
            ("bad-duplicate-sections.json", "appears twice"), ("bad-value.json", "abc"),
            ("bad-version.json", "9.0"), ("stream.ndjson: line 2", "cut short"),
        ] {
            #expect(errors.contains { $0.contains(file) && $0.contains(cause) }, "no line names \(file): \(run.stderr)")
        }
        #expect(
            run.stderrLines.last
                == "gazette: loaded \(good.count + 2) documents (\(try figureCount(good) + figureCount(first, last)) figures) "
                + "into sqlite:\(database), 4 failed")
        #expect(try documentCount(database) == good.count + 2)
    }

    private func figureCount(_ names: [String]) throws -> Int {
        try names.reduce(0) {
            $0
                + (try JSONEmitter.document(from: Data(contentsOf: Self.output.appendingPathComponent($1))))
                .allFigureCount
        }
    }

    private func figureCount(_ lines: [UInt8]...) throws -> Int {
        try lines.reduce(0) { $0 + (try JSONEmitter.document(from: Data($1))).allFigureCount }
    }

    @Test func aPlainPathIsAnSQLiteDatabaseAndAnEmptyOneIsRefused() throws {
        let folder = try TemporaryFolder()
        let record = Self.output.appendingPathComponent("notice-items.json").path
        let plain = try GazetteBinary.run(["load", record, "--db", "plain.db", "--quiet"], in: folder.url)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(try documentCount(folder.path("plain.db")) == 1)
        let empty = try GazetteBinary.run(["load", record, "--db", "sqlite:"], in: folder.url)
        #expect(empty.status != 0)
        #expect(empty.stderr.contains("sqlite:") && empty.stderr.contains("names no file"))
        let other = try GazetteBinary.run(["load", record, "--db", "mysql://root:hunter2@db/x"], in: folder.url)
        #expect(other.status != 0)
        #expect(!other.stderr.contains("hunter2"))
        #expect(other.stderr.contains("mysql://root:***@db/x"))
    }

    @Test func aPostgreSQLPasswordIsNeverPrinted() throws {
        let record = Self.output.appendingPathComponent("notice-items.json").path
        // Nothing listens on port 1: the load cannot connect, and says where it tried.
        let run = try GazetteBinary.run(["load", record, "--db", "postgres://analyst:s3cret-word@127.0.0.1:1/gazette"])
        #expect(run.status == 2)
        #expect(run.stderrLines.count == 1, "\(run.stderr)")
        #expect(!run.stderr.contains("s3cret-word"))
        #expect(run.stderr.contains("postgres://analyst:***@127.0.0.1:1/gazette"))
        #expect(run.stderr.contains("connection refused at 127.0.0.1:1"), "\(run.stderr)")
    }
}
