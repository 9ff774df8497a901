/// Reads one number at a position in a paragraph: Arabic (grouping, decimals, full-width
/// digits), Chinese (小写 and 大写 financial numerals, traditional forms) and mixed
/// ("3.5万", "1千万", "3万4000", "5万4千6百").
///
/// One grammar serves all of them: an *atom* (an Arabic number or a Chinese digit) is scaled
/// by place words; 十百千 build a section below 万, 万 closes a group of sections, 亿 and 兆
/// close everything before them. Every call reads forward only, so a scan stays linear.
enum NumeralReader {
    /// What follows the minutes of a time of day ("9点30分", "8点5刻"): 点 there is no decimal point.
    static let timeOfDayMarks: Set<Unicode.Scalar> = ["分", "刻", "秒", "钟", "整", "半", "时"]

    struct Token: Equatable {
        var value: ExactDecimal
        var start: Int
        var end: Int
        /// True when written without any Arabic digit.
        var isChinese: Bool
        /// Chinese digits without any place word ("二〇二四", "一二三"): years and codes, not amounts.
        var isDigitSequence: Bool
        /// The single character "一" (or "壹"): an article more often than an amount.
        var isLoneOne: Bool
        /// Digits before the decimal point when the number is one Arabic group ("2024" has 4).
        var integerDigits: Int
        var hasFraction: Bool
        /// Power of ten of the place word the number ends with ("20万" → 4); 0 when none.
        var multiplierPlaces: Int = 0
        /// The upper end of an approximate Chinese range such as "二三十" (20 to 30).
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

    /// The most scalars a number takes besides its runs of Arabic digits: the longest Chinese
    /// numeral below 10¹⁶ ("九千九百九十九万九千九百九十九亿…") is 31.
    static let longestNumeral = 40

    /// True when a number may start at this scalar.
    static func startsNumber(_ scalar: Unicode.Scalar) -> Bool {
        digit(scalar) != nil || NumeralTables.isNumeral(scalar)
    }

    /// Reads the number starting at `index`, or returns nil when none starts there.
    /// `stopBefore` says whether a place character actually begins a unit ("千米", "百分点").
    static func read(_ text: [Unicode.Scalar], at index: Int, stopBefore: (Int) -> Bool) -> Token? {
        guard index < text.count else { return nil }
        if let range = readApproximateRange(text, at: index, stopBefore: stopBefore) { return range }
        if let sequence = readDigitSequence(text, at: index) { return sequence }
        let token = withoutActuallyEscaping(stopBefore) { stopBefore in
            var reader = Composer(text: text, start: index, stopBefore: stopBefore)
            return reader.read()
        }
        guard let token else { return nil }
        return readNeighbourRange(text, after: token, stopBefore: stopBefore) ?? token
    }

    /// "四十五六" (45–46), "一万六七" (16000–17000), "七百三四十" (730–740), "三五百" (300–500): a
    /// digit next to the last one, or 五 after a leading 三, makes a spoken range. The low end is the number
    /// without the second digit, the high end the number without the first.
    private static func readNeighbourRange(
        _ text: [Unicode.Scalar], after token: Token, stopBefore: (Int) -> Bool
    ) -> Token? {
        let second = token.end
        guard token.isChinese, !token.isDigitSequence, token.approximateHigh == nil, second < text.count,
            second - 1 >= token.start,
            let low = NumeralTables.chineseDigit(text[second - 1]), let high = NumeralTables.chineseDigit(text[second]),
            low > 0, high == low + 1 || (low == 3 && high == 5 && second - 1 == token.start),
            !NumeralTables.countingTwo.contains(text[second]),
            second + 1 >= text.count || NumeralTables.chineseDigit(text[second + 1]) == nil
        else { return nil }
        // The place words after the pair ("七百三四十") must be below the place before it, unless they
        // multiply the whole ("十七八万": 17 to 18 万).
        var end = second + 1
        while end < text.count, NumeralTables.place(text[end]) != nil, !stopBefore(end) { end += 1 }
        let placeBefore = text[token.start..<(second - 1)].last.flatMap(NumeralTables.place)
        if end > second + 1, let placeBefore, let placeAfter = NumeralTables.place(text[second + 1]),
            placeAfter >= placeBefore,
            placeAfter < 4 || placeBefore >= 4
        {
            return nil
        }
        let lowText = Array(text[token.start..<second]) + Array(text[(second + 1)..<end])
        let highText = Array(text[token.start..<(second - 1)]) + Array(text[second..<end])
        var lowReader = Composer(text: lowText, start: 0, stopBefore: { _ in false })
        var highReader = Composer(text: highText, start: 0, stopBefore: { _ in false })
        guard let lowToken = lowReader.read(), lowToken.end == lowText.count, let highToken = highReader.read(),
            highToken.end == highText.count, lowToken.value < highToken.value
        else { return nil }
        var range = lowToken
        range.start = token.start
        range.end = end
        range.isLoneOne = false
        range.approximateHigh = highToken.value
        return range
    }

