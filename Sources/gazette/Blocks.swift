import ArgumentParser
import Foundation
import Gazette

extension GazetteCommand {
    struct Blocks: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the blocks of an HTML page's article, and which the edge classifier cuts.")

        @Argument(help: "HTML pages.")
        var inputs: [String]

        @Flag(help: "Print one JSON object per page, with every block's features and scores.")
        var json = false

        @Option(help: "Force the character encoding of inputs (e.g. GB18030, UTF-8).")
        var encoding: String?

        func run() throws {
            var failed = false
            for input in inputs {
                let blocks: [EdgeBlock]
                do {
                    blocks = try Ingest.edgeBlocks(
                        try SourceFile.read(input, maximumBytes: SourceFile.defaultMaximumBytes), name: input,
                        encoding: encoding)
                } catch let error as GazetteError {
                    reportError(error.description)
                    failed = true
                    continue
                }
                if json {
                    writeOut(EdgeBlock.json(file: input, blocks: blocks) + Data("\n".utf8))
                } else {
                    var lines = inputs.count > 1 ? "== \(input)\n" : ""
                    for block in blocks {
                        let verdict = block.isTitle ? "title" : block.kept ? "keep " : "cut  "
                        let scores =
                            block.isTitle
                            ? "" : String(format: "head %+6.2f tail %+6.2f  ", block.headScore, block.tailScore)
                        let text = block.text.count > 60 ? String(block.text.prefix(60)) + "…" : block.text
                        lines += "\(verdict) \(scores)\(text)\n"
                    }
                    writeOut(Data(lines.utf8))
                }
            }
            if failed { throw ExitCode.failure }
        }
    }
}
