/// Figures with a grammar of their own: shares in tenths (三成, 七五折), fractions (三分之一),
/// percentages in words (百分之三十) and ranks (第3名, 全市第一).
extension FigureRecognizer {
    /// "三成" → 30 %, "四成二" → 42 %, "三成半" → 35 %, "七折" → 70 %, "八五折" → 85 %, "7.5折" → 75 %.
    func share(_ token: NumeralReader.Token, in text: [Unicode.Scalar]) -> Candidate? {
        if let range = shareRange(token, in: text) { return range }
        let index = token.end
        guard index < text.count, FigureGrammar.tenthsMarks.contains(text[index]), token.approximateHigh == nil else {
            return nil
        }
        if index + 1 < text.count,
            FigureGrammar.shareWordBlockers.contains(text[index + 1]) || (token.isLoneOne && text[index + 1] == "不")
        {
            return nil
        }
        var percent: ExactDecimal
        if token.isDigitSequence
            || (!token.isChinese && text[index] == "折" && token.integerDigits == 2 && !token.hasFraction)
        {
            // "八五折", "75折": two digits are a percentage.
            guard text[index] == "折", token.end - token.start == 2 else { return nil }
            percent = token.value
        } else {
            guard !token.hasMultiplier || token.value == ExactDecimal(10), !token.value.isZero,
                !(ExactDecimal(10) < token.value)
            else { return nil }
            // 十折 would be no discount at all.
            if text[index] == "折", token.value == ExactDecimal(10) { return nil }
            percent = token.value.shifted(by: 1)
        }
        var end = index + 1
        // "四成二"; but in "两成五人" the digit counts the people after it.
        if end < text.count, let digit = NumeralTables.chineseDigit(text[end]), !token.isDigitSequence,
            token.value.isInteger,
            !(end + 1 < text.count && Self.unit(in: text, at: end + 1)?.kind == .count)
        {
            percent = percent + ExactDecimal(Int(digit))
            end += 1
        } else if end < text.count, text[end] == "半" {
            percent = percent + ExactDecimal(5)  // "三成半"
            end += 1
        }
        return candidate(value: percent, unit: "%", kind: .percent, in: text, start: token.start, end: end)
    }

    /// "偏少2～4成", "三到五成": a range of tenths, each end a whole number of them.
    private func shareRange(_ token: NumeralReader.Token, in text: [Unicode.Scalar]) -> Candidate? {
        let index = token.end
        guard index + 1 < text.count, FigureGrammar.rangeSeparators.contains(text[index]), token.value.isInteger,
            !token.hasMultiplier,
            let high = NumeralReader.read(text, at: index + 1, stopBefore: { _ in false }), high.end < text.count,
            text[high.end] == "成",
            high.isChinese == token.isChinese, high.value.isInteger, !high.hasMultiplier, token.value < high.value,
            !token.value.isZero, !(ExactDecimal(10) < high.value)
        else { return nil }
        return candidate(
            value: token.value.shifted(by: 1), valueMax: high.value.shifted(by: 1), unit: "%", kind: .percent, in: text,
            start: token.start, end: high.end + 1)
    }