    /// Reads a run of place words after a number ("万", "千万"): the power of ten and where it ends.
    static func multipliers(_ text: [Unicode.Scalar], at start: Int, stopBefore: (Int) -> Bool) -> (Int, Int) {
        var places = 0
        var cursor = start
        while cursor < text.count, let place = NumeralTables.place(text[cursor]), !stopBefore(cursor) {
            places += place
            cursor += 1
        }
        return (places, cursor)
    }

    /// "二〇二四", "一二三": Chinese digits with no place word.
    private static func readDigitSequence(_ text: [Unicode.Scalar], at start: Int) -> Token? {
        var cursor = start
        var digits: [UInt8] = []
        while cursor < text.count, cursor - start < longestNumeral, let d = NumeralTables.chineseDigit(text[cursor]) {
            digits.append(d)
            cursor += 1
        }
        guard digits.count >= 2 else { return nil }
        if cursor + 1 < text.count, NumeralTables.decimalPoints.contains(text[cursor]), digits.first != 0 {
            // "一七二零点一" (1720.1): digits read one by one, then a decimal part.
            var fraction: [UInt8] = []
            var end = cursor + 1
            while end < text.count, let d = NumeralTables.chineseDigit(text[end]),
                !NumeralTables.countingTwo.contains(text[end])
            {
                fraction.append(d)
                end += 1
            }
            guard !fraction.isEmpty, end >= text.count || NumeralTables.place(text[end]) == nil else { return nil }
            return Token(
                value: ExactDecimal(integer: digits, fraction: fraction), start: start, end: end, isChinese: true,
                isDigitSequence: false, isLoneOne: false, integerDigits: 0, hasFraction: true)
        }
        if cursor < text.count,
            NumeralTables.place(text[cursor]) != nil || NumeralTables.decimalPoints.contains(text[cursor])
        {
            return nil
        }
        return Token(
            value: ExactDecimal(digits: digits), start: start, end: cursor, isChinese: true, isDigitSequence: true,
            isLoneOne: false, integerDigits: 0, hasFraction: false)
    }

    /// "二三十" (20–30), "三四百万", "一两个": two neighbouring digits give a rough range.
    private static func readApproximateRange(
        _ text: [Unicode.Scalar], at start: Int, stopBefore: (Int) -> Bool
    ) -> Token? {
        guard start + 2 <= text.count, let first = NumeralTables.chineseDigit(text[start]),
            let second = NumeralTables.chineseDigit(text[start + 1]), first > 0,
            second == first + 1 || (text[start] == "一" && (text[start + 1] == "两" || text[start + 1] == "兩"))
        else { return nil }
        if start + 2 < text.count, NumeralTables.chineseDigit(text[start + 2]) != nil { return nil }
        let pair: (NumeralReader.Token, NumeralReader.Token)? = withoutActuallyEscaping(stopBefore) { stopBefore in
            var highReader = Composer(text: text, start: start + 1, stopBefore: stopBefore)
            guard let high = highReader.read() else { return nil }
            let lowText = [text[start]] + Array(text[(start + 2)..<max(start + 2, high.end)])
            var lowReader = Composer(text: lowText, start: 0, stopBefore: { stopBefore($0 + 1 + start) })
            guard let low = lowReader.read() else { return nil }
            return (low, high)
        }
        guard let (first, high) = pair else { return nil }
        var token = first
        token.start = start
        token.end = max(high.end, start + 2)
        token.isLoneOne = false
        token.approximateHigh = high.value
        return token
    }
}

/// The state of reading one number with the atom-and-place grammar.
private struct Composer {
    let text: [Unicode.Scalar]
    let start: Int
    let stopBefore: (Int) -> Bool

