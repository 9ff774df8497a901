import Testing

@testable import Gazette

/// With `includeBareNumbers`, numbers without a unit come out as kind `number`; articles
/// and codes still do not, and figures with units keep them.
@Suite struct NumberModeTests {
    private let recognizer = FigureRecognizer(options: .init(includeBareNumbers: true))

    @Test(
        arguments: [
            ("今年累计受理一百二十三", "一百二十三", "123", nil),
            ("两地温差为负3.9", "负3.9", "-3.9", nil),
            ("预算总额1,050,000,000", "1,050,000,000", "1050000000", nil),
            ("受益群众五百余万", "五百余万", "5000000", Qualifier.over),
            ("总量达3.5万", "3.5万", "35000", nil),
            ("规模扩大到一千", "一千", "1000", nil),
            ("读数为零點77", "零點77", "0.77", nil),
            ("编号读作一七二零点一", "一七二零点一", "1720.1", nil),
            ("人数四十五六", "四十五六", "45", Qualifier.approx),
            ("读数1点1", "1点1", "1.1", nil),
            ("读数8点75", "8点75", "8.75", nil),
            ("结果为零。", "零", "0", nil),
            ("读数为负一", "负一", "-1", nil),
        ] as [(String, String, String, Qualifier?)])
    func bareNumbersAreNumbersWithoutUnit(sentence: String, text: String, value: String, qualifier: Qualifier?) throws {
        let figures = recognizer.figures(in: sentence)
        try #require(figures.count == 1, "\(figures.map(\.text))")
        let figure = figures[0]
        #expect(figure.text == text)
        #expect(figure.value == value)
        #expect(figure.kind == .number)
        #expect(figure.unit == "")
        #expect(figure.qualifier == qualifier)
        let scalars = Array(sentence.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[figure.start..<figure.end])) == text)
    }

    @Test(arguments: ["坚持统一领导", "一切从实际出发", "本地区号023", "拨打区号023咨询", "一点一滴做起", "廿二日，日出东方", "截至20日"])
    func loneOneAndLeadingZeroCodesAreNoNumbers(_ sentence: String) {
        #expect(recognizer.figures(in: sentence).isEmpty)
    }

    @Test func figuresWithUnitsKeepTheirUnits() {
        let figures = recognizer.figures(in: "新建学校3所，全年受理诉求300，投入资金1.2亿元")
        #expect(figures.map(\.value) == ["3", "300", "120000000"])
        #expect(figures.map(\.unit) == ["所", "", "元"])
        #expect(figures.map(\.kind) == [.count, .number, .money])
    }

    @Test func countOfOneIsAFigureOnlyInNumberMode() {
        // "一个" is an article by default, a count of one when bare numbers are asked for.
        #expect(FigureRecognizer().figures(in: "建成一个服务中心").isEmpty)
        let figures = recognizer.figures(in: "建成一个服务中心")
        #expect(figures.map(\.value) == ["1"])
        #expect(figures.map(\.unit) == ["个"])
        #expect(figures.map(\.kind) == [.count])
    }

    @Test(arguments: ["〔2025〕12号文件", "打造“1+4+N”体系", "建设5G基站", "召开第二次会议", "二〇二四年要点", "咨询电话023-63881234"])
    func numberModeStillSkipsCodesNamesAndOrdinals(_ sentence: String) {
        #expect(recognizer.figures(in: sentence).map(\.text) == [])
    }

    @Test(arguments: ["定于2025年3月18日召开", "请于5月6日前报送", "窗口上午9:30开门", "会议9点30开始", "实现零的突破"])
    func numberModeSkipsDatesAndTimes(_ sentence: String) {
        // Dates and times of day are no figures, with or without bare numbers: neither the
        // month and day nor the minutes come out as numbers.
        #expect(recognizer.figures(in: sentence).map(\.text) == [])
    }
}

/// Forms that only bare-number mode reads: scientific and spreadsheet notation, collective
/// words multiplied out, blanks inside Chinese numerals.
@Suite struct NumberModeNotationTests {
    private let recognizer = FigureRecognizer(options: .init(includeBareNumbers: true))

    @Test(
        arguments: [
            ("存储容量40k", "40000"),
            ("用户规模3M", "3000000"),
            ("浓度为1.5e3", "1500"),
            ("全角写法２.５ｅ－１", "0.25"),
            ("乘方写作2^5", "32"),
            ("倒数2.5^-1", "0.4"),
            ("比例为3/4", "0.75"),
            ("共计2 1/4", "2.25"),
            ("系数为.5", "0.5"),
            // A collective measure word keeps the count as written: three pairs, not six gloves.
            ("买了三双", "3"),
            ("发放手套2000双", "2000"),
            // Past any machine integer (found by fuzzing: Fuzz/regressions/fuzz-figures).
            ("共9600000000000000000双", "9600000000000000000"),
            ("年过半百", "50"),
            ("共 七 万 五 千 人次", "75000"),
            ("两百点两", "200"),
        ] as [(String, String)])
    func readsTheNotation(sentence: String, value: String) throws {
        let figure = try #require(recognizer.figures(in: sentence).first)
        #expect(figure.value == value, "\(figure.text)")
        let scalars = Array(sentence.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[figure.start..<figure.end])) == figure.text)
    }

    @Test func webAddressesHoldNoFigures() {
        #expect(recognizer.figures(in: "详见 https://www.example.gov.cn/a/2025/0318/c123-45%2C67.html 页面").isEmpty)
    }

    @Test func defaultModeKeepsCollectivesAsCounts() throws {
        let figure = try #require(FigureRecognizer().figures(in: "发放劳保鞋三双").first)
        #expect(figure.value == "3")
        #expect(figure.unit == "双")
    }

    @Test func foldingIsNoDiscountButHalfPriceIs() {
        #expect(FigureRecognizer().figures(in: "把纸对折后裁开").isEmpty)
        #expect(FigureRecognizer().figures(in: "全场商品打对折").map(\.value) == ["50"])
        #expect(FigureRecognizer().figures(in: "商品一律十折").isEmpty)
    }
}
