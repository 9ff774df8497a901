import Testing

@testable import Gazette

/// The classes of figures real text is full of, each a rule or a table of the grammar: one
/// case a form, with the value, unit, kind, qualifier and change it must give.
@Suite struct FigureClassesTests {
    typealias Expected = FigureRecognizerTests.Expected
    typealias FigureCase = FigureRecognizerTests.FigureCase

    static let currencies: [FigureCase] = [
        FigureCase("公司完成融资3亿人民币", Expected("3亿人民币", "300000000", "元", .money)),
        FigureCase("每张门票售价4人民币", Expected("4人民币", "4", "元", .money)),
        FigureCase("单价为$20", Expected("$20", "20", "美元", .money)),
        FigureCase("会员价￥300", Expected("￥300", "300", "元", .money)),
        FigureCase("出口额US$5亿", Expected("US$5亿", "500000000", "美元", .money)),
        FigureCase("折合300美圆", Expected("300美圆", "300", "美元", .money)),
        FigureCase("收入20 USD", Expected("20 USD", "20", "美元", .money)),
        FigureCase("合同金额3.14港幣", Expected("3.14港幣", "3.14", "港元", .money)),
        FigureCase("共计9000元日币", Expected("9000元日币", "9000", "日元", .money)),
        FigureCase("每月25日元汇率调整后收费25日元", Expected("25日元", "25", "日元", .money)),
        FigureCase("港币两千九百六十元", Expected("两千九百六十元", "2960", "港元", .money)),
        FigureCase("票面壹仟玖佰圆整", Expected("壹仟玖佰圆整", "1900", "元", .money)),
        FigureCase("融资两个亿卢布", Expected("两个亿卢布", "200000000", "卢布", .money)),
    ]

    static let coins: [FigureCase] = [
        FigureCase("一支笔五元三毛", Expected("五元三毛", "5.3", "元", .money)),
        FigureCase("总价两美元又三美分", Expected("两美元又三美分", "2.03", "美元", .money)),
        FigureCase("开销123元1角1分", Expected("123元1角1分", "123.11", "元", .money)),
        FigureCase("每斤三块五", Expected("三块五", "3.5", "元/斤", .money)),
        FigureCase("售价三块五", Expected("三块五", "3.5", "元", .money)),
        FigureCase("只花了三块。", Expected("三块", "3", "元", .money)),
        FigureCase("把蛋糕切成三块。", Expected("三块", "3", "块", .count)),
        FigureCase("一根两毛五", Expected("两毛五", "0.25", "元", .money)),
        FigureCase("邮票30美分", Expected("30美分", "0.3", "美元", .money)),
        FigureCase("用时5元5分钟", Expected("5元", "5", "元", .money), Expected("5分钟", "5", "分钟", .duration)),
    ]

    static let collectives: [FigureCase] = [
        FigureCase("买了三双", Expected("三双", "3", "双", .count)),
        FigureCase("发放手套2000双", Expected("2000双", "2000", "双", .count)),
        FigureCase("结成帮扶对子12对", Expected("12对", "12", "对", .count)),
    ]

    static let zeroInside: [FigureCase] = [
        FigureCase("共1千零1人", Expected("1千零1人", "1001", "人", .count)),
        FigureCase("投资2千零30万元", Expected("2千零30万元", "20300000", "元", .money)),
        FigureCase("约千三百人", Expected("约千三百人", "1300", "人", .count, .approx)),
        FigureCase("走了千三米", Expected("千三米", "1300", "米", .length)),
        FigureCase("廿七个月", Expected("廿七个月", "27", "月", .duration)),
        FigureCase("五百卅四人", Expected("五百卅四人", "534", "人", .count)),
    ]

    static let smallShares: [FigureCase] = [
        FigureCase("含量为百万分之五", Expected("百万分之五", "0.0005", "%", .percent)),
        FigureCase("误差千万分之六", Expected("千万分之六", "0.00006", "%", .percent)),
        FigureCase("降至十万分之三", Expected("十万分之三", "0.003", "%", .percent)),
        FigureCase("负百分之六十", Expected("负百分之六十", "-60", "%", .percent)),
        FigureCase("成功率百分百", Expected("百分百", "100", "%", .percent)),
        FigureCase("占百分之三十到四十一", Expected("百分之三十到四十一", "30", "%", .percent, max: "41")),
    ]

