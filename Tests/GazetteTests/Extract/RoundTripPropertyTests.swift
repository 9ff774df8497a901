import PropertyBased
import Testing

@testable import Gazette

/// Numbers written by `NumeralWriter` read back as the number written; exact decimals shift
/// losslessly; figure text is always the paragraph slice at its offsets.
@Suite struct RoundTripPropertyTests {
    /// Whole numbers from 2 to 10^12 with many zero digits, so that 零 and empty groups are common.
    /// (1 is left out: "一个" is an article, not a count.)
    static let wholeNumbers = Gen.int(in: -6...9).array(of: 1...13).map { digits -> Int in
        let n = digits.reduce(0) { $0 * 10 + max(0, $1) }
        return min(max(n, 2), 1_000_000_000_000)
    }

    private func expectCount(_ written: String, is value: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let figures = FigureRecognizer().figures(in: written + "个")
        #expect(figures.map(\.value) == [value], "\(written)个", sourceLocation: sourceLocation)
        #expect(figures.map(\.unit) == ["个"], "\(written)个", sourceLocation: sourceLocation)
        #expect(figures.map(\.text) == [written + "个"], sourceLocation: sourceLocation)
    }

    // MARK: The writer itself

    @Test(
        arguments: [
            (10, "十"), (15, "十五"), (110, "一百一十"), (1005, "一千零五"), (1050, "一千零五十"), (20_000, "二万"),
            (100_000, "十万"), (100_010, "十万零一十"), (1_010_000, "一百零一万"), (40_050_000, "四千零五万"),
            (100_000_005, "一亿零五"), (100_500_000, "一亿零五十万"), (200_001_000, "二亿零一千"),
            (1_000_000_000_000, "一万亿"), (1_234_567_890_123, "一万二千三百四十五亿六千七百八十九万零一百二十三"),
        ] as [(Int, String)])
    func writerFollowsTheStandardRules(n: Int, written: String) {
        #expect(NumeralWriter.chinese(n) == written)
    }

    @Test func writerCoversFinancialGroupedAndMixedForms() {
        #expect(NumeralWriter.chinese(12, numerals: NumeralWriter.financial) == "壹拾贰")
        #expect(NumeralWriter.chinese(10_305, numerals: NumeralWriter.financial) == "壹万零叁佰零伍")
        #expect(NumeralWriter.chinese(20_000, twoAsLiang: true) == "两万")
        #expect(NumeralWriter.grouped(1_234_567) == "1,234,567")
        #expect(NumeralWriter.grouped(999) == "999")
        #expect(NumeralWriter.mixed(35_000) == ["3.5万", "3万5000"])
        #expect(NumeralWriter.mixed(123_456) == ["12万3456"])
        #expect(NumeralWriter.mixed(120_000_000) == ["12000万", "1.2亿", "1亿2000万"])
        #expect(NumeralWriter.mixed(120_003_456) == ["12000万3456", "1亿2000万3456"])
        #expect(NumeralWriter.mixed(100_003_456) == ["10000万3456"])
        #expect(NumeralWriter.mixed(9_999) == [])
    }

    // MARK: Writing then reading

    @Test func arabicDigitsReadBack() async {
        await propertyCheck(count: 200, input: Self.wholeNumbers) { n in
            expectCount(NumeralWriter.arabic(n), is: String(n))
        }
    }

    @Test func groupedDigitsReadBack() async {
        await propertyCheck(count: 200, input: Self.wholeNumbers) { n in
            expectCount(NumeralWriter.grouped(n), is: String(n))
        }
    }

    @Test func chineseNumeralsReadBack() async {
        await propertyCheck(count: 300, input: Self.wholeNumbers, Gen.bool) { n, twoAsLiang in
            expectCount(NumeralWriter.chinese(n, twoAsLiang: twoAsLiang), is: String(n))
        }
    }

    @Test func financialNumeralsReadBack() async {
        await propertyCheck(count: 200, input: Self.wholeNumbers) { n in
            expectCount(NumeralWriter.chinese(n, numerals: NumeralWriter.financial), is: String(n))
        }
    }

    @Test func mixedFormsReadBack() async {
        // Round numbers give the 万/亿 forms more often.
        let roundish = zip(Self.wholeNumbers, Gen.int(in: 0...8)).map { n, zeros in
            max(2, min(n / NumeralWriter.power(zeros) * NumeralWriter.power(zeros), 1_000_000_000_000))
        }
        await propertyCheck(count: 300, input: roundish) { n in
            for spelling in NumeralWriter.mixed(n) {
                expectCount(spelling, is: String(n))
            }
        }
    }

