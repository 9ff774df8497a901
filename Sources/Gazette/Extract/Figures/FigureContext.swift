/// The look-arounds the recognizer decides with. Each looks at a bounded window, so the
/// recognizer stays linear.
extension FigureRecognizer {
    /// Ranges of short quotes, 《titles》 and 〔brackets〕: names and slogans, not figures.
    static func shieldedRanges(in text: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        while index < text.count {
            guard let close = FigureGrammar.closingQuote(text[index]) else {
                index += 1
                continue
            }
            let isTitle = text[index] == "《" || text[index] == "〔" || text[index] == "【"
            let limit = isTitle ? 200 : FigureGrammar.sloganLength
            var end = index + 1
            while end < text.count, end - index <= limit, text[end] != close, text[end] != "\n" { end += 1 }
            if end < text.count, text[end] == close, end - index <= limit {
                ranges.append(index..<(end + 1))
                index = end + 1
            } else {
                index += 1
            }
        }
        return ranges
    }

    /// “一”, “五”: a quote around a single numeral, which bare-number mode reads.
    static func quotesOnlyANumeral(_ range: Range<Int>, in text: [Unicode.Scalar]) -> Bool {
        range.count == 3 && NumeralReader.startsNumber(text[range.lowerBound + 1])
    }

    /// Web addresses ("http://…", "www.…"): their digits and percent escapes are no figures.
    static func addresses(in text: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        let starts: [[Unicode.Scalar]] = [Array("http://".unicodeScalars), Array("https://".unicodeScalars), Array("www.".unicodeScalars)]
        while index < text.count {
            guard text[index] == "h" || text[index] == "w", starts.contains(where: { matches($0, in: text, at: index) }) else {
                index += 1
                continue
            }
            var end = index
            while end < text.count, text[end].value > 0x20, text[end].value < 0x7F { end += 1 }
            ranges.append(index..<end)
            index = end
        }
        return ranges
    }

    /// A numeral glued to letters, plus signs or other digits is a code ("1+4+N", "136N", "5G").
    func isCodeLike(_ token: NumeralReader.Token, in text: [Unicode.Scalar]) -> Bool {
        if token.isChinese { return false }
        let before = token.start > 0 ? text[token.start - 1] : nil
        let after = token.end < text.count ? text[token.end] : nil
        if let before, Self.isCodeCharacter(before) || before == "." || before == "．"
            || (before == "-" && token.start > 1 && (Self.isCodeCharacter(text[token.start - 2]) || NumeralReader.digit(text[token.start - 2]) != nil)) {
            return true
        }
        if let after, after == "+" || after == "＋" || (Self.isASCIILetter(after) && Self.unit(in: text, at: token.end) == nil) {
            return true
        }
        if let after, after == ":" || after == "：", token.end + 1 < text.count, NumeralReader.digit(text[token.end + 1]) != nil {
            return true  // a time of day, "9:30"
        }
        return false
    }