    /// "三分之一", "五分之二", "二又三分之一": the value is the decimal of the fraction, exact when it
    /// terminates and otherwise rounded to `ExactDecimal.quotientDigits` significant digits.
    func fraction(_ token: NumeralReader.Token, in text: [Unicode.Scalar]) -> Candidate? {
        var denominator = token
        var whole: NumeralReader.Token?
        var cursor = token.end
        if cursor < text.count, text[cursor] == "又",
            let next = NumeralReader.read(text, at: cursor + 1, stopBefore: { _ in false }),
            ScalarMatch.matches(["分", "之"], in: text, at: next.end)
        {
            whole = token
            denominator = next
            cursor = next.end
        }
        // "三份之一" is written for 三分之一 too.
        guard
            ScalarMatch.matches(["分", "之"], in: text, at: cursor)
                || ScalarMatch.matches(["份", "之"], in: text, at: cursor)
        else {
            return nil
        }
        // "负３分之负一百五十七": each part may carry its own sign.
        let numeratorSign = Self.minusSign(in: text, before: cursor + 3) == cursor + 2 ? 1 : 0
        guard
            let numerator = NumeralReader.read(
                text, at: cursor + 2 + numeratorSign, stopBefore: { Self.unitStarts(text, at: $0) })
        else { return nil }
        // The whole part joins the numerator so the digits kept count from the first one.
        let wholeValue = whole.map { $0.value } ?? ExactDecimal(0)
        let scaled: ExactDecimal?
        if wholeValue.isZero {
            scaled = numerator.value
        } else {
            scaled = denominator.value.isInteger ? wholeValue * denominator.value + numerator.value : nil
        }
        guard let scaled, let magnitude = scaled.divided(by: denominator.value) else { return nil }
        let negative = (Self.minusSign(in: text, before: token.start) != nil) != (numeratorSign == 1)
        let start = Self.minusSign(in: text, before: token.start) ?? token.start
        let signed = negative ? magnitude.negated() : magnitude
        // "四分之一公升", "三分之二公里": a fraction of a unit of measure is that much of the unit.
        if let unit = Self.unit(in: text, at: numerator.end), FigureGrammar.fractionableKinds.contains(unit.kind) {
            return candidate(
                value: signed.shifted(by: unit.scale), unit: unit.normalized, kind: unit.kind, in: text, start: start,
                end: numerator.end + unit.length)
        }
        return candidate(value: signed, unit: "", kind: .ratio, in: text, start: start, end: numerator.end)
    }

    /// "减少了一半", "一半以上": half of a whole is a share of 0.5 ("另一半" is a partner, "一半儿"
    /// spoken, "一半时间" half of a time read as 半 elsewhere).
    func halfShare(_ token: NumeralReader.Token, in text: [Unicode.Scalar]) -> Candidate? {
        let end = token.end + 1
        guard token.isLoneOne, end <= text.count, text[token.end] == "半",
            token.start == 0 || text[token.start - 1] != "另",
            end >= text.count || !TextCleaner.isCJK(text[end]) || text[end] == "以" || Self.endsClause(text[end])
                || text[end] == "的"
        else { return nil }
        return candidate(
            value: ExactDecimal(integer: [], fraction: [5]), unit: "", kind: .ratio, in: text, start: token.start,
            end: end)
    }

    /// "人均水资源量只有世界的1/4": a share written with a slash, a smaller whole number over a
    /// larger one, ending its phrase or after 的, 占 or a qualifier, is a ratio. Days ("3/15晚会"),
    /// paths and codes ("a/1/2"), and a unit after the denominator are left alone.
    func slashShare(_ token: NumeralReader.Token, in text: [Unicode.Scalar]) -> Candidate? {
        guard !token.isChinese, token.value.isInteger, !token.hasMultiplier, token.end + 1 < text.count,
            text[token.end] == "/" || text[token.end] == "／", NumeralReader.digit(text[token.end + 1]) != nil,
            token.start == 0
                || !"/／.．:：-".unicodeScalars.contains(text[token.start - 1])
                    && !TextCleaner.isASCIILetter(text[token.start - 1]),
            let denominator = NumeralReader.read(text, at: token.end + 1, stopBefore: { _ in false }),
            !denominator.isChinese, denominator.value.isInteger, !denominator.hasMultiplier,
            let numerator = token.value.integerValue, let over = denominator.value.integerValue,
            numerator > 0, numerator < over, over <= 1000
        else { return nil }
        let end = denominator.end
        if end < text.count,
            "/／.．:：-年月日号".unicodeScalars.contains(text[end]) || TextCleaner.isASCIILetter(text[end])
                || Self.unit(in: text, at: end) != nil
        {
            return nil
        }
        // A share ends its phrase or follows a word that takes one ("3/15晚会" names a day).
        let closes =
            end >= text.count || Self.endsClause(text[end]) || TextCleaner.isBlank(text[end]) || text[end] == "的"
            || Self.qualifierWord(FigureGrammar.suffixQualifiers, in: text, at: end) != nil
        let opens =
            token.start > 0
            && (text[token.start - 1] == "的" || text[token.start - 1] == "占"
                || TextCleaner.isBlank(text[token.start - 1])
                || prefixQualifier(in: text, before: token.start) != nil)
        guard closes || opens, let value = token.value.divided(by: denominator.value) else { return nil }
        return candidate(value: value, unit: "", kind: .ratio, in: text, start: token.start, end: end)
    }

