/// How much one document may hold. An input past a limit is refused with a one-line error
/// (nesting is flattened instead, with a diagnostic), so that a hostile file costs time and
/// memory in proportion to its size, never more. The README lists the defaults.
public struct Limits: Sendable, Equatable {
    /// Bytes of one input file (`--max-bytes`).
    public var maximumBytes = 64 * 1024 * 1024
    /// HTML elements nested deeper than this dissolve into the element at this depth: their
    /// text is kept, their markup is not.
    public var maximumNesting = 4096
    /// Paragraphs (blocks of text) in one document.
    public var maximumParagraphs = 500_000
    /// Bytes of one paragraph.
    public var maximumParagraphBytes = 4 * 1024 * 1024
    /// Sections at all levels of one document.
    public var maximumSections = 200_000
    /// Figures in one document, lead, sections and tables together.
    public var maximumFigures = 500_000

    /// The default limits, the ones the README lists and `gazette` applies unless told otherwise.
    public static let standard = Limits()

    /// The default limits, the same as `standard`.
    public init() {}
}
