/// Finds the figures of one paragraph in a single left-to-right pass.
///
/// A figure is a number with a unit (or a percentage, a rank), with the qualifier words
/// around it and the change verb that governs it. Numbers inside short quotes, titles and
/// brackets, years and dates, ordinals, code-like tokens ("1+4+N", "136N") and bare numbers
/// are not figures (bare numbers are reported as kind `number` only when asked).
/// Time is linear in the paragraph length.
package struct FigureRecognizer: Sendable {
    package struct Options: Sendable {
        /// Report numbers without a unit as kind `number`.
        package var includeBareNumbers = false

        package init(includeBareNumbers: Bool = false) {
            self.includeBareNumbers = includeBareNumbers
        }
    }

    package var options = Options()

    package init(options: Options = Options()) {
        self.options = options
    }

    /// The figures of `paragraph`; `index` is recorded as each figure's `paragraph`.
    package func figures(in paragraph: String, index: Int = 0) -> [Figure] {
        let original = Self.scalars(of: paragraph)
        // Traditional forms are read as simplified ones ("增長", "約", "攝氏"), scalar for scalar.
        let folded = FigureGrammar.folded(original)
        // Blanks inside Chinese text ("百 分 之 五", "3 万 人") are read through; offsets and
        // text are then given back in the paragraph as written.
        guard let view = CompactView(folded) else {
            let figures = scan(folded, paragraph: paragraph, index: index)
            guard folded != original else { return figures }
            return figures.map { figure in
                var written = figure
                written.text = String(scalars: original[figure.start..<figure.end])
                return written
            }
        }
        return scan(view.text, paragraph: String(scalars: view.text), index: index).map {
            view.restore($0, in: original)
        }
    }

    private func scan(_ text: [Unicode.Scalar], paragraph: String, index: Int) -> [Figure] {
        var shielded = Self.shieldedRanges(in: text).filter {
            !options.includeBareNumbers || !Self.quotesOnlyANumeral($0, in: text)
        }
        shielded = Self.merge(shielded, Self.addresses(in: text))
        if options.includeBareNumbers {
            // Bare numbers would otherwise pick the month and day out of every date.
            let dates = DateRecognizer()
            shielded = Self.merge(
                shielded, dates.dates(in: paragraph).map { $0.start..<$0.end } + Self.timesOfDay(in: text))
        }
        var figures: [Figure] = []
        var cursor = 0
        var shieldIndex = 0
        while cursor < text.count {
            while shieldIndex < shielded.count, shielded[shieldIndex].upperBound <= cursor { shieldIndex += 1 }
            if shieldIndex < shielded.count, shielded[shieldIndex].contains(cursor) {
                cursor = shielded[shieldIndex].upperBound
                continue
            }
            let scalar = text[cursor]
            let startsNumber = NumeralReader.startsNumber(scalar)
            // Most scalars start nothing: only numerals, 半, 对 and a decimal point begin a figure.
            guard startsNumber || Self.startsForm(scalar) else {
                cursor += 1
                continue
            }
            if let percentFigure = readWordPercent(text, at: cursor) ?? readFixedShare(text, at: cursor)
                ?? readHalfHundred(text, at: cursor)
                ?? readHalfUnit(text, at: cursor) ?? readLoneZero(text, at: cursor)
            {
                figures.append(finish(percentFigure, text: text, paragraph: index, previous: figures.last))
                cursor = percentFigure.end
                continue
            }
            if options.includeBareNumbers, let decimal = leadingPointDecimal(text, at: cursor) {
                figures.append(finish(decimal, text: text, paragraph: index, previous: figures.last))
                cursor = decimal.end
                continue
            }
            if startsNumber, let end = Self.numeralWordEnd(in: text, at: cursor) {
                cursor = end
                continue
            }
            guard startsNumber, !continuesWord(text, at: cursor),
                let token = readNumber(text, at: cursor, stopBefore: { Self.unitStarts(text, at: $0) })
            else {
                cursor += 1
                continue
            }
            if var figure = figure(for: token, in: text) {
                // A qualifier word already read as the end of the previous figure is not read twice.
                if let previous = figures.last, figure.start < previous.end {
                    figure.start = min(previous.end, figure.numberStart)
                }
                figures.append(finish(figure, text: text, paragraph: index, previous: figures.last))
                cursor = max(figure.end, token.end)
            } else {
                cursor = max(token.end, cursor + 1)
            }
        }
        return Self.sharingChangesBackward(Self.joiningLowsAndHighs(figures, in: text), in: text)
    }

    /// "北京晴，-9℃／0℃": a forecast's low and high, written side by side with a slash, are one
    /// range, and so are two amounts of money joined by a dash or 到. ("3万元以上25万元以下" stays two
    /// bounds, each with its qualifier, as records write them.)
    private static func joiningLowsAndHighs(_ figures: [Figure], in text: [Unicode.Scalar]) -> [Figure] {
        guard figures.count > 1 else { return figures }
        var joined: [Figure] = []
        var index = 0
        while index < figures.count {
            var figure = figures[index]
            if index + 1 < figures.count, let range = lowAndHigh(figure, figures[index + 1], in: text) {
                figure = range
                index += 1
            }
            joined.append(figure)
            index += 1
        }
        return joined
    }

    private static func lowAndHigh(_ low: Figure, _ high: Figure, in text: [Unicode.Scalar]) -> Figure? {
        guard low.unit == high.unit, low.kind == high.kind, low.valueMax == nil, high.valueMax == nil,
            low.qualifier == nil, high.qualifier == nil, low.change == nil, high.change == nil,
            high.start == low.end + 1,
            let lowValue = ExactDecimal(low.value), let highValue = ExactDecimal(high.value), lowValue < highValue
        else { return nil }
        // "－9℃／0℃"; and "五元六角-五元七毛八分", where the coins kept the range reader from the dash.
        let slash = low.kind == .temperature && (text[low.end] == "/" || text[low.end] == "／")
        let dash = low.kind == .money && FigureGrammar.rangeSeparators.contains(text[low.end])
        guard slash || dash else { return nil }
        var range = low
        range.valueMax = high.value
        range.text = String(scalars: text[low.start..<high.end])
        range.end = high.end
        return range
    }

    /// "分别实现了20.0%和10.4%的增长率": a change named after the last item of a list covers the
    /// items before it.
    private static func sharingChangesBackward(_ figures: [Figure], in text: [Unicode.Scalar]) -> [Figure] {
        var figures = figures
        // Whether the figure's change is named after the list it ends (or after the items it leads).
        var namedAfter = figures.map { $0.change != nil && changeNounAfter(text, at: $0.end) != nil }
        for index in stride(from: figures.count - 2, through: 0, by: -1) {
            let next = figures[index + 1]
            guard namedAfter[index + 1], figures[index].change == nil, figures[index].end <= next.start,
                figures[index].kind == next.kind,
                isListSeparator(text[figures[index].end..<next.start])
            else { continue }
            figures[index].change = next.change
            figures[index].comparison = next.comparison
            namedAfter[index] = true
        }
        return figures
    }

    /// The scalars other than numerals that may begin a figure: "半小时", "打对折", ".5".
    private static func startsForm(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "半" || scalar == "对" || scalar == "對" || NumeralReader.isDecimalPoint(scalar)
    }

    /// A number at `index`. An Arabic number may end in a letter multiplier: k or M (a thousand,
    /// a million) with bare numbers asked for ("40k", "百分之3.2k"), and k or w (万) before a
    /// measure word or currency in Chinese ("15k元", "300w张").
    func readNumber(_ text: [Unicode.Scalar], at index: Int, stopBefore: (Int) -> Bool) -> NumeralReader.Token? {
        guard var token = NumeralReader.read(text, at: index, stopBefore: stopBefore) else { return nil }
        if let decimal = spokenDecimal(text, after: token, stopBefore: stopBefore) { token = decimal }
        guard !token.isChinese, !token.hasMultiplier, token.end < text.count else { return token }
        // "-2.5 M": one blank may stand before the letter.
        let letter = text[token.end] == " " && token.end + 1 < text.count ? token.end + 1 : token.end
        guard TextCleaner.isASCIILetter(text[letter]),
            letter + 1 >= text.count || !TextCleaner.isASCIILetter(text[letter + 1])
        else {
            return token
        }
        let bare = options.includeBareNumbers ? FigureGrammar.latinMultipliers[text[letter]] : nil
        guard
            let places = bare
                ?? FigureGrammar.latinMultipliersBeforeUnits[text[letter]].flatMap({ places in
                    let unit =
                        letter + 1 < text.count && TextCleaner.isCJK(text[letter + 1])
                        ? Self.unit(in: text, at: letter + 1) : nil
                    return unit?.kind == .count || unit?.kind == .money ? places : nil
                })
        else { return token }
        token.value = token.value.shifted(by: places)
        token.end = letter + 1
        token.multiplierPlaces = places
        return token
    }

    /// The scalars of a paragraph in one pass (`Array(_:)` counts them first, then copies).
    static func scalars(of paragraph: String) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(paragraph.utf8.count)
        for scalar in paragraph.unicodeScalars { scalars.append(scalar) }
        return scalars
    }

    // MARK: A figure in the making

    struct Candidate {
        var figure: Figure
        var start: Int
        var end: Int
        var numberStart: Int
    }

    /// Builds the figure a number starts, or nil when the number is no figure.
    private func figure(for token: NumeralReader.Token, in text: [Unicode.Scalar]) -> Candidate? {
        if options.includeBareNumbers, let written = scientific(token, in: text) { return written }
        var sign = Self.minusSign(in: text, before: token.start)
        let currencySign = Self.currencySign(in: text, before: sign ?? token.start)
        if currencySign == nil, isCodeLike(token, in: text) { return nil }
        let before = token.start > 0 ? text[token.start - 1] : nil
        if before == "第" { return rank(token, in: text) }
        // "第3、4名", "第二、三产业": numbers listed after 第 are ordinals too, and no counts.
        if before == "、", Self.continuesOrdinalList(text, before: token.start - 1) { return nil }
        // "前十" ranks; "前两次", "前四天" count the ones before.
        if before == "前", !Self.endsAnyWord(FigureGrammar.wordsEndingInQian, in: text, at: token.start),
            let rank = rank(token, in: text)
        {
            return rank
        }
        if let share = share(token, in: text) { return share }
        if token.isDigitSequence { return nil }
        // "数十家", "几十个": some tens, no amount. Before a digit 数 ends a noun ("总数300个", "人数四十").
        if let before, FigureGrammar.vagueMarkers.contains(before), NumeralTables.place(text[token.start]) != nil {
            return nil
        }
        if let fraction = fraction(token, in: text) ?? halfShare(token, in: text) { return fraction }
        if let duration = compoundDuration(token, in: text) { return duration }
        if !options.includeBareNumbers, let share = slashShare(token, in: text) { return share }

        var cursor = token.end
        var value = token.value
        if sign != nil { value = value.negated() }
        var qualifier: Qualifier? = token.approximateHigh == nil ? nil : .approx
        var valueMax: ExactDecimal? = token.approximateHigh

        // "一百零几万": a 零 before the vague digit.
        if cursor + 1 < text.count, NumeralTables.chineseDigit(text[cursor]) == 0,
            text[cursor + 1] == "几" || text[cursor + 1] == "幾"
        {
            cursor += 1
        }
        if let infix = cursor < text.count ? FigureGrammar.infixQualifiers[text[cursor]] : nil,
            !Self.unitStarts(text, at: cursor)
        {
            qualifier = infix
            cursor += 1
            let (places, end) = NumeralReader.multipliers(
                text, at: cursor, stopBefore: { Self.unitStarts(text, at: $0) })
            value = value.shifted(by: places)
            cursor = end
        }
        if qualifier == nil, valueMax == nil, let range = readRange(text, at: cursor, low: token, signedLow: value) {
            value = range.low
            valueMax = range.high
            cursor = range.end
        }
        if ScalarMatch.matchesAny(FigureGrammar.blockingSuffixes, in: text, at: cursor) { return nil }
        // "2024届毕业生" names a class by its year and "十三届人大" a session by its number; "举办了7届。"
        // and "两届全国大赛" count sessions.
        if cursor < text.count, text[cursor] == "届",
            ExactDecimal(1000) < value || value == ExactDecimal(1000)
                || cursor + 1 < text.count && TextCleaner.isCJK(text[cursor + 1])
                    && !NumeralTables.countingTwo.contains(text[token.start])
                    && !"近约共逾超".unicodeScalars.contains(text[cursor + 1])
        {
            return nil
        }
        // "两个亿", "三个万": 个 between a number and its multiplier; but "2个万千瓦级电站" counts
        // stations of a size.
        if cursor + 1 < text.count, text[cursor] == "个", let place = NumeralTables.place(text[cursor + 1]), place >= 4,
            !Self.namesAClass(text, at: cursor + 2)
        {
            value = value.shifted(by: place)
            cursor += 2
        }
        // "一个半小时", "两个半月": a half after the measure word 个.
        var half = false
        var unitAfterHalf: FigureGrammar.Unit?
        if cursor + 2 < text.count, FigureGrammar.simplified(text[cursor]) == "个",
            text[cursor + 1] == "半" || FigureGrammar.infixQualifiers[text[cursor + 1]] == .over
        {
            // "两个半月", "3个多月": 个 then a half or 多, then the unit (月 alone means months here).
            unitAfterHalf = text[cursor + 2] == "月" ? FigureGrammar.month : Self.unit(in: text, at: cursor + 2)
            if unitAfterHalf != nil {
                if text[cursor + 1] == "半" { half = true } else { qualifier = qualifier ?? .over }
                cursor += 2
            }
        }
        // "3 个": one blank may stand between a number and its unit.
        if unitAfterHalf == nil, cursor + 1 < text.count, text[cursor] == " ",
            let spaced = Self.unit(in: text, at: cursor + 1),
            !TextCleaner.isASCIILetter(text[cursor + 1]) || spaced.kind == .money
                || Self.letterUnit(in: text, after: cursor) != nil
        {
            cursor += 1
        }
        var unit: FigureGrammar.Unit
        if var spoken = Self.unit(in: text, at: cursor), spoken.normalized == "块",
            currencySign != nil || !value.isInteger || Self.isSpokenYuan(text, unitEnd: cursor + spoken.length)
        {
            // "三块五", "花了三块", "RMB两块九毛九", "3.04块": 块 is yuan (no piece is cut in hundredths).
            spoken.normalized = "元"
            spoken.kind = .money
            unit = spoken
        } else if let currencySign, unitAfterHalf == nil, Self.unit(in: text, at: cursor)?.kind != .money {
            // "$20", "￥300": the sign before the amount names the currency.
            unit = FigureGrammar.Unit(surface: [], normalized: currencySign.currency, kind: .money)
        } else if let found = unitAfterHalf ?? Self.unit(in: text, at: cursor) {
            unit = found
        } else if cursor < text.count, let sign = FigureGrammar.signsWrittenAfter[text[cursor]],
            cursor + 1 >= text.count
                || !TextCleaner.isASCIILetter(text[cursor + 1]) && NumeralReader.digit(text[cursor + 1]) == nil
        {
            // "1.5亿＄", "16650$": a sign after the amount names its currency too.
            unit = FigureGrammar.Unit(surface: [text[cursor]], normalized: sign, kind: .money)
        } else if Self.isDime(text, at: cursor, arabic: !token.isChinese) {
            // "2角", "九角九分": 角 is a tenth of a yuan before coins or after Arabic digits.
            unit = FigureGrammar.dime
        } else if !token.isChinese, cursor < text.count, text[cursor] == "两" || text[cursor] == "兩" {
            // "9两": after Arabic digits 两 is the weight liang (after 三 it would count: "三两天").
            unit = FigureGrammar.liang
        } else if Self.isDaysSpan(text, at: cursor, token: token) {
            // "15日内", "2、3日內": 日 before 内, not after a month, counts days.
            unit = FigureGrammar.Unit(surface: ["日"], normalized: "天", kind: .duration)
        } else if Self.isIndexPoint(text, at: cursor, token: token) {
            // "收报3312.50点", "上涨64点": points of an index, where no time of day can be.
            unit = FigureGrammar.indexPoint
        } else if let size = dimension(after: cursor, in: text) {
            // "69.1×151.7×7.9mm": each side of a size takes the unit written after the last.
            unit = size
            unit.length = 0
        } else if !token.isDigitSequence, let shared = sharedUnit(after: cursor, of: token, in: text) {
            // "26.3亿、88.9亿元": the amounts of a list take the unit written after the last.
            unit = shared
            unit.length = 0
        } else if cursor >= text.count || !TextCleaner.isCJK(text[cursor]),
            let named = Self.currencyNamedBefore(text, start: sign ?? token.start)
        {
            // "港幣3.14", "人民币500": a currency named right before an amount with no unit after it.
            unit = FigureGrammar.Unit(surface: [], normalized: named, kind: .money)
        } else {
            return bareNumber(token, value: value, valueMax: valueMax, qualifier: qualifier, end: cursor, in: text)
        }
        // "2000多年" is a time; "2000年" a year.
        let vagueTail = cursor > token.end && FigureGrammar.infixQualifiers[text[token.end]] != nil
        if !vagueTail, isDateOrYear(token, unit: unit, in: text, unitEnd: cursor + unit.length) { return nil }
        if Self.isTimesDegree(unit, token: token, in: text) {
            // "六度获奖", "两度夺冠": 度 after a small Chinese numeral, with no word of electricity,
            // temperature or angle before it, counts times.
            unit = FigureGrammar.Unit(surface: ["度"], normalized: "次", kind: .count)
        }
        cursor += unit.length
        // "两种型号-43 英寸": a hyphen after a word, before a size or a count that cannot be below
        // zero, is a dash ("气温-5℃", "利润-1.2亿元" keep their sign).
        if let minus = sign, valueMax == nil, minus > 0, TextCleaner.isCJK(text[minus - 1]) || text[minus - 1] == " ",
            "-－".unicodeScalars.contains(text[minus]),
            FigureGrammar.unsignedKinds.contains(unit.kind)
        {
            sign = nil
            value = value.negated()
        }
        // "一米八", "三米九": a last digit after the spoken 米 counts tenths.
        if valueMax == nil, !half, let tenth = Self.spokenTenth(in: text, after: cursor, unit: unit) {
            value = value + tenth
            cursor += 1
        }
        // "三斤半", "一年半": a half after the unit.
        if !half, cursor < text.count, text[cursor] == "半", FigureGrammar.halfUnits.contains(unit.normalized) {
            half = true
            cursor += 1
        }
        if half {
            // The half joins the end it is written after: "零下11度半" is −11.5, "三到五岁半" 3 to 5.5.
            let addHalf = { (number: ExactDecimal) in
                number.isNegative
                    ? (number.negated() + ExactDecimal(integer: [], fraction: [5])).negated()
                    : number + ExactDecimal(integer: [], fraction: [5])
            }
            if let high = valueMax { valueMax = addHalf(high) } else { value = addHalf(value) }
        }
        if unit.kind == .money, valueMax == nil {
            // "五元三毛", "三块五", "两毛五", "两美元又三美分": the coins are added to the amount.
            let scale = unit.scale
            value = value.shifted(by: scale)
            unit.scale = 0
            if let change = smallChange(in: text, at: cursor, unit: unit, scale: scale) {
                value = value + change.amount
                cursor = change.end
            }
            // "9000元日币", "港币两千九百六十元": a currency named next to 元 is the currency.
            if unit.normalized == "元",
                let named = Self.namedCurrency(
                    in: text, after: cursor, before: currencySign?.start ?? sign ?? token.start)
            {
                unit.normalized = named.currency
                cursor = named.end
            }
        }
        if unit.kind == .length, let speed = Self.speed(in: text, after: cursor, before: sign ?? token.start) {
            // "3公里每小时", "时速350公里": a length in a time is a speed.
            unit.normalized += "/" + speed.divisor
            unit.kind = .speed
            cursor = speed.end
        }
        // "二套房", "二类地区", "二批次": a lone 二 before these counters is an ordinal; two of them is 两.
        if token.end - token.start == 1, text[token.start] == "二",
            FigureGrammar.ordinalAfterTwo.contains(unit.normalized), valueMax == nil
        {
            return nil
        }
        // "六里桥", "五台山": a number and a unit before a word of place name the place.
        if cursor < text.count,
            FigureGrammar.placeNameEnds[String(scalars: unit.surface[...])]?.contains(text[cursor]) == true
        {
            return nil
        }
        // "2.3本项目": 本 before such a word is "this", not a counter of books.
        if unit.normalized == "本",
            FigureGrammar.thisWords.contains(where: { ScalarMatch.matches($0, in: text, at: cursor) })
        {
            return nil
        }
        // "2.2本计划……": a decimal opening a line or sentence before a measure word numbers a clause.
        if unit.kind == .count, token.hasFraction, !token.hasMultiplier, sign == nil,
            token.start == 0 || "\n 。；;".unicodeScalars.contains(text[token.start - 1])
        {
            return nil
        }
        // A financial digit alone after a Chinese character ends a word ("海陆", "队伍"), unless it is money.
        if token.end - token.start == 1, NumeralTables.financialDigits.contains(text[token.start]), unit.kind != .money,
            token.start > 0, TextCleaner.isCJK(text[token.start - 1])
        {
            return nil
        }
        // 一 before a measure word is an article ("一批", "一个"); before a unit of measure it counts ("近一吨"),
        // and so does a counter of things that ends its clause after the thing counted ("越野车一辆。";
        // but "雪白一片。", "在一起。" are words).
        if token.isLoneOne, unit.kind == .count, !half, !options.includeBareNumbers, valueMax == nil,
            !(Self.endsClause(text, at: cursor) && FigureGrammar.inventoryCounters.contains(unit.normalized))
        {
            return nil
        }
        // "下一年度", "每一年", "同一天": 一 after these words picks a period, it measures none.
        if token.isLoneOne, !half, token.start > 0,
            FigureGrammar.loneOneDeterminers.contains(text[token.start - 1])
                || (cursor < text.count && text[cursor] == "度")
        {
            return nil
        }
        // "1500元至2500元": a range with the unit written on both ends.
        if valueMax == nil, qualifier == nil, let range = readRange(text, at: cursor, low: token, signedLow: value),
            let repeated = Self.unit(in: text, at: range.end), repeated.normalized == unit.normalized
        {
            value = range.low
            valueMax = range.high
            cursor = range.end + repeated.length
        } else if valueMax == nil, qualifier == nil, unit.normalized == "元",
            let range = readRange(text, at: cursor, low: token, signedLow: value),
            let repeated = Self.unit(in: text, at: range.end), repeated.normalized == "块"
        {
            // "五块六到五块七毛八": spoken yuan on both ends, each with its coins.
            let change = smallChange(in: text, at: range.end + repeated.length, unit: repeated, scale: 0)
            valueMax = range.high + (change?.amount ?? ExactDecimal(0))
            cursor = change?.end ?? range.end + repeated.length
        }
        if unit.kind == .money, cursor + 1 < text.count, text[cursor] == "一",
            let each = Self.unit(in: text, at: cursor + 1),
            each.kind != .money, each.scale == 0,
            FigureGrammar.measureKinds.contains(each.kind) || Self.endsClause(text, at: cursor + 1 + each.length)
        {
            // "3块一斤" is a price per 斤; "2块一个" the price of one: the 一 counts nothing of its own.
            if FigureGrammar.measureKinds.contains(each.kind) { unit.normalized += "/" + each.normalized }
            cursor += 1 + each.length
        } else if let per = perUnit(in: text, at: cursor, of: unit) {
            unit.normalized += "/" + per.normalized
            cursor = per.end
        } else if unit.kind != .speed,
            let per = perUnitBefore(text, start: currencySign?.start ?? sign ?? token.start, of: unit)
        {
            unit.normalized += "/" + per
            if unit.kind == .length { unit.kind = .speed }
        }
        if qualifier == nil, cursor < text.count, let infix = FigureGrammar.infixQualifiers[text[cursor]],
            infix == .over,
            unit.kind == .duration || unit.kind == .count, !(cursor + 1 < text.count && text[cursor + 1] == "于")
        {
            qualifier = infix
            cursor += 1
        }
        if qualifier == nil, let suffix = Self.qualifierWord(FigureGrammar.suffixQualifiers, in: text, at: cursor) {
            qualifier = suffix.qualifier
            cursor += suffix.surface.count
        } else if qualifier == nil, unit.kind == .duration, cursor < text.count,
            text[cursor] == "内" || text[cursor] == "內"
        {
            // "10年内", "5个工作日内": within the time.
            qualifier = .atMost
            cursor += 1
        }
        var start = currencySign?.start ?? sign ?? token.start
        // "约摄氏15度": the scale written before a temperature is part of it, and a qualifier may precede it.
        if unit.kind == .temperature,
            let scale = FigureGrammar.temperatureScales.first(where: {
                ScalarMatch.matches($0, in: text, at: start - $0.count)
            })
        {
            start -= scale.count
        }
        if let prefix = prefixQualifier(in: text, before: start) {
            if qualifier == nil { qualifier = prefix.qualifier }
            start -= prefix.surface.count
        } else if start == token.start, start > 0, "上过破".unicodeScalars.contains(text[start - 1]),
            NumeralTables.place(text[start]) != nil
        {
            // "上千元", "上亿人", "过亿元", "票房破亿": these before a place word alone say more than one of it.
            if qualifier == nil { qualifier = .over }
            start -= 1
        }
        let figure = Figure(
            text: "", value: value.shifted(by: unit.scale).description, valueMax: valueMax?.description,
            unit: unit.normalized, kind: unit.kind, qualifier: qualifier)
        return Candidate(figure: figure, start: start, end: cursor, numberStart: token.start)
    }

    /// A number without a unit (only when bare numbers are asked for). `value` already carries
    /// its sign and any multiplier read after a qualifier ("五百余万").
    private func bareNumber(
        _ token: NumeralReader.Token, value: ExactDecimal, valueMax: ExactDecimal?, qualifier: Qualifier?, end: Int,
        in text: [Unicode.Scalar]
    ) -> Candidate? {
        // A leading zero marks a code ("023"); a lone 一 is an article ("统一", "一切") unless quoted
        // or signed ("负一"); a single Chinese digit inside a word is part of it ("两地", "三农").
        let quoted =
            token.start > 0 && end < text.count && FigureGrammar.closingQuote(text[token.start - 1]) == text[end]
        guard options.includeBareNumbers,
            !token.isLoneOne || quoted || Self.minusSign(in: text, before: token.start) != nil,
            token.isChinese || token.integerDigits < 2 || NumeralReader.digit(text[token.start]) != 0
        else { return nil }
        if token.isChinese, end - token.start == 1, end < text.count, TextCleaner.isCJK(text[end]),
            !ScalarMatch.matches(["分", "之"], in: text, at: end), Self.minusSign(in: text, before: token.start) == nil
        {
            return nil
        }
        if end - token.start == 1, NumeralTables.financialDigits.contains(text[token.start]) { return nil }
        // "廿二日", "截至20日": a day of the month, which the dates report.
        if end < text.count, text[end] == "日" || text[end] == "号", token.value.isInteger,
            let day = token.value.integerValue,
            (1...31).contains(day)
        {
            return nil
        }
        // "2 1/4": the whole part of a fraction is read with the fraction.
        if end + 2 < text.count, text[end] == " ", NumeralReader.digit(text[end + 1]) != nil {
            var index = end + 1
            while index < text.count, NumeralReader.digit(text[index]) != nil { index += 1 }
            if index < text.count, text[index] == "/" || text[index] == "／" { return nil }
        }
        let start = Self.minusSign(in: text, before: token.start) ?? token.start
        let figure = Figure(
            text: "", value: value.description, valueMax: valueMax?.description, unit: "", kind: .number,
            qualifier: qualifier)
        return Candidate(figure: figure, start: start, end: end, numberStart: token.start)
    }

    /// Fills in text and offsets, and the change that governs the figure.
    private func finish(_ candidate: Candidate, text: [Unicode.Scalar], paragraph: Int, previous: Figure?) -> Figure {
        var figure = candidate.figure
        figure.text = String(scalars: text[candidate.start..<candidate.end])
        figure.paragraph = paragraph
        figure.start = candidate.start
        figure.end = candidate.end
        if let governed = changeGoverning(text, before: candidate.start)
            ?? Self.changeNounAfter(text, at: candidate.end)
        {
            figure.change = governed.change
            figure.comparison = governed.comparison
        } else if let previous, previous.change != nil, previous.end <= candidate.start,
            Self.isListSeparator(text[previous.end..<candidate.start])
        {
            figure.change = previous.change
            figure.comparison = previous.comparison
        }
        if let previous, previous.end <= candidate.start, Self.isListSeparator(text[previous.end..<candidate.start]) {
            // "每千瓦时0.375元、0.355元": the items of a list share the rate of the first.
            if previous.unit.hasPrefix(figure.unit + "/"), previous.kind == figure.kind { figure.unit = previous.unit }
            // "分别约为92.96亿元、88.3亿元": an approximation word before the first item covers the list.
            if figure.qualifier == nil, previous.qualifier == .approx, Self.startsWithApproximation(previous.text) {
                figure.qualifier = .approx
            }
        }
        return figure
    }
}