    /// "百分之三十", "千分之五", "百万分之五", "百分之百", "负百分之六十", "百分之三十到四十一":
    /// shares written in words, in percent (百万分之五 is 0.0005 %). "一百分之二" is a fraction
    /// (2/100), read with the number before it.
    func readWordPercent(_ text: [Unicode.Scalar], at index: Int) -> Candidate? {
        guard let share = wordShare(text, at: index) else { return nil }
        let sign = Self.minusSign(in: text, before: index)
        let value = sign == nil ? share.value : share.value.negated()
        var end = share.end
        var high: ExactDecimal?
        // "百分之三十到四十一", "百分之三十一到百分之百": a range of shares.
        if end + 1 < text.count, FigureGrammar.rangeSeparators.contains(text[end]) {
            if let repeated = wordShare(text, at: end + 1), repeated.places == share.places {
                (high, end) = (repeated.value, repeated.end)
            } else if let token = readNumber(text, at: end + 1, stopBefore: { _ in false }),
                token.approximateHigh == nil,
                token.isChinese == share.isChinese
            {
                (high, end) = (token.value, token.end)
            }
            if let bound = high, !(value < bound) { (high, end) = (nil, share.end) }
        }
        var result = candidate(
            value: value.shifted(by: 2 - share.places), unit: "%", kind: .percent, in: text, start: sign ?? index,
            end: end)
        result.figure.valueMax = high?.shifted(by: 2 - share.places).description
        return result
    }

    /// The parts of a share in words at `index`: the places of its base (百 2, 千 3, 百万 6), the
    /// number of parts and where it ends. "百分三十" and "百分百" are spoken without 之.
    private func wordShare(
        _ text: [Unicode.Scalar], at index: Int
    ) -> (places: Int, value: ExactDecimal, end: Int, isChinese: Bool)? {
        var places = 0
        var cursor = index
        while cursor < text.count, cursor - index < 3, let place = NumeralTables.place(text[cursor]) {
            places += place
            cursor += 1
        }
        guard places >= 2, cursor + 1 < text.count, text[cursor] == "分" else { return nil }
        if index > 0, NumeralReader.digit(text[index - 1]) != nil || NumeralTables.chineseDigit(text[index - 1]) != nil
        {
            return nil
        }
        let spoken = text[cursor + 1] != "之"
        var numberStart = spoken ? cursor + 1 : cursor + 2
        // "百分之负五": the sign may follow 之.
        let negative = !spoken && numberStart + 1 < text.count && (text[numberStart] == "负" || text[numberStart] == "負")
        if negative { numberStart += 1 }
        guard numberStart < text.count else { return nil }
        if spoken,
            places != 2 || (text[numberStart] != "百" && (NumeralTables.chineseDigit(text[numberStart]) ?? 0) == 0)
        {
            return nil
        }
        if places == 2, text[numberStart] == "百" || text[numberStart] == "佰",
            numberStart + 1 >= text.count || NumeralReader.startsNumber(text[numberStart + 1]) == false
        {
            return (places, ExactDecimal(100), numberStart + 1, true)
        }
        // A place word before 分之 starts the next share: "百分之四百三十二万分之四" is 432 %, then 0.04 %.
        let nextShare = { (index: Int) in index + 2 < text.count && text[index + 1] == "分" && text[index + 2] == "之" }
        guard let token = readNumber(text, at: numberStart, stopBefore: nextShare), token.approximateHigh == nil else {
            return nil
        }
        return (places, negative ? token.value.negated() : token.value, token.end, token.isChinese)
    }

