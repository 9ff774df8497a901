/// The marks of a review page: the element each figure, date and leading unit is wrapped in.
///
/// A figure's mark carries its value, unit, kind, qualifier and change as `data-` attributes,
/// and the same in words as its `title`, which the style sheet shows on hover and on keyboard
/// focus (`tabindex="0"`). A mark that a finding points at is `flagged`.
enum ReviewMarks {
    static func figure(_ figure: Figure, id: String, flagged: Bool) -> TextMark {
        var tip = "value \(figure.value)" + (figure.valueMax.map { " to \($0)" } ?? "")
        tip += "\nunit \(figure.unit.isEmpty ? "(none)" : figure.unit)\nkind \(figure.kind.rawValue)"
        tip += "\nqualifier \(figure.qualifier?.rawValue ?? "—")\nchange \(figure.change?.rawValue ?? "—")"
        if let comparison = figure.comparison { tip += " (\(comparison.rawValue))" }
        var open = opening("fig", id: id, flagged: flagged)
        open.attribute("data-value", figure.value)
        open.attribute("data-value-max", figure.valueMax)
        open.attribute("data-unit", figure.unit)
        open.attribute("data-kind", figure.kind.rawValue)
        open.attribute("data-qualifier", figure.qualifier?.rawValue)
        open.attribute("data-change", figure.change?.rawValue)
        open.attribute("data-comparison", figure.comparison?.rawValue)
        return mark(.figure, open, tip: tip, id: id, start: figure.start, end: figure.end, text: figure.text)
    }

    static func date(_ date: DateMention, id: String, flagged: Bool) -> TextMark {
        var open = opening("date", id: id, flagged: flagged)
        open.attribute("data-value", date.value)
        return mark(.date, open, tip: "date \(date.value)", id: id, start: date.start, end: date.end, text: date.text)
    }

    /// A figure of a table cell, which records by row and column only: marked where its text
    /// first stands in the cell, or nil when it does not.
    static func tableFigure(_ figure: TableFigure, in cell: String, id: String) -> TextMark? {
        let surface = Array(figure.text.unicodeScalars)
        guard let start = ScalarMatch.occurrences(of: surface, in: Array(cell.unicodeScalars), limit: 1).first
        else { return nil }
        var open = opening("fig", id: id, flagged: false)
        open.attribute("data-value", figure.value)
        open.attribute("data-unit", figure.unit)
        open.attribute("data-kind", figure.kind.rawValue)
        open.attribute("data-qualifier", figure.qualifier?.rawValue)
        let tip = "value \(figure.value)\nunit \(figure.unit)\nkind \(figure.kind.rawValue)\ncolumn \(figure.context)"
        return mark(.figure, open, tip: tip, id: id, start: start, end: start + surface.count, text: figure.text)
    }

    /// Every occurrence of each unit's name in `text`.
    static func organizations(_ names: [String], in text: String) -> [TextMark] {
        guard !names.isEmpty else { return [] }
        let scalars = Array(text.unicodeScalars)
        var marks: [TextMark] = []
        for name in Set(names) {
            let surface = Array(name.unicodeScalars)
            for start in ScalarMatch.occurrences(of: surface, in: scalars) {
                marks.append(
                    TextMark(
                        kind: .organization, start: start, end: start + surface.count, text: nil,
                        open: "<span class=\"org\">", close: "</span>"))
            }
        }
        return marks
    }

    /// `<mark class="… flagged" id="…" tabindex="0"`, left open for the attributes of the mention.
    private static func opening(_ kind: String, id: String, flagged: Bool) -> HTMLWriter {
        var open = HTMLWriter(capacity: 512)
        open.raw("<mark")
        open.attribute("class", flagged ? kind + " flagged" : kind)
        open.attribute("id", id)
        open.raw(" tabindex=\"0\"")
        return open
    }

    private static func mark(
        _ kind: TextMark.Kind, _ open: HTMLWriter, tip: String, id: String, start: Int, end: Int, text: String
    ) -> TextMark {
        var open = open
        open.attribute("title", tip)
        open.raw(">")
        return TextMark(
            kind: kind, id: id, start: start, end: end, text: text, open: String(decoding: open.bytes, as: UTF8.self),
            close: "</mark>")
    }
}
