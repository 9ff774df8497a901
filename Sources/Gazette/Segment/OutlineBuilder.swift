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

    init(maximumTitleLength: Int) {
        self.maximumTitleLength = maximumTitleLength
    }

    mutating func add(_ block: Block, next: Block?) {
        if case .table(let index) = block.kind {
            tablePlacements[index] = open.isEmpty ? String?.none : currentPath
            return
        }
        if awaitingTitle {
            awaitingTitle = false
            if SectionMarker.read(block.text) == nil, isShortTitle(block.text) {
                open[open.count - 1].title = Self.withoutFinalStop(block.text)
                return
            }
        }
        // A table cell holding "1" numbers a row, not a section.
        if block.kind != .tableCell, let marker = SectionMarker.read(block.text), let depth = depth(for: marker) {
            start(marker, at: depth)
            return
        }
        append(paragraph: block.text)
    }

    mutating func finish() -> [Outline.Node] {
        close(downTo: 0)
        return roots
    }

    /// The depth a marker opens at, or nil when its number does not continue any level.
    private func depth(for marker: SectionMarker) -> Int? {
        if let depth = open.firstIndex(where: { $0.marker.style == marker.style }) {
            return marker.number == open[depth].marker.number + 1 ? depth : nil
        }
        return marker.number == 1 ? open.count : nil
    }

    private mutating func start(_ marker: SectionMarker, at depth: Int) {
        close(downTo: depth)
        var node = Outline.Node(marker: marker, level: depth + 1, title: "", paragraphs: [], children: [])
        let rest = marker.rest
        if marker.style == .article {
            // Articles of rules ("第一条 ……") have no titles of their own: the marker names them.
            node.title = marker.text
            if !rest.isEmpty { node.paragraphs.append(rest) }
        } else if rest.isEmpty {
            awaitingTitle = true
        } else if let (title, body) = splitTitle(rest) {
            node.title = title
            if !body.isEmpty { node.paragraphs.append(body) }
        } else {
            node.paragraphs.append(rest)
        }
        open.append(node)
    }

    /// "加强组织领导。各街道要……" → title and body; a short line without a stop is all title.
    private func splitTitle(_ rest: String) -> (String, String)? {
        let scalars = Array(rest.unicodeScalars)
        if let stop = scalars.firstIndex(where: { "。！？".unicodeScalars.contains($0) }) {
            guard stop <= maximumTitleLength else { return nil }
            let title = String(scalars: scalars[0..<stop])
            let body = TextCleaner.clean(scalars[(stop + 1)...])
            return (title, body)
        }
        if scalars.count <= maximumTitleLength, !scalars.contains("，") || scalars.count <= 30 {
            return (Self.withoutFinalStop(rest), "")
        }
        return nil
    }

    private func isShortTitle(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return scalars.count <= maximumTitleLength && scalars.filter { $0 == "。" }.count <= (scalars.last == "。" ? 1 : 0)
    }

    static func withoutFinalStop(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        while let last = scalars.last, "。；;：:".unicodeScalars.contains(last) { scalars.removeLast() }
        return String(scalars: scalars)
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
                open[open.count - 1].children.append(node)
            }
        }
    }
}
