import ArgumentParser
import Foundation
import Gazette

/// HTML end to end (bytes → JSON) against libxml2's own parse of the same bytes, in one run.
struct HTMLBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "html",
        abstract: "MB/s of HTML → JSON against libxml2's parse alone, on the given pages repeated.")

    @Argument(help: "HTML pages.")
    var files: [String]

    @Option(help: "How many times the pages are converted per run.")
    var repeatCount: Int = 50

    @Option(help: "Runs; the fastest is reported.")
    var rounds: Int = 3

    @Flag(help: "Only run Ingest, over and over (for a profiler).")
    var ingestOnly = false

    @Flag(help: "Only run the whole pipeline, over and over (for a profiler).")
    var pipelineOnly = false

    func run() throws {
        let pages = try files.map { try SourceFile.read($0) }
        let utf8Pages = try pages.map { bytes in
            // libxml2 is handed UTF-8, as the pipeline hands it after decoding.
            Array(try Ingest.decodedText(bytes, name: "page.html").utf8)
        }
        let bytes = pages.reduce(0) { $0 + $1.count } * repeatCount
        if ingestOnly {
            var count = 0
            let seconds = fastest(rounds: rounds) {
                for _ in 0..<repeatCount {
                    for page in pages { count &+= (try? Ingest.read(page, name: "page.html"))?.blocks.count ?? 0 }
                }
            }
            print(String(format: "ingest: %.3f s (%d)", seconds, count % 10))
            return
        }
        let pipeline = Pipeline(format: .html)
        var sink = 0
        let endToEnd = fastest(rounds: rounds) {
            for _ in 0..<repeatCount {
                for page in pages {
                    if let document = try? pipeline.document(from: page, name: "page.html"),
                        let json = try? JSONEmitter.data(document, pretty: false)
                    {
                        sink &+= json.count
                    }
                }
            }
        }
        if pipelineOnly {
            print(String(format: "end to end: %.3f s (%d)", endToEnd, sink % 10))
            return
        }
        let parseOnly = fastest(rounds: rounds) {
            for _ in 0..<repeatCount {
                for page in utf8Pages { sink &+= HTMLParser.parseOnly(utf8: page) }
            }
        }
        let tree = fastest(rounds: rounds) {
            for _ in 0..<repeatCount {
                for page in utf8Pages { sink &+= HTMLParser.treeOnly(utf8: page) }
            }
        }
        print(String(format: "parse into Gazette's tree (libxml2 events): %.3f s", tree))
        // Each stage alone, on the same pages.
        let ingested = pages.compactMap { try? Ingest.read($0, name: "page.html") }
        let ingest = fastest(rounds: rounds) {
            for _ in 0..<repeatCount {
                for page in pages { sink &+= (try? Ingest.read(page, name: "page.html"))?.blocks.count ?? 0 }
            }
        }
        let outlines = ingested.map { pipeline.segmenter.outline(of: $0) }
        let segment = fastest(rounds: rounds) {
            for _ in 0..<repeatCount {
                for page in ingested {
                    sink &+= pipeline.segmenter.outline(of: page).lead.count
                }
            }
        }
        let documents = zip(ingested, outlines).map {
            pipeline.extractor.document(from: $1, source: $0.source, tables: $0.tables)
        }
        let extract = fastest(rounds: rounds) {
            for _ in 0..<repeatCount {
                for (page, outline) in zip(ingested, outlines) {
                    sink &+= pipeline.extractor.document(from: outline, source: page.source).sections.count
                }
            }
        }
        let emit = fastest(rounds: rounds) {
            for _ in 0..<repeatCount {
                for document in documents { sink &+= (try? JSONEmitter.data(document, pretty: false))?.count ?? 0 }
            }
        }
        print(
            String(
                format: "stages: ingest %.3f s, segment %.3f s, extract %.3f s, emit %.3f s", ingest, segment, extract,
                emit))
        let megabytes = Double(bytes) / 1_000_000
        print(
            String(
                format:
                    "html: %d pages, %.1f MB; end to end %.3f s = %.1f MB/s; libxml2 parse %.3f s = %.1f MB/s; ratio %.2f (sink %d)",
                pages.count * repeatCount, megabytes, endToEnd, megabytes / endToEnd, parseOnly, megabytes / parseOnly,
                parseOnly / endToEnd, sink % 10))
    }
}
