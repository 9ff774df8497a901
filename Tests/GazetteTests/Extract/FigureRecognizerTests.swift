import Foundation
import Testing

@testable import Gazette

@Suite struct FigureRecognizerTests {
    /// The parts of a figure a case states; offsets are checked separately.
    struct Expected: Sendable, Equatable, CustomStringConvertible {
        var text: String
        var value: String
        var valueMax: String? = nil
        var unit: String
        var kind: FigureKind
        var qualifier: Qualifier? = nil
        var change: Change? = nil
        var comparison: Comparison? = nil

        init(
            _ text: String, _ value: String, _ unit: String, _ kind: FigureKind, max valueMax: String? = nil,
            _ qualifier: Qualifier? = nil, change: Change? = nil, comparison: Comparison? = nil
        ) {
            self.text = text
            self.value = value
            self.valueMax = valueMax
            self.unit = unit
            self.kind = kind
            self.qualifier = qualifier
            self.change = change
            self.comparison = comparison
        }

        init(_ figure: Figure) {
            self.init(
                figure.text, figure.value, figure.unit, figure.kind, max: figure.valueMax, figure.qualifier,
                change: figure.change, comparison: figure.comparison)
        }

        var description: String {
            "\(text)→\(value)\(valueMax.map { "…\($0)" } ?? "") \(unit) \(kind)"
                + [qualifier?.rawValue, change?.rawValue, comparison?.rawValue].compactMap { $0 }.map { " " + $0 }
                .joined()
        }
    }

    struct FigureCase: Sendable, CustomTestStringConvertible {
        var sentence: String
        var expected: [Expected]
        init(_ sentence: String, _ expected: Expected...) {
            self.sentence = sentence
            self.expected = expected
        }
        var testDescription: String { sentence }
    }

