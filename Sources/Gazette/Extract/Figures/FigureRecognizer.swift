/// Finds the figures of one paragraph in a single left-to-right pass.
///
/// A figure is a number with a unit (or a percentage, a rank), with the qualifier words
/// around it and the change verb that governs it. Numbers inside short quotes, titles and
/// brackets, years and dates, ordinals, code-like tokens ("1+4+N", "136N") and bare numbers
/// are not figures (bare numbers are reported as kind `number` only when asked).
/// Time is linear in the paragraph length.
public struct FigureRecognizer: Sendable {
    public struct Options: Sendable {
        /// Report numbers without a unit as kind `number`.
        public var includeBareNumbers = false

        public init(includeBareNumbers: Bool = false) {
            self.includeBareNumbers = includeBareNumbers
        }
    }

    public var options = Options()

    public init(options: Options = Options()) {
        self.options = options
    }

    /// The figures of `paragraph`; `index` is recorded as each figure's `paragraph`.
    public func figures(in paragraph: String, index: Int = 0) -> [Figure] {
        let text = Array(paragraph.unicodeScalars)
        let shielded = Self.shieldedRanges(in: text)
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
            if let percentFigure = readWordPercent(text, at: cursor) {
                figures.append(finish(percentFigure, text: text, paragraph: index, previous: figures.last))
                cursor = percentFigure.end
                continue
            }
            guard NumeralReader.startsNumber(scalar), !continuesWord(text, at: cursor),
                  let token = NumeralReader.read(text, at: cursor, stopBefore: { Self.unitStarts(text, at: $0) })
            else {
                cursor += 1
                continue
            }
            if let figure = figure(for: token, in: text) {
                figures.append(finish(figure, text: text, paragraph: index, previous: figures.last))
                cursor = max(figure.end, token.end)
            } else {
                cursor = max(token.end, cursor + 1)
            }
        }
        return figures
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
        if isCodeLike(token, in: text) { return nil }
        let before = token.start > 0 ? text[token.start - 1] : nil
        if before == "第" || before == "前" { return rank(token, in: text) }
        if token.isDigitSequence { return nil }
        // "数十家", "几十个", "十几个": some tens, no amount.
        if let before, FigureGrammar.vagueMarkers.contains(before) { return nil }
        if token.end < text.count, FigureGrammar.vagueMarkers.contains(text[token.end]) { return nil }

        var cursor = token.end
        var value = token.value
        let sign = Self.minusSign(in: text, before: token.start)
        if sign != nil { value = value.negated() }
        var qualifier: Qualifier? = token.approximateHigh == nil ? nil : .approx
        var valueMax: ExactDecimal? = token.approximateHigh

