/// A paragraph-like unit of a source, as Ingest hands it to Segment.
package struct Block: Sendable, Equatable {
    package enum Kind: Sendable, Equatable {
        case paragraph
        /// An HTML heading `h1`…`h6`, with its level.
        case heading(Int)
        case listItem
        case tableCell
        /// A caption the source marks as one (`figcaption`, a caption under an image).
        case caption
        /// Where a data table stood: the index into the tables Ingest read. Its text is not body.
        case table(Int)

        /// Every kind but a table placeholder holds text a reader sees.
        package var isText: Bool {
            if case .table = self { return false }
            return true
        }
    }

    package var text: String
    package var kind: Kind
    /// The image a caption belongs to (`src` or `data-src`), on HTML pages.
    package var image: String?

    package init(_ text: String, kind: Kind = .paragraph, image: String? = nil) {
        self.text = text
        self.kind = kind
        self.image = image
    }
}
