/// Finds calendar dates and periods in a paragraph: "2025年3月18日" → "2025-03-18",
/// "2024年" → "2024", "2025年第二季度" → "2025-Q2", "2025-03-18", and "5月6日", written
/// without a year, which takes (in this order):
/// 1. the year of the date a range starts from ("2024年12月28日至1月3日" ends in 2025);
/// 2. with a publication year, 今年, 去年, 前年 or 明年 right before it ("今年3月27日"); else the
///    year its sentence names nearest to it ("5月6日，2025年第二季度例会"), but not a year that
///    starts a span ("2011年3月以来");
/// 3. the year the document's title names, when it names one ("2026年部分节假日安排的通知"),
///    else the publication year;
/// 4. the nearest year stated in the same paragraph;
/// 5. none: it is written "--05-06".
package struct DateRecognizer: Sendable {
    static let quarterWord = Array("季度".unicodeScalars)

    /// The year the document was published, when known: 今年 and 去年 count from it.
    package var publicationYear: Int?
    /// The year the document is about, when its title names one.
    package var titleYear: Int?

    package init(publicationYear: Int? = nil, title: String? = nil) {
        self.publicationYear = publicationYear
        if let title {
            let years = Set(DateRecognizer().dates(in: title).compactMap { Int($0.value.prefix(4)) })
            titleYear = years.count == 1 ? years.first : nil
        }
    }

    /// The dates of `paragraph`; `index` is recorded as each date's `paragraph`.
    package func dates(in paragraph: String, index: Int = 0) -> [DateMention] {
        let text = Array(paragraph.unicodeScalars)
        var matches: [Match] = []
        var cursor = 0
        while cursor < text.count {
            let scalar = text[cursor]
            if scalar == "Q" || scalar == "q", let match = quarterBeforeYear(in: text, at: cursor) {
                matches.append(match)
                cursor = match.end
                continue
            }
            guard
                NumeralReader.digit(scalar) != nil || NumeralTables.chineseDigit(scalar) != nil
                    || NumeralTables.place(scalar) != nil,
                let match = date(in: text, at: cursor)
            else {
                cursor += 1
                continue
            }
            matches.append(match)
            cursor = match.end
        }
        var dates: [DateMention] = []
        for (offset, match) in matches.enumerated() {
            var value = match.value
            if let month = match.month, let day = match.day {
                let year = yearOf(match, after: offset > 0 ? matches[offset - 1] : nil, among: matches, in: text)
                guard Self.isDay(day, month: month, year: year) else { continue }
                value = year.map { Self.iso($0, month, day) } ?? "--\(Self.two(month))-\(Self.two(day))"
            }
            dates.append(
                DateMention(
                    text: String(scalars: text[match.start..<match.end]), value: value, paragraph: index,
                    start: match.start, end: match.end))
        }
        return dates
    }

    private struct Match {
        var start: Int
        var end: Int
        var value: String
        /// The year stated with the date, if any.
        var year: Int?
        var monthOfYear: Int?
        /// Month and day of a date written without a year, still to be given one.
        var month: Int?
        var day: Int?
    }

    /// Words that name a year relative to the publication year.
    private static let relativeYears: [(word: [Unicode.Scalar], offset: Int)] = [
        (["今", "年"], 0), (["本", "年"], 0), (["去", "年"], -1), (["上", "年"], -1), (["前", "年"], -2), (["明", "年"], 1),
        (["来", "年"], 1), (["來", "年"], 1),
    ]

    /// Words after a date that make it the start of a span: "2011年3月以来", "2020年起".
    private static let spanStarts: [[Unicode.Scalar]] = [["以", "来"], ["起"], ["开", "始"], ["至", "今"]]

    private static let sentenceEnds: Set<Unicode.Scalar> = ["。", "！", "？", "；", "!", "?", ";", "\n"]
    private static let rangeMarks: Set<Unicode.Scalar> = ["至", "到", "-", "—", "–", "～", "~", "〜", "－"]

    /// The year of a date written without one (see the type's rules).
    private func yearOf(
        _ match: Match, after previous: Match?, among matches: [Match], in text: [Unicode.Scalar]
    ) -> Int? {
        if let previous, let year = previous.year, let month = previous.monthOfYear, let current = match.month,
            previous.end < match.start, match.start - previous.end <= 2,
            text[previous.end..<match.start].allSatisfy({ Self.rangeMarks.contains($0) })
        {
            return current < month ? year + 1 : year
        }
        var sentenceStart = match.start
        while sentenceStart > 0, !Self.sentenceEnds.contains(text[sentenceStart - 1]) { sentenceStart -= 1 }
        var sentenceEnd = match.end
        while sentenceEnd < text.count, !Self.sentenceEnds.contains(text[sentenceEnd]) { sentenceEnd += 1 }
        // Years the sentence names, with where they stand.
        // A year that starts a span ("2011年3月以来") is not the year of the dates after it.
        let named: [(position: Int, year: Int)] = matches.compactMap { other in
            guard let year = other.year, other.start >= sentenceStart, other.end <= sentenceEnd,
                !Self.spanStarts.contains(where: { ScalarMatch.matches($0, in: text, at: other.end) })
            else { return nil }
            return (other.start, year)
        }
        // "今年3月27日", "去年12月1日": a relative year right before the date (a 的 or 的 aside).
        if let publicationYear {
            for gap in 0...1 where match.start - gap - 2 >= 0 {
                if let relative = Self.relativeYears.first(where: {
                    ScalarMatch.matches($0.word, in: text, at: match.start - gap - 2)
                }),
                    gap == 0 || text[match.start - 1] == "的" || text[match.start - 1] == "于"
                {
                    return publicationYear + relative.offset
                }
            }
        }
        let distance = { (position: Int) in
            position < match.start ? match.start - position : (position - match.end) * 2 + 1
        }
        if let nearest = named.min(by: { distance($0.position) < distance($1.position) }) { return nearest.year }
        if let year = titleYear ?? publicationYear { return year }
        let stated = matches.compactMap { other in other.year.map { (other.start, $0) } }
        return stated.min(by: { distance($0.0) < distance($1.0) })?.1
    }

    private func date(in text: [Unicode.Scalar], at start: Int) -> Match? {
        if start > 0, NumeralReader.digit(text[start - 1]) != nil || TextCleaner.isASCIILetter(text[start - 1]) {
            return nil
        }
        guard let first = number(in: text, at: start) else { return nil }
        var cursor = first.end
        guard cursor < text.count else { return nil }
        // ISO-like: 2025-03-18, 2025/3/18, 2025.3.18
        if first.digits == 4, "-/.．".unicodeScalars.contains(text[cursor]),
            let month = number(in: text, at: cursor + 1), (1...12).contains(month.value), month.end < text.count,
            text[month.end] == text[cursor], let day = number(in: text, at: month.end + 1),
            Self.isDay(day.value, month: month.value, year: first.value),
            day.end >= text.count || NumeralReader.digit(text[day.end]) == nil
        {
            return Match(
                start: start, end: day.end, value: Self.iso(first.value, month.value, day.value), year: first.value,
                monthOfYear: month.value)
        }
        // "2017至2020年", "2017-2020年": the first year of a range of years.
        if first.digits == 4, !first.isChinese, (1800...2199).contains(first.value),
            Self.rangeMarks.contains(text[cursor]),
            let last = number(in: text, at: cursor + 1), last.digits == 4, last.value > first.value,
            last.end < text.count,
            text[last.end] == "年"
        {
            return Match(start: start, end: first.end, value: format4(first.value), year: first.value)
        }
        var year: Int?
        if text[cursor] == "年", first.digits == 4 || (first.isChinese && first.digits == 4),
            (1000...2999).contains(first.value)
        {
            year = first.value
            cursor += 1
            if cursor < text.count, text[cursor] == "度" { cursor += 1 }
            if let quarter = quarter(in: text, at: cursor) {
                return Match(
                    start: start, end: quarter.end, value: "\(first.value)-Q\(quarter.value)", year: first.value)
            }
            guard let month = number(in: text, at: cursor), month.end < text.count, text[month.end] == "月",
                (1...12).contains(month.value)
            else { return Match(start: start, end: cursor, value: String(format4(first.value)), year: first.value) }
            cursor = month.end + 1
            if let day = number(in: text, at: cursor), let end = dayEnd(after: day, in: text),
                Self.isDay(day.value, month: month.value, year: first.value)
            {
                return Match(
                    start: start, end: end, value: Self.iso(first.value, month.value, day.value), year: first.value,
                    monthOfYear: month.value)
            }
            return Match(
                start: start, end: cursor, value: "\(format4(first.value))-\(Self.two(month.value))", year: first.value,
                monthOfYear: month.value)
        }
        // 5月6日 without a year: its year is given once the paragraph is read.
        if year == nil, text[cursor] == "月", (1...12).contains(first.value), first.digits <= 2,
            let day = number(in: text, at: cursor + 1), let end = dayEnd(after: day, in: text),
            Self.isDay(day.value, month: first.value, year: nil)
        {
            return Match(start: start, end: end, value: "", month: first.value, day: day.value)
        }
        // "今年3月", "去年12月": a month after a relative year, with the publication year known.
        if year == nil, text[cursor] == "月", (1...12).contains(first.value), first.digits <= 2, let publicationYear,
            start >= 2,
            let relative = Self.relativeYears.first(where: {
                ScalarMatch.matches($0.word, in: text, at: start - 2)
            })
        {
            let year = publicationYear + relative.offset
            return Match(
                start: start, end: cursor + 1, value: "\(format4(year))-\(Self.two(first.value))", year: year,
                monthOfYear: first.value)
        }
        return nil
    }

    private struct Number {
        var value: Int
        var digits: Int
        var end: Int
        var isChinese: Bool
    }

    /// Arabic digits, or Chinese numerals such as 二〇二四 or 十八. One blank may stand on
    /// either side of a date's number ("3 月 11 日"): `end` is then past it.
    private func number(in text: [Unicode.Scalar], at start: Int) -> Number? {
        var index = start
        if index > 0, index + 1 < text.count, Self.isBlank(text[index]), "年月".unicodeScalars.contains(text[index - 1]) {
            index += 1
        }
        guard index < text.count else { return nil }
        var cursor = index
        var value = 0
        while cursor < text.count, cursor - index < 6, let d = NumeralReader.digit(text[cursor]) {
            value = value * 10 + Int(d)
            cursor += 1
        }
        var number: Number
        if cursor > index {
            number = Number(value: value, digits: cursor - index, end: cursor, isChinese: false)
        } else {
            guard let token = NumeralReader.read(text, at: index, stopBefore: { _ in false }), token.isChinese,
                let integer = token.value.integerValue, token.end - index <= 4
            else { return nil }
            number = Number(value: integer, digits: token.end - index, end: token.end, isChinese: true)
        }
        if number.end + 1 < text.count, Self.isBlank(text[number.end]),
            "年月日号".unicodeScalars.contains(text[number.end + 1])
        {
            number.end += 1
        }
        return number
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\u{3000}" }

    /// Where a date that ends its day at `day` ends: past a range of days ("6月29～30日" is
    /// read as its first day, its text the whole range), else past 日 or 号.
    private func dayEnd(after day: Number, in text: [Unicode.Scalar]) -> Int? {
        guard day.end < text.count else { return nil }
        if text[day.end] == "日" || text[day.end] == "号" { return day.end + 1 }
        guard Self.rangeMarks.contains(text[day.end]), let last = number(in: text, at: day.end + 1),
            last.value > day.value,
            last.value <= 31, last.end < text.count, text[last.end] == "日" || text[last.end] == "号"
        else { return nil }
        return last.end + 1
    }

    /// "Q1 2020", "Q3 2021 年": a quarter written before its year, as English reports write it.
    private func quarterBeforeYear(in text: [Unicode.Scalar], at start: Int) -> Match? {
        guard start == 0 || !TextCleaner.isASCIILetter(text[start - 1]), start + 3 < text.count,
            let quarter = NumeralReader.digit(text[start + 1]), (1...4).contains(quarter),
            Self.isBlank(text[start + 2]),
            let year = number(in: text, at: start + 3), year.digits == 4, !year.isChinese,
            (1900...2199).contains(year.value),
            year.end >= text.count || NumeralReader.digit(text[year.end]) == nil
        else { return nil }
        var end = year.end
        if end < text.count, text[end] == "年" {
            end += 1
        } else if end + 1 < text.count, Self.isBlank(text[end]), text[end + 1] == "年" {
            end += 2
        }
        return Match(start: start, end: end, value: "\(year.value)-Q\(quarter)", year: year.value)
    }

    private func quarter(in text: [Unicode.Scalar], at index: Int) -> (value: Int, end: Int)? {
        var cursor = index
        var letters = cursor
        if letters < text.count, Self.isBlank(text[letters]) { letters += 1 }
        if letters < text.count, text[letters] == "的" { cursor = letters + 1 }  // "2005年的一季度"
        // "2020年Q1", "2020 年的 Q1": a quarter in letters.
        letters = cursor
        if letters < text.count, Self.isBlank(text[letters]) { letters += 1 }
        if letters + 1 < text.count, text[letters] == "Q" || text[letters] == "q",
            let digit = NumeralReader.digit(text[letters + 1]),
            (1...4).contains(digit), letters + 2 >= text.count || NumeralReader.digit(text[letters + 2]) == nil
        {
            return (Int(digit), letters + 2)
        }
        if cursor < text.count, text[cursor] == "第" { cursor += 1 }
        guard let number = number(in: text, at: cursor), (1...4).contains(number.value),
            ScalarMatch.matches(Self.quarterWord, in: text, at: number.end)
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