    static let degrees: [FigureCase] = [
        FigureCase("华氏温度98.6度", Expected("98.6度", "98.6", "℉", .temperature)),
        FigureCase("道路坡度15度", Expected("15度", "15", "°", .angle)),
        FigureCase("镜头可旋转90°", Expected("90°", "90", "°", .angle)),
        FigureCase("形成45度角", Expected("45度", "45", "°", .angle)),
        FigureCase("全年用电300万度", Expected("300万度", "3000000", "千瓦时", .energy)),
        FigureCase("最低气温零下4到零下1℃", Expected("零下4到零下1℃", "-4", "℃", .temperature, max: "-1")),
        FigureCase("气温-5~-1℃", Expected("-5~-1℃", "-5", "℃", .temperature, max: "-1")),
        FigureCase("气温零下11度半", Expected("零下11度半", "-11.5", "℃", .temperature)),
    ]

    static let afterQian: [FigureCase] = [
        FigureCase("目前3家企业已投产", Expected("3家", "3", "家", .count)),
        FigureCase("当前5个项目在建", Expected("5个", "5", "个", .count)),
        FigureCase("提前3天完成", Expected("3天", "3", "天", .duration)),
        FigureCase("排名全省前十", Expected("前十", "10", "", .rank)),
        FigureCase("两国总理前两次会晤", Expected("两次", "2", "次", .count)),
        FigureCase("前四天，实习队参观了工厂", Expected("四天", "4", "天", .duration)),
        FigureCase("近百名记者出席", Expected("近百名", "100", "名", .count, .under)),
        FigureCase("逾千人参加", Expected("逾千人", "1000", "人", .count, .over)),
    ]

    static let noFigures: [String] = [
        "工作人员四处活动", "形式五花八门", "三次产业协调发展", "保持两位数的增长", "第一，加强组织领导",
        "三番五次上门", "严格落实中央八项规定精神", "增强“四个意识”，做到两个维护",
        "海峡两岸和大陆地区", "肿瘤二次复发", "搬走三座大山", "“十四五”规划实施以来", "十三五期间累计完成", "红十字会组织募捐", "在十字路口设置岗亭",
        "二套房贷款利率下调", "车辆经六里桥驶入", "游客登上五台山", "2024届毕业生", "途经三门峡市", "与头一年持平", "提出“两个确保”", "十三届人大常委会", "寻找另一半", "即公元前841年",
        "武警六支队参加植树", "5、6月份", "2019、2020年",
        // A day of a month before a word opening with 元 is no amount of yen.
        "于6月25日元朗区议会会议上", "三月十五日元宵灯会", "1月1日元旦假期",
    ]

    static let products: [FigureCase] = [
        FigureCase("配备6.2英寸屏幕", Expected("6.2英寸", "6.2", "英寸", .length)),
        FigureCase("支持15W快充", Expected("15W", "15", "瓦", .power)),
        FigureCase("内置5000mAh电池", Expected("5000mAh", "5000", "毫安时", .energy)),
        FigureCase("提供1TB存储", Expected("1TB", "1", "太字节", .data)),
        FigureCase("主摄1.08亿像素", Expected("1.08亿像素", "108000000", "像素", .count)),
        FigureCase("展出书画43幅", Expected("43幅", "43", "幅", .count)),
        FigureCase("客房789间", Expected("789间", "789", "间", .count)),
        FigureCase(
            "尺寸69.1×151.7×7.9mm", Expected("69.1", "69.1", "毫米", .length), Expected("151.7", "151.7", "毫米", .length),
            Expected("7.9mm", "7.9", "毫米", .length)),
        FigureCase(
            "机身153x74x8毫米", Expected("153", "153", "毫米", .length), Expected("74", "74", "毫米", .length),
            Expected("8毫米", "8", "毫米", .length)),
        FigureCase("容量1.5L", Expected("1.5L", "1.5", "升", .volume)),
        FigureCase(
            "尺寸153.1 × 74.4 × 8.65 毫米", Expected("153.1", "153.1", "毫米", .length),
            Expected("74.4", "74.4", "毫米", .length),
            Expected("8.65 毫米", "8.65", "毫米", .length)),
        FigureCase(
            "支持2.4 GHz/5 GHz频段", Expected("2.4 GHz", "2.4", "吉赫", .frequency), Expected("5 GHz", "5", "吉赫", .frequency)),
        FigureCase("内存4GB+128 GB", Expected("4GB", "4", "吉字节", .data), Expected("128 GB", "128", "吉字节", .data)),
        FigureCase("装有一块 4000 毫安时的电池", Expected("4000 毫安时", "4000", "毫安时", .energy)),
        FigureCase("海拔3千公尺以上", Expected("3千公尺以上", "3000", "米", .length, .atLeast)),
        FigureCase("即使四轮驱动车也会打滑"),
        FigureCase("时速350公里", Expected("350公里", "350", "公里/小时", .speed)),
        FigureCase("限速3公里每小时", Expected("3公里每小时", "3", "公里/小时", .speed)),
        FigureCase("耗时30分鐘", Expected("30分鐘", "30", "分钟", .duration)),
        FigureCase("用了半小时", Expected("半小时", "0.5", "小时", .duration)),
        FigureCase("上半年完成"),
    ]

