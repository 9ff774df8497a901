/// Builds the section tree line by line for `Segmenter`.
struct OutlineBuilder {
    let maximumTitleLength: Int
    private(set) var lead: [String] = []
    /// Open sections, outermost first; the last one receives paragraphs. Sections close
    /// only when a marker of the same or an outer level arrives, so after the first marker
    /// there is always an open section.
    private var open: [Outline.Node] = []
    private var roots: [Outline.Node] = []
    /// The section whose title is still to come on the next line.
    private var awaitingTitle = false
    private(set) var tablePlacements: [Int: String?] = [:]
    /// The last number each numbering style reached, so that numbering running on across
    /// parents ("（四）" under 二、, then "（五）" under 三、) continues its level.
    private var lastNumber: [SectionMarker.Style: Int] = [:]
    /// Paragraphs after the sections that close the document ("注释：" and what follows).
    private(set) var closing: [String] = []
    /// Depths whose open item is one sentence of a list ("（一）开展虚假登记；"): a paragraph
    /// after it is the parent's again.
    private var listItems: Set<Int> = []
    /// Whether the source's heading levels are the writer's own (Markdown's `#`s): then a
    /// heading without a marker, as high as those of the top sections, ends the sections.
    let readsHeadingLevels: Bool
    /// The highest level (smallest number) of a heading that opened a top section.
    private var topSectionHeadingLevel: Int?

    init(maximumTitleLength: Int, readsHeadingLevels: Bool = false) {
        self.maximumTitleLength = maximumTitleLength
        self.readsHeadingLevels = readsHeadingLevels
    }

    mutating func add(_ block: Block, next: Block?) {
        if !closing.isEmpty {
            if block.kind.isText { closing.append(block.text) }
            return
        }
        if !open.isEmpty, block.kind.isText, ClosingParagraphs.isNotesLabel(block.text) || endsSections(block) {
            closing.append(block.text)
            return
        }
        if case .table(let index) = block.kind {
            tablePlacements[index] = open.isEmpty ? String?.none : currentPath
            return
        }
        if awaitingTitle {
            awaitingTitle = false
            if SectionMarker.read(block.text) == nil, isShortTitle(block.text) {
                open[open.count - 1].title = SectionTitle.withoutFinalStop(block.text)
                open[open.count - 1].titleForm = .heading
                return
            }
        }
        // A table cell holding "1" numbers a row, not a section.
        if block.kind != .tableCell, let marker = SectionMarker.read(block.text), let depth = depth(for: marker) {
            start(marker, at: depth, next: next)
            if depth == 0, let level = Self.writtenHeadingLevel(block) {
                topSectionHeadingLevel = min(topSectionHeadingLevel ?? level, level)
            }
            return
        }
        // "申请材料一式两份，……" after a list's last item is the text of the list's owner.
        if let depth = open.indices.last, listItems.contains(depth), depth > 0 {
            close(downTo: depth)
        }
        append(paragraph: block.text)
    }

    /// "## 工作要求" after "#### 一、……" and "### 三、……": a heading with no marker, at the level
    /// of the top sections or above, closes them; what follows speaks to the whole document.
    private func endsSections(_ block: Block) -> Bool {
        guard readsHeadingLevels, let top = topSectionHeadingLevel, let level = Self.writtenHeadingLevel(block) else {
            return false
        }
        return level <= top && SectionMarker.read(block.text) == nil
    }

    /// The level of a heading the writer marked as one (`#`…`######`, or underlined), not a
    /// line set in bold.
    static func writtenHeadingLevel(_ block: Block) -> Int? {
        guard case .heading(let level) = block.kind, level < MarkdownBlocks.strongLineLevel else { return nil }
        return level
    }