    /// Where a minus sign ("负", "零下", "-", "－", "−") right before the number at `index` starts, if any.
    /// A hyphen after a digit or letter joins a range or a code instead ("3-5", "023-6388").
    static func minusSign(in text: [Unicode.Scalar], before index: Int) -> Int? {
        guard index > 0, index <= text.count else { return nil }
        let sign = text[index - 1]
        if sign == "负" || sign == "負" { return index - 1 }
        if index >= 2, text[index - 2] == "零", sign == "下" { return index - 2 }   // "零下5度"
        guard sign == "-" || sign == "－" || sign == "−" else { return nil }
        if index >= 2, NumeralReader.digit(text[index - 2]) != nil || isASCIILetter(text[index - 2]) { return nil }
        return index - 1
    }

    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value >= 0x41 && scalar.value <= 0x5A) || (scalar.value >= 0x61 && scalar.value <= 0x7A)
            || (scalar.value >= 0xFF21 && scalar.value <= 0xFF3A) || (scalar.value >= 0xFF41 && scalar.value <= 0xFF5A)
    }

    static func isCodeCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isASCIILetter(scalar) || scalar == "+" || scalar == "＋" || scalar == "#" || scalar == "/" || scalar == "_" || scalar == "@"
    }

    /// A Chinese numeral inside a word ("一体化", "统一") starts no number: only a numeral that
    /// begins a run may, and not right after another numeral we skipped.
    func continuesWord(_ text: [Unicode.Scalar], at index: Int) -> Bool {
        guard index > 0, NumeralReader.digit(text[index]) == nil else { return false }
        let before = text[index - 1]
        return NumeralTables.chineseDigit(before) != nil || NumeralTables.place(before) != nil
    }

    /// Years ("2024年"), months ("5月" is never read as a unit) and days are dates, not durations.
    func isDateOrYear(_ token: NumeralReader.Token, unit: FigureGrammar.Unit, in text: [Unicode.Scalar], unitEnd: Int) -> Bool {
        guard unit.normalized == "年", unit.kind == .duration else { return false }
        if token.isDigitSequence { return true }
        guard let year = token.value.integerValue, !token.hasMultiplier else { return false }
        if token.integerDigits == 4 || (year >= 1900 && year <= 2199) { return true }
        // "2024-2025年": the end of a year range.
        return false
    }

    /// The end of a range: "3至5年", "3-5个", "10万—20万元". Returns both ends (a multiplier
    /// written only on the high end, as in "3-5万元", applies to both) and where the range ends.
    func readRange(_ text: [Unicode.Scalar], at index: Int, low: NumeralReader.Token)
        -> (low: ExactDecimal, high: ExactDecimal, end: Int)?
    {
        guard index + 1 < text.count, FigureGrammar.rangeSeparators.contains(text[index]) else { return nil }
        var start = index + 1
        if text[index] == "—", text[start] == "—" { start += 1 }
        guard start < text.count, let high = NumeralReader.read(text, at: start, stopBefore: { Self.unitStarts(text, at: $0) }),
              high.isChinese == low.isChinese, !high.isDigitSequence
        else { return nil }
        var lowValue = low.value
        if high.multiplierPlaces >= 2, low.multiplierPlaces == 0 { lowValue = lowValue.shifted(by: high.multiplierPlaces) }
        guard lowValue < high.value else { return nil }
        return (lowValue, high.value, high.end)
    }

    /// The unit written at `index`, longest match first.
    static func unit(in text: [Unicode.Scalar], at index: Int) -> FigureGrammar.Unit? {
        guard index < text.count else { return nil }
        if text[index] == "度" { return degree(in: text, at: index) }
        guard let candidates = FigureGrammar.unitsByFirstScalar[text[index]] else { return nil }
        for var unit in candidates {
            guard let length = matchedLength(unit.surface, in: text, at: index) else { continue }
            if unit.normalized == "周", index + 1 < text.count, text[index + 1] == "年" { continue }
            // An ASCII unit ends where the letters end: "5m" is metres, "5min" is not.
            if isASCIILetter(unit.surface[unit.surface.count - 1]), index + length < text.count, isASCIILetter(text[index + length]) { continue }
            unit.length = length
            return unit
        }
        return nil
    }

    /// How many scalars `surface` takes at `index` when blanks may stand between its scalars
    /// ("个 百分点"), or nil when it is not written there.
    static func matchedLength(_ surface: [Unicode.Scalar], in text: [Unicode.Scalar], at index: Int) -> Int? {
        var cursor = index
        for (offset, scalar) in surface.enumerated() {
            if offset > 0 { while cursor < text.count, cursor - index < 24, TextCleaner.isBlank(text[cursor]) { cursor += 1 } }
            guard cursor < text.count, text[cursor] == scalar else { return nil }
            cursor += 1
        }
        return cursor - index
    }

    /// "100万度电" is energy; "气温零下5度" is a temperature (a temperature word within the 12 scalars before).
    private static func degree(in text: [Unicode.Scalar], at index: Int) -> FigureGrammar.Unit? {
        if index + 1 < text.count, text[index + 1] == "电" {
            return FigureGrammar.Unit(surface: ["度", "电"], normalized: "千瓦时", kind: .energy)
        }
        let window = Array(text[max(0, index - 12)..<index])
        for word in FigureGrammar.temperatureWords {
            let surface = Array(word.unicodeScalars)
            if window.count >= surface.count, (0...(window.count - surface.count)).contains(where: { matches(surface, in: window, at: $0) }) {
                return FigureGrammar.degreeOfTemperature
            }
        }
        return FigureGrammar.degree
    }

    /// True when a unit whose first scalar is also a multiplier starts here ("千米", "百分点").
    static func unitStarts(_ text: [Unicode.Scalar], at index: Int) -> Bool {
        guard let unit = unit(in: text, at: index) else { return false }
        return unit.surface.count > 1
    }

    /// "元/平方米", "元每吨": the divisor of a compound money unit.
    func perUnit(in text: [Unicode.Scalar], at index: Int) -> (normalized: String, end: Int)? {
        guard index + 1 < text.count, text[index] == "/" || text[index] == "／" || text[index] == "每" else { return nil }
        for surface in FigureGrammar.perUnits {
            let scalars = Array(surface.unicodeScalars)
            if Self.matches(scalars, in: text, at: index + 1) {
                let normalized = Self.unit(in: text, at: index + 1)?.normalized ?? surface
                return (normalized, index + 1 + scalars.count)
            }
        }
        return nil
    }

    static func matches(_ surface: [Unicode.Scalar], in text: [Unicode.Scalar], at index: Int) -> Bool {
        guard index >= 0, index + surface.count <= text.count else { return false }
        for offset in surface.indices where text[index + offset] != surface[offset] { return false }
        return true
    }

    static func matchesAny(_ words: [[Unicode.Scalar]], in text: [Unicode.Scalar], at index: Int) -> Bool {
        words.contains { matches($0, in: text, at: index) }
    }

    static func qualifierWord(_ words: [FigureGrammar.QualifierWord], in text: [Unicode.Scalar], at index: Int) -> FigureGrammar.QualifierWord? {
        words.first { matches($0.surface, in: text, at: index) }
    }

    /// The qualifier word ending right before `index` ("约", "超过", "不足"), if any.
    func prefixQualifier(in text: [Unicode.Scalar], before index: Int) -> FigureGrammar.QualifierWord? {
        for word in FigureGrammar.prefixQualifiers where Self.matches(word.surface, in: text, at: index - word.surface.count) {
            let wordStart = index - word.surface.count
            // "最近", "附近", "临近": 近 there is no qualifier.
            if word.surface == ["近"], wordStart > 0, ["最", "附", "临", "邻", "就", "远"].contains(text[wordStart - 1]) { return nil }
            if FigureGrammar.qualifierLookalikes.contains(where: { Self.matches($0, in: text, at: index - $0.count) }) { return nil }
            return word
        }
        return nil
    }

    /// The change verb governing a figure that starts at `index`: "分别下降33.8%", "同比增长12%".
    /// A verb followed by 至/到/为 states a level ("提升至91%"), not a change.
    func changeGoverning(_ text: [Unicode.Scalar], before index: Int) -> (change: Change, comparison: Comparison?)? {
        var cursor = index
        var skipped = true
        while skipped {
            skipped = false
            for filler in FigureGrammar.changeFillers where Self.matches(filler, in: text, at: cursor - filler.count) {
                cursor -= filler.count
                skipped = true
                break
            }
        }
        if cursor > 0, FigureGrammar.levelMarkers.contains(text[cursor - 1]) { return nil }
        guard let verb = FigureGrammar.changeVerbs.first(where: { Self.matches($0.surface, in: text, at: cursor - $0.surface.count) })
        else { return nil }
        let verbStart = cursor - verb.surface.count
        for exception in FigureGrammar.changeVerbExceptions where Self.matches(exception, in: text, at: cursor - exception.count) {
            return nil
        }
        // "增长率达", "下降幅度": the verb must not be part of a longer noun before the figure.
        var comparison: Comparison?
        for window in 2...6 {
            for entry in FigureGrammar.comparisons where Self.matches(entry.surface, in: text, at: verbStart - window) {
                comparison = entry.comparison
            }
            if comparison != nil { break }
        }
        return (verb.change, comparison)
    }

    /// Times of day written with Arabic hours: "9:30", "14：00", "9点30分", "15时".
    static func timesOfDay(in text: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        while index < text.count {
            guard NumeralReader.digit(text[index]) != nil, index == 0 || NumeralReader.digit(text[index - 1]) == nil else {
                index += 1
                continue
            }
            var end = index
            while end < text.count, end - index < 3, NumeralReader.digit(text[end]) != nil { end += 1 }
            guard end - index <= 2, end < text.count else {
                index = end
                continue
            }
            let mark = text[end]
            if mark == ":" || mark == "：", end + 2 < text.count, NumeralReader.digit(text[end + 1]) != nil, NumeralReader.digit(text[end + 2]) != nil {
                ranges.append(index..<(end + 3))
                index = end + 3
            } else if mark == "点" || mark == "时" {
                var close = end + 1
                var minutes = close
                while minutes < text.count, minutes - close < 2, NumeralReader.digit(text[minutes]) != nil { minutes += 1 }
                if minutes > close, minutes < text.count, text[minutes] == "分" { close = minutes + 1 }
                ranges.append(index..<close)
                index = close
            } else {
                index = end
            }
        }
        return ranges
    }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value) || (0x20000...0x2FFFF).contains(scalar.value)
    }

    /// Two sorted lists of ranges merged into one sorted list.
    static func merge(_ a: [Range<Int>], _ b: [Range<Int>]) -> [Range<Int>] {
        (a + b).sorted { $0.lowerBound < $1.lowerBound }
    }

    static func isListSeparator(_ between: ArraySlice<Unicode.Scalar>) -> Bool {
        let joined = String(scalars: between)
        return ["、", "和", "及", "，", ","].contains(joined)
    }

    static func isBoundary(_ scalar: Unicode.Scalar) -> Bool {
        FigureGrammar.quotePairs.values.contains(scalar) || "，。、；：！？,.;:!?）)”的".unicodeScalars.contains(scalar)
    }
}
