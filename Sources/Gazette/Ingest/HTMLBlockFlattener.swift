/// Turns the subtree of the article container into blocks in reading order: block elements
/// and `<br>` end a block, inline elements (spans, fonts, Word's `<o:p>`) dissolve into text,
/// and boilerplate-hinted or link-only parts are left out.
struct HTMLBlockFlattener {
    let tree: HTMLTree
    let excluded: [Bool]

    func blocks(in roots: [Int]) -> [Block] {
        read(roots).blocks
    }

    /// The blocks of the subtrees at `roots`, and the data tables found there (each stands in
    /// the blocks as a `.table` placeholder).
    func read(_ roots: [Int]) -> (blocks: [Block], tables: [HTMLTableReader.RawTable]) {
        var state = State()
        for root in roots {
            var index = root
            let end = tree.nodes[root].end
            while index < end {
                index = visit(index, state: &state)
            }
            state.flush()
        }
        return (state.blocks, state.tables)
    }

    /// Blocks of the nodes in `start..<end` that are not ancestors of what follows: the page
    /// between the title and the article container.
    /// There a date beside a link is a byline ("2024年05月10日 00:26 <a>某某日报</a>"), not an
    /// entry of a list of links.
    func blocks(between start: Int, and end: Int) -> [Block] {
        var state = State()
        state.keepsDatedLinks = true
        var index = start
        while index < end {
            if tree.nodes[index].end <= end {
                index = visit(index, state: &state)
            } else {
                state.flush()
                index += 1
            }
        }
        state.flush()
        return state.blocks
    }

    private struct State {
        var blocks: [Block] = []
        var line = ""
        var kind = Block.Kind.paragraph
        var linkCharacters = 0
        /// Characters outside links that are neither blanks nor part of a date ("2025-06-10").
        var plainCharacters = 0
        var sawImage = false
        var image: String?
        var tables: [HTMLTableReader.RawTable] = []
        /// The line before was page furniture ("长按识别二维码关注").
        var afterFurniture = false
        /// Read for bylines: keep lines of a link and a date, and the lines of chrome-classed
        /// bars, which outside the article hold the byline.
        var keepsDatedLinks = false

        mutating func flush() {
            let text = TextCleaner.clean(line)
            defer {
                line = ""
                kind = .paragraph
                linkCharacters = 0
                plainCharacters = 0
            }
            guard !text.isEmpty else { return }
            // Letters only, as links are counted: a menu's blanks ("首页 社会 体育") make it no less a menu.
            let total = text.unicodeScalars.count { $0 != " " && !TextCleaner.isBlank($0) }
            // A line that is nothing but links ("上一篇", menus) is furniture.
            if linkCharacters * 10 >= total * 9 && total < 80 { return }
            // A link with nothing but its date beside it is an entry of a list of links.
            if linkCharacters > 0, plainCharacters == 0, total < 120, !keepsDatedLinks || linkCharacters == total {
                return
            }
            // The heading of a list of other articles stays, for `ArticleEdges` to cut there.
            if PageFurniture.opensClosingList(text) {
                blocks.append(Block(text))
                return
            }
            if PageFurniture.linePrefixSet.starts(text) || FurnitureLines.isFurniture(text) { return }
            if total <= 40, PageFurniture.lineFragmentSet.occurs(in: text) {
                afterFurniture = true
                sawImage = false
                return
            }
            // The account's slogan under its QR code: a short line without a sentence in it
            // (a byline there, "编辑：…", is kept for the metadata).
            if afterFurniture, total <= 30,
                !text.unicodeScalars.contains(where: { "，。；！？,".unicodeScalars.contains($0) }),
                !TrailerLines.isMetadata(text)
            {
                return
            }
            afterFurniture = false
            if total <= 120, PageFurniture.footerFragmentSet.occurs(in: text) { return }
            var blockKind = kind
            // A short line right under an image is its caption, unless it opens a section or
            // reads as the text going on (a greeting, a question, a line of dialogue).
            if sawImage, blockKind == .paragraph, HTMLBlockFlattener.readsAsCaption(text),
                SectionMarker.read(text) == nil
            {
                blockKind = .caption
            }
            sawImage = false
            blocks.append(Block(text, kind: blockKind, image: blockKind == .caption ? image : nil))
        }
    }