    /// "8点5倍", "3点5米", "1点2万": Arabic digits on both sides of 点 are one decimal when a
    /// multiplier or a unit other than time follows; "9点30分" and "8点5分" stay times of day.
    func spokenDecimal(
        _ text: [Unicode.Scalar], after token: NumeralReader.Token, stopBefore: (Int) -> Bool
    )
        -> NumeralReader.Token?
    {
        let point = token.end
        guard !token.isChinese, !token.hasFraction, !token.hasMultiplier, point + 1 < text.count,
            NumeralTables.decimalPoints.contains(text[point]), NumeralReader.digit(text[point + 1]) != nil
        else { return nil }
        var digitsEnd = point + 1
        while digitsEnd < text.count, NumeralReader.digit(text[digitsEnd]) != nil { digitsEnd += 1 }
        // With bare numbers asked for, a point no time of day can have is a decimal point: "1点1", "8点75".
        let digits = digitsEnd - point - 1
        // Minutes have two digits; a longer run is no time of day, and its value could overflow.
        let minutes =
            digits > 2 ? 0 : text[(point + 1)..<digitsEnd].reduce(0) { $0 * 10 + Int(NumeralReader.digit($1)!) }
        let noTime = options.includeBareNumbers && (digits == 1 || digits > 2 || minutes >= 60)
        guard digitsEnd < text.count || noTime else { return nil }
        if digitsEnd < text.count {
            guard !NumeralReader.timeOfDayMarks.contains(text[digitsEnd]) else { return nil }
            let multiplierFollows = (NumeralTables.place(text[digitsEnd]) ?? 0) >= 4
            guard
                noTime || multiplierFollows || Self.unit(in: text, at: digitsEnd).map({ $0.kind != .duration }) == true
            else { return nil }
        }
        // The same number with "." for 点, read in a window as long as any number with its multipliers.
        var window = Array(text[token.start..<min(text.count, digitsEnd + 8)])
        window[point - token.start] = "."
        guard var decimal = NumeralReader.read(window, at: 0, stopBefore: { stopBefore($0 + token.start) }),
            decimal.end >= digitsEnd - token.start
        else { return nil }
        decimal.start += token.start
        decimal.end += token.start
        return decimal
    }

    /// "零", "零个": with bare numbers asked for, 零 standing alone (not inside a number or a word
    /// such as 零售) is 0; before 个 it counts none.
    func readLoneZero(_ text: [Unicode.Scalar], at index: Int) -> Candidate? {
        guard options.includeBareNumbers, text[index] == "零" || text[index] == "〇",
            index == 0
                || !(NumeralReader.startsNumber(text[index - 1]) || NumeralReader.isDecimalPoint(text[index - 1]))
        else { return nil }
        let ends = { (position: Int) in
            position >= text.count || !(TextCleaner.isCJK(text[position]) || NumeralReader.digit(text[position]) != nil)
        }
        if ends(index + 1) {
            return Candidate(
                figure: Figure(text: "", value: "0", unit: "", kind: .number), start: index, end: index + 1,
                numberStart: index)
        }
        guard text[index + 1] == "个", ends(index + 2) else { return nil }
        return Candidate(
            figure: Figure(text: "", value: "0", unit: "个", kind: .count), start: index, end: index + 2,
            numberStart: index)
    }

    /// "半百": half a hundred, read as 50 when bare numbers are asked for.
    func readHalfHundred(_ text: [Unicode.Scalar], at index: Int) -> Candidate? {
        guard options.includeBareNumbers, ScalarMatch.matches(["半", "百"], in: text, at: index),
            index + 2 >= text.count || !ScalarMatch.matches(["分", "之"], in: text, at: index + 2)
        else { return nil }
        return Candidate(
            figure: Figure(text: "", value: "50", unit: "", kind: .number), start: index, end: index + 2,
            numberStart: index)
    }