    var cursor: Int
    /// Groups closed by 万, 亿 and 兆, keyed by that power of ten (4, 8, 12).
    var closed: [Int: ExactDecimal] = [:]
    /// The part below 万.
    var section = ExactDecimal(0)
    /// The digit or Arabic number waiting for its place word.
    var atom: ExactDecimal?
    var atomIsChineseDigit = false
    /// Power of ten of the place word just read, for "七万六" (76000).
    var lastPlace = 0
    var placeJustRead = false
    /// The pending digit came straight after a place word (blanks aside): "七万六", "四百 五".
    var digitFollowsPlace = false
    var sawZero = false
    /// The 零 just read came straight after a place word: "1千零1", "2千零30万".
    var zeroFollowsPlace = false
    var sawArabic = false
    var sawPlace = false
    var endsWithPlace = 0
    var integerDigits = 0
    var hasFraction = false
    /// Scalars read as Arabic atoms, which `longestNumeral` does not count.
    var arabicScalars = 0

    init(text: [Unicode.Scalar], start: Int, stopBefore: @escaping (Int) -> Bool) {
        self.text = text
        self.start = start
        self.stopBefore = stopBefore
        self.cursor = start
    }

    mutating func read() -> NumeralReader.Token? {
        // No numeral is longer than `longestNumeral` scalars beyond its Arabic digit runs: a
        // longer run of numerals ("一万一千一万一千…") is cut there, so reading stays linear.
        loop: while cursor < text.count, cursor - start - arabicScalars < NumeralReader.longestNumeral {
            let scalar = text[cursor]
            if NumeralReader.digit(scalar) != nil {
                guard atom == nil, readArabicAtom() else { break }
            } else if let d = NumeralTables.chineseDigit(scalar) {
                guard atom == nil || (atom!.isZero && atomIsChineseDigit) else { break }
                if d == 0 {
                    sawZero = true
                    zeroFollowsPlace = placeJustRead
                    atom = nil
                } else {
                    atom = ExactDecimal(Int(d))
                    atomIsChineseDigit = true
                    digitFollowsPlace = placeJustRead
                    zeroFollowsPlace = false
                }
                placeJustRead = false
                cursor += 1
            } else if let tens = NumeralTables.tens(scalar) {
                // "廿二" (22), "五百卅四" (534): 廿, 卅 and 卌 are two, three and four tens.
                guard atom == nil else { break }
                atom = ExactDecimal(tens)
                atomIsChineseDigit = true
                _ = apply(1)
                cursor += 1
            } else if let place = NumeralTables.place(scalar) {
                if cursor > start, stopBefore(cursor) { break }
                guard apply(place) else { break }
                cursor += 1
            } else if NumeralTables.decimalPoints.contains(scalar), !sawArabic, cursor > start,
                cursor + 1 < text.count, NumeralTables.chineseDigit(text[cursor + 1]) != nil,
                !NumeralTables.countingTwo.contains(text[cursor + 1])
            {
                readChineseFraction()
            } else if NumeralTables.decimalPoints.contains(scalar), cursor == start + 1, sawZero, readZeroPointArabic()
            {
                // "零點77": zero, a point and Arabic digits.
                break
            } else if TextCleaner.isBlank(scalar), cursor > start, continuesAfterBlank() {
                // "7 万 5 千", "3 万人": blanks between the parts of one number.
                cursor += 1
            } else {
                break
            }
        }
        // A numeral does not end in 零 ("十零下3" is 十, then 零下3).
        while cursor > start + 1, NumeralTables.chineseDigit(text[cursor - 1]) == 0, atom == nil { cursor -= 1 }
        guard cursor > start, sawArabic || sawPlace || atom != nil else { return nil }
        if let pending = atom, digitFollowsPlace, lastPlace >= 2, !sawZero {
            // "七万六", "四百五": a last digit after a place word counts in the next lower place.
            atom = pending.shifted(by: lastPlace - 1)
        }
        let value = closedSum(below: Int.max) + section + (atom ?? ExactDecimal(0))
        let written = text[start..<cursor]
        if written.allSatisfy({ NumeralTables.chineseDigit($0) == 0 }) { return nil }
        let isLoneOne = written.count == 1 && (written.first == "一" || written.first == "壹")
        return NumeralReader.Token(
            value: value, start: start, end: cursor, isChinese: !sawArabic, isDigitSequence: false,
            isLoneOne: isLoneOne,
            integerDigits: sawPlace ? 0 : integerDigits, hasFraction: hasFraction, multiplierPlaces: endsWithPlace)
    }

