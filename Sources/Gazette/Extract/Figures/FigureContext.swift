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
            // A quoted sentence ("“1分钟预订，3小时到家，太方便了！”") is speech, not a name.
            if end < text.count, text[end] == close, end - index <= limit,
                isTitle
                    || !text[(index + 1)..<end].contains(where: FigureGrammar.sentenceMarks.contains)
                        && !quotesOneMeasure(in: text, index + 1..<end)
            {
                ranges.append(index..<(end + 1))
                index = end + 1
            } else {
                index += 1
            }
        }
        return ranges
    }

    /// “八五折”, “30%”, “5公里”: a quote around one amount of a unit of measure, a discount or a
    /// share, which is a figure put in quotes for weight, not a name (“两个确保”, “十四五” are names).
    static func quotesOneMeasure(in text: [Unicode.Scalar], _ inner: Range<Int>) -> Bool {
        guard inner.count >= 2, inner.count <= 12, NumeralReader.startsNumber(text[inner.lowerBound]) else {
            return false
        }
        if text[inner.upperBound - 1] == "折",
            text[inner.lowerBound..<(inner.upperBound - 1)].allSatisfy({
                NumeralTables.chineseDigit($0) != nil || NumeralReader.digit($0) != nil
            })
        {
            return true
        }
        guard
            let number = NumeralReader.read(text, at: inner.lowerBound, stopBefore: { _ in false })
        else { return false }
        let rest = text[number.end..<inner.upperBound]
        if rest.count == 1, rest.first == "折" || rest.first == "%" || rest.first == "％" || rest.first == "成" {
            return true
        }
        guard let unit = unit(in: text, at: number.end), number.end + unit.length == inner.upperBound else {
            return false
        }
        return unit.kind != .count
    }

    /// “一”, “五”: a quote around a single numeral, which bare-number mode reads.
    static func quotesOnlyANumeral(_ range: Range<Int>, in text: [Unicode.Scalar]) -> Bool {
        range.count == 3 && NumeralReader.startsNumber(text[range.lowerBound + 1])
    }

    /// Web addresses ("http://…", "www.…"): their digits and percent escapes are no figures.
    static func addresses(in text: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        let starts: [[Unicode.Scalar]] = [
            Array("http://".unicodeScalars), Array("https://".unicodeScalars), Array("www.".unicodeScalars),
        ]
        while index < text.count {
            guard text[index] == "h" || text[index] == "w",
                starts.contains(where: { ScalarMatch.matches($0, in: text, at: index) })
            else {
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
        if isSideOfSize(token, in: text) { return false }
        let before = token.start > 0 ? text[token.start - 1] : nil
        let after = token.end < text.count ? text[token.end] : nil
        // "4GB+128GB", "2.4 GHz/5 GHz": a plus or slash between two amounts of a letter unit
        // joins them; it makes no code.
        let joinsAmounts =
            Self.letterUnit(in: text, after: token.end) != nil
            && (before == "+" || before == "＋"
                || (before == "/" && token.start > 1 && TextCleaner.isASCIILetter(text[token.start - 2])))
            // "4800 万像素(主)+800 万像素": a plus between amounts of a Chinese unit.
            || ((before == "+" || before == "＋") && Self.unitFollows(text, at: token.end))
        if let before, !joinsAmounts,
            Self.isCodeCharacter(before) || before == "." || before == "．"
                || (before == "-" && token.start > 1
                    && (Self.isCodeCharacter(text[token.start - 2])
                        || NumeralReader.digit(text[token.start - 2]) != nil))
        {
            return true
        }
        if let after,
            after == "+" || after == "＋"
                || (TextCleaner.isASCIILetter(after) && Self.unit(in: text, at: token.end) == nil)
        {
            return true
        }
        if let after, after == ":" || after == "：", token.end + 1 < text.count,
            NumeralReader.digit(text[token.end + 1]) != nil
        {
            return true  // a time of day, "9:30"
        }
        return false
    }

    /// True when a unit follows a number ending at `index`, after one blank and a multiplier at most ("800 万像素").
    static func unitFollows(_ text: [Unicode.Scalar], at index: Int) -> Bool {
        var cursor = index
        if cursor < text.count, text[cursor] == " " { cursor += 1 }
        while cursor < text.count, let place = NumeralTables.place(text[cursor]), place >= 4 { cursor += 1 }
        return unit(in: text, at: cursor).map { !TextCleaner.isASCIILetter($0.surface[0]) } ?? false
    }

    /// A unit of two or more Latin letters right after a number, or after one blank ("2.4 GHz",
    /// "128 GB", "5000mAh"); one letter alone after a blank ("5 m") is no unit.
    static func letterUnit(in text: [Unicode.Scalar], after end: Int) -> FigureGrammar.Unit? {
        let start = end + 1 < text.count && text[end] == " " ? end + 1 : end
        guard start < text.count, TextCleaner.isASCIILetter(text[start]), let unit = unit(in: text, at: start),
            unit.surface.count >= 2 || start == end
        else { return nil }
        return unit
    }

    /// "69.1x151.7x7.9mm": a number between size marks is a side of a size, not a code.
    private func isSideOfSize(_ token: NumeralReader.Token, in text: [Unicode.Scalar]) -> Bool {
        let markAfter = token.end + 1 < text.count && text[token.end] == " " ? token.end + 1 : token.end
        let afterIsMark = markAfter < text.count && FigureGrammar.dimensionMarks.contains(text[markAfter])
        let beforeIsMark =
            token.start > 1 && FigureGrammar.dimensionMarks.contains(text[token.start - 1])
            && NumeralReader.digit(text[token.start - 2]) != nil
        guard afterIsMark || beforeIsMark else { return false }
        return afterIsMark
            ? dimension(after: token.end, in: text) != nil
            : Self.unit(in: text, at: token.end)?.kind == .length
                || dimension(after: token.end, in: text) != nil
    }

    /// True when a unit other than money stands at `index`, after "N个万": "2个万千瓦级电站",
    /// "三个万人大会" name a size of the things counted (the spoken "两个亿元" is money).
    static func namesAClass(_ text: [Unicode.Scalar], at index: Int) -> Bool {
        guard let unit = unit(in: text, at: index) else { return false }
        return unit.kind != .money
    }

    /// True when a unit written after a number ends at `end` ("55 英寸" before "-2999", "五元六角"
    /// before "-五元七毛八分").
    static func unitAfterNumberEnds(_ text: [Unicode.Scalar], at end: Int) -> Bool {
        for length in 1...3 {
            let unitStart = end - length
            guard unitStart >= 1 else { break }
            var before = unitStart - 1
            if text[before] == " ", before >= 1 { before -= 1 }
            guard NumeralReader.digit(text[before]) != nil || NumeralTables.chineseDigit(text[before]) != nil else {
                continue
            }
            if unit(in: text, at: unitStart)?.length == length { return true }
            if length == 1, "角毛分".unicodeScalars.contains(text[unitStart]) { return true }
        }
        return false
    }

    /// Where a minus sign ("负", "零下", "-", "－", "−") right before the number at `index` starts, if any.
    /// A hyphen after a digit or letter joins a range or a code instead ("3-5", "023-6388").
    static func minusSign(in text: [Unicode.Scalar], before index: Int) -> Int? {
        guard index > 0, index <= text.count else { return nil }
        let sign = text[index - 1]
        if sign == "负" || sign == "負" {
            // "减负180亿元", "担负", "胜负": 负 closing a word is no sign.
            if index >= 2, "减担胜自抱辜肩欺正".unicodeScalars.contains(text[index - 2]) { return nil }
            return index - 1
        }
        if index >= 2, text[index - 2] == "零", sign == "下" { return index - 2 }  // "零下5度"
        // "低至 - 8℃", "同比 - 12%": a minus set off by blanks after a word (a list's "- " opens a line).
        if sign == " ", index >= 4, "-－−".unicodeScalars.contains(text[index - 2]), text[index - 3] == " ",
            TextCleaner.isCJK(text[index - 4])
        {
            return index - 2
        }
        if index >= 2, sign == "的", text[index - 2] == "负" || text[index - 2] == "負" {
            // "负的百分之二十": spoken, 的 may stand between the sign and the number.
            if index >= 3, "减担胜自抱辜肩欺正".unicodeScalars.contains(text[index - 3]) { return nil }
            return index - 2
        }
        guard sign == "-" || sign == "－" || sign == "−" else { return nil }
        // After a digit, a letter or "(含)" ("1万(含)-5万") a hyphen joins a range or a code.
        if index >= 2,
            NumeralReader.digit(text[index - 2]) != nil || TextCleaner.isASCIILetter(text[index - 2])
                || FigureGrammar.inclusiveMarks.contains(where: {
                    ScalarMatch.matches($0, in: text, at: index - 1 - $0.count)
                })
        {
            return nil
        }
        // "55 英寸-2999 元": after a unit of a figure the hyphen is a dash between two items.
        if unitAfterNumberEnds(text, at: index - 1) { return nil }
        return index - 1
    }

    static func isCodeCharacter(_ scalar: Unicode.Scalar) -> Bool {
        TextCleaner.isASCIILetter(scalar) || scalar == "+" || scalar == "＋" || scalar == "#" || scalar == "/"
            || scalar == "_"
            || scalar == "@"
    }

    /// A Chinese numeral inside a word ("一体化", "统一") starts no number: only a numeral that
    /// begins a run may, and not right after another numeral we skipped.
    func continuesWord(_ text: [Unicode.Scalar], at index: Int) -> Bool {
        guard index > 0, NumeralReader.digit(text[index]) == nil else { return false }
        let before = text[index - 1]
        return NumeralTables.chineseDigit(before) != nil || NumeralTables.place(before) != nil
    }

    /// Years ("2024年"), months ("5月" is never read as a unit) and days are dates, not durations.
    func isDateOrYear(
        _ token: NumeralReader.Token, unit: FigureGrammar.Unit, in text: [Unicode.Scalar], unitEnd: Int
    ) -> Bool {
        guard unit.normalized == "年", unit.kind == .duration else { return false }
        if token.isDigitSequence { return true }
        // "公元前841年", "公元960年": an era names a year of any size.
        if ScalarMatch.matches(["公", "元"], in: text, at: token.start - 2)
            || ScalarMatch.matches(["公", "元", "前"], in: text, at: token.start - 3)
        {
            return true
        }
        guard let year = token.value.integerValue, !token.hasMultiplier else { return false }
        if token.integerDigits == 4 || (year >= 1900 && year <= 2199) { return true }
        // "04年中" (a duration is never written with a leading zero), "2016/17年度": a year written short.
        if !token.isChinese, token.integerDigits == 2, !token.hasFraction,
            NumeralReader.digit(text[token.start]) == 0
                || (token.start >= 5 && "/／".unicodeScalars.contains(text[token.start - 1])
                    && text[(token.start - 5)..<(token.start - 1)].allSatisfy { NumeralReader.digit($0) != nil })
        {
            return true
        }
        // "86年8月18日": two digits before a month are a year written short.
        if !token.isChinese, token.integerDigits == 2, !token.hasFraction {
            var index = unitEnd
            while index < text.count, index - unitEnd < 2, NumeralReader.digit(text[index]) != nil { index += 1 }
            return index > unitEnd && index < text.count && text[index] == "月"
        }
        return false
    }

    /// The end of a range: "3至5年", "3-5个", "10万—20万元", "零下4到零下1℃". Returns both ends
    /// (a multiplier written only on the high end, as in "3-5万元", applies to both) and where the
    /// range ends. `signedLow` is the low end's value with its sign.
    func readRange(
        _ text: [Unicode.Scalar], at index: Int, low: NumeralReader.Token, signedLow: ExactDecimal
    )
        -> (low: ExactDecimal, high: ExactDecimal, end: Int)?
    {
        // "1万(含)-5万元": the low end may say it is included.
        var index =
            FigureGrammar.inclusiveMarks.first { ScalarMatch.matches($0, in: text, at: index) }.map { index + $0.count }
            ?? index
        // "150 — 160 公升": one blank may stand on each side of a dash between Arabic numbers.
        let spaced =
            !low.isChinese && index + 2 < text.count && text[index] == " "
            && FigureGrammar.dashes.contains(text[index + 1])
        if spaced { index += 1 }
        // "13、14度": two neighbouring whole numbers listed with 、 are a range, not a list of two.
        let listed = index + 1 < text.count && text[index] == "、"
        guard index + 1 < text.count, FigureGrammar.rangeSeparators.contains(text[index]) || listed else { return nil }
        if listed, low.start > 0, text[low.start - 1] == "、" { return nil }
        var start = index + 1
        if text[index] == "—", text[start] == "—" { start += 1 }
        if spaced, start + 1 < text.count, text[start] == " " { start += 1 }
        // The high end may carry its own sign: "零下4到零下1℃", "-5~-1℃".
        var negative = false
        if start + 2 < text.count, text[start] == "零", text[start + 1] == "下",
            NumeralReader.digit(text[start + 2]) != nil || low.isChinese
        {
            negative = true
            start += 2
        } else if start + 1 < text.count, "负負-－−".unicodeScalars.contains(text[start]) {
            negative = true
            start += 1
        }
        guard start < text.count, let high = readNumber(text, at: start, stopBefore: { Self.unitStarts(text, at: $0) }),
            high.isChinese == low.isChinese, !high.isDigitSequence
        else { return nil }
        var highValue = negative ? high.value.negated() : high.value
        // The multiplier of the high end applies to a low end without one ("3-5万元") or with a
        // smaller place ("七千到九千亿元"), when the low end then stays below the high end.
        var lowValue = signedLow
        if high.multiplierPlaces >= 2,
            low.multiplierPlaces == 0 || (high.multiplierPlaces >= 4 && low.multiplierPlaces < 4)
        {
            let shifted = lowValue.shifted(by: high.multiplierPlaces)
            if shifted < highValue { lowValue = shifted }
        }
        // "两到三百万元", "五到六千": a lone digit before a round amount of hundreds or more takes
        // the place of the high end's digit (2 before 3,000,000 is 2,000,000).
        if low.end - low.start == 1, !low.hasMultiplier, let place = highValue.roundPlace, place >= 2,
            high.end - high.start > 1, NumeralTables.chineseDigit(text[low.start]) != nil
        {
            let shifted = signedLow.shifted(by: place)
            if shifted < highValue { lowValue = shifted }
        }
        // "-15%至-20%": two declines, the smaller one written first.
        if negative, lowValue.isNegative, highValue < lowValue, !listed { swap(&lowValue, &highValue) }
        guard lowValue < highValue else { return nil }
        if listed {
            guard !negative, !low.hasMultiplier, !high.hasMultiplier, lowValue.isInteger,
                (lowValue + ExactDecimal(1)).description == highValue.description,
                high.end >= text.count || text[high.end] != "、"
            else { return nil }
        }
        return (lowValue, highValue, high.end)
    }

    /// The currency sign written right before an amount ("$20", "US$5亿", "RMB 300"), if any:
    /// where it starts and the currency it names.
    static func currencySign(in text: [Unicode.Scalar], before index: Int) -> (start: Int, currency: String)? {
        guard index > 0 else { return nil }
        // One blank may stand between a letter code and the amount: "RMB 300".
        let end = text[index - 1] == " " && index > 1 && TextCleaner.isASCIILetter(text[index - 2]) ? index - 1 : index
        for sign in FigureGrammar.currencySigns
        where ScalarMatch.matches(sign.surface, in: text, at: end - sign.surface.count) {
            let start = end - sign.surface.count
            // A letter code is a word of its own: not the end of "XRMB".
            if TextCleaner.isASCIILetter(sign.surface[0]), start > 0, TextCleaner.isASCIILetter(text[start - 1]) {
                continue
            }
            if end < index, !TextCleaner.isASCIILetter(sign.surface[sign.surface.count - 1]) { continue }
            return (start, sign.currency)
        }
        return nil
    }

    /// True when one of `words` ends right before `index`.
    static func endsAnyWord(_ words: [[Unicode.Scalar]], in text: [Unicode.Scalar], at index: Int) -> Bool {
        words.contains { ScalarMatch.matches($0, in: text, at: index - $0.count) }
    }

    /// Where a numeral word (an idiom or fixed term, `FigureGrammar.numeralWords`) that holds the
    /// numeral at `index` ends, when one is written there.
    static func numeralWordEnd(in text: [Unicode.Scalar], at index: Int) -> Int? {
        guard let words = FigureGrammar.numeralWordsByNumeral[text[index]] else { return nil }
        for entry in words where ScalarMatch.matches(entry.word, in: text, at: index - entry.offset) {
            return index - entry.offset + entry.word.count
        }
        return nil
    }

    /// 块 counts pieces ("切成三块", a table's "显示屏 | 2块") unless it is money: coins or a digit
    /// follow it ("三块五", "三块五毛"), or the clause ends with it after a word of price ("花了三块").
    static func isSpokenYuan(_ text: [Unicode.Scalar], unitEnd: Int) -> Bool {
        guard unitEnd < text.count else { return priceWordBefore(text, index: unitEnd) }
        let next = text[unitEnd]
        if next == "钱" || next == "毛" || next == "角" { return true }
        // "卖5块一份", "3块一斤": a price per one of something.
        if next == "一", unitEnd + 1 < text.count, unit(in: text, at: unitEnd + 1) != nil { return true }
        if NumeralTables.chineseDigit(next) != nil || NumeralReader.digit(next) != nil {
            // One digit: "三块五", not "一块4000毫安时".
            guard unitEnd + 1 < text.count else { return true }
            let after = text[unitEnd + 1]
            if NumeralReader.digit(after) != nil || NumeralTables.isNumeral(after) { return false }
            return !TextCleaner.isCJK(after) || "毛角分".unicodeScalars.contains(after)
                || FigureGrammar.rangeSeparators.contains(after)
        }
        // "花了三块。", "每公斤17块多": the clause ends, or 多 follows, after a word of price.
        return (!TextCleaner.isCJK(next) || next == "多") && priceWordBefore(text, index: unitEnd)
    }

    private static func priceWordBefore(_ text: [Unicode.Scalar], index: Int) -> Bool {
        let priceWords: Set<Unicode.Scalar> = [
            "花", "价", "卖", "买", "钱", "付", "值", "赚", "费", "售", "贵", "便", "宜", "收", "要", "每",
        ]
        return text[max(0, index - 10)..<index].contains { priceWords.contains($0) }
    }

    /// The tenths written after a unit spoken that way ("一米八" is 1.8 米): one digit, ending the
    /// number ("一米八的个子", not "一米八个").
    static func spokenTenth(in text: [Unicode.Scalar], after index: Int, unit: FigureGrammar.Unit) -> ExactDecimal? {
        guard FigureGrammar.unitsWithSpokenTenths.contains(unit.surface), index < text.count, unit.scale == 0 else {
            return nil
        }
        let digit = NumeralTables.chineseDigit(text[index]) ?? NumeralReader.digit(text[index])
        guard let digit, digit > 0, !NumeralTables.countingTwo.contains(text[index]) else { return nil }
        let next = index + 1
        if next < text.count,
            NumeralReader.startsNumber(text[next]) || NumeralReader.isDecimalPoint(text[next])
                || Self.unit(in: text, at: next) != nil || NumeralReader.digit(text[next]) != nil
        {
            return nil
        }
        return ExactDecimal(integer: [], fraction: [digit])
    }

    /// 日 after a number counts days when 内 follows it and no month stands before the number
    /// ("15日内", "2、3日內"; "5月3日内" is a date, and "15日后" may be the 15th of a month).
    static func isDaysSpan(_ text: [Unicode.Scalar], at index: Int, token: NumeralReader.Token) -> Bool {
        guard index + 1 < text.count, text[index] == "日", text[index + 1] == "内" || text[index + 1] == "內" else {
            return false
        }
        var before = token.start - 1
        if before >= 1, text[before] == "、" { before -= 1 }
        while before >= 0, NumeralReader.digit(text[before]) != nil || NumeralTables.isNumeral(text[before]) {
            before -= 1
        }
        return before < 0 || (text[before] != "月" && text[before] != "第")
    }

    /// 点 after a number is an index's points when no time of day can be meant: a decimal
    /// ("3312.50点"), or a whole number above 24, not followed by minutes ("64点", not "9点30").
    static func isIndexPoint(_ text: [Unicode.Scalar], at index: Int, token: NumeralReader.Token) -> Bool {
        guard index < text.count, text[index] == "点", !token.isChinese else { return false }
        let next = index + 1 < text.count ? text[index + 1] : nil
        if let next,
            NumeralReader.digit(next) != nil || NumeralTables.isNumeral(next)
                || NumeralReader.timeOfDayMarks.contains(next)
                || next == "钟" || next == "多"
        {
            return false
        }
        if token.hasFraction { return true }
        guard let whole = token.value.integerValue else { return false }
        return whole > 24
    }

    /// A bare 度 (read as electricity for want of other words) after a Chinese numeral of one to
    /// ten, with no 电 or 瓦 in the clause before it, counts times: "六度", "两度".
    static func isTimesDegree(_ unit: FigureGrammar.Unit, token: NumeralReader.Token, in text: [Unicode.Scalar]) -> Bool
    {
        guard unit.surface == ["度"], unit.kind == .energy, token.isChinese, let count = token.value.integerValue,
            (1...10).contains(count)
        else { return false }
        var index = token.start - 1
        while index >= 0, token.start - index <= 20, !"。；;\n".unicodeScalars.contains(text[index]) {
            if FigureGrammar.electricityMarks.contains(text[index]) { return false }
            index -= 1
        }
        return true
    }

    /// True when a figure's text opens with a word of approximation ("约为92.96亿元").
    static func startsWithApproximation(_ figureText: String) -> Bool {
        FigureGrammar.prefixQualifiers.contains {
            $0.qualifier == .approx && figureText.unicodeScalars.starts(with: $0.surface)
        }
    }

    /// 角 is a coin (a tenth of a yuan) when coins follow it ("九角九分") or, after Arabic digits,
    /// when no word goes on from it ("2角"); otherwise it is a corner or a horn ("五角星", "三角形").
    static func isDime(_ text: [Unicode.Scalar], at index: Int, arabic: Bool) -> Bool {
        guard index < text.count, text[index] == "角" else { return false }
        let next = index + 1
        if next + 1 < text.count,
            NumeralTables.chineseDigit(text[next]) != nil || NumeralReader.digit(text[next]) != nil,
            text[next + 1] == "分"
        {
            return true
        }
        return arabic && (next >= text.count || !TextCleaner.isCJK(text[next]))
    }

    /// The coins after an amount of `unit` ("五元三毛", "三块五", "两毛五", "两美元又三美分",
    /// "3元5角2分"): their amount in units of the currency and where they end. `scale` is the
    /// power of ten of the unit the amount was written in (毛 is -1).
    func smallChange(
        in text: [Unicode.Scalar], at index: Int, unit: FigureGrammar.Unit, scale: Int
    ) -> (amount: ExactDecimal, end: Int)? {
        let coins = FigureGrammar.smallCoins[unit.normalized] ?? []
        var cursor = index
        if cursor < text.count, text[cursor] == "又" || text[cursor] == "零" { cursor += 1 }
        var amount = ExactDecimal(0)
        var end: Int?
        var lastScale = scale
        while cursor < text.count, NumeralReader.startsNumber(text[cursor]),
            let number = NumeralReader.read(text, at: cursor, stopBefore: { _ in false }), !number.hasFraction,
            !number.isDigitSequence,
            let digits = number.value.integerValue, digits < 10
        {
            if let coin = coins.first(where: { ScalarMatch.matches($0.surface, in: text, at: number.end) }),
                coin.scale < lastScale,
                !ScalarMatch.matchesAny(FigureGrammar.coinLookalikes, in: text, at: number.end)
            {
                amount = amount + number.value.shifted(by: coin.scale)
                lastScale = coin.scale
                cursor = number.end + coin.surface.count
                end = cursor
                continue
            }
            // "三块五", "两毛五": a last digit after the spoken 块 or 毛 counts in the next lower place.
            if unit.surface == ["块"] || unit.surface == ["毛"], number.end - number.start == 1,
                number.end >= text.count || !TextCleaner.isCJK(text[number.end])
                    || FigureGrammar.rangeSeparators.contains(text[number.end])
            {
                return (amount + number.value.shifted(by: lastScale - 1), number.end)
            }
            break
        }
        return end.map { (amount, $0) }
    }

    /// A currency named right after 元 ("9000元日币") or right before the amount ("港币两千九百六十元",
    /// "新台币 177.1 亿元"): the currency and where the amount now ends.
    /// True when a list of numbers that ends at `end` (a 、 there) began with 第: "第3、4名".
    static func continuesOrdinalList(_ text: [Unicode.Scalar], before end: Int) -> Bool {
        var index = end - 1
        while index >= 0, end - index <= 24, NumeralReader.startsNumber(text[index]) || text[index] == "、" {
            index -= 1
        }
        return index >= 0 && index < end - 1 && text[index] == "第"
    }

    /// The currency a word right before `start` names ("港幣", "人民币", "美金"), one blank aside.
    static func currencyNamedBefore(_ text: [Unicode.Scalar], start: Int) -> String? {
        let wordEnd = start > 0 && text[start - 1] == " " ? start - 1 : start
        return FigureGrammar.currencies.first { currency in
            currency.surface.count > 1 && !TextCleaner.isASCIILetter(currency.surface[0])
                && ScalarMatch.matches(currency.surface, in: text, at: wordEnd - currency.surface.count)
        }?.normalized
    }

    static func namedCurrency(
        in text: [Unicode.Scalar], after end: Int, before start: Int
    ) -> (currency: String, end: Int)? {
        if let after = unit(in: text, at: end), after.kind == .money, after.normalized != "元", after.surface.count > 1 {
            return (after.normalized, end + after.length)
        }
        let wordEnd = start > 0 && text[start - 1] == " " ? start - 1 : start
        for currency in FigureGrammar.currencies
        where currency.normalized != "元" && currency.surface.count > 1
            && !TextCleaner.isASCIILetter(currency.surface[0])
            && ScalarMatch.matches(currency.surface, in: text, at: wordEnd - currency.surface.count)
        {
            return (currency.normalized, end)
        }
        return nil
    }

    /// The time a length is divided by, written after it ("3公里每小时", "10m/s") or before the
    /// number ("时速350公里", "每小时十公里"), and where the figure then ends.
    static func speed(in text: [Unicode.Scalar], after end: Int, before start: Int) -> (divisor: String, end: Int)? {
        for divisor in FigureGrammar.speedDivisors where ScalarMatch.matches(divisor.surface, in: text, at: end) {
            return (divisor.normalized, end + divisor.surface.count)
        }
        // "时速350公里", and a few words between in the same clause: "时速仅80—100公里", "时速也是140公里".
        var wordEnd = start
        while wordEnd >= 0, start - wordEnd <= 4 {
            for word in FigureGrammar.speedWords
            where ScalarMatch.matches(word.surface, in: text, at: wordEnd - word.surface.count) {
                return (word.normalized, end)
            }
            wordEnd -= 1
            guard wordEnd >= 0, TextCleaner.isCJK(text[wordEnd]), NumeralTables.chineseDigit(text[wordEnd]) == nil
            else {
                return nil
            }
        }
        return nil
    }

    /// The unit after the last side of a size that starts at `index` ("×151.7×7.9mm"), when a
    /// unit of length ends it.
    func dimension(after index: Int, in text: [Unicode.Scalar]) -> FigureGrammar.Unit? {
        var cursor = index
        for _ in 0..<3 {
            // "153.1 × 74.4 × 8.65 毫米": one blank may stand on each side of a mark and before the unit.
            if cursor + 1 < text.count, text[cursor] == " " { cursor += 1 }
            var sideStart = cursor + 1
            if sideStart < text.count, text[sideStart] == " " { sideStart += 1 }
            guard sideStart < text.count, FigureGrammar.dimensionMarks.contains(text[cursor]),
                let side = NumeralReader.read(text, at: sideStart, stopBefore: { Self.unitStarts(text, at: $0) }),
                !side.isChinese
            else { return nil }
            cursor = side.end
            let unitStart =
                cursor + 1 < text.count && text[cursor] == " "
                    && !FigureGrammar.dimensionMarks.contains(text[cursor + 1])
                ? cursor + 1 : cursor
            if let unit = Self.unit(in: text, at: unitStart) { return unit.kind == .length ? unit : nil }
        }
        return nil
    }

    /// The unit after the last amount of a list that continues at `index` with 、 ("、88.9亿元"),
    /// when every item is an amount written as the first one is: with a multiplier if it has one,
    /// else with a decimal part ("1.5、2.3万元" leaves 1.5 alone: its multiplier is not written).
    /// Whole amounts share only a unit of money or measure without a multiplier ("700、800元左右";
    /// "1、2、3个" counts grades, "5、6月" names months).
    func sharedUnit(after index: Int, of first: NumeralReader.Token, in text: [Unicode.Scalar]) -> FigureGrammar.Unit? {
        let whole = !first.hasMultiplier && !first.hasFraction
        var cursor = index
        for _ in 0..<8 {
            guard cursor + 1 < text.count, text[cursor] == "、",
                let item = NumeralReader.read(text, at: cursor + 1, stopBefore: { Self.unitStarts(text, at: $0) }),
                item.hasMultiplier == first.hasMultiplier, item.hasMultiplier || item.hasFraction || whole,
                !whole || (!item.hasFraction && item.isChinese == first.isChinese)
            else { return nil }
            cursor = item.end
            guard let unit = Self.unit(in: text, at: cursor) else { continue }
            if whole {
                return unit.scale == 0 && (unit.kind == .money || FigureGrammar.measureKinds.contains(unit.kind))
                    ? unit : nil
            }
            return unit.kind == .money || unit.scale == 0 ? unit : nil
        }
        return nil
    }

    /// The unit written at `index`, longest match first.
    static func unit(in text: [Unicode.Scalar], at index: Int) -> FigureGrammar.Unit? {
        guard index < text.count else { return nil }
        if text[index] == "度" { return degree(in: text, at: index) }
        if text[index] == "°", index + 1 >= text.count || (text[index + 1] != "C" && text[index + 1] != "F") {
            // "30°": an angle, unless a temperature word stands before it.
            var unit = degree(in: text, at: index) ?? FigureGrammar.degreeOfAngle
            if unit.kind == .energy { unit = FigureGrammar.degreeOfAngle }
            unit.surface = ["°"]
            return unit
        }
        guard let candidates = FigureGrammar.units(startingWith: FigureGrammar.simplified(text[index])) else {
            return nil
        }
        for var unit in candidates {
            guard let length = matchedLength(unit.surface, in: text, at: index) else { continue }
            if unit.normalized == "周", index + 1 < text.count, text[index + 1] == "年" { continue }
            // "6月25日元朗区", "1月1日元旦": a day of a month before a word that opens with 元.
            if unit.normalized == "日元", unit.surface.first == "日", followsMonth(text, numberEndingAt: index) {
                continue
            }
            // "765处理器": 处 opens a word there, it counts no places.
            if unit.surface == ["处"], index + 1 < text.count, "理置于罚".unicodeScalars.contains(text[index + 1]) {
                continue
            }
            // An ASCII unit ends where the letters end: "5m" is metres, "5min" is not.
            if TextCleaner.isASCIILetter(unit.surface[unit.surface.count - 1]), index + length < text.count,
                TextCleaner.isASCIILetter(text[index + length])
            {
                continue
            }
            unit.length = length
            return unit
        }
        return nil
    }

    /// True when the number that ends at `end` stands right after 月 ("6月25", "三月十五").
    static func followsMonth(_ text: [Unicode.Scalar], numberEndingAt end: Int) -> Bool {
        var start = end
        while start > 0, end - start < 4,
            NumeralReader.digit(text[start - 1]) != nil || "〇零一二三四五六七八九十廿卅".unicodeScalars.contains(text[start - 1])
        {
            start -= 1
        }
        return start < end && start > 0 && text[start - 1] == "月"
    }

    /// How many scalars `surface` takes at `index` when blanks may stand between its scalars
    /// ("个 百分点"), or nil when it is not written there.
    static func matchedLength(_ surface: [Unicode.Scalar], in text: [Unicode.Scalar], at index: Int) -> Int? {
        var cursor = index
        for (offset, scalar) in surface.enumerated() {
            if offset > 0 {
                while cursor < text.count, cursor - index < 24, TextCleaner.isBlank(text[cursor]) { cursor += 1 }
            }
            guard cursor < text.count, FigureGrammar.simplified(text[cursor]) == scalar else { return nil }
            cursor += 1
        }
        return cursor - index
    }

    /// "100万度电" is energy; "气温零下5度" is a temperature and "华氏温度98.6度" one in
    /// Fahrenheit (a temperature word within the 12 scalars before); "坡度15度" and "45度角"
    /// are angles. With none of these words 度 is electricity.
    private static func degree(in text: [Unicode.Scalar], at index: Int) -> FigureGrammar.Unit? {
        if index + 1 < text.count, text[index + 1] == "电" {
            return FigureGrammar.Unit(surface: ["度", "电"], normalized: "千瓦时", kind: .energy)
        }
        if index + 1 < text.count, text[index + 1] == "角" { return FigureGrammar.degreeOfAngle }
        let window = Array(text[max(0, index - 12)..<index])
        func mentions(_ word: [Unicode.Scalar]) -> Bool {
            window.count >= word.count
                && (0...(window.count - word.count)).contains { ScalarMatch.matches(word, in: window, at: $0) }
        }
        if mentions(["华", "氏"]) { return FigureGrammar.degreeFahrenheit }
        if FigureGrammar.angleWords.contains(where: mentions) { return FigureGrammar.degreeOfAngle }
        if FigureGrammar.temperatureWords.contains(where: mentions) {
            return FigureGrammar.degreeOfTemperature
        }
        return FigureGrammar.degree
    }

    /// True when a unit whose first scalar is also a multiplier starts here ("千米", "百分点").
    static func unitStarts(_ text: [Unicode.Scalar], at index: Int) -> Bool {
        guard let unit = unit(in: text, at: index) else { return false }
        return unit.surface.count > 1
    }

    /// "元/平方米", "元每吨": the divisor of a compound money unit.
    /// The divisor of a rate written after the unit: "元/公斤", "元每吨", "元/平米", and for other
    /// kinds a time ("300万吨/年", "3立方米/秒"). Money may be divided by any unit.
    func perUnit(
        in text: [Unicode.Scalar], at index: Int, of unit: FigureGrammar.Unit
    ) -> (normalized: String, end: Int)? {
        guard index + 1 < text.count, text[index] == "/" || text[index] == "／" || text[index] == "每" else { return nil }
        // "0.664吨标准煤/万元": energy, weight or water used per amount of output.
        if [.weight, .energy, .volume].contains(unit.kind),
            let output = FigureGrammar.outputDivisors.first(where: { ScalarMatch.matches($0, in: text, at: index + 1) })
        {
            return (String(scalars: output[...]), index + 1 + output.count)
        }
        // "320克标准煤/千瓦时": coal burnt per unit of electricity.
        let perEnergy = unit.kind == .weight && Self.unit(in: text, at: index + 1)?.kind == .energy
        guard let divisor = Self.divisor(in: text, at: index + 1), divisor.normalized != unit.normalized,
            unit.kind == .money || perEnergy || FigureGrammar.timeDivisors.contains(divisor.normalized)
        else { return nil }
        return divisor
    }

    /// "每千瓦时0.375元", "每吨净利1500元", "每秒3立方米": 每 and a unit of measure earlier in the
    /// clause divide the figure, as a divisor after it would. 每 before whom or when it is paid
    /// ("每人2000元", "每户3万元", "每年1次", "每人每月780元") states the amount itself and leaves
    /// the unit alone. Returns the divisor's spelling.
    func perUnitBefore(_ text: [Unicode.Scalar], start: Int, of unit: FigureGrammar.Unit) -> String? {
        var index = start - 1
        while index >= 0, start - index <= 8, !Self.endsClause(text[index]), NumeralReader.digit(text[index]) == nil {
            if text[index] == "每" {
                guard let measure = Self.unit(in: text, at: index + 1), index + 1 + measure.length <= start,
                    measure.normalized != unit.normalized,
                    FigureGrammar.measureKinds.contains(measure.kind)
                        || FigureGrammar.shortTimeDivisors.contains(measure.normalized)
                else { return nil }
                // Other amounts are rates per time ("每秒3立方米"), or yields per area ("每亩产3吨").
                let yield = (unit.kind == .weight || unit.kind == .volume) && measure.kind == .area
                if unit.kind != .money, !yield, !FigureGrammar.shortTimeDivisors.contains(measure.normalized) {
                    return nil
                }
                return measure.normalized
            }
            index -= 1
        }
        return nil
    }

    /// A unit a rate is divided by, at `index`: any unit of the grammar, or a word of `perUnits`.
    private static func divisor(in text: [Unicode.Scalar], at index: Int) -> (normalized: String, end: Int)? {
        if let unit = unit(in: text, at: index), unit.kind != .money { return (unit.normalized, index + unit.length) }
        for surface in FigureGrammar.perUnits where ScalarMatch.matches(surface, in: text, at: index) {
            return (String(scalars: surface[...]), index + surface.count)
        }
        return nil
    }

    static func qualifierWord(
        _ words: [FigureGrammar.QualifierWord], in text: [Unicode.Scalar], at index: Int
    ) -> FigureGrammar.QualifierWord? {
        words.first { ScalarMatch.matches($0.surface, in: text, at: index) }
    }

    /// The qualifier word ending right before `index` ("约", "超过", "不足"), if any.
    func prefixQualifier(in text: [Unicode.Scalar], before start: Int) -> FigureGrammar.QualifierWord? {
        // "超过了1万人次": 了 may close the qualifier.
        let index = start > 1 && text[start - 1] == "了" ? start - 1 : start
        guard index > 0, let words = FigureGrammar.prefixQualifiersByLast[text[index - 1]] else { return nil }
        for word in words where ScalarMatch.matches(word.surface, in: text, at: index - word.surface.count) {
            let wordStart = index - word.surface.count
            // "最近", "附近", "临近": 近 there is no qualifier.
            if word.surface == ["近"], wordStart > 0, ["最", "附", "临", "邻", "就", "远"].contains(text[wordStart - 1]) {
                return nil
            }
            if FigureGrammar.qualifierLookalikes.contains(where: {
                ScalarMatch.matches($0, in: text, at: index - $0.count)
            }) {
                return nil
            }
            var written = word
            if index < start { written.surface.append("了") }
            return written
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
            for filler in FigureGrammar.changeFillers
            where ScalarMatch.matches(filler, in: text, at: cursor - filler.count) {
                cursor -= filler.count
                skipped = true
                break
            }
        }
        // "增幅为12%", "同比增长率高达61.6%", "增速分别为42.1%": a noun of change, then 为, 是 or 达.
        var nounEnd = cursor
        if let link = FigureGrammar.changeNounLinks.first(where: {
            ScalarMatch.matches($0, in: text, at: cursor - $0.count)
        }) {
            nounEnd -= link.count
            if let filler = FigureGrammar.changeFillers.first(where: {
                ScalarMatch.matches($0, in: text, at: nounEnd - $0.count)
            }) {
                nounEnd -= filler.count
            }
        }
        if let noun = FigureGrammar.changeNouns.first(where: {
            ScalarMatch.matches($0.surface, in: text, at: nounEnd - $0.surface.count)
        }) {
            return (noun.change, comparison(in: text, before: nounEnd - noun.surface.count))
        }
        if cursor > 0, FigureGrammar.levelMarkers.contains(text[cursor - 1]) { return nil }
        guard cursor > 0,
            let verb = FigureGrammar.changeVerbsByLast[text[cursor - 1]]?
                .first(where: { ScalarMatch.matches($0.surface, in: text, at: cursor - $0.surface.count) })
        else { return nil }
        for exception in FigureGrammar.changeVerbExceptions
        where ScalarMatch.matches(exception, in: text, at: cursor - exception.count) {
            return nil
        }
        return (verb.change, comparison(in: text, before: cursor - verb.surface.count))
    }

    /// "16.2%的同比增长率", "10%的同比下降": a noun or verb of change after the figure, joined by 的
    /// (and 同比 or 环比).
    static func changeNounAfter(_ text: [Unicode.Scalar], at index: Int) -> (change: Change, comparison: Comparison?)? {
        guard index < text.count, text[index] == "的" else { return nil }
        var cursor = index + 1
        let comparison = FigureGrammar.comparisons.first { ScalarMatch.matches($0.surface, in: text, at: cursor) }
        cursor += comparison?.surface.count ?? 0
        // "以15%的速度增长", "以5%的幅度下降": the pace of a change named after it.
        if let pace = FigureGrammar.paceWords.first(where: { ScalarMatch.matches($0, in: text, at: cursor) }) {
            cursor += pace.count
        }
        guard
            let noun = FigureGrammar.changeNouns.first(where: { ScalarMatch.matches($0.surface, in: text, at: cursor) })
                ?? FigureGrammar.changeVerbs.first(where: {
                    $0.surface.count > 1 && ScalarMatch.matches($0.surface, in: text, at: cursor)
                })
        else { return nil }
        return (noun.change, comparison?.comparison)
    }

    /// 同比 or 环比 a few scalars before a change word that starts at `index`.
    private func comparison(in text: [Unicode.Scalar], before index: Int) -> Comparison? {
        for window in 2...6 {
            for entry in FigureGrammar.comparisons
            where ScalarMatch.matches(entry.surface, in: text, at: index - window) {
                return entry.comparison
            }
        }
        return nil
    }

    /// Times of day written with Arabic hours: "9:30", "14：00", "9点30分", "15时".
    static func timesOfDay(in text: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        while index < text.count {
            guard NumeralReader.digit(text[index]) != nil, index == 0 || NumeralReader.digit(text[index - 1]) == nil
            else {
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
            if mark == ":" || mark == "：", end + 2 < text.count, NumeralReader.digit(text[end + 1]) != nil,
                NumeralReader.digit(text[end + 2]) != nil
            {
                ranges.append(index..<(end + 3))
                index = end + 3
            } else if mark == "点" || mark == "时" {
                // "9点", "9点30", "9点5分": the minutes are part of the time. "1点1" and "8点75" can
                // be no time (one digit without 分, or 60 and more): they are decimals.
                var close = end + 1
                var minutes = close
                while minutes < text.count, minutes - close < 3, NumeralReader.digit(text[minutes]) != nil {
                    minutes += 1
                }
                let digits = minutes - close
                let withMark = minutes < text.count && text[minutes] == "分"
                let value = text[close..<minutes].reduce(0) { $0 * 10 + Int(NumeralReader.digit($1)!) }
                if digits == 0 || (digits <= 2 && value < 60 && (digits == 2 || withMark)) {
                    close = withMark ? minutes + 1 : minutes
                } else if mark == "点" {
                    index = minutes
                    continue
                }
                ranges.append(index..<close)
                index = close
            } else {
                index = end
            }
        }
        return ranges
    }

    /// Two sorted lists of ranges merged into one sorted list.
    static func merge(_ a: [Range<Int>], _ b: [Range<Int>]) -> [Range<Int>] {
        (a + b).sorted { $0.lowerBound < $1.lowerBound }
    }

    static func isListSeparator(_ between: ArraySlice<Unicode.Scalar>) -> Bool {
        // "下跌232.79点，或0.68%": the same change restated in another unit.
        if between.count == 2, between.last == "或", between.first == "，" || between.first == "," { return true }
        guard between.count == 1, let mark = between.first else { return false }
        return mark == "、" || mark == "和" || mark == "及" || mark == "或" || mark == "，" || mark == ","
    }

    /// Marks that end a clause: a rate's 每 is looked for only inside the clause of its figure.
    static func endsClause(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "，", "。", "、", "；", "：", "！", "？", ",", ".", ";", ":", "!", "?", "\n": true
        default: false
        }
    }

    /// True when the clause ends at `index`: the text ends there, or a clause mark or a closing bracket stands there.
    static func endsClause(_ text: [Unicode.Scalar], at index: Int) -> Bool {
        index >= text.count || endsClause(text[index]) || "）)”」".unicodeScalars.contains(text[index])
    }

    static func isBoundary(_ scalar: Unicode.Scalar) -> Bool {
        FigureGrammar.quotePairs.values.contains(scalar) || "，。、；：！？,.;:!?）)”的".unicodeScalars.contains(scalar)
    }
}
