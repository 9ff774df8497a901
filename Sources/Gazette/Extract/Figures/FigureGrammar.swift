/// The grammar of figures as data: units with their kinds, qualifier words before and after
/// a number, change verbs, and words that make a number something other than a quantity.
enum FigureGrammar {
    struct Unit {
        /// The unit as it must be written after the number.
        var surface: [Unicode.Scalar]
        /// The single spelling recorded in `Figure.unit`.
        var normalized: String
        var kind: FigureKind
        /// Power of ten the value is scaled by ("千分之" style forms are handled elsewhere).
        var scale: Int = 0
        /// Scalars the unit took in the text where it was found: its surface, plus any blanks
        /// written inside it ("个 百分点").
        var length: Int = 0

        init(surface: [Unicode.Scalar], normalized: String, kind: FigureKind, scale: Int = 0) {
            self.surface = surface
            self.normalized = normalized
            self.kind = kind
            self.scale = scale
            self.length = surface.count
        }
    }

    private static func units(_ kind: FigureKind, _ surfaces: [String], as normalized: String? = nil) -> [Unit] {
        surfaces.map { Unit(surface: Array($0.unicodeScalars), normalized: normalized ?? $0, kind: kind) }
    }

    static let measureWords = [
        "个", "家", "所", "条", "项", "件", "次", "人次", "人", "户", "辆", "艘", "栋", "幢", "处", "类", "座", "台", "套", "节",
        "场", "批", "名", "位", "只", "头", "张", "本", "册", "部", "篇", "份", "种", "支", "根", "棵", "株", "盏", "间", "层",
        "门", "起", "例", "宗", "笔", "组", "对", "双", "箱", "袋", "枚", "架", "列", "趟", "班", "轮", "省", "市", "县", "镇",
        "乡", "村", "校", "片", "块", "口", "道", "首", "集", "款", "户次", "车次", "架次", "艘次", "家次", "批次", "场次", "件次",
        "台次", "项次", "班次", "岁", "单", "笔次", "盒", "瓶", "辆次",
    ]

    /// Every unit, longest surface first within each starting scalar.
    static let allUnits: [Unit] = {
        var list: [Unit] = []
        list += units(.count, measureWords)
        list += units(.count, ["周岁", "歲", "週歲"], as: "岁")
        // Traditional spellings of the common measure words.
        list += units(.count, ["個"], as: "个")
        list += units(.count, ["項"], as: "项")
        list += units(.count, ["條"], as: "条")
        list += units(.count, ["輛"], as: "辆")
        list += units(.count, ["間"], as: "间")
        list += units(.count, ["張"], as: "张")
        list += units(.count, ["隻"], as: "只")
        list += units(.count, ["場"], as: "场")
        list += units(.count, ["戶"], as: "户")
        list += units(.count, ["處"], as: "处")
        list += units(.count, ["類"], as: "类")
        list += units(.count, ["臺"], as: "台")
        list += units(.count, ["節"], as: "节")
        list += units(.count, ["門"], as: "门")
        list += units(.money, ["元", "块钱"], as: "元")
        list += units(.money, ["美元", "欧元", "港元", "日元", "英镑", "澳元", "韩元", "卢布", "新台币", "台币", "瑞士法郎", "加元", "新加坡元", "奈拉", "泰铢", "林吉特", "卢比", "比索", "兰特", "里拉"])
        list += units(.percent, ["%", "％"], as: "%")
        list += units(.percent, ["‰"], as: "‰")
        list += units(.percent, ["个百分点", "百分点", "個百分點", "百分點"], as: "pp")
        list += units(.ratio, ["倍"])
        list += units(.area, ["平方米", "平米", "㎡", "m²"], as: "平方米")
        list += units(.area, ["平方公里", "平方千米", "km²"], as: "平方公里")
        list += units(.area, ["亩"])
        list += units(.area, ["公顷"])
        list += units(.length, ["公里", "千米", "km", "KM", "公裡"], as: "公里")
        list += units(.length, ["米", "m", "M"], as: "米")
        list += units(.length, ["厘米", "公分", "cm", "CM"], as: "厘米")
        list += units(.length, ["毫米", "mm"], as: "毫米")
        list += units(.weight, ["吨", "噸"], as: "吨")
        list += units(.weight, ["公斤", "千克", "kg", "KG"], as: "公斤")
        list += units(.weight, ["克"])
        list += units(.weight, ["毫克", "mg"], as: "毫克")
        list += units(.weight, ["微克"])
        list += units(.weight, ["斤"])
        list += units(.volume, ["立方米", "立方", "m³"], as: "立方米")
        list += units(.volume, ["升"])
        list += units(.volume, ["毫升"])
        list += units(.energy, ["千瓦时", "kWh"], as: "千瓦时")
        list += units(.temperature, ["摄氏度", "℃", "°C"], as: "℃")
        list += units(.temperature, ["华氏度", "℉", "°F"], as: "℉")
        list += units(.data, ["字节", "B"], as: "字节")
        list += units(.data, ["千字节", "KB"], as: "千字节")
        list += units(.data, ["兆字节", "MB"], as: "兆字节")
        list += units(.data, ["吉字节", "GB"], as: "吉字节")
        list += units(.data, ["比特"])
        list += units(.frequency, ["赫兹", "Hz"], as: "赫兹")
        list += units(.frequency, ["千赫", "kHz"], as: "千赫")
        list += units(.frequency, ["兆赫", "MHz"], as: "兆赫")
        list += units(.frequency, ["吉赫", "GHz"], as: "吉赫")
        list += units(.energy, ["千卡"])
        list += units(.energy, ["焦耳"])
        list += units(.energy, ["兆瓦时"])
        list += units(.power, ["千瓦", "kW"], as: "千瓦")
        list += units(.power, ["兆瓦", "MW"], as: "兆瓦")
        list += units(.power, ["瓦"])
        list += units(.duration, ["年"])
        list += units(.duration, ["个月", "個月"], as: "月")
        list += units(.duration, ["天"])
        list += units(.duration, ["个工作日", "工作日"], as: "工作日")
        list += units(.duration, ["小时", "个小时"], as: "小时")
        list += units(.duration, ["分钟"])
        list += units(.duration, ["秒", "秒钟"], as: "秒")
        list += units(.duration, ["周", "个星期", "星期"], as: "周")
        list += units(.speed, ["公里/小时", "千米/小时", "km/h"], as: "公里/小时")
        return list
    }()

