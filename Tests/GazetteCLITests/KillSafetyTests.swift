import Foundation
import GRDB
import GazetteTestSupport
import Testing

@testable import Gazette

/// Kills `convert` and `load` with SIGKILL at several points of a run over 10,000 documents,
/// checks that each kill really interrupted the run, that what the run leaves is complete or
/// absent, and that running again finishes with the result of an uninterrupted run.
@Suite(.serialized) struct KillSafetyTests {
    /// A corpus of copies of the samples, `documents` files at least, each copy a document of
    /// its own (its bytes, and so its id, differ by a closing note or an HTML comment).
    static func corpus(in folder: URL, documents: Int) throws {
        let samples = GazetteBinary.repositoryRoot.appendingPathComponent("Samples")
        let names = try FileManager.default.contentsOfDirectory(atPath: samples.path).filter {
            $0.hasSuffix(".txt") || $0.hasSuffix(".html")
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for copy in 0..<(documents + names.count - 1) / names.count {
            for name in names {
                var bytes = try Data(contentsOf: samples.appendingPathComponent(name))
                bytes.append(Data((name.hasSuffix(".html") ? "\n<!-- 副本\(copy) -->\n" : "\n（副本\(copy)）\n").utf8))
                try bytes.write(to: folder.appendingPathComponent("\(copy)-\(name)"))
            }
        }
    }

    /// Starts the binary and kills it once `reached` says the run has got that far: a kill
    /// that lands on the run's progress, whatever the machine's speed. Whether the kill
    /// interrupted it.
    static func killed(_ arguments: [String], when reached: () -> Bool) throws -> Bool {
        let process = Process()
        process.executableURL = try GazetteBinary.executable()
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        while process.isRunning, !reached() { Thread.sleep(forTimeInterval: 0.01) }
        let running = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return running && process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL
    }

    static func fileCount(_ folder: String) -> Int {
        (try? FileManager.default.contentsOfDirectory(atPath: folder))?.count ?? 0
    }

    static func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// How long an uninterrupted run takes, and its exit status.
    static func timed(_ arguments: [String]) throws -> (seconds: Double, status: Int32) {
        let start = Date()
        let run = try GazetteBinary.run(arguments)
        return (Date().timeIntervalSince(start), run.status)
    }

    /// Kills land at these fractions of an uninterrupted run: of its files written (convert),
    /// of its database's size (load).
    static let fractions = [0.1, 0.45, 0.8]

    @Test func killedConvertLeavesOnlyCompleteFilesAndRerunFinishes() throws {
        let scratch = try TemporaryFolder()
        let input = scratch.url.appendingPathComponent("in")
        try Self.corpus(in: input, documents: 10_000)
        let reference = scratch.url.appendingPathComponent("reference").path
        let uninterrupted = try Self.timed([
            "convert", input.path, "--out", reference, "--jobs", "2", "--quiet", "--compact",
        ])
        #expect(uninterrupted.status == 0)
        let expected = try FileManager.default.contentsOfDirectory(atPath: reference).sorted()
        #expect(expected.count >= 10_000)

        for (round, fraction) in Self.fractions.enumerated() {
            let out = scratch.url.appendingPathComponent("out-\(round)").path
            // Killed when that fraction of the files is written.
            let interrupted = try Self.killed(
                ["convert", input.path, "--out", out, "--jobs", "2", "--quiet", "--compact"]
            ) { Self.fileCount(out) >= Int(Double(expected.count) * fraction) }
            #expect(interrupted, "round \(round): the kill came after the run had ended")
            // Whatever is there under a final name is complete: it equals the reference.
            for name in (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? [] where !name.hasPrefix(".") {
                let left = try Data(contentsOf: URL(fileURLWithPath: out + "/" + name))
                #expect(
                    left == (try Data(contentsOf: URL(fileURLWithPath: reference + "/" + name))),
                    "round \(round): \(name) is not complete")
            }
            #expect(
                try GazetteBinary.run(["convert", input.path, "--out", out, "--quiet", "--compact", "--incremental"])
                    .status == 0)
            let finished = try FileManager.default.contentsOfDirectory(atPath: out).filter { !$0.hasPrefix(".") }
                .sorted()
            #expect(finished == expected, "round \(round)")
            for name in expected {
                #expect(
                    try Data(contentsOf: URL(fileURLWithPath: out + "/" + name))
                        == Data(contentsOf: URL(fileURLWithPath: reference + "/" + name)),
                    "round \(round): \(name) differs after the rerun")
            }
        }
    }

    @Test func killedLoadLeavesWholeDocumentsAndRerunFinishes() throws {
        let scratch = try TemporaryFolder()
        let input = scratch.url.appendingPathComponent("in")
        try Self.corpus(in: input, documents: 10_000)
        let records = scratch.url.appendingPathComponent("records").path
        #expect(
            try GazetteBinary.run(["convert", input.path, "--out", records, "--jobs", "2", "--quiet", "--compact"])
                .status == 0)
        let reference = scratch.url.appendingPathComponent("reference.db").path
        let uninterrupted = try Self.timed([
            "load", records, "--db", "sqlite:" + reference, "--batch-size", "20", "--quiet",
        ])
        #expect(uninterrupted.status == 0)
        let expected = try Self.figuresPerDocument(reference)
        #expect(expected.count >= 10_000)
        let referenceSize = Self.size(reference)

        for (round, fraction) in Self.fractions.enumerated() {
            let path = scratch.url.appendingPathComponent("killed-\(round).db").path
            // Killed when the database file has that fraction of the finished one's size.
            let interrupted = try Self.killed(
                ["load", records, "--db", "sqlite:" + path, "--batch-size", "20", "--quiet"]
            ) { Self.size(path) >= Int(Double(referenceSize) * fraction) }
            #expect(interrupted, "round \(round): the kill came after the run had ended")
            if FileManager.default.fileExists(atPath: path), let partial = try? Self.figuresPerDocument(path) {
                // Every document present has all of its figures.
                for (id, count) in partial {
                    #expect(expected[id] == count, "round \(round): document \(id.prefix(8)) is partial")
                }
            }
            #expect(try GazetteBinary.run(["load", records, "--db", "sqlite:" + path, "--quiet"]).status == 0)
            #expect(try Self.figuresPerDocument(path) == expected, "round \(round)")
        }
    }

    static func figuresPerDocument(_ path: String) throws -> [String: Int] {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT documents.document_id AS id, count(figures.ordinal) AS n FROM documents
                    LEFT JOIN figures ON figures.document_id = documents.document_id GROUP BY documents.document_id
                    """)
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as String, $0["n"] as Int) })
        }
    }
}