    private func closedSum(below place: Int) -> ExactDecimal {
        closed.filter { $0.key < place }.values.reduce(ExactDecimal(0), +)
    }

    /// True when the numeral goes on after the blank at the cursor: a place word after a digit,
    /// or a digit after a place word.
    private func continuesAfterBlank() -> Bool {
        guard cursor + 1 < text.count, !TextCleaner.isBlank(text[cursor + 1]) else { return false }
        let next = text[cursor + 1]
        if NumeralTables.place(next) != nil { return !placeJustRead && !stopBefore(cursor + 1) }
        if placeJustRead {
            return NumeralTables.chineseDigit(next) != nil || (NumeralReader.digit(next) != nil && sawArabic)
        }
        return false
    }

    /// "百余", "千多": the place word is followed by 余 or 多.
    private var approximateAfter: Bool {
        cursor == start && cursor + 1 < text.count && (text[cursor + 1] == "余" || text[cursor + 1] == "多")
    }

    /// "近百名", "逾千人", "超万人": a place word alone right after a qualifier is one of it.
    private var placeAloneAfterQualifier: Bool {
        cursor == start && start > 0 && NumeralTables.qualifiersBeforePlace.contains(text[start - 1])
            && !(start > 1 && text[start - 1] == "近" && "最附临邻就远".unicodeScalars.contains(text[start - 2]))
    }

    /// Applies a place word; returns false when it cannot stand here ("百强", a leading 万).
    private mutating func apply(_ place: Int) -> Bool {
        if place < 4 {
            if atom == nil {
                // 十 alone is ten ("十条", "二百一十"); 百 and 千 need a digit before them, except in
                // "百三" (130), "千三" (1300) and "百余家", "千余人".
                guard
                    place == 1 || (cursor == start && NumeralTables.numeralAfterPlace(text, cursor + 1))
                        || approximateAfter
                        || placeAloneAfterQualifier
                else { return false }
                atom = ExactDecimal(1)
            }
            section = section + atom!.shifted(by: place)
        } else {
            // 万, 亿 and 兆 scale everything below them that is still open. A digit left after 百 or
            // 千 counts in the next lower place first: "百二萬" is 120 万, "一千二万" 1200 万.
            if let pending = atom, digitFollowsPlace, lastPlace == 2 || lastPlace == 3, !sawZero {
                atom = pending.shifted(by: lastPlace - 1)
            }
            var below = closedSum(below: place) + section + (atom ?? ExactDecimal(0))
            // "万余人", and "萬九" (19000) as "千三" is 1300; "万一" is a word ("in case").
            if below.isZero, closed.isEmpty, cursor == start,
                approximateAfter || placeAloneAfterQualifier
                    || (NumeralTables.numeralAfterPlace(text, cursor + 1)
                        && NumeralTables.chineseDigit(text[cursor + 1]) != 1)
            {
                below = ExactDecimal(1)
            }
            for level in closed.keys where level < place { closed[level] = nil }
            if below.isZero {
                // "四万万": a repeated 万 lifts the group it closed to the next level.
                guard let same = closed[place] else { return false }
                closed[place] = nil
                closed[place * 2, default: ExactDecimal(0)] =
                    closed[place * 2, default: ExactDecimal(0)] + same.shifted(by: place)
            } else {
                closed[place, default: ExactDecimal(0)] =
                    closed[place, default: ExactDecimal(0)] + below.shifted(by: place)
            }
            section = ExactDecimal(0)
        }
        atom = nil
        atomIsChineseDigit = false
        lastPlace = place
        placeJustRead = true
        sawZero = false
        sawPlace = true
        endsWithPlace = place
        return true
    }