    /// Handles one node and returns the index of the next node to visit.
    private func visit(_ index: Int, state: inout State) -> Int {
        let node = tree.nodes[index]
        if excluded[index] { return node.end }
        if node.isText {
            state.line += node.text
            let inLink = isInsideLink(index)
            for scalar in node.text.unicodeScalars where scalar.value > 0x20 && !TextCleaner.isBlank(scalar) {
                if inLink {
                    state.linkCharacters += 1
                } else if !Self.isDatePart(scalar) {
                    state.plainCharacters += 1
                }
            }
            return index + 1
        }
        // Bylines sit in bars classed like chrome ("xgxx", "toolbar"): read there, they stay.
        if tree.hints[index].isChrome, !state.keepsDatedLinks {
            return node.end
        }
        if node.name == "img" {
            state.flush()
            state.sawImage = true
            state.image = node.attribute("data-src") ?? node.attribute("src")
            return index + 1
        }
        if node.name == "table", let table = HTMLTableReader(tree: tree, excluded: excluded).dataTable(at: index) {
            state.flush()
            if let lines = HTMLTableReader.labelledLines(of: table) {
                // A table of an open-government page's fields reads as "label：value" lines.
                state.blocks += lines.map { Block($0) }
                return node.end
            }
            state.blocks.append(Block(table.caption ?? "", kind: .table(state.tables.count)))
            state.tables.append(table)
            return node.end
        }
        guard node.kind.contains(.block) else { return index + 1 }
        state.flush()
        switch node.name {
        case "h1", "h2", "h3", "h4", "h5", "h6": state.kind = .heading(Int(String(node.name.last!)) ?? 1)
        case "li": state.kind = .listItem
        case "td", "th": state.kind = .tableCell
        case "figcaption", "caption": state.kind = .caption
        default: break
        }
        let childKind = state.kind
        var child = index + 1
        while child < node.end {
            child = visit(child, state: &state)
            if state.line.isEmpty { state.kind = childKind }
        }
        state.flush()
        return node.end
    }

    /// A line under an image that describes it: short, and either marked as a caption
    /// ("图为…", "▲…", "（某某摄）") or a phrase that no sentence mark ends or quotes:
    /// "盛开的杜鹃花与远处云海相映" is a caption; "早上好~", "“给你发offer了？”" and
    /// "那么，它凭什么成为黑马？" go on with the text.
    static func readsAsCaption(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last, scalars.count <= 60 else { return false }
        if CaptionMarks.pointers.contains(first) || text.startsWith("图") || text.startsWith("（图")
            || text.startsWith("(图")
            || text.startsWith("资料图") || text.endsWith("摄）") || text.endsWith("摄)") || text.endsWith("供图")
            || text.endsWith("图）")
        {
            return true
        }
        if "。？！?!~～…；;：:”」』\"".unicodeScalars.contains(last) || "“「『\"".unicodeScalars.contains(first) { return false }
        return scalars.count { $0 == "，" || $0 == "," } <= 1
    }

    /// Digits and the marks dates are written with, which a list of links puts beside each entry.
    static func isDatePart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "0"..."9", "０"..."９", "-", "/", ".", ":", "年", "月", "日", "[", "]", "(", ")", "（", "）", "【", "】": true
        default: false
        }
    }

    private func isInsideLink(_ index: Int) -> Bool {
        var ancestor = tree.nodes[index].parent
        var steps = 0
        while ancestor >= 0, steps < 6 {
            if tree.nodes[ancestor].isLink { return true }
            ancestor = tree.nodes[ancestor].parent
            steps += 1
        }
        return false
    }
}