        if let infix = cursor < text.count ? FigureGrammar.infixQualifiers[text[cursor]] : nil, !Self.unitStarts(text, at: cursor) {
            qualifier = infix
            cursor += 1
            let (places, end) = NumeralReader.multipliers(text, at: cursor, stopBefore: { Self.unitStarts(text, at: $0) })
            value = value.shifted(by: places)
            cursor = end
        }
        if qualifier == nil, valueMax == nil, let range = readRange(text, at: cursor, low: token) {
            value = range.low
            valueMax = range.high
            cursor = range.end
        }
        if Self.matches(FigureGrammar.blockingSuffixes, in: text, at: cursor) { return nil }
        if valueMax == nil, let share = share(token, value: value, in: text, at: cursor) { return share }
        guard var unit = Self.unit(in: text, at: cursor) else {
            return bareNumber(token, in: text)
        }
        if isDateOrYear(token, unit: unit, in: text, unitEnd: cursor + unit.surface.count) { return nil }
        if token.isLoneOne, unit.kind != .ratio { return nil }
        cursor += unit.surface.count
        // "1500元至2500元": a range with the unit written on both ends.
        if valueMax == nil, qualifier == nil, let range = readRange(text, at: cursor, low: token),
           let repeated = Self.unit(in: text, at: range.end), repeated.normalized == unit.normalized {
            value = range.low
            valueMax = range.high
            cursor = range.end + repeated.surface.count
        }
        if unit.kind == .money, let per = perUnit(in: text, at: cursor) {
            unit.normalized += "/" + per.normalized
            cursor = per.end
        }
        if qualifier == nil, cursor < text.count, let infix = FigureGrammar.infixQualifiers[text[cursor]], infix == .over,
           unit.kind == .duration || unit.kind == .count {
            qualifier = infix
            cursor += 1
        }
        if qualifier == nil, let suffix = Self.qualifierWord(FigureGrammar.suffixQualifiers, in: text, at: cursor) {
            qualifier = suffix.qualifier
            cursor += suffix.surface.count
        }
        var start = sign ?? token.start
        if let prefix = prefixQualifier(in: text, before: start) {
            if qualifier == nil { qualifier = prefix.qualifier }
            start -= prefix.surface.count
        }
        let figure = Figure(
            text: "", value: value.shifted(by: unit.scale).description, valueMax: valueMax?.description,
            unit: unit.normalized, kind: unit.kind, qualifier: qualifier)
        return Candidate(figure: figure, start: start, end: cursor, numberStart: token.start)
    }

    /// "第3名", "全市第一", "前十": a rank. Ordinals such as 第二次 and 第十三届 are not figures.
    private func rank(_ token: NumeralReader.Token, in text: [Unicode.Scalar]) -> Candidate? {
        guard token.value.isInteger, !token.hasFraction else { return nil }
        var end = token.end
        let next = end < text.count ? text[end] : nil
        if let next, FigureGrammar.rankSuffixes.contains(next) {
            end += 1
        } else if let next, FigureGrammar.ordinalCounters.contains(next) || Self.unit(in: text, at: end) != nil || !Self.isBoundary(next) {
            return nil
        }
        let figure = Figure(text: "", value: token.value.description, unit: "", kind: .rank)
        return Candidate(figure: figure, start: token.start - 1, end: end, numberStart: token.start)
    }

    /// "三成" → 30 %, "七成以上" → at least 70 %: tenths written with 成.
    private func share(_ token: NumeralReader.Token, value: ExactDecimal, in text: [Unicode.Scalar], at index: Int) -> Candidate? {
        guard index < text.count, text[index] == "成", !token.hasMultiplier, value < ExactDecimal(10), !value.isZero else { return nil }
        if index + 1 < text.count, FigureGrammar.shareWordBlockers.contains(text[index + 1]) || (token.isLoneOne && text[index + 1] == "不") {
            return nil
        }
        var end = index + 1
        var qualifier: Qualifier?
        if let suffix = Self.qualifierWord(FigureGrammar.suffixQualifiers, in: text, at: end) {
            qualifier = suffix.qualifier
            end += suffix.surface.count
        }
        var start = token.start
        if let prefix = prefixQualifier(in: text, before: token.start) {
            qualifier = qualifier ?? prefix.qualifier
            start -= prefix.surface.count
        }
        let figure = Figure(text: "", value: value.shifted(by: 1).description, unit: "%", kind: .percent, qualifier: qualifier)
        return Candidate(figure: figure, start: start, end: end, numberStart: token.start)
    }

    private func bareNumber(_ token: NumeralReader.Token, in text: [Unicode.Scalar]) -> Candidate? {
        // A leading zero marks a code ("023"), not an amount.
        guard options.includeBareNumbers, token.isChinese || token.integerDigits < 2 || NumeralReader.digit(text[token.start]) != 0
        else { return nil }
        let sign = Self.minusSign(in: text, before: token.start)
        let value = sign == nil ? token.value : token.value.negated()
        let figure = Figure(text: "", value: value.description, unit: "", kind: .number)
        return Candidate(figure: figure, start: sign ?? token.start, end: token.end, numberStart: token.start)
    }

    /// "百分之三十", "千分之五": percentages written in words.
    private func readWordPercent(_ text: [Unicode.Scalar], at index: Int) -> Candidate? {
        guard index + 3 < text.count, text[index + 1] == "分", text[index + 2] == "之" else { return nil }
        let shift: Int
        switch text[index] {
        case "百": shift = 0
        case "千": shift = -1
        case "万": shift = -2
        default: return nil
        }
        guard let token = NumeralReader.read(text, at: index + 3, stopBefore: { _ in false }), !token.hasMultiplier || token.isChinese
        else { return nil }
        var end = token.end
        var qualifier: Qualifier?
        if let suffix = Self.qualifierWord(FigureGrammar.suffixQualifiers, in: text, at: end) {
            qualifier = suffix.qualifier
            end += suffix.surface.count
        }
        var start = index
        if let prefix = prefixQualifier(in: text, before: index) {
            qualifier = qualifier ?? prefix.qualifier
            start -= prefix.surface.count
        }
        let figure = Figure(text: "", value: token.value.shifted(by: shift).description, unit: "%", kind: .percent, qualifier: qualifier)
        return Candidate(figure: figure, start: start, end: end, numberStart: index)
    }

    /// Fills in text and offsets, and the change that governs the figure.
    private func finish(_ candidate: Candidate, text: [Unicode.Scalar], paragraph: Int, previous: Figure?) -> Figure {
        var figure = candidate.figure
        figure.text = String(String.UnicodeScalarView(text[candidate.start..<candidate.end]))
        figure.paragraph = paragraph
        figure.start = candidate.start
        figure.end = candidate.end
        if let governed = changeGoverning(text, before: candidate.start) {
            figure.change = governed.change
            figure.comparison = governed.comparison
        } else if let previous, previous.change != nil, previous.end <= candidate.start,
                  Self.isListSeparator(text[previous.end..<candidate.start]) {
            figure.change = previous.change
            figure.comparison = previous.comparison
        }
        return figure
    }
}
