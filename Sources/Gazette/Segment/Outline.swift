/// The shape of a document before anything is extracted from it: title, lead, numbered
/// sections with their paragraphs, captions and trailing lines.
public struct Outline: Sendable, Equatable {
    public struct Node: Sendable, Equatable {
        public var marker: SectionMarker
        public var level: Int
        public var title: String
        public var paragraphs: [String]
        public var children: [Node]
    }

    public var title: String?
    public var subtitle: String?
    public var lead: [String]
    public var sections: [Node]
    public var captions: [Caption]
    public var trailer: [String]
    /// For each table placeholder met, the path of the section it stood in (nil: the lead).
    public var tablePlacements: [Int: String?] = [:]
}

extension Outline {
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
