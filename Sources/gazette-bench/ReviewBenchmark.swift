import ArgumentParser
import Foundation
import Gazette

/// Time to write the review pages of many documents: the given inputs copied until there are
/// `--documents` of them, reviewed as `gazette review` does, with one job and with every core.
struct ReviewBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Seconds for `review` on many documents (sources or extracts, copied), and the largest page.")

    @Argument(help: "Sources or extracts to copy, e.g. Samples/*.txt Samples/*.html or Output/*.json.")
    var files: [String]

    @Option(help: "How many documents to review.")
    var documents: Int = 1_000

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-review-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("in"), withIntermediateDirectories: true)
        var jobs: [ReviewBatch.Job] = []
        for index in 0..<documents {
            let file = files[index % files.count]
            let name = String(format: "%05d-", index) + (file as NSString).lastPathComponent
            let path = folder.appendingPathComponent("in/" + name).path
            try Data(try SourceFile.read(file)).write(to: URL(fileURLWithPath: path))
            jobs.append(
                ReviewBatch.Job(path: path, name: name, output: (name as NSString).deletingPathExtension + ".html"))
        }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        for threads in Set([1, cores]).sorted() {
            let out = folder.appendingPathComponent("out-\(threads)").path
            let summary = try ReviewBatch(pipeline: Pipeline(), jobs: threads).run(jobs, into: out)
            var sizes: [String: Int] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: out) {
                sizes[name] = (try FileManager.default.attributesOfItem(atPath: out + "/" + name)[.size] as? Int) ?? 0
            }
            let index = sizes.removeValue(forKey: ReviewBatch.indexName) ?? 0
            print(
                String(
                    format: "review: %d documents, %d jobs, %.2f s, %.0f documents/s, %d failed, "
                        + "pages %.1f MB in all, largest page %d bytes, index %d bytes",
                    documents, threads, summary.seconds, Double(documents) / summary.seconds,
                    summary.failures.count, Double(sizes.values.reduce(0, +)) / 1e6, sizes.values.max() ?? 0, index))
        }
    }
}