    /// "半小时", "半公斤": half of a unit, with no number before it. Not "上半年" or "一半".
    func readHalfUnit(_ text: [Unicode.Scalar], at index: Int) -> Candidate? {
        guard text[index] == "半", index + 1 < text.count,
            index == 0 || !FigureGrammar.halfNotAlone.contains(text[index - 1])
        else { return nil }
        var unitStart = index + 1
        if text[unitStart] == "个", unitStart + 1 < text.count { unitStart += 1 }
        let unit =
            text[unitStart] == "月" && unitStart > index + 1 ? FigureGrammar.month : Self.unit(in: text, at: unitStart)
        guard let unit, FigureGrammar.unitsOfAHalf.contains(unit.normalized) else { return nil }
        return candidate(
            value: ExactDecimal(5).shifted(by: unit.scale - 1), unit: unit.normalized, kind: unit.kind, in: text,
            start: index, end: unitStart + unit.length)
    }

    /// Shares written as fixed words: "半折" and "对折" (50 %), "半成" (5 %).
    func readFixedShare(_ text: [Unicode.Scalar], at index: Int) -> Candidate? {
        guard index + 1 < text.count, text[index] == "半" || text[index] == "对" || text[index] == "對",
            let percent = FigureGrammar.fixedShares[String(scalars: text[index...(index + 1)])],
            index + 2 >= text.count || !FigureGrammar.shareWordBlockers.contains(text[index + 2])
        else { return nil }
        // 对折 is a discount only after 打 ("打对折"); alone it folds paper.
        if text[index] != "半", index == 0 || text[index - 1] != "打" { return nil }
        return candidate(
            value: ExactDecimal(percent), unit: "%", kind: .percent, in: text, start: index, end: index + 2)
    }

    /// "第3名", "全市第一", "前十": a rank. Ordinals such as 第二次 and 第十三届 are not figures.
    func rank(_ token: NumeralReader.Token, in text: [Unicode.Scalar]) -> Candidate? {
        guard token.value.isInteger, !token.hasFraction, !token.isDigitSequence else { return nil }
        var end = token.end
        let next = end < text.count ? text[end] : nil
        if let next, FigureGrammar.rankSuffixes.contains(next) {
            end += 1
        } else if let next,
            FigureGrammar.ordinalCounters.contains(next) || Self.unit(in: text, at: end) != nil
                || !Self.isBoundary(next)
        {
            return nil
        } else if let next, Self.isEnumerationOrdinal(token, next: next, in: text) {
            return nil
        }
        let figure = Figure(text: "", value: token.value.description, unit: "", kind: .rank)
        return Candidate(figure: figure, start: token.start - 1, end: end, numberStart: token.start)
    }

    /// "第一，……" opening a clause enumerates points, and "第二、三产业" lists ordinals: no ranks.
    static func isEnumerationOrdinal(
        _ token: NumeralReader.Token, next: Unicode.Scalar, in text: [Unicode.Scalar]
    ) -> Bool {
        if next == "、", token.end + 1 < text.count,
            NumeralTables.chineseDigit(text[token.end + 1]) != nil || NumeralReader.digit(text[token.end + 1]) != nil
        {
            return true
        }
        let opensClause = token.start < 2 || "。；：！？;:!?\n".unicodeScalars.contains(text[token.start - 2])
        return opensClause && (next == "，" || next == "," || next == "、" || next == "是")
    }