    static let changes: [FigureCase] = [
        FigureCase("营收增幅为12%", Expected("12%", "12", "%", .percent, change: .increase)),
        FigureCase(
            "同比增长率高达61.6%", Expected("61.6%", "61.6", "%", .percent, change: .increase, comparison: .yearOnYear)),
        FigureCase("成本降幅达3.2%", Expected("3.2%", "3.2", "%", .percent, change: .decrease)),
        FigureCase("指数低开1.57%", Expected("1.57%", "1.57", "%", .percent, change: .decrease)),
        FigureCase(
            "同比升高0.6个百分点", Expected("0.6个百分点", "0.6", "pp", .percent, change: .increase, comparison: .yearOnYear)),
        FigureCase("占比提升至91%", Expected("91%", "91", "%", .percent)),
        FigureCase(
            "一季度16.2%的同比增长率", Expected("16.2%", "16.2", "%", .percent, change: .increase, comparison: .yearOnYear)),
        FigureCase("消费增长也达到14%多", Expected("14%多", "14", "%", .percent, .over, change: .increase)),
        FigureCase("增速较一季度加快0.7个百分点", Expected("0.7个百分点", "0.7", "pp", .percent, change: .increase)),
        FigureCase("投资增长率变成了22.8%", Expected("22.8%", "22.8", "%", .percent, change: .increase)),
        FigureCase("增速放缓1.2个百分点", Expected("1.2个百分点", "1.2", "pp", .percent, change: .decrease)),
        FigureCase("增速分别为42.1%", Expected("42.1%", "42.1", "%", .percent, change: .increase)),
        FigureCase("出货量10%的同比下降", Expected("10%", "10", "%", .percent, change: .decrease, comparison: .yearOnYear)),
        FigureCase("亩均增产25斤", Expected("25斤", "25", "斤", .weight, change: .increase)),
    ]

    static let qualifiers: [FigureCase] = [
        FigureCase("起码五英寸", Expected("起码五英寸", "5", "英寸", .length, .atLeast)),
        FigureCase("补助50万元（含）以上", Expected("50万元（含）以上", "500000", "元", .money, .atLeast)),
        FigureCase("大概有一百二十平方米", Expected("大概有一百二十平方米", "120", "平方米", .area, .approx)),
        FigureCase("三岁半以上", Expected("三岁半以上", "3.5", "岁", .count, .atLeast)),
        FigureCase("所得额低于100万元", Expected("低于100万元", "1000000", "元", .money, .under)),
        FigureCase("气温高于35℃", Expected("高于35℃", "35", "℃", .temperature, .over)),
        FigureCase("客流超过了1万人次", Expected("超过了1万人次", "10000", "人次", .count, .over)),
        FigureCase(
            "分别约为92.96亿元、88.3亿元", Expected("约为92.96亿元", "9296000000", "元", .money, .approx),
            Expected("88.3亿元", "8830000000", "元", .money, .approx)),
    ]