    /// An Arabic number: digits with thousands separators and a decimal part.
    private mutating func readArabicAtom() -> Bool {
        if sawArabic, !placeJustRead, !zeroFollowsPlace { return false }
        zeroFollowsPlace = false
        var integer: [UInt8] = []
        var groupLength = 0
        var grouped = false
        var index = cursor
        while index < text.count {
            if let d = NumeralReader.digit(text[index]) {
                integer.append(d)
                groupLength += 1
                index += 1
            } else if NumeralReader.isGroupSeparator(text[index]),
                grouped ? groupLength == 3 : (1...3).contains(groupLength),
                hasThreeDigitGroup(after: index)
            {
                grouped = true
                groupLength = 0
                index += 1
            } else {
                break
            }
        }
        var fraction: [UInt8] = []
        if index + 1 < text.count, NumeralReader.isDecimalPoint(text[index]),
            NumeralReader.digit(text[index + 1]) != nil
        {
            index += 1
            while index < text.count, let d = NumeralReader.digit(text[index]) {
                fraction.append(d)
                index += 1
            }
        }
        // "3万4000": an integer after 万 or 亿 must be smaller than that place.
        if sawPlace {
            guard fraction.isEmpty, integer.count <= lastPlace else { return false }
        } else {
            integerDigits = integer.count
        }
        atom = ExactDecimal(integer: integer, fraction: fraction)
        atomIsChineseDigit = false
        // "1万2", "3千5": one digit right after a place word counts in the next lower place, as in "一万二".
        digitFollowsPlace = placeJustRead && integer.count == 1 && fraction.isEmpty && !grouped
        hasFraction = hasFraction || !fraction.isEmpty
        sawArabic = true
        placeJustRead = false
        endsWithPlace = 0
        arabicScalars += index - cursor
        cursor = index
        return true
    }

    /// A thousands separator is followed by exactly three digits.
    private func hasThreeDigitGroup(after separator: Int) -> Bool {
        for offset in 1...3 {
            guard separator + offset < text.count, NumeralReader.digit(text[separator + offset]) != nil else {
                return false
            }
        }
        return separator + 4 >= text.count || NumeralReader.digit(text[separator + 4]) == nil
    }

    /// "零點77" is 0.77; "零点30分" is half past midnight and no number. Returns false, reading
    /// nothing, when no decimal is there.
    private mutating func readZeroPointArabic() -> Bool {
        var fraction: [UInt8] = []
        var index = cursor + 1
        while index < text.count, let d = NumeralReader.digit(text[index]) {
            fraction.append(d)
            index += 1
        }
        guard !fraction.isEmpty, index >= text.count || !NumeralReader.timeOfDayMarks.contains(text[index]) else {
            return false
        }
        atom = ExactDecimal(integer: [], fraction: fraction)
        atomIsChineseDigit = false
        sawArabic = true
        hasFraction = true
        cursor = index
        return true
    }

    /// "三点一四", "四千五点二": digits after 点 are read one by one.
    private mutating func readChineseFraction() {
        if let pending = atom, atomIsChineseDigit, digitFollowsPlace, lastPlace >= 2, !sawZero {
            atom = pending.shifted(by: lastPlace - 1)
        }
        var digits: [UInt8] = []
        var index = cursor + 1
        while index < text.count, let d = NumeralTables.chineseDigit(text[index]),
            !NumeralTables.countingTwo.contains(text[index])
        {
            digits.append(d)
            index += 1
        }
        let whole = closedSum(below: Int.max) + section + (atom ?? ExactDecimal(0))
        closed = [:]
        section = ExactDecimal(0)
        atom = whole + ExactDecimal(integer: [], fraction: digits)
        atomIsChineseDigit = false
        hasFraction = true
        placeJustRead = false
        sawPlace = false
        endsWithPlace = 0
        lastPlace = 0
        cursor = index
    }
}

/// The numerals of Chinese, as data.
enum NumeralTables {
    static let chineseDigits: [Unicode.Scalar: UInt8] = [
        "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "倆": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
        "九": 9, "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "肆": 4, "伍": 5, "陆": 6, "陸": 6, "柒": 7, "捌": 8, "玖": 9,
    ]

