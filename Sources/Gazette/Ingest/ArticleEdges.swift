/// Where a page's article starts and ends inside the element that holds it.
///
/// The container a page puts its article in often holds more than the article: above the
/// first sentence a "原标题：" line, a summary box, a column tag, a reporter's byline, a share
/// button's label; below the last one keyword lines, a comment box, a reprint notice, credit
/// lines, and the heading of a list of other articles with the list itself. These are generic
/// page furniture (`PageFurniture`), not any site's.
///
/// Lines cut above the article that carry a byline go to the page's bylines, and those cut
/// below it to the lines after the article, so that the metadata reader still sees them.
enum ArticleEdges {
    struct Trimmed {
        var blocks: [Block]
        /// Lines cut above the article, in order.
        var head: [String] = []
        /// Lines cut below the article, in order.
        var tail: [String] = []
    }

    /// Trims `blocks` (the article's, after its title and subtitle, which `kept` counts) at
    /// both ends. Byline lines at the end stay: the segmenter sets them aside as the trailer.
    /// `classifying` runs the edge classifier after the rules (off only to inspect what the
    /// rules alone leave).
    static func trim(_ blocks: [Block], keeping kept: Int = 0, classifying: Bool = true) -> Trimmed {
        var result = Trimmed(blocks: blocks)
        var start = kept
        var end = blocks.count
        // A list heading below the article ends it, with all that follows.
        if let cut = blocks.indices.dropFirst(start).first(where: { index in
            blocks[index].kind.isText && PageFurniture.opensClosingList(blocks[index].text)
                && proseBefore(index, in: blocks, from: start) >= 2
        }) {
            result.tail = blocks[cut...].filter(\.kind.isText).map(\.text)
            end = cut
        }
        // "原标题：…" or a byline among the first lines: what stands above it is no article
        // either (a summary, a promotion).
        if let strong = (start..<min(start + 3, end)).last(where: { index in
            blocks[index].kind.isText
                && (PageFurniture.isStrongHeadLine(blocks[index].text) || TrailerLines.isMetadata(blocks[index].text))
        }), blocks[start..<strong].allSatisfy({ $0.text.unicodeScalars.count <= 200 }) {
            result.head += blocks[start...strong].filter(\.kind.isText).map(\.text)
            start = strong + 1
        }
        // A heading without a sentence above the first paragraph: a headline's second line.
        func isHeadline(_ block: Block) -> Bool {
            guard case .heading = block.kind else { return false }
            return !LineShape.isSentence(block.text) && SectionMarker.read(block.text) == nil
        }
        // A few words alone above the first sentence: an author's name, "关注", a region.
        // A line ending in a colon opens the text ("各区人民政府：") and stays.
        func isLabelAbove(_ block: Block) -> Bool {
            let text = block.text
            guard let last = text.unicodeScalars.last, !"：:~～！!…".unicodeScalars.contains(last) else { return false }
            return text.unicodeScalars.count <= 16 && !LineShape.isSentence(text) && SectionMarker.read(text) == nil
        }
        while start + 1 < end, blocks[start].kind.isText,
            PageFurniture.isHeadLine(blocks[start].text) || isHeadline(blocks[start]) || isLabelAbove(blocks[start])
        {
            result.head.append(blocks[start].text)
            start += 1
        }
        var kept = Array(blocks[..<kept])
        var tail: [Block] = []
        var cutting = true
        for block in blocks[start..<end].reversed() {
            if cutting, block.kind.isText, block.kind != .caption {
                if PageFurniture.isTailLine(block.text) {
                    result.tail.insert(block.text, at: 0)
                    continue
                }
                cutting = TrailerLines.isMetadata(block.text)
            } else if !block.kind.isText {
                cutting = false
            }
            tail.append(block)
        }
        let article = tail.reversed()
        // Nothing is cut when what would be left holds no sentence: the page is then all
        // furniture to these rules, and the reader is better served by the lines as they were.
        guard article.contains(where: { $0.kind.isText && LineShape.isSentence($0.text) }) else {
            return Trimmed(blocks: blocks)
        }
        kept += article
        result.blocks = kept
        if classifying { classify(&result, keeping: kept.count - article.count) }
        return result
    }

    /// Cuts what the edge classifier reads as furniture at either end of `trimmed`'s article
    /// (after its first `kept` blocks), moving the lines to its head and tail.
    private static func classify(_ trimmed: inout Trimmed, keeping kept: Int) {
        let blocks = trimmed.blocks
        let cut = EdgeClassifier.cut(blocks, in: kept..<blocks.count)
        guard cut.range != kept..<blocks.count else { return }
        trimmed.head += blocks[kept..<cut.range.lowerBound].filter(\.kind.isText).map(\.text)
        let keptInTail = Set(cut.keptInTail)
        let tail = blocks.indices.dropFirst(cut.range.upperBound).filter { !keptInTail.contains($0) }
        trimmed.tail.insert(contentsOf: tail.map { blocks[$0].text }, at: 0)
        trimmed.blocks = Array(blocks[..<kept]) + blocks[cut.range] + cut.keptInTail.map { blocks[$0] }
    }

    /// How many blocks between `start` and `index` read as sentences.
    private static func proseBefore(_ index: Int, in blocks: [Block], from start: Int) -> Int {
        blocks[start..<index].count { $0.kind.isText && LineShape.isSentence($0.text) }
    }
}
