import Testing

@testable import Gazette

/// Every form of figure the recognizer reads, one short invented sentence each: numerals
/// (Arabic, Chinese, mixed), shares, ranges, units and kinds, qualifiers, changes, and the
/// numbers that are no figures at all.
@Suite struct FigureFormsTests {
    /// What a case states about one figure; text and offsets are checked against the sentence.
    struct Want: Sendable, Equatable, CustomStringConvertible {
        var value: String
        var valueMax: String?
        var unit: String
        var kind: FigureKind
        var qualifier: Qualifier?
        var change: Change?
        var comparison: Comparison?

        init(
            _ value: String, _ unit: String, _ kind: FigureKind, max valueMax: String? = nil,
            _ qualifier: Qualifier? = nil,
            change: Change? = nil, comparison: Comparison? = nil
        ) {
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
                figure.value, figure.unit, figure.kind, max: figure.valueMax, figure.qualifier,
                change: figure.change, comparison: figure.comparison)
        }

        var description: String {
            "\(value)\(valueMax.map { "…\($0)" } ?? "") \(unit) \(kind)"
                + [qualifier?.rawValue, change?.rawValue, comparison?.rawValue].compactMap { $0 }.map { " " + $0 }
                .joined()
        }
    }

    struct FormCase: Sendable, CustomTestStringConvertible {
        var sentence: String
        var expected: [Want]
        init(_ sentence: String, _ expected: Want...) {
            self.sentence = sentence
            self.expected = expected
        }

        var testDescription: String { sentence }
    }

    static let arabic: [FormCase] = [
        FormCase("全年完成投资12.75亿元", Want("1275000000", "元", .money)),
        FormCase("拨付奖补资金1,234.5万元", Want("12345000", "元", .money)),
        FormCase("累计发放贷款2,560,000元", Want("2560000", "元", .money)),
        FormCase("群众满意率达４５．６％", Want("45.6", "%", .percent)),
        FormCase("完成投资１，２００万元", Want("12000000", "元", .money)),
        FormCase("出口额增长-2.3%", Want("-2.3", "%", .percent, change: .increase)),
        FormCase("净利润为负3.9亿元", Want("-390000000", "元", .money)),
        FormCase("带动就业3万4000人", Want("34000", "人", .count)),
        FormCase("年末存栏0.85万头", Want("8500", "头", .count)),
    ]

    static let chinese: [FormCase] = [
        FormCase("全年接待来访一千二百三十四人次", Want("1234", "人次", .count)),
        FormCase("今年城镇新增就业岗位两万个", Want("20000", "个", .count)),
        FormCase("奖励金额为壹佰贰拾元", Want("120", "元", .money)),
        FormCase("沿河植树七万六棵", Want("76000", "棵", .count)),
        FormCase("新购图书四百五册", Want("450", "册", .count)),
        FormCase("修缮房屋一千零五间", Want("1005", "间", .count)),
        FormCase("项目总投资四千零五万元", Want("40050000", "元", .money)),
        FormCase("年产值一亿二千万元", Want("120000000", "元", .money)),
        FormCase("社会消费品零售总额4.78万亿元", Want("4780000000000", "元", .money)),
        FormCase("资产规模五兆元", Want("5000000000000", "元", .money)),
        FormCase("昔日人口四万万人", Want("400000000", "人", .count)),
        FormCase("募集善款三点五万元", Want("35000", "元", .money)),
        FormCase("興建住宅兩萬套", Want("20000", "套", .count)),
        FormCase("投資兩億三千萬元", Want("230000000", "元", .money)),
    ]

    static let mixed: [FormCase] = [
        FormCase("新增绿化5万4千6百平方米", Want("54600", "平方米", .area)),
        FormCase("吸引社会投资1千万元", Want("10000000", "元", .money)),
        FormCase("公园迎客3.5万人次", Want("35000", "人次", .count)),
    ]

    static let shares: [FormCase] = [
        FormCase("污水收集率达百分之三十", Want("30", "%", .percent)),
        FormCase("适龄儿童入学率百分之百", Want("100", "%", .percent)),
        FormCase("抽检不合格率为千分之五", Want("0.5", "%", .percent)),
        FormCase("三成企业完成技改", Want("30", "%", .percent)),
        FormCase("四成二的农户参加保险", Want("42", "%", .percent)),
        FormCase("三成半的社区建成食堂", Want("35", "%", .percent)),
        FormCase("景区门票七折优惠", Want("70", "%", .percent)),
        FormCase("团体购票八五折", Want("85", "%", .percent)),
        FormCase("会员享受7.5折", Want("75", "%", .percent)),
        FormCase("就业率上升5个百分点", Want("5", "pp", .percent, change: .increase)),
        FormCase("客流量达到去年的1.5倍", Want("1.5", "倍", .ratio)),
        FormCase("三分之一的村完成改厕", Want("0.333333333333333", "", .ratio)),
        FormCase("三分之二的资金用于民生", Want("0.666666666666667", "", .ratio)),
        FormCase("四分之一的耕地实现滴灌", Want("0.25", "", .ratio)),
        FormCase("产量是原来的二又三分之一", Want("2.33333333333333", "", .ratio)),
    ]

    static let ranges: [FormCase] = [
        FormCase("整改期限为3至5年", Want("3", "年", .duration, max: "5")),
        FormCase("每村建设3-5个服务点", Want("3", "个", .count, max: "5")),
        FormCase("每个网格配备3～5个网格员", Want("3", "个", .count, max: "5")),
        FormCase("每户奖补10万—20万元", Want("100000", "元", .money, max: "200000")),
        FormCase("单个项目补助5至10万元", Want("50000", "元", .money, max: "100000")),
        FormCase("月租金1500元至2500元", Want("1500", "元", .money, max: "2500")),
        FormCase("新建二三十个口袋公园", Want("20", "个", .count, max: "30", .approx)),
    ]

    static let unitsAndKinds: [FormCase] = [
        FormCase("图书馆接待读者8.6万人次", Want("86000", "人次", .count)),
        FormCase(
            "新建公厕12座、停车场3处、充电桩450台",
            Want("12", "座", .count), Want("3", "处", .count), Want("450", "台", .count)),
        FormCase("改造危房36户，更新公交车15辆", Want("36", "户", .count), Want("15", "辆", .count)),
        FormCase("实现出口3.2亿美元", Want("320000000", "美元", .money)),
        FormCase("引进外资800万欧元", Want("8000000", "欧元", .money)),
        FormCase("保障房租金为每月12元/平方米", Want("12", "元/平方米", .money)),
        FormCase("辖区面积58平方公里", Want("58", "平方公里", .area)),
        FormCase("流转土地1200亩", Want("1200", "亩", .area)),
        FormCase("完成造林300公顷", Want("300", "公顷", .area)),
        FormCase("修建滨河步道800米", Want("800", "米", .length)),
        FormCase("新改建农村公路126公里", Want("126", "公里", .length)),
        FormCase("收储粮食3.5万吨", Want("35000", "吨", .weight)),
        FormCase("人均消费蔬菜20千克", Want("20", "公斤", .weight)),
        FormCase("回收废旧电池500公斤", Want("500", "公斤", .weight)),
        FormCase("水库蓄水1200万立方米", Want("12000000", "立方米", .volume)),
        FormCase("光伏年发电1.2亿千瓦时", Want("120000000", "千瓦时", .energy)),
        FormCase("全年节约50万度电", Want("500000", "千瓦时", .energy)),
        FormCase("全年用电量120万度", Want("1200000", "千瓦时", .energy)),
        FormCase("夜间气温零下5度", Want("-5", "℃", .temperature)),
        FormCase("分3年实施到位", Want("3", "年", .duration)),
        FormCase("步行15分钟可达公园", Want("15", "分钟", .duration)),
        FormCase("热线24小时有人值守", Want("24", "小时", .duration)),
        FormCase("试点期为6个月", Want("6", "月", .duration)),
        FormCase("车程缩至一个半小时", Want("1.5", "小时", .duration)),
        FormCase("建设周期一年半", Want("1.5", "年", .duration)),
        FormCase("在考核中获得第3名", Want("3", "", .rank)),
        FormCase("群众满意度居全市第一", Want("1", "", .rank)),
        FormCase("跻身全省前十", Want("10", "", .rank)),
    ]

    static let qualifiers: [FormCase] = [
        FormCase("每天接诉约200件", Want("200", "件", .count, .approx)),
        FormCase("惠及大约300户", Want("300", "户", .count, .approx)),
        FormCase("参训人员1000人左右", Want("1000", "人", .count, .approx)),
        FormCase("日处理垃圾50吨上下", Want("50", "吨", .weight, .approx)),
        FormCase("观众超1万人", Want("10000", "人", .count, .over)),
        FormCase("好评率超过80%", Want("80", "%", .percent, .over)),
        FormCase("入驻企业逾300家", Want("300", "家", .count, .over)),
        FormCase("服务企业200余家", Want("200", "家", .count, .over)),
        FormCase("吸引游客3000多人", Want("3000", "人", .count, .over)),
        FormCase("服务百余家企业", Want("100", "家", .count, .over)),
        FormCase("签约12个项目", Want("12", "个", .count)),
        FormCase("工期持续3个多月", Want("3", "月", .duration, .over)),
        FormCase("交易额突破100亿元", Want("10000000000", "元", .money, .over)),
        FormCase("筹集资金一千多万元", Want("10000000", "元", .money, .over)),
        FormCase("组建十几个志愿小队", Want("10", "个", .count, .over)),
        FormCase("新增岗位3000人以上", Want("3000", "人", .count, .atLeast)),
        FormCase("培育龙头企业不少于50家", Want("50", "家", .count, .atLeast)),
        FormCase("每村配备医生至少2名", Want("2", "名", .count, .atLeast)),
        FormCase("单车载重5吨以下", Want("5", "吨", .weight, .atMost)),
        FormCase("办结时限30天以内", Want("30", "天", .duration, .atMost)),
        FormCase("每人补贴不超过200元", Want("200", "元", .money, .atMost)),
        FormCase("每年抽查至多3次", Want("3", "次", .count, .atMost)),
        FormCase("剩余名额不足1000个", Want("1000", "个", .count, .under)),
        FormCase("空置率不到5%", Want("5", "%", .percent, .under)),
        FormCase("带动就业近2万人", Want("20000", "人", .count, .under)),
        FormCase("未满18周岁的不得报名", Want("18", "岁", .count, .under)),
    ]

    static let changes: [FormCase] = [
        FormCase("税收收入增长8%", Want("8", "%", .percent, change: .increase)),
        FormCase("固定资产投资增加1.2亿元", Want("120000000", "元", .money, change: .increase)),
        FormCase("劳动生产率提高15%", Want("15", "%", .percent, change: .increase)),
        FormCase("价格指数上升3.4个百分点", Want("3.4", "pp", .percent, change: .increase)),
        FormCase("单位能耗下降4.5%", Want("4.5", "%", .percent, change: .decrease)),
        FormCase("交通事故减少12起", Want("12", "起", .count, change: .decrease)),
        FormCase("物流成本降低20%", Want("20", "%", .percent, change: .decrease)),
        FormCase("会议经费削减30%", Want("30", "%", .percent, change: .decrease)),
        FormCase("进出口总额同比增长12%", Want("12", "%", .percent, change: .increase, comparison: .yearOnYear)),
        FormCase("用电负荷环比下降2.1%", Want("2.1", "%", .percent, change: .decrease, comparison: .periodOnPeriod)),
        FormCase(
            "工业和农业能耗分别下降6.2%、4.9%",
            Want("6.2", "%", .percent, change: .decrease), Want("4.9", "%", .percent, change: .decrease)),
        FormCase("网办率提升至91%", Want("91", "%", .percent)),
        FormCase("空置率降至12%", Want("12", "%", .percent)),
        FormCase("审批时限由60天缩短至15天", Want("60", "天", .duration), Want("15", "天", .duration)),
        FormCase("全年新增就业3.2万人", Want("32000", "人", .count)),
    ]

    static let notFigures: [FormCase] = [
        FormCase("2024年计划开工"),
        FormCase("会议定于2025年3月18日召开"),
        FormCase("请于5月6日前报送"),
        FormCase("二〇二四年工作要点"),
        FormCase("窗口9:30开始受理"),
        FormCase("按照〔2025〕12号文件执行"),
        FormCase("咨询电话023-63881234"),
        FormCase("认真学习党的二十大报告"),
        FormCase("贯彻十三届三中全会精神"),
        FormCase("召开第二次会议"),
        FormCase("推行“一房一码”制度"),
        FormCase("打造“1+4+N”体系"),
        FormCase("推广136N机制"),
        FormCase("新建5G基站"),
        FormCase("实施一批重点项目"),
        FormCase("出台一系列措施"),
        FormCase("统一规划建设"),
        FormCase("引进数十家企业"),
        FormCase("上线V2.0版系统"),
    ]

    static let all = arabic + chinese + mixed + shares + ranges + unitsAndKinds + qualifiers + changes + notFigures

    @Test(arguments: all)
    func readsEveryForm(_ example: FormCase) {
        let found = FigureRecognizer().figures(in: example.sentence).map(Want.init)
        #expect(found == example.expected)
    }

    @Test(arguments: all)
    func textIsTheSentenceSliceAtItsOffsets(_ example: FormCase) {
        let scalars = Array(example.sentence.unicodeScalars)
        for figure in FigureRecognizer().figures(in: example.sentence) {
            #expect(0 <= figure.start && figure.start < figure.end && figure.end <= scalars.count, "\(figure.text)")
            guard 0 <= figure.start, figure.start <= figure.end, figure.end <= scalars.count else { continue }
            #expect(String(String.UnicodeScalarView(scalars[figure.start..<figure.end])) == figure.text)
        }
    }

    @Test(
        arguments: [
            ("3个以上超过5个", false, 2),
            ("气温5度以下零下3度", false, 2),
            ("3个多于5个", false, 2),
            // 十 inside a word is no bare number; 零下3 keeps its 零.
            ("十零下3", true, 1),
            ("共十，零下3", true, 2),
        ] as [(String, Bool, Int)])
    func figuresNeverShareAScalar(sentence: String, includeBareNumbers: Bool, count: Int) {
        let figures = FigureRecognizer(options: .init(includeBareNumbers: includeBareNumbers)).figures(in: sentence)
        let ordered = zip(figures, figures.dropFirst()).allSatisfy { $0.end <= $1.start }
        #expect(ordered, "\(figures.map(\.text))")
        #expect(figures.count == count, "\(figures.map(\.text))")
    }

    @Test func tableCoversAboutEightyForms() {
        #expect(Self.all.count >= 80)
        #expect(Set(Self.all.map(\.sentence)).count == Self.all.count, "each sentence appears once")
    }
}
