import Foundation
import GazetteTestSupport
import Testing

@testable import Gazette

/// The batch converter on its own: the same files for any number of threads and windows,
/// failures reported alone, incremental reuse, and the in-memory files `check` compares.
@Suite struct BatchConverterTests {
    static let texts = (1...7).map { "关于开展第\($0)批试点工作的通知\n一、总体要求\n全年投资增长\($0).5%，新建基地\($0)个。\n" }

    static func inputs(in folder: TemporaryFolder) throws -> [BatchConverter.Job] {
        try texts.enumerated().map { index, text in
            BatchConverter.Job(path: try folder.write(Array(text.utf8), to: "in/\(index).txt"), output: "\(index).json")
        }
    }

    static func files(in folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            files[name] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
        }
        return files
    }

    @Test func threadsAndWindowsDoNotChangeTheFiles() async throws {
        let folder = try TemporaryFolder()
        let jobs = try Self.inputs(in: folder)
        var outputs: [[String: Data]] = []
        for (threads, window) in [(1, 64), (2, 3), (4, 1)] {
            var converter = BatchConverter(pipeline: Pipeline(), jobs: threads)
            converter.window = window
            let out = folder.path("out-\(threads)-\(window)")
            let summary = try await converter.run(jobs, into: out)
            #expect(summary.documents == 7)
            #expect(summary.failures == 0)
            outputs.append(try Self.files(in: out))
        }
        #expect(outputs[0].count == 7 + CSVEmitter.tables(for: []).count)
        #expect(outputs[1] == outputs[0])
        #expect(outputs[2] == outputs[0])
    }

    @Test func aFailingInputIsReportedAloneAndFailFastStops() async throws {
        let folder = try TemporaryFolder()
        var jobs = try Self.inputs(in: folder)
        jobs.insert(BatchConverter.Job(path: try folder.write([], to: "in/empty.txt"), output: "empty.json"), at: 2)
        var failures: [GazetteError] = []
        var converter = BatchConverter(pipeline: Pipeline(), jobs: 2)
        let summary = try await converter.run(jobs, into: folder.path("out")) { event in
            if case .failed(let error) = event { failures.append(error) }
        }
        #expect(summary.documents == 7)
        #expect(failures == [.emptyInput(jobs[2].path)])
        #expect(!FileManager.default.fileExists(atPath: folder.path("out/empty.json")))
        converter.failFast = true
        converter.window = 1
        let stopped = try await converter.run(jobs, into: folder.path("stopped"))
        #expect(stopped.failures == 1)
        #expect(stopped.documents == 2)
    }

    @Test func incrementalReusesCurrentExtractsOnly() async throws {
        let folder = try TemporaryFolder()
        let jobs = try Self.inputs(in: folder)
        var converter = BatchConverter(pipeline: Pipeline(), jobs: 2)
        _ = try await converter.run(jobs, into: folder.path("out"))
        let before = try Self.files(in: folder.path("out"))
        _ = try folder.write(Array("关于调整的通知\n一、内容\n增长9%。\n".utf8), to: "in/3.txt")
        converter.incremental = true
        let again = try await converter.run(jobs, into: folder.path("out"))
        #expect(again.reused == 6)
        #expect(again.documents == 7)
        let after = try Self.files(in: folder.path("out"))
        #expect(after["0.json"] == before["0.json"])
        #expect(after["3.json"] != before["3.json"])
    }

    @Test func filesInMemoryAreTheFilesWritten() async throws {
        let folder = try TemporaryFolder()
        let jobs = try Self.inputs(in: folder)
        let converter = BatchConverter(pipeline: Pipeline(), jobs: 2)
        _ = try await converter.run(jobs, into: folder.path("out"))
        let written = try Self.files(in: folder.path("out"))
        let made = try await converter.files(for: jobs).files
        #expect(made.map(\.name) == jobs.map(\.output) + CSVEmitter.tables(for: []).map { "\($0.name).csv" })
        #expect(Dictionary(uniqueKeysWithValues: made.map { ($0.name, Data($0.bytes)) }) == written)
    }

    @Test func theSinkReceivesEachWindowsDocumentsInOrder() async throws {
        let folder = try TemporaryFolder()
        let jobs = try Self.inputs(in: folder)
        let received = Received()
        var converter = BatchConverter(pipeline: Pipeline(), jobs: 2)
        converter.window = 3
        converter.documentSink = { documents in received.append(documents.map(\.source.name)) }
        _ = try await converter.run(jobs, into: folder.path("out"))
        #expect(received.batches == [["0.txt", "1.txt", "2.txt"], ["3.txt", "4.txt", "5.txt"], ["6.txt"]])
    }
}

/// What a sink was handed, from the converter's task.
private final class Received: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var batches: [[String]] = []

    func append(_ names: [String]) {
        lock.lock()
        batches.append(names)
        lock.unlock()
    }
}
