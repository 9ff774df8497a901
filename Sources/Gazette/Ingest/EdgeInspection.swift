import Foundation

/// One block of a page's article as the edge classifier reads it: what `gazette blocks` prints,
/// and what `Corpus/fit-edges` fits the classifier's weights on.
package struct EdgeBlock: Sendable {
    package var text: String
    package var kind: String
    /// The block is the title or subtitle above the article.
    package var isTitle: Bool
    /// Features read from the head and from the tail (`EdgeFeatures.names`), and the models' scores.
    package var head: [Double]
    package var tail: [Double]
    package var headScore: Double
    package var tailScore: Double
    /// The block is still the article's after the classifier.
    package var kept: Bool
}

extension Ingest {
    /// The names of the features in `EdgeBlock.head` and `EdgeBlock.tail`, in order.
    package static let edgeFeatureNames = EdgeFeatures.names

    /// The blocks an HTML page's article holds after the edge rules, with what the edge
    /// classifier reads of each and whether it keeps it.
    package static func edgeBlocks(
        _ bytes: [UInt8], name: String, encoding: String? = nil, limits: Limits = .standard
    ) throws -> [EdgeBlock] {
        guard !bytes.isEmpty else { throw GazetteError.emptyInput(name) }
        let decoded = try TextDecoder.decode(bytes, format: .html, forced: encoding, name: name, keepingUTF8: true)
        let page = HTMLReader.read(
            utf8: decoded.isVerbatimUTF8 ? bytes : Array(decoded.text.utf8), maximumNesting: limits.maximumNesting,
            classifyingEdges: false)
        let blocks = page.blocks
        let range = min(page.articleStart, blocks.count)..<blocks.count
        let cut = EdgeClassifier.cut(blocks, in: range)
        let typical = EdgeFeatures.sentenceLengths(of: blocks, in: range).typical
        return blocks.indices.map { index in
            let isTitle = index < range.lowerBound
            let head =
                isTitle ? [] : EdgeFeatures.vector(blocks, at: index, side: .head, in: range, typicalLength: typical)
            let tail =
                isTitle ? [] : EdgeFeatures.vector(blocks, at: index, side: .tail, in: range, typicalLength: typical)
            return EdgeBlock(
                text: blocks[index].text, kind: "\(blocks[index].kind)", isTitle: isTitle, head: head, tail: tail,
                headScore: isTitle ? 0 : EdgeModel.head.score(head),
                tailScore: isTitle ? 0 : EdgeModel.tail.score(tail),
                kept: isTitle || cut.range.contains(index) || cut.keptInTail.contains(index))
        }
    }
}

extension EdgeBlock {
    /// One page's blocks as a JSON object on one line: the file, the feature names, and each
    /// block with its features and scores (what `gazette blocks --json` prints).
    package static func json(file: String, blocks: [EdgeBlock]) -> Data {
        var writer = JSONWriter(pretty: false)
        writer.object { w in
            w.field("file", file)
            w.field("features", strings: Ingest.edgeFeatureNames)
            w.key("blocks")
            w.array(blocks) { w, block in
                w.object { w in
                    w.field("text", block.text)
                    w.field("kind", block.kind)
                    w.field("isTitle", block.isTitle)
                    w.key("head")
                    w.array(block.head) { $0.number($1) }
                    w.key("tail")
                    w.array(block.tail) { $0.number($1) }
                    w.field("headScore", block.headScore)
                    w.field("tailScore", block.tailScore)
                    w.field("kept", block.kept)
                }
            }
        }
        return Data(writer.bytes)
    }
}
