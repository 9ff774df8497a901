extension Pipeline {
    /// The figures of any piece of text, as records give them (offsets are Unicode scalar
    /// offsets into `text`): what `gazette figures` prints. "投诉量同比下降12.5%" gives one figure,
    /// value "12.5", unit "%", change `.decrease`.
    ///
    /// - Parameter includingBareNumbers: also report numbers without a unit, as kind `number`.
    public static func figures(in text: String, includingBareNumbers: Bool = false) -> [Figure] {
        FigureRecognizer(options: .init(includeBareNumbers: includingBareNumbers)).figures(in: text)
    }

    /// The dates of any piece of text ("2025年3月5日", "5月6日", "今年一季度"), with their offsets.
    ///
    /// - Parameters:
    ///   - publicationYear: the year a date written without one belongs to, as a document's
    ///     publication date gives it.
    ///   - title: the document's title, whose year ("2026年……安排") also dates such dates.
    public static func dates(in text: String, publicationYear: Int? = nil, title: String? = nil) -> [DateMention] {
        DateRecognizer(publicationYear: publicationYear, title: title).dates(in: text)
    }
}