    /// 度 after a number is electricity (kWh) unless the words before it speak of temperature.
    static let degree = Unit(surface: ["度"], normalized: "千瓦时", kind: .energy)
    static let degreeOfTemperature = Unit(surface: ["度"], normalized: "℃", kind: .temperature)
    static let temperatureWords = [
        "气温", "温度", "零下", "摄氏", "华氏", "高温", "低温", "体温", "水温", "油温", "室温", "恒温", "控温", "温控", "调温", "降温",
        "升温", "最高", "最低",
    ]

    /// Marks between the ends of a range: "3至5年", "3-5个", "10万—20万元".
    static let rangeSeparators: Set<Unicode.Scalar> = ["至", "到", "-", "~", "～", "—", "–", "〜", "－"]

    /// The month of "两个半月", where 月 alone is a duration.
    static let month = Unit(surface: ["月"], normalized: "月", kind: .duration)

    /// Units indexed by their first scalar, longest first, for longest-match lookup.
    static let unitsByFirstScalar: [Unicode.Scalar: [Unit]] = {
        Dictionary(grouping: allUnits, by: { $0.surface[0] }).mapValues { $0.sorted { $0.surface.count > $1.surface.count } }
    }()

    /// Units a money amount may be divided by in a compound unit ("元/平方米", "元每吨").
    static let perUnits = ["平方米", "平米", "吨", "人", "月", "年", "亩", "件", "公斤", "千瓦时", "度", "天", "小时", "次", "户"]

    /// Words after a number that make it no quantity ("3年级", "70周年", "10号").
    static let blockingSuffixes = ["年级", "周年", "年代", "号", "届", "期", "楼", "层楼", "版", "代", "号线", "线"]
        .map { Array($0.unicodeScalars) }

    struct QualifierWord {
        var surface: [Unicode.Scalar]
        var qualifier: Qualifier
    }

    private static func words(_ qualifier: Qualifier, _ surfaces: [String]) -> [QualifierWord] {
        surfaces.map { QualifierWord(surface: Array($0.unicodeScalars), qualifier: qualifier) }
    }

    /// Qualifier words written right before a number, longest first.
    static let prefixQualifiers: [QualifierWord] = (
        words(.approx, ["大约", "约为", "约合", "约", "大概"])
        + words(.over, ["超过", "超出", "多于", "突破", "逾", "超"])
        + words(.atLeast, ["不少于", "不低于", "至少", "最少"])
        + words(.atMost, ["不超过", "不高于", "至多", "最多", "最高"])
        + words(.under, ["不足", "不到", "未满", "未达", "将近", "接近", "少于", "近"])
    ).sorted { $0.surface.count > $1.surface.count }

    /// Words that end in a qualifier character but qualify nothing: 节约, 签约, 赶超.
    static let qualifierLookalikes = [
        "节约", "签约", "预约", "制约", "履约", "特约", "集约", "邀约", "合约", "条约", "公约", "违约", "简约", "续约", "解约",
        "缔约", "守约", "隐约", "相约", "赴约", "婚约", "盟约", "毁约", "爽约", "赶超", "高超", "招超",
    ].map { Array($0.unicodeScalars) }

    /// Qualifier words written after the unit, longest first.
    static let suffixQualifiers: [QualifierWord] = (
        words(.atLeast, ["以上"])
        + words(.atMost, ["以下", "以内", "之内"])
        + words(.approx, ["左右", "上下"])
        + words(.over, ["有余", "多", "余"])
    ).sorted { $0.surface.count > $1.surface.count }

    /// Qualifier words between the number and its unit ("500余节", "120多个", "10来个").
    static let infixQualifiers: [Unicode.Scalar: Qualifier] = ["余": .over, "餘": .over, "多": .over, "几": .over, "幾": .over, "来": .approx]

