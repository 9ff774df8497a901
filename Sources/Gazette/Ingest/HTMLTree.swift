/// An HTML document as plain Swift values: its nodes in document order (pre-order), so that
/// a node's subtree is the contiguous range `index..<node.end`. Only the attributes Gazette
/// reads are kept.
struct HTMLTree: Sendable {
    struct Node: Sendable {
        /// Lowercased element name, or "#text" for a text node.
        var name: String
        /// The text of a text node; empty for elements.
        var text: String
        /// The kept attributes as (name, value) pairs; most elements have none or one.
        var attributes: [(name: String, value: String)]
        /// Index of the parent node, -1 for the root.
        var parent: Int
        /// One past the last node of this node's subtree.
        var end: Int
        /// What the element's name says about it, looked up once.
        let kind: Kind

        init(
            name: String, text: String, attributes: [(name: String, value: String)], parent: Int, end: Int,
            kind: Kind? = nil
        ) {
            self.name = name
            self.text = text
            self.attributes = attributes
            self.parent = parent
            self.end = end
            self.kind = kind ?? (name == "#text" ? .text : HTMLVocabulary.elementKinds[name] ?? [])
        }

        var isText: Bool { kind.contains(.text) }
        var isLink: Bool { kind.contains(.link) }

        func attribute(_ name: String) -> String? {
            for attribute in attributes where attribute.name == name { return attribute.value }
            return nil
        }
    }

    /// What an element's name says about it (`HTMLVocabulary.elementKinds`).
    struct Kind: OptionSet, Sendable {
        let rawValue: UInt8
        static let text = Kind(rawValue: 1)
        /// Starts and ends a block of text.
        static let block = Kind(rawValue: 2)
        /// Dropped with its whole subtree.
        static let dropped = Kind(rawValue: 4)
        /// Its text belongs to the nearest block around it.
        static let inline = Kind(rawValue: 8)
        static let link = Kind(rawValue: 16)
    }

    var nodes: [Node]
    /// What each node's class and id say about it, read once.
    private(set) var hints: [ClassHint]
    /// Elements nested past the parser's depth limit, whose text joined the element above.
    var flattenedElements = 0

    /// Class and id words of an element, read against `HTMLVocabulary`.
    struct ClassHint: OptionSet, Sendable {
        let rawValue: UInt8
        static let boilerplate = ClassHint(rawValue: 1)
        static let content = ClassHint(rawValue: 2)
        /// An article editor's own container (`TRS_Editor`, `js_content`, `zoom`…).
        static let editor = ClassHint(rawValue: 4)
        /// Names a title ("title", "biaoti", the word "bt").
        static let title = ClassHint(rawValue: 8)
        /// Names a subtitle ("subtitle", "fbt").
        static let subtitle = ClassHint(rawValue: 16)

        /// Page chrome by its name, and not also named as content.
        var isChrome: Bool { contains(.boilerplate) && !contains(.content) }
    }

    init(nodes: [Node]) {
        self.nodes = nodes
        self.hints = nodes.map { node in
            // A form is chrome (a search box, a login) unless it holds the page: ASP.NET pages
            // and campus publishing systems wrap the whole article in one.
            if node.name == "form" { return .boilerplate }
            guard !node.attributes.isEmpty, node.attributes.contains(where: { $0.name == "class" || $0.name == "id" })
            else { return [] }
            var hint: ClassHint = []
            let label = HTMLVocabulary.label(of: node)
            if HTMLVocabulary.hint(HTMLVocabulary.boilerplateIndex, in: label) { hint.insert(.boilerplate) }
            if HTMLVocabulary.hint(HTMLVocabulary.contentIndex, in: label) { hint.insert(.content) }
            if HTMLVocabulary.hint(HTMLVocabulary.editorIndex, in: label) { hint.insert(.editor) }
            if HTMLVocabulary.namesTitle(label) { hint.insert(.title) }
            if HTMLVocabulary.namesSubtitle(label) { hint.insert(.subtitle) }
            return hint
        }
        keepPagesFromBeingChrome()
    }

    /// An element named like chrome that holds most of the page's text is the page itself
    /// (a print view's `<div id="printArea">`), not chrome around it.
    private mutating func keepPagesFromBeingChrome() {
        guard hints.contains(where: \.isChrome) else { return }
        var bytes = [Int](repeating: 0, count: nodes.count)
        for index in nodes.indices.reversed() {
            if nodes[index].isText { bytes[index] = nodes[index].text.utf8.count }
            if nodes[index].parent >= 0 { bytes[nodes[index].parent] += bytes[index] }
        }
        let total = bytes.first ?? 0
        for index in nodes.indices where hints[index].isChrome && bytes[index] * 2 > total {
            hints[index].remove(.boilerplate)
        }
    }

    static let keptAttributes: Set<String> = [
        "id", "class", "src", "alt", "href", "name", "content", "property", "rel", "title", "data-src", "hidden",
        "style", "datetime", "itemprop",
    ]

    /// Children of the node at `index`, in order.
    func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var child = index + 1
        while child < nodes[index].end {
            result.append(child)
            child = nodes[child].end
        }
        return result
    }
}
