/// Finds calendar dates and periods in a paragraph: "2025年3月18日" → "2025-03-18",
/// "2024年" → "2024", "2025年第二季度" → "2025-Q2", "2025-03-18", and "5月6日", which takes
/// the year most recently stated before it (in the document) when there is one.
public struct DateRecognizer: Sendable {
    static let quarterWord = Array("季度".unicodeScalars)

    /// The year to give dates written without one; updated as explicit years are read.
    public var contextYear: Int?

    public init(contextYear: Int? = nil) {
        self.contextYear = contextYear
    }

    /// The dates of `paragraph`; `index` is recorded as each date's `paragraph`.
    public mutating func dates(in paragraph: String, index: Int = 0) -> [DateMention] {
        let text = Array(paragraph.unicodeScalars)
        var dates: [DateMention] = []
        var cursor = 0
        while cursor < text.count {
            let scalar = text[cursor]
            guard NumeralReader.digit(scalar) != nil || NumeralTables.chineseDigit(scalar) != nil || NumeralTables.place(scalar) != nil,
                  let match = date(in: text, at: cursor)
            else {
                cursor += 1
                continue
            }
            dates.append(DateMention(
                text: String(scalars: text[match.start..<match.end]), value: match.value,
                paragraph: index, start: match.start, end: match.end))
            cursor = match.end
        }
        return dates
    }

    private struct Match {
        var start: Int
        var end: Int
        var value: String
    }

    private mutating func date(in text: [Unicode.Scalar], at start: Int) -> Match? {
        if start > 0, NumeralReader.digit(text[start - 1]) != nil || FigureRecognizer.isASCIILetter(text[start - 1]) { return nil }
        guard let first = number(in: text, at: start) else { return nil }
        var cursor = first.end
        guard cursor < text.count else { return nil }
        // ISO-like: 2025-03-18, 2025/3/18, 2025.3.18
        if first.digits == 4, "-/.．".unicodeScalars.contains(text[cursor]),
           let month = number(in: text, at: cursor + 1), (1...12).contains(month.value), month.end < text.count,
           text[month.end] == text[cursor], let day = number(in: text, at: month.end + 1),
           Self.isDay(day.value, month: month.value, year: first.value),
           day.end >= text.count || NumeralReader.digit(text[day.end]) == nil {
            contextYear = first.value
            return Match(start: start, end: day.end, value: Self.iso(first.value, month.value, day.value))
        }
        var year: Int?
        if text[cursor] == "年", first.digits == 4 || (first.isChinese && first.digits == 4), (1000...2999).contains(first.value) {
            year = first.value
            contextYear = first.value
            cursor += 1
            if cursor < text.count, text[cursor] == "度" { cursor += 1 }
            if let quarter = quarter(in: text, at: cursor) {
                return Match(start: start, end: quarter.end, value: "\(first.value)-Q\(quarter.value)")
            }
            guard let month = number(in: text, at: cursor), month.end < text.count, text[month.end] == "月", (1...12).contains(month.value)
            else { return Match(start: start, end: cursor, value: String(format4(first.value))) }
            cursor = month.end + 1
            if let day = number(in: text, at: cursor), day.end < text.count, text[day.end] == "日" || text[day.end] == "号",
               Self.isDay(day.value, month: month.value, year: first.value) {
                return Match(start: start, end: day.end + 1, value: Self.iso(first.value, month.value, day.value))
            }
            return Match(start: start, end: cursor, value: "\(format4(first.value))-\(Self.two(month.value))")
        }
        // 5月6日 without a year
        if year == nil, text[cursor] == "月", (1...12).contains(first.value), first.digits <= 2,
           let day = number(in: text, at: cursor + 1), day.end < text.count, text[day.end] == "日" || text[day.end] == "号",
           Self.isDay(day.value, month: first.value, year: contextYear) {
            let value = contextYear.map { Self.iso($0, first.value, day.value) } ?? "--\(Self.two(first.value))-\(Self.two(day.value))"
            return Match(start: start, end: day.end + 1, value: value)
        }
        return nil
    }

    private struct Number {
        var value: Int
        var digits: Int
        var end: Int
        var isChinese: Bool
    }

    /// Arabic digits, or Chinese numerals such as 二〇二四 or 十八.
    private func number(in text: [Unicode.Scalar], at index: Int) -> Number? {
        guard index < text.count else { return nil }
        var cursor = index
        var value = 0
        while cursor < text.count, cursor - index < 6, let d = NumeralReader.digit(text[cursor]) {
            value = value * 10 + Int(d)
            cursor += 1
        }
        if cursor > index { return Number(value: value, digits: cursor - index, end: cursor, isChinese: false) }
        guard let token = NumeralReader.read(text, at: index, stopBefore: { _ in false }), token.isChinese,
              let integer = token.value.integerValue, token.end - index <= 4
        else { return nil }
        return Number(value: integer, digits: token.end - index, end: token.end, isChinese: true)
    }

    private func quarter(in text: [Unicode.Scalar], at index: Int) -> (value: Int, end: Int)? {
        var cursor = index
        if cursor < text.count, text[cursor] == "第" { cursor += 1 }
        guard let number = number(in: text, at: cursor), (1...4).contains(number.value),
              FigureRecognizer.matches(Self.quarterWord, in: text, at: number.end)
        else { return nil }
        return (number.value, number.end + 2)
    }

    private func format4(_ year: Int) -> String { String(year) }

    /// True when `day` exists in `month` (of `year`, when known: 2月29日 needs a leap year).
    static func isDay(_ day: Int, month: Int, year: Int?) -> Bool {
        let lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...12).contains(month), day >= 1, day <= lengths[month - 1] else { return false }
        if month == 2, day == 29, let year {
            return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        }
        return true
    }

    static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    static func iso(_ year: Int, _ month: Int, _ day: Int) -> String { "\(year)-\(two(month))-\(two(day))" }
}