    static let cases: [FigureCase] = [
        // Multipliers and grouping
        FigureCase("全区汽车保有量达到1.29万辆", Expected("1.29万辆", "12900", "辆", .count)),
        FigureCase("今年投入资金1460万元", Expected("1460万元", "14600000", "元", .money)),
        FigureCase("安排补助资金1,234.5万元", Expected("1,234.5万元", "12345000", "元", .money)),
        FigureCase("区级财政安排资金2.8亿元", Expected("2.8亿元", "280000000", "元", .money)),
        FigureCase("撬动社会投资1千万元", Expected("1千万元", "10000000", "元", .money)),
        FigureCase("新增就业3万4000人", Expected("3万4000人", "34000", "人", .count)),
        FigureCase("改造面积1.5万平方米", Expected("1.5万平方米", "15000", "平方米", .area)),
        FigureCase("年发电量30万千瓦时", Expected("30万千瓦时", "300000", "千瓦时", .energy)),
        // Chinese numerals
        FigureCase("全年服务群众一千二百三十四人", Expected("一千二百三十四人", "1234", "人", .count)),
        FigureCase("建成两个社区食堂", Expected("两个", "2", "个", .count)),
        FigureCase("新建幼儿园一千零五个学位", Expected("一千零五个", "1005", "个", .count)),
        FigureCase("奖励壹佰元", Expected("壹佰元", "100", "元", .money)),
        // Percentages
        FigureCase("绿化覆盖率为33.8%", Expected("33.8%", "33.8", "%", .percent)),
        FigureCase("达标率达到４５．６％", Expected("４５．６％", "45.6", "%", .percent)),
        FigureCase("节能率达到百分之三十", Expected("百分之三十", "30", "%", .percent)),
        FigureCase("优良天数比例提高5个百分点", Expected("5个百分点", "5", "pp", .percent, change: .increase)),
        FigureCase("空置率降低了2.3个百分点", Expected("2.3个百分点", "2.3", "pp", .percent, change: .decrease)),
        // Qualifiers
        FigureCase("每天清运垃圾约60吨", Expected("约60吨", "60", "吨", .weight, .approx)),
        FigureCase("群众满意度保持在90%以上", Expected("90%以上", "90", "%", .percent, .atLeast)),
        FigureCase("更换老化管道500余节", Expected("500余节", "500", "节", .count, .over)),
        FigureCase("新建充电站120多个", Expected("120多个", "120", "个", .count, .over)),
        FigureCase("办件满意率超98.5%", Expected("超98.5%", "98.5", "%", .percent, .over)),
        FigureCase("新建停车位3500个以上", Expected("3500个以上", "3500", "个", .count, .atLeast)),
        FigureCase("施工周期控制在6个月以内", Expected("6个月以内", "6", "月", .duration, .atMost)),
        FigureCase("引导社会资本投入不低于6000万元", Expected("不低于6000万元", "60000000", "元", .money, .atLeast)),
        FigureCase("加装电梯不少于120部", Expected("不少于120部", "120", "部", .count, .atLeast)),
        FigureCase("争取补助资金约1.5亿元", Expected("约1.5亿元", "150000000", "元", .money, .approx)),
        FigureCase(
            "近3年累计投入2.8亿元",
            Expected("近3年", "3", "年", .duration, .under), Expected("2.8亿元", "280000000", "元", .money)),
        FigureCase("最近5年持续投入", Expected("5年", "5", "年", .duration)),
        // Changes
        FigureCase(
            "事故起数和火灾起数分别下降33.8%、10.7%",
            Expected("33.8%", "33.8", "%", .percent, change: .decrease),
            Expected("10.7%", "10.7", "%", .percent, change: .decrease)),
        FigureCase(
            "地区生产总值同比增长12.5%", Expected("12.5%", "12.5", "%", .percent, change: .increase, comparison: .yearOnYear)),
        FigureCase(
            "同比增长12.5%，环比下降3.1%",
            Expected("12.5%", "12.5", "%", .percent, change: .increase, comparison: .yearOnYear),
            Expected("3.1%", "3.1", "%", .percent, change: .decrease, comparison: .periodOnPeriod)),
        FigureCase("网上办理率提升至91%", Expected("91%", "91", "%", .percent)),
        FigureCase("发生率下降到5%", Expected("5%", "5", "%", .percent)),
        FigureCase("接待游客增长1.5倍", Expected("1.5倍", "1.5", "倍", .ratio, change: .increase)),
        // Ranges and compound units
        FigureCase("项目建设周期为3至5年", Expected("3至5年", "3", "年", .duration, max: "5")),
        FigureCase("每户补贴10万—20万元", Expected("10万—20万元", "100000", "元", .money, max: "200000")),
        FigureCase("单户奖励3-5万元", Expected("3-5万元", "30000", "元", .money, max: "50000")),
        FigureCase("商品房均价8000元/平方米", Expected("8000元/平方米", "8000", "元/平方米", .money)),
        // Durations, lengths, areas
        FigureCase("步行15分钟即可到达", Expected("15分钟", "15", "分钟", .duration)),
        FigureCase("用3年时间完成改造", Expected("3年", "3", "年", .duration)),
        FigureCase("建成绿道3.5公里", Expected("3.5公里", "3.5", "公里", .length)),
        FigureCase("新增绿地12公顷", Expected("12公顷", "12", "公顷", .area)),
        // Ranks
        FigureCase("在全市考核中位列第3名", Expected("第3名", "3", "", .rank)),
        FigureCase("营商环境评价位居全市第一", Expected("第一", "1", "", .rank)),
        FigureCase("综合排名进入全省前十", Expected("前十", "10", "", .rank)),
        // Several figures in one sentence
        FigureCase(
            "改造老旧小区86个，涉及居民1.12万户、建筑面积约97万平方米",
            Expected("86个", "86", "个", .count), Expected("1.12万户", "11200", "户", .count),
            Expected("约97万平方米", "970000", "平方米", .area, .approx)),
        // Not figures
        FigureCase("2024年全面完成改造任务"),
        FigureCase("深入学习贯彻党的二十大精神"),
        FigureCase("区十三届人大常委会召开会议"),
        FigureCase("召开第二次全体会议"),
        FigureCase("全面推行“一房一码”管理模式"),
        FigureCase("构建“1+4+N”服务体系"),
        FigureCase("建立136N工作机制"),
        FigureCase("建成一批示范项目"),
        FigureCase("出台一系列支持政策"),
        FigureCase("根据区府发〔2025〕12号文件要求"),
        FigureCase("于5月6日前完成整改"),
        FigureCase("每天上午9:30开门办公"),
        FigureCase("一体化推进，十分重要"),
        FigureCase("第一书记驻村开展工作"),
        // Ordinals that enumerate: points of a text, and a list of ordinals.
        FigureCase("第一，加强组织领导。第二，强化资金保障。"),
        FigureCase("第二、三产业发展较快"),
        FigureCase("二〇二四年工作总结"),
        FigureCase("建设5G基站"),
        FigureCase("共计300"),
    ]

