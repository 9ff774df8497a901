/// A section marker at the start of a line, read by a table of numbering styles.
package struct SectionMarker: Sendable, Equatable {
    /// The numbering styles Gazette knows. Two markers belong to the same level only when
    /// they share a style.
    package enum Style: String, Sendable, CaseIterable {
        /// "01" … "99" alone on a line (or followed by a space and the title).
        case twoDigit
        /// "一、" … "二十、"
        case chineseEnumeration
        /// "（一）", "(一)"
        case parenthesizedChinese
        /// "（1）", "(1)"
        case parenthesizedArabic
        /// "1." "1、" "1．"
        case arabic
        /// "1）", "1)"
        case arabicParenthesis
        /// "第一部分"
        case part
        /// "第一章"
        case chapter
        /// "第一节", a part of a chapter
        case subchapter
        /// "第一条" (articles of rules and measures)
        case article
        /// "案例一", "案例1"
        case caseNumber
    }

    package var style: Style
    package var number: Int
    /// The marker as written, e.g. "一、", "（一）", "01", "案例一".
    package var text: String
    /// The rest of the line after the marker and its separator.
    package var rest: String

    /// Reads the marker at the start of `line`, or returns nil when the line starts with none.
    package static func read(_ line: String) -> SectionMarker? {
        // Every marker is decided within its first few scalars ("第九十九部分", "（十二）").
        let head = Array(line.unicodeScalars.prefix(headLength))
        for style in Style.allCases {
            if let marker = read(head, of: line, as: style) { return marker }
        }
        return nil
    }

    /// Scalars at the start of a line that decide whether it opens with a marker.
    static let headLength = 16

    private static func read(_ s: [Unicode.Scalar], of line: String, as style: Style) -> SectionMarker? {
        switch style {
        case .twoDigit:
            guard let (number, end) = arabic(s, at: 0), end <= 2 else { return nil }
            if end == s.count { return make(style, number, s, line, markerEnd: end, restStart: end) }
            // "01综合": a padded number glued to a short heading of Chinese words.
            if end == 2, TextCleaner.isCJK(s[2]), !"年月日号时分秒万亿个名家人次元".unicodeScalars.contains(s[2]),
                isShortHeading(line)
            {
                return make(style, number, s, line, markerEnd: end, restStart: end)
            }
            // "01 标题": a padded number, a space, then the title.
            guard end == 2, s[end] == " ", s.count > 3, !NumeralReader.startsNumber(s[3]) else { return nil }
            return make(style, number, s, line, markerEnd: end, restStart: end + 1)
        case .chineseEnumeration:
            guard let (number, end) = chinese(s, at: 0), end < s.count, "、，,．.".unicodeScalars.contains(s[end]) else {
                return nil
            }
            return make(style, number, s, line, markerEnd: end + 1, restStart: end + 1)
        case .parenthesizedChinese, .parenthesizedArabic:
            guard s.count > 2, s[0] == "（" || s[0] == "(" else { return nil }
            let parsed = style == .parenthesizedChinese ? chinese(s, at: 1) : arabic(s, at: 1)
            guard let (number, end) = parsed, end < s.count, s[end] == "）" || s[end] == ")" else { return nil }
            var restStart = end + 1
            while restStart < s.count, "、.．".unicodeScalars.contains(s[restStart]) { restStart += 1 }
            return make(style, number, s, line, markerEnd: end + 1, restStart: restStart)
        case .arabic:
            // "1.5" is a decimal, but "1.2017年度……" an item that opens with a year.
            guard let (number, end) = arabic(s, at: 0), end <= 2, end + 1 < s.count,
                ".、．".unicodeScalars.contains(s[end]),
                NumeralReader.digit(s[end + 1]) == nil || opensWithYear(s, at: end + 1), s[end + 1] != "%"
            else { return nil }
            return make(style, number, s, line, markerEnd: end + 1, restStart: end + 1)
        case .arabicParenthesis:
            guard let (number, end) = arabic(s, at: 0), end <= 2, end + 1 < s.count, s[end] == "）" || s[end] == ")"
            else { return nil }
            return make(style, number, s, line, markerEnd: end + 1, restStart: end + 1)
        case .part, .chapter, .subchapter, .article:
            let word: [Unicode.Scalar] =
                switch style {
                case .part: ["部", "分"]
                case .chapter: ["章"]
                case .subchapter: ["节"]
                default: ["条"]
                }
            guard s.first == "第", let (number, end) = chinese(s, at: 1) ?? arabic(s, at: 1),
                ScalarMatch.matches(word, in: s, at: end)
            else { return nil }
            return make(style, number, s, line, markerEnd: end + word.count, restStart: end + word.count)
        case .caseNumber:
            guard ScalarMatch.matches(["案", "例"], in: s, at: 0),
                let (number, end) = chinese(s, at: 2) ?? arabic(s, at: 2)
            else { return nil }
            return make(style, number, s, line, markerEnd: end, restStart: end)
        }
    }

    private static func make(
        _ style: Style, _ number: Int, _ s: [Unicode.Scalar], _ line: String, markerEnd: Int, restStart: Int
    ) -> SectionMarker {
        var rest = line.unicodeScalars.dropFirst(restStart)
        while let first = rest.first, " ：:、—-".unicodeScalars.contains(first) || TextCleaner.isBlank(first) {
            rest = rest.dropFirst()
        }
        return SectionMarker(style: style, number: number, text: String(scalars: s[0..<markerEnd]), rest: String(rest))
    }

    /// A line short enough for a heading, without a sentence's marks.
    private static func isShortHeading(_ line: String) -> Bool {
        line.unicodeScalars.count <= 30 && !line.unicodeScalars.contains { "，。；：,;:！？".unicodeScalars.contains($0) }
    }

    /// Four digits and 年 at `index`: "2017年".
    private static func opensWithYear(_ s: [Unicode.Scalar], at index: Int) -> Bool {
        index + 4 < s.count && (index..<(index + 4)).allSatisfy { NumeralReader.digit(s[$0]) != nil }
            && s[index + 4] == "年"
    }

    /// One or two Arabic digits (ASCII or full-width) at `index`.
    private static func arabic(_ s: [Unicode.Scalar], at index: Int) -> (Int, Int)? {
        var value = 0
        var end = index
        while end < s.count, let digit = NumeralReader.digit(s[end]) {
            value = value * 10 + Int(digit)
            end += 1
            if end - index > 2 { return nil }
        }
        return end > index && value > 0 ? (value, end) : nil
    }

    /// A Chinese number from 一 to 九十九 at `index`.
    private static func chinese(_ s: [Unicode.Scalar], at index: Int) -> (Int, Int)? {
        var end = index
        while end < s.count, end - index < 3, NumeralTables.chineseDigit(s[end]) != nil || s[end] == "十" { end += 1 }
        guard end > index, let token = NumeralReader.read(Array(s[index..<end]), at: 0, stopBefore: { _ in false }),
            token.end == end - index, !token.isDigitSequence, let value = token.value.integerValue,
            (1...99).contains(value),
            s[index] != "两", s[index] != "〇", s[index] != "零"
        else { return nil }
        return (value, end)
    }
}