    static let ranges: [FigureCase] = [
        FigureCase("投资七千到九千亿元", Expected("七千到九千亿元", "700000000000", "元", .money, max: "900000000000")),
        FigureCase("从8500到3万港元", Expected("8500到3万港元", "8500", "港元", .money, max: "30000")),
        FigureCase("3千到5万元", Expected("3千到5万元", "3000", "元", .money, max: "50000")),
        FigureCase("3-5万元", Expected("3-5万元", "30000", "元", .money, max: "50000")),
        FigureCase("投入两到三百万元", Expected("两到三百万元", "2000000", "元", .money, max: "3000000")),
        FigureCase("招募五到六千人", Expected("五到六千人", "5000", "人", .count, max: "6000")),
        FigureCase("需要两到十个", Expected("两到十个", "2", "个", .count, max: "10")),
        FigureCase("金额在1万(含)-5万元之间", Expected("1万(含)-5万元", "10000", "元", .money, max: "50000")),
        FigureCase("气温(摄氏)-5度", Expected("-5度", "-5", "℃", .temperature)),
        FigureCase("最低温摄氏13、14度", Expected("摄氏13、14度", "13", "℃", .temperature, max: "14")),
        FigureCase("分为1、2、3个等级", Expected("3个", "3", "个", .count)),
    ]

    /// Spoken ranges of neighbouring digits: the first digit gives the low end, the second the high.
    static let neighbourRanges: [FigureCase] = [
        FigureCase("来了三五百人", Expected("三五百人", "300", "人", .count, max: "500", .approx)),
        FigureCase("年纪四十五六岁", Expected("四十五六岁", "45", "岁", .count, max: "46", .approx)),
        FigureCase("跑了七百三四十米", Expected("七百三四十米", "730", "米", .length, max: "740", .approx)),
        FigureCase("月薪一万六七千元", Expected("一万六七千元", "16000", "元", .money, max: "17000", .approx)),
        FigureCase("年产十七八万吨", Expected("十七八万吨", "170000", "吨", .weight, max: "180000", .approx)),
        FigureCase("估价三万四五元", Expected("三万四五元", "34000", "元", .money, max: "35000", .approx)),
        FigureCase("共三十五个", Expected("三十五个", "35", "个", .count)),
    ]

    /// Arabic digits around 点 before a unit or a multiplier are a decimal; before minutes, a time.
    static let spokenDecimals: [FigureCase] = [
        FigureCase("产量增长8点5倍", Expected("8点5倍", "8.5", "倍", .ratio, change: .increase)),
        FigureCase("管道长3点5米", Expected("3点5米", "3.5", "米", .length)),
        FigureCase("投资1点2万元", Expected("1点2万元", "12000", "元", .money)),
        FigureCase("会议9点30分开始"),
        FigureCase("下午3点5分集合"),
    ]

    /// 数 and 几 before a place word are vague ("数十家"); 数 before a digit ends a noun.
    static let vagueOrNoun: [FigureCase] = [
        FigureCase("数十家企业参加"),
        FigureCase("惠及数百万人"),
        FigureCase("参会人数四十五人", Expected("四十五人", "45", "人", .count)),
        FigureCase("样本总数300个", Expected("300个", "300", "个", .count)),
    ]

    /// Spoken forms of amounts: tenths after 米, 角 as a coin, letter multipliers before a
    /// Chinese unit, and a digit left after 百 or 千 before 万.
    static let spokenForms: [FigureCase] = [
        FigureCase("身高一米八的队员", Expected("一米八", "1.8", "米", .length)),
        FigureCase("跳过三米九", Expected("三米九", "3.9", "米", .length)),
        FigureCase("每支九角九分", Expected("九角九分", "0.99", "元", .money)),
        FigureCase("车票2角", Expected("2角", "0.2", "元", .money)),
        FigureCase("绘制五角星"),
        FigureCase("月薪10~15k元", Expected("10~15k元", "10000", "元", .money, max: "15000")),
        FigureCase("首周售出300w张", Expected("300w张", "3000000", "张", .count)),
        FigureCase("支持15W快充", Expected("15W", "15", "瓦", .power)),
        FigureCase("筹资百二萬元", Expected("百二萬元", "1200000", "元", .money)),
        FigureCase("投资一千二万元", Expected("一千二万元", "12000000", "元", .money)),
        FigureCase("万一发生险情"),
        FigureCase("称了9两半", Expected("9两半", "9.5", "两", .weight)),
        FigureCase("过三两天再来"),
        FigureCase("比例由百分之四百三十二万分之四", Expected("百分之四百三十二", "432", "%", .percent)),
    ]

