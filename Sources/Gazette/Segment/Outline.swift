/// The shape of a document before anything is extracted from it: title, lead, numbered
/// sections with their paragraphs, captions and trailing lines.
public struct Outline: Sendable, Equatable {
    public struct Node: Sendable, Equatable {
        public var marker: SectionMarker
        public var level: Int
        public var title: String
        public var titleForm: Section.TitleForm
        public var paragraphs: [String]
        public var children: [Node]
        /// How many of `paragraphs` stand before the children; the rest follow them.
        public var paragraphsBeforeChildren: Int?
    }

    public var title: String?
    public var subtitle: String?
    /// The addressee line of an official document ("各省、自治区、直辖市人民政府，……："), or nil.
    public var addressee: String?
    public var lead: [String]
    public var sections: [Node]
    /// Paragraphs after the last section that close the whole document.
    public var closing: [String] = []
    public var signature: Signature?
    /// Titles of the attachments listed at the end ("附件：1．……").
    public var attachments: [String] = []
    public var captions: [Caption]
    public var trailer: [String]
    /// For each table placeholder met, the path of the section it stood in (nil: the lead).
    public var tablePlacements: [Int: String?] = [:]
}

extension Outline {
    /// The paragraphs of every section, depth first.
    var allParagraphs: [String] {
        var out: [String] = []
        func walk(_ nodes: [Node]) {
            for node in nodes {
                out += node.paragraphs
                walk(node.children)
            }
        }
        walk(sections)
        return out
    }

    /// Sections at all levels.
    var sectionCount: Int {
        var count = 0
        var pending = sections
        while let node = pending.popLast() {
            count += 1
            pending += node.children
        }
        return count
    }
}
