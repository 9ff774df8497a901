/// A paragraph-like unit of a source, as Ingest hands it to Segment.
public struct Block: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case paragraph
        /// An HTML heading `h1`…`h6`, with its level.
        case heading(Int)
        case listItem
        case tableCell
        /// A caption the source marks as one (`figcaption`, a caption under an image).
        case caption
    }

    public var text: String
    public var kind: Kind

    public init(_ text: String, kind: Kind = .paragraph) {
        self.text = text
        self.kind = kind
    }
}