    /// Traditional text reads as its simplified spelling; the figure keeps the text as written.
    static let traditionalForms: [FigureCase] = [
        FigureCase("營收同比增長12.5％", Expected("12.5％", "12.5", "%", .percent, change: .increase, comparison: .yearOnYear)),
        FigureCase("最低溫約攝氏15度", Expected("約攝氏15度", "15", "℃", .temperature, .approx)),
        FigureCase("數十家企業參展"),
        FigureCase("費用減少3億元", Expected("3億元", "300000000", "元", .money, change: .decrease)),
    ]

    /// Rates: a divisor after the unit, 每 and a unit of measure before a price, and the items of
    /// a list sharing the rate of the first. 每 before whom or when leaves the unit alone.
    static let rates: [FigureCase] = [
        FigureCase("批发价9.4-9.5元/斤", Expected("9.4-9.5元/斤", "9.4", "元/斤", .money, max: "9.5")),
        FigureCase("产能300万吨/年", Expected("300万吨/年", "3000000", "吨/年", .weight)),
        FigureCase(
            "电价为每千瓦时0.375元、0.355元", Expected("0.375元", "0.375", "元/千瓦时", .money),
            Expected("0.355元", "0.355", "元/千瓦时", .money)),
        FigureCase("每吨净利1500元", Expected("1500元", "1500", "元/吨", .money)),
        FigureCase("流量每秒3立方米", Expected("3立方米", "3", "立方米/秒", .volume)),
        FigureCase("每公斤17块多", Expected("17块多", "17", "元/公斤", .money, .over)),
        FigureCase("每斤三块五到四块", Expected("三块五到四块", "3.5", "元/斤", .money, max: "4")),
        FigureCase("按每人2000元给予奖励", Expected("2000元", "2000", "元", .money)),
        FigureCase("每年至少更新1次", Expected("1次", "1", "次", .count)),
    ]

    /// Lists with the unit written once, after the last amount; declines written smaller first.
    static let lists: [FigureCase] = [
        FigureCase(
            "营收分别为26.3亿、88.9亿元", Expected("26.3亿", "2630000000", "元", .money),
            Expected("88.9亿元", "8890000000", "元", .money)),
        FigureCase("补贴1.5、2.3万元", Expected("2.3万元", "23000", "元", .money)),
        FigureCase("预计下滑-15%至-20%", Expected("-15%至-20%", "-20", "%", .percent, max: "-15", change: .decrease)),
        FigureCase("实用面积593方呎", Expected("593方呎", "593", "平方英尺", .area)),
        FigureCase("自收到通知之日起15日内办结", Expected("15日内", "15", "天", .duration, .atMost)),
        FigureCase("预计2、3日内出院", Expected("2、3日内", "2", "天", .duration, max: "3", .atMost)),
        FigureCase("请于5月3日内报送"),
        FigureCase("沿海陆省份"),
        FigureCase("升值接近93%", Expected("接近93%", "93", "%", .percent, .under, change: .increase)),
    ]

    /// Points of an index and basis points; 度 counting times.
    static let pointsAndTimes: [FigureCase] = [
        FigureCase("沪指收报3312.50点", Expected("3312.50点", "3312.5", "点", .count)),
        FigureCase("指数上涨64点", Expected("64点", "64", "点", .count, change: .increase)),
        FigureCase("会议9点开始"),
        FigureCase("利率下调0.5个基点", Expected("0.5个基点", "0.5", "基点", .percent, change: .decrease)),
        FigureCase("该队六度夺冠", Expected("六度", "6", "次", .count)),
        FigureCase("全年用电六度", Expected("六度", "6", "千瓦时", .energy)),
    ]

    static let numbering: [FigureCase] = [
        FigureCase("2.2本计划投资3541.07万元", Expected("3541.07万元", "35410700", "元", .money)),
        FigureCase("户均2.5人", Expected("2.5人", "2.5", "人", .count)),
        FigureCase("为企业减负180亿元", Expected("180亿元", "18000000000", "元", .money)),
    ]

