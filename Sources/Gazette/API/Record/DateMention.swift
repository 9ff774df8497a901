/// A calendar date or period named in a document ("2025年3月18日", "2024年", "2025年第二季度").
public struct DateMention: Decodable, Sendable, Equatable {
    /// The date exactly as written ("2025年3月18日", "5月6日").
    public var text: String
    /// ISO 8601 form at the precision written: "2025-03-18", "2025-03", "2024", "2025-Q2";
    /// a date written without a year ("5月6日") takes the nearest year stated before it, or
    /// is written "--05-06" when there is none.
    public var value: String
    /// Index of the paragraph the date stands in, among the paragraphs of its part (the lead or its section).
    public var paragraph: Int
    /// Offset of the date's first Unicode scalar in that paragraph.
    public var start: Int
    /// Offset just past its last Unicode scalar: `start..<end` of the paragraph is `text`.
    public var end: Int

    /// A date written as `text`, with its ISO 8601 `value`, at `start..<end` of paragraph `paragraph`.
    public init(text: String, value: String, paragraph: Int = 0, start: Int = 0, end: Int = 0) {
        self.text = text
        self.value = value
        self.paragraph = paragraph
        self.start = start
        self.end = end
    }
}