    @Test func arabicDecimalsTimesWanOrYiReadBack() async {
        let decimals = zip(Gen.int(in: 0...99_999), Gen.int(in: 1...2), Gen.int(in: 0...99), Gen.bool, Gen.bool)
        await propertyCheck(count: 300, input: decimals) { whole, fractionDigits, rawFraction, isYi, grouping in
            let fraction = rawFraction % NumeralWriter.power(fractionDigits)
            let places = isYi ? 8 : 4
            let written = NumeralWriter.decimal(
                whole: whole, fraction: fraction, fractionDigits: fractionDigits, grouping: grouping)
            // Skip a zero amount ("0.0万"), which names nothing.
            guard whole > 0 || fraction > 0 else { return }
            let value =
                (whole * NumeralWriter.power(fractionDigits) + fraction) * NumeralWriter.power(places - fractionDigits)
            expectCount(written + (isYi ? "亿" : "万"), is: String(value))
        }
    }

    // MARK: Exact decimals

    static let decimals = zip(Gen.int(in: 0...9).array(of: 1...30), Gen.int(in: -30...30), Gen.bool).map {
        digits, exponent, negative in
        let value = ExactDecimal(digits: digits.map(UInt8.init), exponent: exponent)
        return negative ? value.negated() : value
    }

    @Test func shiftingThenUnshiftingIsTheIdentity() async {
        await propertyCheck(count: 300, input: Self.decimals, Gen.int(in: -40...40)) { value, places in
            #expect(value.shifted(by: places).shifted(by: -places) == value)
            #expect(value.shifted(by: places).shifted(by: -places).description == value.description)
        }
    }

    @Test func shiftsCompose() async {
        await propertyCheck(count: 200, input: Self.decimals, Gen.int(in: -20...20), Gen.int(in: -20...20)) {
            value, a, b in
            #expect(value.shifted(by: a).shifted(by: b) == value.shifted(by: a + b))
        }
    }

    // MARK: Offsets on random sentences

    /// Pieces of invented announcement text: numbers, units, qualifier and change words,
    /// punctuation and quotes, filler, and a scalar outside the BMP.
    static let fragments = [
        "3", "12", "0.5", "1,200", "４５", "2024", "023", "9", "一", "两", "十", "四百五", "三点五", "一千零五", "二三",
        "万", "亿", "千", "百", "个", "元", "%", "％", "年", "月", "日", "度", "度电", "平方米", "公里", "吨", "个百分点",
        "倍", "成", "折", "半", "人次", "名", "约", "超过", "不足", "近", "以上", "左右", "余", "多", "几", "来", "至", "-",
        "—", "～", "增长", "下降", "同比", "环比", "分别", "提升至", "新增", "第", "前", "零下", "气温", "负", "百分之",
        "分之", "又", "/", "，", "、", "。", "“", "”", "《", "》", "〔", "〕", ":", "+", "N", "G", "全市", "新建", "统一",
        "项目", " ", "k", "e", "𠀀", "\n",
    ]

    static let sentences = Gen.int(in: 0...(fragments.count - 1)).array(of: 1...40).map { picks in
        picks.map { fragments[$0] }.joined()
    }

    @Test(arguments: [false, true])
    func figureTextIsTheSliceAtItsOffsets(includeBareNumbers: Bool) async {
        let recognizer = FigureRecognizer(options: .init(includeBareNumbers: includeBareNumbers))
        await propertyCheck(count: 500, input: Self.sentences) { sentence in
            let scalars = Array(sentence.unicodeScalars)
            // Figures come in order; whether neighbours may share a scalar is
            // `FigureFormsTests.figuresNeverShareAScalar`.
            var previousStart = -1
            for figure in recognizer.figures(in: sentence, index: 7) {
                #expect(figure.paragraph == 7)
                #expect(
                    previousStart < figure.start && figure.start < figure.end && figure.end <= scalars.count,
                    "\(figure.text) at \(figure.start)..<\(figure.end) in \(sentence)")
                guard 0 <= figure.start, figure.start <= figure.end, figure.end <= scalars.count else { continue }
                #expect(String(String.UnicodeScalarView(scalars[figure.start..<figure.end])) == figure.text)
                previousStart = figure.start
            }
        }
    }
}
