/// Reads the blocks at either end of an article, one at a time from the edge inward, and cuts
/// those that a linear model of their features (`EdgeFeatures`, weights in `EdgeModel`) reads
/// as page furniture; the first block it reads as article stops the cut on that side.
///
/// It runs after `ArticleEdges`' rules, on what they kept: the rules cut what the furniture
/// vocabulary names, the model what only the shape of a line gives away (a contact line, a
/// note under the text, a list of other titles without a heading).
enum EdgeClassifier {
    /// One side's model: a block is furniture when `bias + weights · features > cut`.
    struct Model: Sendable {
        var bias: Double
        var weights: [Double]
        var cut: Double

        func score(_ features: [Double]) -> Double {
            var sum = bias
            for (weight, value) in zip(weights, features) { sum += weight * value }
            return sum
        }
    }

    /// What the classifier cut: the article's blocks now lie in `range`.
    struct Cut {
        var range: Range<Int>
        /// Indices passed over at the tail and kept: bylines, which the segmenter sets aside.
        var keptInTail: [Int] = []
    }

    /// At most this share of an article's sentences is cut on either side: a model that reads
    /// a whole article as furniture is wrong about the page, not about the article.
    static let maximumCutShare = 0.34

    /// Articles of fewer blocks are left as the rules left them.
    static let minimumBlocks = 3

    /// "第一章 总则", "第一部分……", "一、……": the first part of a numbered text.
    static func opensNumbering(_ text: String) -> Bool {
        guard let marker = SectionMarker.read(text), marker.number == 1 else { return false }
        return [.chapter, .part, .chineseEnumeration, .article].contains(marker.style)
    }

    /// The article's range in `blocks` after cutting furniture at both ends of `range`.
    static func cut(
        _ blocks: [Block], in range: Range<Int>, head: Model = EdgeModel.head, tail: Model = EdgeModel.tail
    ) -> Cut {
        var result = Cut(range: range)
        // An article of one or two blocks gives the model no neighbours to judge by.
        guard range.count >= minimumBlocks else { return result }
        let (typical, sentences) = EdgeFeatures.sentenceLengths(of: blocks, in: range)
        let allowed = max(1, Int(Double(sentences) * maximumCutShare))
        // Tail first: from the last block inward.
        var end = range.upperBound
        var index = end - 1
        var cutSentences = 0
        var passed: [Int] = []
        while index > range.lowerBound, blocks[index].kind.isText, blocks[index].kind != .caption {
            let text = blocks[index].text
            // Trailer lines stay for the segmenter, and so does the signature over a date.
            if EdgeFeatures.isTrailerLine(text) || (passed.last == index + 1 && TrailerLines.isSignature(text)) {
                passed.append(index)
                index -= 1
                continue
            }
            let features = EdgeFeatures.vector(blocks, at: index, side: .tail, in: range, typicalLength: typical)
            guard tail.score(features) > tail.cut else { break }
            if LineShape.isSentence(text) {
                cutSentences += 1
                if cutSentences > allowed { break }
            }
            end = index
            index -= 1
        }
        result.keptInTail = passed.filter { $0 >= end }.reversed()
        // Then the head, up to what is left.
        var start = range.lowerBound
        cutSentences = 0
        // A line that ends in a colon opens the text ("同志们：", "各区人民政府："): it stays.
        // So does the first part of a numbered text ("第一章 总则", "一、总体要求").
        while start + 1 < end, blocks[start].kind.isText, !blocks[start].text.endsWith("："),
            !blocks[start].text.endsWith(":"),
            !opensNumbering(blocks[start].text)
        {
            // Furniture the rules name, uncovered by a cut above it, goes too.
            let features = EdgeFeatures.vector(blocks, at: start, side: .head, in: range, typicalLength: typical)
            guard
                head.score(features) > head.cut
                    || (start > range.lowerBound && PageFurniture.isHeadLine(blocks[start].text))
            else { break }
            if LineShape.isSentence(blocks[start].text) {
                cutSentences += 1
                if cutSentences > allowed { break }
            }
            start += 1
        }
        result.range = start..<end
        return result
    }
}