    /// Place words as powers of ten.
    static let placeValues: [Unicode.Scalar: Int] = [
        "十": 1, "拾": 1, "百": 2, "佰": 2, "千": 3, "仟": 3, "万": 4, "萬": 4, "亿": 8, "億": 8, "兆": 12,
    ]

    static let decimalPoints: Set<Unicode.Scalar> = ["点", "點"]

    /// Old words for whole tens: 廿 (20), 卅 (30), 卌 (40), each read as a digit and 十.
    static let tensWords: [Unicode.Scalar: Int] = ["廿": 2, "卅": 3, "卌": 4]

    /// Digits of the financial (大写) form; alone they are parts of words ("大陆", "队伍").
    static let financialDigits: Set<Unicode.Scalar> = ["壹", "贰", "貳", "叁", "參", "肆", "伍", "陆", "陸", "柒", "捌", "玖"]

    /// Qualifiers after which a place word alone is one of it: "近百名" (nearly 100), "逾千人",
    /// "上亿人" (more than a hundred million).
    static let qualifiersBeforePlace: Set<Unicode.Scalar> = ["近", "逾", "超", "上", "过", "破"]

    /// 两 counts things ("两个", "两百"); it is never a digit after the decimal point.
    static let countingTwo: Set<Unicode.Scalar> = ["两", "兩", "倆"]

    /// The value of a Chinese digit, from a flat table (the figure scan asks for every scalar).
    @inline(__always)
    static func chineseDigit(_ scalar: Unicode.Scalar) -> UInt8? {
        let entry = lookup(scalar) & 0x0F
        return entry == 0 ? nil : UInt8(entry) - 1
    }

    /// The power of ten of a place word (十 → 1, 万 → 4), from the same table.
    @inline(__always)
    static func place(_ scalar: Unicode.Scalar) -> Int? {
        let entry = (lookup(scalar) >> 4) & 0x0F
        return entry == 0 ? nil : Int(entry)
    }

    /// The number of tens of 廿, 卅 or 卌, from the same table.
    @inline(__always)
    static func tens(_ scalar: Unicode.Scalar) -> Int? {
        let entry = lookup(scalar) >> 8
        return entry == 0 ? nil : Int(entry)
    }

    /// True when the scalar is a Chinese digit, a place word or a tens word: one table read.
    @inline(__always)
    static func isNumeral(_ scalar: Unicode.Scalar) -> Bool { lookup(scalar) != 0 }

    @inline(__always)
    private static func lookup(_ scalar: Unicode.Scalar) -> UInt16 {
        scalar.value < 0x10000 ? table[Int(scalar.value)] : 0
    }

    /// Bits 0–3: digit + 1; bits 4–7: place exponent; bits 8–11: tens of a tens word.
    /// Built once from the tables above.
    private static let table: [UInt16] = {
        var table = [UInt16](repeating: 0, count: 0x10000)
        for (scalar, digit) in chineseDigits where scalar.value < 0x10000 {
            table[Int(scalar.value)] |= UInt16(digit) + 1
        }
        for (scalar, place) in placeValues where scalar.value < 0x10000 {
            table[Int(scalar.value)] |= UInt16(place) << 4
        }
        for (scalar, tens) in tensWords where scalar.value < 0x10000 { table[Int(scalar.value)] |= UInt16(tens) << 8 }
        return table
    }()

    /// "百三" (130) is a number only when a digit follows the 百.
    static func numeralAfterPlace(_ text: [Unicode.Scalar], _ index: Int) -> Bool {
        index < text.count && (chineseDigit(text[index]) ?? 0) != 0
    }
}
