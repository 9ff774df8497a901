/// The shape of a document before anything is extracted from it: title, lead, numbered
/// sections with their paragraphs, captions and trailing lines.
package struct Outline: Sendable, Equatable {
    package struct Node: Sendable, Equatable {
        package var marker: SectionMarker
        package var level: Int
        package var title: String
        package var titleForm: Section.TitleForm
        package var paragraphs: [String]
        package var children: [Node]
        /// How many of `paragraphs` stand before the children; the rest follow them.
        package var paragraphsBeforeChildren: Int?
    }

    package var title: String?
    package var subtitle: String?
    /// The addressee line of an official document ("各省、自治区、直辖市人民政府，……："), or nil.
    package var addressee: String?
    package var lead: [String]
    package var sections: [Node]
    /// Paragraphs after the last section that close the whole document.
    package var closing: [String] = []
    package var signature: Signature?
    /// Titles of the attachments listed at the end ("附件：1．……").
    package var attachments: [String] = []
    package var captions: [Caption]
    package var trailer: [String]
    /// For each table placeholder met, the path of the section it stood in (nil: the lead).
    package var tablePlacements: [Int: String?] = [:]
    /// What Ingest learnt about the source, handed on untouched for Extract.
    package var origin = Origin()

    /// The parts of the ingested source that Segment does not change: the source's
    /// description, what the page says about itself, its data tables and the diagnostics of
    /// reading it. Extract reads them from the outline, so each stage has one input.
    package struct Origin: Sendable, Equatable {
        package var source: SourceInfo?
        package var hints = PageHints()
        package var tables: [Table] = []
        package var diagnostics: [Diagnostic] = []
    }
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