    /// Bare numbers written the way scientists and spreadsheets write them, read only when bare
    /// numbers are asked for: "1.5e3", "2.5E+10", "2^5", "3/4", "2 1/4".
    func scientific(_ token: NumeralReader.Token, in text: [Unicode.Scalar]) -> Candidate? {
        guard !token.isChinese, !token.hasMultiplier, token.end < text.count else { return nil }
        let next = text[token.end]
        let sign = Self.minusSign(in: text, before: token.start)
        func signed(_ value: ExactDecimal) -> ExactDecimal { sign == nil ? value : value.negated() }
        let start = sign ?? token.start
        if next == "^", let power = power(token.value, in: text, at: token.end + 1) {
            return Candidate(
                figure: Figure(text: "", value: signed(power.value).description, unit: "", kind: .number),
                start: start, end: power.end, numberStart: token.start)
        }
        if next == "e" || next == "E" || next == "ｅ" || next == "Ｅ" {
            guard let (exponent, end) = Self.signedInteger(in: text, at: token.end + 1, maximumDigits: 4),
                end >= text.count || !TextCleaner.isASCIILetter(text[end])
            else { return nil }
            return Candidate(
                figure: Figure(
                    text: "", value: signed(token.value.shifted(by: exponent)).description, unit: "", kind: .number),
                start: start, end: end, numberStart: token.start)
        }
        if next == "/" || next == "／",
            let denominator = NumeralReader.read(text, at: token.end + 1, stopBefore: { _ in false }),
            !denominator.isChinese, let value = token.value.divided(by: denominator.value)
        {
            // "2 1/4": a whole number and a blank before the fraction.
            var whole = ExactDecimal(0)
            var begin = start
            if token.start >= 2, text[token.start - 1] == " ",
                let previous = NumeralReader.read(
                    text, at: Self.numberStart(in: text, before: token.start - 1), stopBefore: { _ in false }),
                previous.end == token.start - 1, !previous.isChinese
            {
                whole = previous.value
                begin = previous.start
            }
            return Candidate(
                figure: Figure(text: "", value: signed(whole + value).description, unit: "", kind: .number),
                start: begin, end: denominator.end, numberStart: token.start)
        }
        return nil
    }

    /// "2^5" → 32, "2.5^-1" → 0.4: an integer power, exact when short, else rounded to
    /// `ExactDecimal.quotientDigits` significant digits.
    private func power(
        _ base: ExactDecimal, in text: [Unicode.Scalar], at index: Int
    ) -> (value: ExactDecimal, end: Int)? {
        guard let (signedExponent, cursor) = Self.signedInteger(in: text, at: index, maximumDigits: 3),
            abs(signedExponent) <= 64
        else { return nil }
        guard let value = base.raised(to: signedExponent) else { return nil }
        return (value, cursor)
    }

    /// ".5", "-.5": a decimal written without its leading zero (bare numbers only).
    func leadingPointDecimal(_ text: [Unicode.Scalar], at index: Int) -> Candidate? {
        guard NumeralReader.isDecimalPoint(text[index]), index + 1 < text.count,
            NumeralReader.digit(text[index + 1]) != nil,
            index == 0
                || (NumeralReader.digit(text[index - 1]) == nil && !NumeralReader.isDecimalPoint(text[index - 1]))
        else { return nil }
        var end = index + 1
        var fraction: [UInt8] = []
        while end < text.count, let d = NumeralReader.digit(text[end]) {
            fraction.append(d)
            end += 1
        }
        if end < text.count, NumeralReader.isDecimalPoint(text[end]) { return nil }
        var value = ExactDecimal(integer: [], fraction: fraction)
        let start = Self.minusSign(in: text, before: index) ?? index
        if start < index { value = value.negated() }
        return Candidate(
            figure: Figure(text: "", value: value.description, unit: "", kind: .number), start: start, end: end,
            numberStart: index)
    }

    /// An exponent: an optional sign (ASCII or full-width) and up to `maximumDigits` digits.
    static func signedInteger(in text: [Unicode.Scalar], at index: Int, maximumDigits: Int) -> (value: Int, end: Int)? {
        var cursor = index
        var negative = false
        if cursor < text.count, "+-＋－".unicodeScalars.contains(text[cursor]) {
            negative = text[cursor] == "-" || text[cursor] == "－"
            cursor += 1
        }
        var value = 0
        let digitsStart = cursor
        while cursor < text.count, cursor - digitsStart < maximumDigits, let d = NumeralReader.digit(text[cursor]) {
            value = value * 10 + Int(d)
            cursor += 1
        }
        guard cursor > digitsStart else { return nil }
        return (negative ? -value : value, cursor)
    }

    /// Where the run of Arabic digits that ends at `end` starts.
    static func numberStart(in text: [Unicode.Scalar], before end: Int) -> Int {
        var index = end
        while index > 0, NumeralReader.digit(text[index - 1]) != nil { index -= 1 }
        return index
    }