    /// 一 counting after the thing counted, square and cubic letter units, more measure words,
    /// short years and shares followed by a count.
    static let countsAndShortForms: [FigureCase] = [
        FigureCase("追回被抢越野车一辆。", Expected("一辆", "1", "辆", .count)),
        FigureCase("一台服务型机器人售价约五万元", Expected("约五万元", "50000", "元", .money, .approx)),
        FigureCase("山坡雪白一片。"),
        FigureCase("两人在事业上也一起打拼", Expected("两人", "2", "人", .count)),
        FigureCase("送你999朵玫瑰", Expected("999朵", "999", "朵", .count)),
        FigureCase("芯片面积25cm²", Expected("25cm²", "25", "平方厘米", .area)),
        FigureCase("排量1498cm³", Expected("1498cm³", "1498", "立方厘米", .volume)),
        FigureCase("她出生于86年8月18日"),
        FigureCase("他工作了16年", Expected("16年", "16", "年", .duration)),
        FigureCase("肥胖率超两成五人就有一个胖子", Expected("超两成", "20", "%", .percent, .over), Expected("五人", "5", "人", .count)),
        FigureCase("占比兩成五", Expected("兩成五", "25", "%", .percent)),
    ]

    /// Times written in parts, speeds after a few words, yields per area, floors and ceilings with
    /// a negation, 内 after a time, 上 before a place word, dashes after a unit, short years.
    static let realTextForms: [FigureCase] = [
        FigureCase(
            "用时从３小时３８分缩短为２小时３０分", Expected("３小时３８分", "218", "分钟", .duration),
            Expected("２小时３０分", "150", "分钟", .duration)),
        FigureCase("以２分３秒３４夺冠", Expected("２分３秒３４", "123.34", "秒", .duration)),
        FigureCase("跑出9秒58的成绩", Expected("9秒58", "9.58", "秒", .duration)),
        FigureCase("全程1小时14秒9", Expected("1小时14秒9", "3614.9", "秒", .duration)),
        FigureCase("会议9点30分开始"),
        FigureCase("干线列车时速仅80—100公里", Expected("80—100公里", "80", "公里/小时", .speed, max: "100")),
        FigureCase("每亩平均能产3吨左右", Expected("3吨左右", "3", "吨/亩", .weight, .approx)),
        FigureCase("补助不能低于150元", Expected("不能低于150元", "150", "元", .money, .atLeast)),
        FigureCase("定價低於600美元", Expected("低於600美元", "600", "美元", .money, .under)),
        FigureCase(
            "股價急彈6.3美元或2.75%", Expected("6.3美元", "6.3", "美元", .money, change: .increase),
            Expected("2.75%", "2.75", "%", .percent, change: .increase)),
        FigureCase("收到申请后5个工作日内办结", Expected("5个工作日内", "5", "工作日", .duration, .atMost)),
        FigureCase("惠及上亿人", Expected("上亿人", "100000000", "人", .count, .over)),
        FigureCase("线上3家", Expected("3家", "3", "家", .count)),
        FigureCase("55 英寸-2999 元", Expected("55 英寸", "55", "英寸", .length), Expected("2999 元", "2999", "元", .money)),
        FigureCase("同比增长-3.2%", Expected("-3.2%", "-3.2", "%", .percent, change: .increase, comparison: .yearOnYear)),
        FigureCase("占地22863M2", Expected("22863M2", "22863", "平方米", .area)),
        FigureCase("售价₹30,260", Expected("₹30,260", "30260", "卢比", .money)),
        FigureCase("寬減2016/17年度的利得稅"),
        FigureCase("04年中完工"),
        FigureCase(
            "人均水资源量只有全国的1/8，世界的1/30，", Expected("1/8", "0.125", "", .ratio),
            Expected("1/30", "0.0333333333333333", "", .ratio)),
        FigureCase("约1/3的人", Expected("约1/3", "0.333333333333333", "", .ratio, .approx)),
        FigureCase("参加3/15晚会"),
        FigureCase("屏幕1/4英寸"),
        FigureCase("投资3541.07万元2.3本项目……", Expected("3541.07万元", "35410700", "元", .money)),
        FigureCase("人均阅读4.7本。", Expected("4.7本", "4.7", "本", .count)),
        FigureCase("建成1到2个万千瓦级潮汐电站", Expected("1到2个", "1", "个", .count, max: "2")),
        FigureCase("召开三个万人大会", Expected("三个", "3", "个", .count)),
        FigureCase("投资两个亿元", Expected("两个亿元", "200000000", "元", .money)),
        FigureCase("内存256GB及以上", Expected("256GB及以上", "256", "吉字节", .data, .atLeast)),
        FigureCase("降低幅度在17%左右", Expected("17%左右", "17", "%", .percent, .approx, change: .decrease)),
        FigureCase("有2000多年的历史", Expected("2000多年", "2000", "年", .duration, .over)),
        FigureCase("单位GDP能耗0.664吨标准煤/万元", Expected("0.664吨标准煤/万元", "0.664", "吨/万元", .weight)),
        FigureCase("供电煤耗320克标准煤/千瓦时", Expected("320克标准煤/千瓦时", "320", "克/千瓦时", .weight)),
        FigureCase("110千伏以上线路", Expected("110千伏以上", "110", "千伏", .voltage, .atLeast)),
        FigureCase("变电容量17535万千伏安", Expected("17535万千伏安", "175350000", "千伏安", .power)),
        FigureCase("内置4000 毫安电池", Expected("4000 毫安", "4000", "毫安时", .energy)),
        FigureCase("售价999 美元或更高", Expected("999 美元或更高", "999", "美元", .money, .atLeast)),
        FigureCase("新巴分階段加12%", Expected("12%", "12", "%", .percent, change: .increase)),
        FigureCase("首次加幅為8.5%", Expected("8.5%", "8.5", "%", .percent, change: .increase)),
        FigureCase("参加3次培训", Expected("3次", "3", "次", .count)),
        FigureCase("已有10个年头", Expected("10个年头", "10", "年", .duration)),
        FigureCase("搭载骁龙 765 处理器"),
        FigureCase(
            "她说：“1分钟预订，3小时到家，太方便了！”", Expected("1分钟", "1", "分钟", .duration),
            Expected("3小时", "3", "小时", .duration)),
        FigureCase("推行“一房一码”"),
        FigureCase(
            "后置4800 万像素(主)+800 万像素(超宽)", Expected("4800 万像素", "48000000", "像素", .count),
            Expected("800 万像素", "8000000", "像素", .count)),
        FigureCase("构建1+4+N体系"),
    ]

