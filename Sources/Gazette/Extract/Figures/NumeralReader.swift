/// Reads one number — Arabic (with grouping, decimals, full-width digits), Chinese (小写 and
/// 大写 financial numerals) or mixed ("3.5万", "1千万", "3万4000") — at a position in a
/// paragraph. Every call reads forward only, so a scan over a paragraph stays linear.
enum NumeralReader {
    struct Token: Equatable {
        var value: ExactDecimal
        var start: Int
        var end: Int
        /// True when written in Chinese numerals only.
        var isChinese: Bool
        /// Chinese digits without any place word ("二〇二四", "三五"): years and codes, not amounts.
        var isDigitSequence: Bool
        /// The single character "一" (or "壹"): an article more often than an amount.
        var isLoneOne: Bool
        /// Number of digits written before the decimal point in Arabic form.
        var integerDigits: Int
        var hasFraction: Bool
        /// Power of ten written after the digits ("万" is 4); 0 when there is none.
        var multiplierPlaces: Int = 0
        /// The upper end of an approximate Chinese range such as "二三十" (20 to 30) or "三五" (3 to 5).
        var approximateHigh: ExactDecimal? = nil

        var hasMultiplier: Bool { multiplierPlaces > 0 }
    }

    static func digit(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0x30...0x39: UInt8(scalar.value - 0x30)
        case 0xFF10...0xFF19: UInt8(scalar.value - 0xFF10)
        default: nil
        }
    }

    static func isDecimalPoint(_ scalar: Unicode.Scalar) -> Bool { scalar == "." || scalar == "．" }

    static func isGroupSeparator(_ scalar: Unicode.Scalar) -> Bool { scalar == "," || scalar == "，" }

    /// True when a number may start at this scalar.
    static func startsNumber(_ scalar: Unicode.Scalar) -> Bool {
        digit(scalar) != nil || NumeralTables.chineseDigits[scalar] != nil || NumeralTables.placeValues[scalar] != nil
    }

    /// Reads the number starting at `index`, or returns nil when none starts there.
    /// `stopBefore` says whether a multiplier character actually begins a unit ("千米", "百分点").
    static func read(_ text: [Unicode.Scalar], at index: Int, stopBefore: (Int) -> Bool) -> Token? {
        guard index < text.count else { return nil }
        if digit(text[index]) != nil { return readArabic(text, at: index, stopBefore: stopBefore) }
        return readChinese(text, at: index, stopBefore: stopBefore)
    }

    // MARK: Arabic

    private static func readArabic(_ text: [Unicode.Scalar], at start: Int, stopBefore: (Int) -> Bool) -> Token? {
        var cursor = start
        var integer: [UInt8] = []
        var groupLength = 0
        var grouped = false
        while cursor < text.count {
            if let d = digit(text[cursor]) {
                integer.append(d)
                groupLength += 1
                cursor += 1
            } else if isGroupSeparator(text[cursor]), grouped ? groupLength == 3 : (1...3).contains(groupLength),
                      hasThreeDigitGroup(text, after: cursor) {
                grouped = true
                groupLength = 0
                cursor += 1
            } else {
                break
            }
        }
        var fraction: [UInt8] = []
        if cursor + 1 < text.count, isDecimalPoint(text[cursor]), digit(text[cursor + 1]) != nil {
            cursor += 1
            while cursor < text.count, let d = digit(text[cursor]) {
                fraction.append(d)
                cursor += 1
            }
        }
        var value = ExactDecimal(integer: integer, fraction: fraction)
        let (places, afterMultiplier) = multipliers(text, at: cursor, stopBefore: stopBefore)
        if places > 0 {
            value = value.shifted(by: places)
            cursor = afterMultiplier
            // "3万4000": a smaller integer written straight after 万 or 亿 adds to it.
            if fraction.isEmpty, places == 4 || places == 8, cursor < text.count, digit(text[cursor]) != nil {
                var tail: [UInt8] = []
                var end = cursor
                while end < text.count, let d = digit(text[end]) {
                    tail.append(d)
                    end += 1
                }
                if tail.count <= places, !(end < text.count && isDecimalPoint(text[end])) {
                    value = value + ExactDecimal(digits: tail)
                    cursor = end
                }
            }
        }
        return Token(value: value, start: start, end: cursor, isChinese: false, isDigitSequence: false, isLoneOne: false,
                     integerDigits: integer.count, hasFraction: !fraction.isEmpty, multiplierPlaces: places)
    }

    /// A thousands separator is followed by exactly three digits.
    private static func hasThreeDigitGroup(_ text: [Unicode.Scalar], after separator: Int) -> Bool {
        for offset in 1...3 {
            guard separator + offset < text.count, digit(text[separator + offset]) != nil else { return false }
        }
        return separator + 4 >= text.count || digit(text[separator + 4]) == nil
    }

    /// Reads a run of 十百千万亿 after a number: returns the power of ten and where it ends.
    static func multipliers(_ text: [Unicode.Scalar], at start: Int, stopBefore: (Int) -> Bool) -> (Int, Int) {
        var places = 0
        var cursor = start
        while cursor < text.count, let place = NumeralTables.multiplierPlaces[text[cursor]], !stopBefore(cursor) {
            places += place
            cursor += 1
        }
        return (places, cursor)
    }

    // MARK: Chinese

    private static func readChinese(_ text: [Unicode.Scalar], at start: Int, stopBefore: (Int) -> Bool) -> Token? {
        if let range = readApproximateRange(text, at: start, stopBefore: stopBefore) { return range }
        return readChineseNumber(text, at: start, stopBefore: stopBefore)
    }

    /// "二三十" (20–30), "三四百万", "一两个", "三五天": two neighbouring digits give a rough range.
    private static func readApproximateRange(_ text: [Unicode.Scalar], at start: Int, stopBefore: (Int) -> Bool) -> Token? {
        guard start + 2 <= text.count, let first = NumeralTables.chineseDigits[text[start]],
              let second = NumeralTables.chineseDigits[text[start + 1]], first > 0,
              second == first + 1 || (text[start] == "一" && text[start + 1] == "两")
        else { return nil }
        if start + 2 < text.count, NumeralTables.chineseDigits[text[start + 2]] != nil { return nil }
        let low: Token?, high: Token?
        if start + 2 < text.count, NumeralTables.placeValues[text[start + 2]] != nil {
            high = readChineseNumber(text, at: start + 1, stopBefore: stopBefore)
            guard let high else { return nil }
            let lowText = [text[start]] + Array(text[(start + 2)..<high.end])
            low = readChineseNumber(lowText, at: 0, stopBefore: { stopBefore($0 + 1 + start) })
        } else {
            low = readChineseNumber([text[start]], at: 0, stopBefore: { _ in false })
            high = readChineseNumber([text[start + 1]], at: 0, stopBefore: { _ in false })
        }
        guard var token = low, let high else { return nil }
        token.start = start
        token.end = max(high.end, start + 2)
        token.isLoneOne = false
        token.approximateHigh = high.value
        return token
    }

    private static func readChineseNumber(_ text: [Unicode.Scalar], at start: Int, stopBefore: (Int) -> Bool) -> Token? {
        var cursor = start
        var total = ExactDecimal(0)     // completed 万 and 亿 groups
        var section = 0                 // below 万
        var number: Int? = nil          // last digit read
        var sawPlace = false
        var digitRun: [UInt8] = []
        var onlyDigits = true
        var fraction: [UInt8] = []
        while cursor < text.count {
            let scalar = text[cursor]
            if let d = NumeralTables.chineseDigits[scalar] {
                number = Int(d)
                digitRun.append(d)
                cursor += 1
            } else if let place = NumeralTables.placeValues[scalar], !(cursor > start && stopBefore(cursor)) {
                // 百, 千 need a digit before them ("百强" is no number); 十 alone is ten.
                if place < 10_000, number == nil, place != 10 { break }
                if place >= 10_000, cursor == start { break }
                onlyDigits = false
                sawPlace = true
                if place < 10_000 {
                    section += (number ?? 1) * place
                } else {
                    let group = section + (number ?? 0)
                    let groupValue = group == 0 && total.isZero ? ExactDecimal(1) : ExactDecimal(group)
                    total = (total + groupValue).shifted(by: place == 10_000 ? 4 : 8)
                    section = 0
                }
                number = nil
                cursor += 1
            } else if scalar == "点", cursor > start, cursor + 1 < text.count, NumeralTables.chineseDigits[text[cursor + 1]] != nil {
                cursor += 1
                while cursor < text.count, let d = NumeralTables.chineseDigits[text[cursor]] {
                    fraction.append(d)
                    cursor += 1
                }
                break
            } else {
                break
            }
            if section > 1_000_000_000_000 { return nil }
        }
        guard cursor > start else { return nil }
        let written = Array(text[start..<cursor])
        if written.allSatisfy({ $0 == "零" || $0 == "〇" }) { return nil }
        var value: ExactDecimal
        let isDigitSequence = onlyDigits && digitRun.count > 1
        if isDigitSequence {
            value = ExactDecimal(digits: digitRun)
        } else {
            value = total + ExactDecimal(section + (number ?? 0))
        }
        if !fraction.isEmpty {
            value = value + ExactDecimal(integer: [], fraction: fraction)
        }
        // "三点五万": a multiplier after the fraction.
        let trailingPlace = NumeralTables.placeValues[text[cursor - 1]].map { String($0).count - 1 } ?? 0
        var places = sawPlace ? trailingPlace : 0
        if !fraction.isEmpty {
            let (fractionPlaces, end) = multipliers(text, at: cursor, stopBefore: stopBefore)
            if fractionPlaces > 0 {
                value = value.shifted(by: fractionPlaces)
                cursor = end
                places = fractionPlaces
            }
        }
        let isLoneOne = written.count == 1 && (written[0] == "一" || written[0] == "壹")
        return Token(value: value, start: start, end: cursor, isChinese: true, isDigitSequence: isDigitSequence,
                     isLoneOne: isLoneOne, integerDigits: 0, hasFraction: !fraction.isEmpty, multiplierPlaces: places)
    }
}

/// The numerals of Chinese, as data.
enum NumeralTables {
    static let chineseDigits: [Unicode.Scalar: UInt8] = [
        "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
        "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "肆": 4, "伍": 5, "陆": 6, "陸": 6, "柒": 7, "捌": 8, "玖": 9,
    ]

    /// Place words inside a Chinese numeral.
    static let placeValues: [Unicode.Scalar: Int] = [
        "十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000, "万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000,
    ]

    /// Multipliers written after an Arabic number ("3.5万", "1千万"), as powers of ten.
    static let multiplierPlaces: [Unicode.Scalar: Int] = [
        "十": 1, "百": 2, "千": 3, "万": 4, "萬": 4, "亿": 8, "億": 8,
    ]
}