    /// A candidate for a figure spanning `start..<end`, widened by the qualifier words around it.
    func candidate(
        value: ExactDecimal, valueMax: ExactDecimal? = nil, unit: String, kind: FigureKind, in text: [Unicode.Scalar],
        start: Int, end: Int
    ) -> Candidate {
        var start = start
        var end = end
        var qualifier: Qualifier?
        if let suffix = Self.qualifierWord(FigureGrammar.suffixQualifiers, in: text, at: end) {
            qualifier = suffix.qualifier
            end += suffix.surface.count
        }
        if let prefix = prefixQualifier(in: text, before: start) {
            qualifier = qualifier ?? prefix.qualifier
            start -= prefix.surface.count
        }
        let figure = Figure(
            text: "", value: value.description, valueMax: valueMax?.description, unit: unit, kind: kind,
            qualifier: qualifier)
        return Candidate(figure: figure, start: start, end: end, numberStart: start)
    }
}

extension FigureRecognizer {
    /// "３小时３８分" (218 分钟), "２分３秒３４" (123.34 秒), "３７秒７１" (37.71 秒): a time written
    /// in parts, largest first, is one duration in the smallest unit it names; digits right after
    /// 秒 are its fraction, as race results write them.
    func compoundDuration(_ token: NumeralReader.Token, in text: [Unicode.Scalar]) -> Candidate? {
        guard token.value.isInteger, !token.hasMultiplier, let first = Self.durationPart(in: text, at: token.end) else {
            return nil
        }
        var parts = [(count: token.value, part: first)]
        var cursor = first.end
        while cursor < text.count, NumeralReader.startsNumber(text[cursor]),
            let number = NumeralReader.read(text, at: cursor, stopBefore: { Self.unitStarts(text, at: $0) }),
            number.value.isInteger, !number.hasMultiplier,
            let part = Self.durationPart(in: text, at: number.end), part.seconds < parts[parts.count - 1].part.seconds
        {
            parts.append((number.value, part))
            cursor = part.end
        }
        let smallest = parts[parts.count - 1].part
        var value = parts.reduce(ExactDecimal(0)) { $0 + $1.count * ExactDecimal($1.part.seconds / smallest.seconds) }
        if smallest.seconds == 1 {
            var end = cursor
            while end < text.count, end - cursor < 3, NumeralReader.digit(text[end]) != nil { end += 1 }
            if end > cursor,
                end == text.count || (NumeralReader.digit(text[end]) == nil && Self.unit(in: text, at: end) == nil)
            {
                value = value + ExactDecimal(integer: [], fraction: text[cursor..<end].map { NumeralReader.digit($0)! })
                cursor = end
                parts.append((ExactDecimal(0), smallest))
            }
        }
        guard parts.count >= 2 else { return nil }
        return candidate(value: value, unit: smallest.unit, kind: .duration, in: text, start: token.start, end: cursor)
    }

    /// A unit of a time written in parts at `index`, in seconds, and where it ends. 分 alone is
    /// minutes only here, between hours and seconds.
    static func durationPart(in text: [Unicode.Scalar], at index: Int) -> (unit: String, seconds: Int, end: Int)? {
        guard index < text.count, durationPartStarts.contains(text[index]) else { return nil }
        for part in durationParts where ScalarMatch.matches(part.surface, in: text, at: index) {
            // "3分之1", "分期": 分 starting another word.
            if part.surface == ["分"], index + 1 < text.count, "之期".unicodeScalars.contains(text[index + 1]) {
                return nil
            }
            return (part.unit, part.seconds, index + part.surface.count)
        }
        return nil
    }

    /// The units of a time written in parts, longest surface first, and their length in seconds.
    private static let durationParts: [(surface: [Unicode.Scalar], unit: String, seconds: Int)] = [
        ("个小时", "小时", 3600), ("小时", "小时", 3600), ("钟头", "小时", 3600), ("天", "天", 86400),
        ("分钟", "分钟", 60), ("分", "分钟", 60), ("秒钟", "秒", 1), ("秒", "秒", 1),
    ].map { (Array($0.0.unicodeScalars), $0.1, $0.2) }

    private static let durationPartStarts = Set(durationParts.map { $0.surface[0] })
}
