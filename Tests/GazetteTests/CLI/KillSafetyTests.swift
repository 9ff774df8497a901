import Foundation
import GRDB
import Testing
@testable import Gazette

/// Kills `convert` and `load` with SIGKILL at many points and checks that what they leave is
/// complete or absent, and that running again finishes with the result of an uninterrupted run.
@Suite(.serialized) struct KillSafetyTests {
    /// A corpus of copies of the samples, large enough for a run to be interrupted.
    static func corpus(in folder: URL, copies: Int) throws {
        let samples = GazetteBinary.repositoryRoot.appendingPathComponent("Samples")
        let names = try FileManager.default.contentsOfDirectory(atPath: samples.path).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for copy in 0..<copies {
            for name in names {
                let bytes = try Data(contentsOf: samples.appendingPathComponent(name))
                try bytes.write(to: folder.appendingPathComponent("\(copy)-\(name)"))
            }
        }
    }

    /// Starts the binary, kills it after `delay` seconds, and waits for it.
    static func killed(_ arguments: [String], after delay: Double) throws {
        let process = Process()
        process.executableURL = try GazetteBinary.executable()
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: delay)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    @Test func killedConvertLeavesOnlyCompleteFilesAndRerunFinishes() throws {
        let scratch = try TemporaryFolder()
        let input = scratch.url.appendingPathComponent("in")
        try Self.corpus(in: input, copies: 15)
        let reference = scratch.url.appendingPathComponent("reference").path
        #expect(try GazetteBinary.run(["convert", input.path, "--out", reference, "--quiet"]).status == 0)
        let expected = try FileManager.default.contentsOfDirectory(atPath: reference).sorted()

        for (round, delay) in [0.02, 0.05, 0.1, 0.15, 0.25, 0.4].enumerated() {
            let out = scratch.url.appendingPathComponent("out-\(round)").path
            try Self.killed(["convert", input.path, "--out", out, "--jobs", "2", "--quiet"], after: delay)
            // Whatever is there under a final name is complete: it equals the reference.
            for name in (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? [] where !name.hasPrefix(".") {
                let left = try Data(contentsOf: URL(fileURLWithPath: out + "/" + name))
                #expect(left == (try Data(contentsOf: URL(fileURLWithPath: reference + "/" + name))), "round \(round): \(name) is not complete")
            }
            #expect(try GazetteBinary.run(["convert", input.path, "--out", out, "--quiet", "--incremental"]).status == 0)
            let finished = try FileManager.default.contentsOfDirectory(atPath: out).filter { !$0.hasPrefix(".") }.sorted()
            #expect(finished == expected, "round \(round)")
            for name in expected {
                #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/" + name)) == Data(contentsOf: URL(fileURLWithPath: reference + "/" + name)),
                        "round \(round): \(name) differs after the rerun")
            }
        }
    }

    @Test func killedLoadLeavesWholeDocumentsAndRerunFinishes() throws {
        let scratch = try TemporaryFolder()
        let input = scratch.url.appendingPathComponent("in")
        try Self.corpus(in: input, copies: 15)
        let records = scratch.url.appendingPathComponent("records").path
        #expect(try GazetteBinary.run(["convert", input.path, "--out", records, "--quiet", "--compact"]).status == 0)
        let reference = scratch.url.appendingPathComponent("reference.db").path
        #expect(try GazetteBinary.run(["load", records, "--db", "sqlite:" + reference, "--quiet"]).status == 0)
        let expected = try Self.figuresPerDocument(reference)

        for (round, delay) in [0.05, 0.1, 0.2, 0.3, 0.5].enumerated() {
            let path = scratch.url.appendingPathComponent("killed-\(round).db").path
            try Self.killed(["load", records, "--db", "sqlite:" + path, "--batch-size", "3", "--quiet"], after: delay)
            if FileManager.default.fileExists(atPath: path), let partial = try? Self.figuresPerDocument(path) {
                // Every document present has all of its figures.
                for (id, count) in partial { #expect(expected[id] == count, "round \(round): document \(id.prefix(8)) is partial") }
            }
            #expect(try GazetteBinary.run(["load", records, "--db", "sqlite:" + path, "--quiet"]).status == 0)
            #expect(try Self.figuresPerDocument(path) == expected, "round \(round)")
        }
    }

    static func figuresPerDocument(_ path: String) throws -> [String: Int] {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT documents.id AS id, count(figures.ordinal) AS n FROM documents
                LEFT JOIN figures ON figures.document_id = documents.id GROUP BY documents.id
                """)
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as String, $0["n"] as Int) })
        }
    }
}