    @Test(arguments: cases)
    func recognizesFigures(_ example: FigureCase) {
        let found = FigureRecognizer().figures(in: example.sentence).map(Expected.init)
        #expect(found == example.expected)
    }

    @Test(arguments: cases)
    func figureTextIsTheParagraphSliceAtItsOffsets(_ example: FigureCase) {
        let scalars = Array(example.sentence.unicodeScalars)
        for figure in FigureRecognizer().figures(in: example.sentence) {
            #expect(figure.start >= 0 && figure.start < figure.end && figure.end <= scalars.count)
            guard figure.start >= 0, figure.start <= figure.end, figure.end <= scalars.count else { continue }
            #expect(String(String.UnicodeScalarView(scalars[figure.start..<figure.end])) == figure.text)
        }
    }

    @Test(arguments: ["吸引数十家企业入驻", "储备几十个项目"])
    func vagueTensAreNotAnExactTen(_ sentence: String) {
        // 数十 / 几十 mean "some tens": an exact value of 10 with no qualifier is wrong.
        let figures = FigureRecognizer().figures(in: sentence)
        #expect(figures.allSatisfy { $0.qualifier != nil })
    }

    @Test func twoAdjacentChineseDigitsBeforeTenAreARange() {
        // 二三十个: twenty to thirty.
        let figure = FigureRecognizer().figures(in: "新建二三十个便民点").first
        #expect(figure?.value == "20")
        #expect(figure?.valueMax == "30")
    }

    @Test func offsetsCountUnicodeScalarsNotUTF16OrBytes() throws {
        // "𠀀" is one scalar, two UTF-16 units and four UTF-8 bytes.
        let sentence = "𠀀𠀀村新建道路3.5公里"
        let figure = try #require(FigureRecognizer().figures(in: sentence).first)
        #expect(figure.start == 7)
        #expect(figure.end == 12)
    }

    @Test func paragraphIndexIsRecorded() {
        let figures = FigureRecognizer().figures(in: "新建学校3所，新增学位2000个。", index: 4)
        #expect(figures.map(\.paragraph) == [4, 4])
        #expect(figures.map(\.value) == ["3", "2000"])
    }

    @Test func bareNumbersOnlyWhenAsked() {
        #expect(FigureRecognizer().figures(in: "受理诉求共计300").isEmpty)
        let figures = FigureRecognizer(options: .init(includeBareNumbers: true)).figures(in: "受理诉求共计300")
        #expect(figures.map(\.kind) == [.number])
        #expect(figures.map(\.value) == ["300"])
    }

    @Test func everyValueIsAPlainDecimal() {
        for example in Self.cases {
            for figure in FigureRecognizer().figures(in: example.sentence) {
                let plainDecimal =
                    figure.value.range(of: #"^(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$"#, options: .regularExpression) != nil
                #expect(plainDecimal, "\(figure.text): \(figure.value)")
            }
        }
    }

    @Test func longParagraphIsScannedWithoutLosingFigures() {
        let sentence = String(repeating: "新建学校3所，", count: 2000)
        let figures = FigureRecognizer().figures(in: sentence)
        #expect(figures.count == 2000)
        #expect(figures.last?.start == 1999 * 7 + 4)
    }
}