    /// Units a trailing 半 adds a half to ("三斤半", "一年半").
    static let halfUnits: Set<String> = ["斤", "公斤", "吨", "年", "月", "天", "小时", "周", "倍", "亩", "米", "公里"]

    /// Latin multipliers after an Arabic number, read only for bare numbers ("40k", "3M").
    static let latinMultipliers: [Unicode.Scalar: Int] = ["k": 3, "K": 3, "Ｋ": 3, "ｋ": 3, "M": 6, "Ｍ": 6]

    /// Collective measure words and how many single things each holds; bare-number mode
    /// multiplies them out ("三双" → 6, "一打" → 12).
    static let collectives: [String: Int] = ["双": 2, "雙": 2, "对": 2, "對": 2, "打": 12]

    /// Shares written as words of their own, in percent.
    static let fixedShares: [String: Int] = ["半折": 50, "对折": 50, "對折": 50, "半成": 5]

    /// Marks of shares in tenths: "三成" (30 %) and "七折" (70 %, a price at seven tenths).
    static let tenthsMarks: Set<Unicode.Scalar> = ["成", "折"]

    struct ChangeVerb {
        var surface: [Unicode.Scalar]
        var change: Change
    }

    private static func verbs(_ change: Change, _ surfaces: [String]) -> [ChangeVerb] {
        surfaces.map { ChangeVerb(surface: Array($0.unicodeScalars), change: change) }
    }

    /// Verbs that make the figure after them a change, longest first.
    static let changeVerbs: [ChangeVerb] = (
        verbs(.increase, ["增长", "增加", "提高", "上升", "提升", "上涨", "增幅", "增速", "攀升", "扩大", "增", "涨"])
        + verbs(.decrease, ["下降", "减少", "降低", "削减", "缩减", "下滑", "回落", "压缩", "缩短", "减小", "降幅", "减", "降"])
    ).sorted { $0.surface.count > $1.surface.count }

    /// Words ending in a change verb that name no change: 新增 and 净增 count new things.
    static let changeVerbExceptions = ["新增", "净增", "增设", "新减"].map { Array($0.unicodeScalars) }

    /// "三成" is 30 %; words that start with 成 or 折 make it no share ("三成为", "折合").
    static let shareWordBlockers: Set<Unicode.Scalar> = [
        "为", "立", "本", "果", "效", "功", "员", "熟", "交", "绩", "品", "都", "年", "长", "片", "套", "型", "就", "分", "像", "批",
        "合", "算", "旧", "射", "线", "叠", "返", "腾", "服",
    ]

    /// Words before 一 that make it pick one thing rather than measure: 下一年, 每一天, 同一批.
    static let loneOneDeterminers: Set<Unicode.Scalar> = ["下", "上", "同", "每", "前", "后", "当", "本", "这", "那", "哪", "某", "任", "逐", "统", "唯", "第"]

    /// Words that make a number vague: 数十, 几十, 十几, 若干.
    static let vagueMarkers: Set<Unicode.Scalar> = ["数", "几", "幾", "若", "好"]

    /// Words allowed between a change verb and its figure.
    static let changeFillers = ["分别", "了", "达到", "达", "幅度为", "幅度达", "近"].map { Array($0.unicodeScalars) }

    /// Words after a change verb that make the figure a level, not a change ("提升至91%").
    static let levelMarkers: Set<Unicode.Scalar> = ["至", "到", "为"]

    static let comparisons: [(surface: [Unicode.Scalar], comparison: Comparison)] = [
        (Array("同比".unicodeScalars), .yearOnYear), (Array("环比".unicodeScalars), .periodOnPeriod),
    ]

    /// After "第N", these make an ordinal (第二次, 第十三届), never a figure.
    static let ordinalCounters: Set<Unicode.Scalar> = [
        "次", "届", "批", "期", "季", "部", "章", "条", "款", "节", "轮", "个", "号", "位", "项", "年", "天", "阶", "类", "种", "家", "层", "排", "组", "代", "卷",
    ]

    /// Words after "第N" or "前N" that make a rank.
    static let rankSuffixes: Set<Unicode.Scalar> = ["名", "位"]

    /// Opening and closing marks of quoted names and titles; figures inside short ones are names.
    static let quotePairs: [Unicode.Scalar: Unicode.Scalar] = [
        "“": "”", "「": "」", "『": "』", "《": "》", "〈": "〉", "〔": "〕", "【": "】", "\"": "\"", "‘": "’",
    ]

    /// The closing mark of a quote that opens with `scalar`, if it opens one.
    @inline(__always)
    static func closingQuote(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard scalar.value < 0x10000, openingQuote[Int(scalar.value)] else { return nil }
        return quotePairs[scalar]
    }

    private static let openingQuote: [Bool] = {
        var table = [Bool](repeating: false, count: 0x10000)
        for scalar in quotePairs.keys where scalar.value < 0x10000 { table[Int(scalar.value)] = true }
        return table
    }()

    /// Quoted text up to this many scalars is a name or slogan ("一房一码", "1+4+N").
    static let sloganLength = 24
}