    /// Forms first seen in news sentences of the third number batch, each in words of our own.
    static let newsForms: [FigureCase] = [
        FigureCase("首周末票房仅1.5亿＄，", Expected("1.5亿＄", "150000000", "美元", .money)),
        FigureCase("每股派息港幣3.14，", Expected("3.14", "3.14", "港元", .money)),
        FigureCase("票价由五元六角-五元七毛八分不等", Expected("五元六角-五元七毛八分", "5.6", "元", .money, max: "5.78")),
        FigureCase("收费人民币壹分"),
        FigureCase("有负的百分之二十的人反对", Expected("负的百分之二十", "-20", "%", .percent)),
        FigureCase("油价3.04块以上", Expected("3.04块以上", "3.04", "元", .money, .atLeast)),
        FigureCase("包子卖2块一个", Expected("2块一个", "2", "元", .money)),
        FigureCase("白菜3块一斤", Expected("3块一斤", "3", "元/斤", .money)),
        FigureCase("给予不超过10万元一次性补贴", Expected("不超过10万元", "100000", "元", .money, .atMost)),
        FigureCase("切成三块。", Expected("三块", "3", "块", .count)),
        FigureCase("利率按“八五折”执行", Expected("八五折", "85", "%", .percent)),
        FigureCase("打造“15分钟”便民生活圈", Expected("15分钟", "15", "分钟", .duration)),
        FigureCase("加一瓶四分之一公升的水", Expected("四分之一公升", "0.25", "升", .volume)),
        FigureCase("碑文共有九行", Expected("九行", "9", "行", .count)),
        FigureCase("二人被当场抓获", Expected("二人", "2", "人", .count)),
        FigureCase(
            "指数下跌120.5点，或0.4%，收于3012点", Expected("120.5点", "120.5", "点", .count, change: .decrease),
            Expected("0.4%", "0.4", "%", .percent, change: .decrease), Expected("3012点", "3012", "点", .count)),
        FigureCase("降水量偏少2～4成", Expected("2～4成", "20", "%", .percent, max: "40", change: .decrease)),
        FigureCase("气温偏高1℃左右", Expected("1℃左右", "1", "℃", .temperature, .approx, change: .increase)),
        FigureCase("全球升温2℃", Expected("2℃", "2", "℃", .temperature, change: .increase)),
        FigureCase("全年经济增长将达6.5%", Expected("6.5%", "6.5", "%", .percent, change: .increase)),
        FigureCase(
            "两款机型-55 英寸和65 英寸", Expected("两款", "2", "款", .count), Expected("55 英寸", "55", "英寸", .length),
            Expected("65 英寸", "65", "英寸", .length)),
        FigureCase("最低气温-5℃", Expected("-5℃", "-5", "℃", .temperature)),
        FigureCase(
            "分别实现了20.0%和10.4%的增长", Expected("20.0%", "20", "%", .percent, change: .increase),
            Expected("10.4%", "10.4", "%", .percent, change: .increase)),
        FigureCase(
            "占比30%，增长12%", Expected("30%", "30", "%", .percent), Expected("12%", "12", "%", .percent, change: .increase)
        ),
        FigureCase("产量以15%的速度增长", Expected("15%", "15", "%", .percent, change: .increase)),
        FigureCase("先后有6届近2000名学生", Expected("6届", "6", "届", .count), Expected("近2000名", "2000", "名", .count, .under)),
        FigureCase("可获三份之一补贴", Expected("三份之一", "0.333333333333333", "", .ratio)),
        FigureCase("用水量减少了一半；", Expected("一半", "0.5", "", .ratio, change: .decrease)),
        FigureCase(
            "票价700、800元左右", Expected("700", "700", "元", .money), Expected("800元左右", "800", "元", .money, .approx)),
        FigureCase("荣获第3、4名"),
        FigureCase("每人用水 150 — 160 公升左右", Expected("150 — 160 公升左右", "150", "升", .volume, max: "160", .approx)),
        FigureCase("每人写一到三篇", Expected("一到三篇", "1", "篇", .count, max: "3")),
        FigureCase("交二到三篇", Expected("二到三篇", "2", "篇", .count, max: "3")),
        FigureCase("能耗降低率为21.55%", Expected("21.55%", "21.55", "%", .percent, change: .decrease)),
        FigureCase("月薪1万2元", Expected("1万2元", "12000", "元", .money)),
        FigureCase("增长率为百分之负五", Expected("百分之负五", "-5", "%", .percent, change: .increase)),
        FigureCase(
            "门票20镑，有5盎司黄金，另有200英亩农场", Expected("20镑", "20", "英镑", .money),
            Expected("5盎司", "5", "盎司", .weight), Expected("200英亩", "200", "英亩", .area)),
        FigureCase("合同额过亿元。", Expected("过亿元", "100000000", "元", .money, .over)),
        FigureCase("气温低至 - 8℃", Expected("- 8℃", "-8", "℃", .temperature)),
        FigureCase("北京晴，－9℃／0℃", Expected("－9℃／0℃", "-9", "℃", .temperature, max: "0")),
        FigureCase(
            "处3万元以上25万元以下的罚款", Expected("3万元以上", "30000", "元", .money, .atLeast),
            Expected("25万元以下", "250000", "元", .money, .atMost)),
        FigureCase("延迟五毫秒，售价九十九欧分", Expected("五毫秒", "5", "毫秒", .duration), Expected("九十九欧分", "0.99", "欧元", .money)),
        FigureCase("已连续举办6届。", Expected("6届", "6", "届", .count)),
        FigureCase("获得两届全国大赛一等奖", Expected("两届", "2", "届", .count)),
        FigureCase("购置5台机床", Expected("5台", "5", "台", .count)),
    ]

    @Test(
        arguments: currencies + coins + collectives + zeroInside + smallShares + degrees + afterQian + products
            + changes
            + qualifiers + ranges + neighbourRanges + spokenDecimals + vagueOrNoun + spokenForms + traditionalForms
            + rates + lists + pointsAndTimes + numbering
            + countsAndShortForms + realTextForms + newsForms)
    func readsTheClass(_ example: FigureCase) {
        let figures = FigureRecognizer().figures(in: example.sentence)
        #expect(figures.map(Expected.init) == example.expected)
        let scalars = Array(example.sentence.unicodeScalars)
        for figure in figures {
            #expect(String(String.UnicodeScalarView(scalars[figure.start..<figure.end])) == figure.text)
        }
    }

    @Test(arguments: noFigures)
    func wordsWithNumeralsAreNoFigures(_ sentence: String) {
        #expect(FigureRecognizer().figures(in: sentence).isEmpty)
        #expect(
            FigureRecognizer(options: .init(includeBareNumbers: true)).figures(in: sentence).allSatisfy {
                $0.kind != .count
            })
    }
}