    /// The section tree, and the closing paragraphs: those met after a notes label, then those
    /// that end the last section but speak to the whole document.
    mutating func finish() -> (sections: [Outline.Node], closing: [String]) {
        if closing.isEmpty, let last = open.indices.last {
            let paragraphs = open[last].paragraphs
            if let start = ClosingParagraphs.start(in: paragraphs, from: open[last].paragraphsBeforeChildren ?? 1) {
                closing = Array(paragraphs[start...])
                open[last].paragraphs.removeSubrange(start...)
            }
        }
        close(downTo: 0)
        return (roots, closing)
    }

    /// The depth a marker opens at, or nil when its number does not continue any level.
    private func depth(for marker: SectionMarker) -> Int? {
        if let depth = open.firstIndex(where: { $0.marker.style == marker.style }) {
            return marker.number == open[depth].marker.number + 1 ? depth : nil
        }
        return marker.number == 1 || marker.number == (lastNumber[marker.style] ?? -1) + 1 ? open.count : nil
    }

    private mutating func start(_ marker: SectionMarker, at depth: Int, next: Block?) {
        let followsListItem =
            listItems.contains(depth) && open.count > depth && open[depth].marker.style == marker.style
        close(downTo: depth)
        // An item the next line closes (a sibling's marker, an outer one, or the end), or one
        // after items of a list, may be one of a list.
        let nextMarker = next.flatMap { $0.kind.isText ? SectionMarker.read($0.text) : nil }
        let closedByNext =
            next == nil
            || nextMarker.map { following in
                following.style == marker.style || open.contains { $0.marker.style == following.style }
            } ?? false
        // The sibling after it shows what the list holds: sentences ("2）进入……认定通知；"), or headings.
        let siblingIsSentence =
            nextMarker.map { $0.style == marker.style && SectionTitle.isListSentence($0.rest) } ?? false
        lastNumber[marker.style] = marker.number
        var node = Outline.Node(
            marker: marker, level: depth + 1, title: "", titleForm: .none, paragraphs: [], children: [])
        let rest = marker.rest
        if marker.style == .article {
            // Articles of rules ("第一条 ……") have no titles of their own, unless a caption in
            // brackets opens them: "第一条（目的与依据）为了……".
            if let caption = SectionTitle.articleCaption(rest) {
                node.title = caption.title
                node.titleForm = .heading
                if !caption.body.isEmpty { node.paragraphs.append(caption.body) }
            } else if !rest.isEmpty {
                node.paragraphs.append(rest)
            }
        } else if rest.isEmpty {
            awaitingTitle = true
        } else {
            let read = SectionTitle.read(
                rest, maximumTitleLength: maximumTitleLength, listItem: closedByNext || followsListItem,
                sentenceList: siblingIsSentence)
            node.title = read.title
            node.titleForm = read.form
            if !read.body.isEmpty { node.paragraphs.append(read.body) }
            if read.isListItem { listItems.insert(depth) } else { listItems.remove(depth) }
        }
        listItems = listItems.filter { $0 <= depth }
        open.append(node)
    }

    private func isShortTitle(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return scalars.count <= maximumTitleLength
            && scalars.filter { $0 == "。" }.count <= (scalars.last == "。" ? 1 : 0)
    }

    /// The path of the innermost open section ("2.1"), as `Document.allSections` names it.
    private var currentPath: String {
        open.map { String($0.marker.number) }.joined(separator: ".")
    }

    /// A paragraph belongs to the most recently opened section, or to the lead before any.
    private mutating func append(paragraph: String) {
        if open.isEmpty {
            lead.append(paragraph)
        } else {
            open[open.count - 1].paragraphs.append(paragraph)
        }
    }

    /// Closes open sections until `depth` remain, attaching each to its parent.
    private mutating func close(downTo depth: Int) {
        while open.count > depth {
            let node = open.removeLast()
            if open.isEmpty {
                roots.append(node)
            } else {
                if open[open.count - 1].children.isEmpty {
                    open[open.count - 1].paragraphsBeforeChildren = open[open.count - 1].paragraphs.count
                }
                open[open.count - 1].children.append(node)
            }
        }
    }
}
