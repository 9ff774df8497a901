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

    private static func units(
        _ kind: FigureKind, _ surfaces: [String], as normalized: String? = nil, scale: Int = 0
    ) -> [Unit] {
        surfaces.map { Unit(surface: Array($0.unicodeScalars), normalized: normalized ?? $0, kind: kind, scale: scale) }
    }

    static let measureWords = [
        "个", "家", "所", "条", "项", "件", "次", "人次", "人", "户", "辆", "艘", "栋", "幢", "处", "类", "座", "台", "套", "节",
        "场", "批", "名", "位", "只", "头", "张", "本", "册", "部", "篇", "份", "种", "支", "根", "棵", "株", "盏", "间", "层",
        "门", "起", "例", "宗", "笔", "组", "对", "双", "箱", "袋", "枚", "架", "列", "趟", "班", "轮", "省", "市", "县", "镇",
        "乡", "村", "校", "片", "块", "口", "道", "首", "集", "款", "户次", "车次", "架次", "艘次", "家次", "批次", "场次", "件次",
        "台次", "项次", "班次", "岁", "单", "笔次", "盒", "瓶", "辆次", "幅", "匹", "颗", "粒", "具", "扇", "顶", "副",
        "串", "桶", "罐", "包", "像素", "字", "股", "朵", "束", "枝", "盆", "杯", "碗", "页", "卷", "捆", "档", "行", "届",
    ]

    /// Words 本 makes "this" of ("本项目", "本市"): after them 本 counts no books.
    static let thisWords = [
        "项目", "计划", "办法", "条例", "规定", "通知", "方案", "合同", "协议", "标准", "公司", "单位", "市", "区", "县", "省", "镇",
        "次", "年度", "届", "期", "轮", "文", "章", "条", "款", "人", "院", "局", "委",
    ].map { Array($0.unicodeScalars) }

    /// Counters of things that an inventory writes after the thing ("越野车一辆", "手机一部"): there
    /// 一 at the end of its clause counts one.
    static let inventoryCounters: Set<String> = [
        "辆", "台", "艘", "架", "部", "支", "把", "件", "套", "头", "匹", "只", "张", "枚", "颗", "名", "位", "人", "户", "所",
        "家", "座", "栋", "间", "处", "份", "本", "双", "对", "副", "个", "箱", "袋", "瓶", "盒",
    ]

    /// Every unit, longest surface first within each starting scalar.
    static let allUnits: [Unit] = {
        var list: [Unit] = []
        list += units(.count, measureWords)
        list += units(.count, ["周岁"], as: "岁")
        list += currencies
        list += units(.money, ["毛钱", "角钱", "毛"], as: "元", scale: -1)
        list += units(.money, ["分钱"], as: "元", scale: -2)
        list += units(.money, ["美分"], as: "美元", scale: -2)
        list += units(.money, ["欧分"], as: "欧元", scale: -2)
        list += units(.money, ["便士"], as: "英镑", scale: -2)
        list += units(.money, ["港仙"], as: "港元", scale: -2)
        list += units(.percent, ["%", "％"], as: "%")
        list += units(.percent, ["‰"], as: "‰")
        list += units(.percent, ["个百分点", "百分点"], as: "pp")
        list += units(.percent, ["个基点", "基点"], as: "基点")
        list += units(.ratio, ["倍"])
        list += units(.area, ["平方米", "平米", "平方", "㎡", "m²", "m2", "M²", "M2"], as: "平方米")
        list += units(.area, ["平方公里", "平方千米", "km²", "km2"], as: "平方公里")
        list += units(.area, ["平方厘米", "cm²", "㎠"], as: "平方厘米")
        list += units(.area, ["平方毫米", "mm²", "㎟"], as: "平方毫米")
        list += units(.area, ["亩"])
        list += units(.area, ["平方英尺", "平方呎", "方呎"], as: "平方英尺")
        list += units(.area, ["公顷"])
        list += units(.area, ["英亩"])
        list += units(.length, ["公里", "千米", "km", "KM"], as: "公里")
        list += units(.length, ["米", "公尺", "m", "M"], as: "米")
        list += units(.length, ["厘米", "公分", "cm", "CM"], as: "厘米")
        list += units(.length, ["毫米", "豪米", "mm"], as: "毫米")  // 豪米: a frequent misspelling
        list += units(.length, ["微米", "μm"], as: "微米")
        list += units(.length, ["纳米", "nm"], as: "纳米")
        list += units(.length, ["英寸", "吋"], as: "英寸")
        list += units(.length, ["英尺", "英里", "海里", "分米", "光年", "里"])
        list += units(.weight, ["吨"], as: "吨")
        list += units(.weight, ["公斤", "千克", "kg", "KG"], as: "公斤")
        list += units(.weight, ["克", "g"], as: "克")
        list += units(.weight, ["毫克", "mg"], as: "毫克")
        list += units(.weight, ["微克"])
        list += units(.weight, ["斤"])
        list += units(.weight, ["磅"])
        list += units(.weight, ["盎司", "安士"], as: "盎司")
        list += units(.volume, ["立方米", "立方", "m³", "m3"], as: "立方米")
        list += units(.volume, ["立方厘米", "cm³", "㎤"], as: "立方厘米")
        list += units(.volume, ["升", "公升", "L"], as: "升")
        list += units(.volume, ["毫升", "mL", "ml", "cc"], as: "毫升")
        list += units(.volume, ["加仑"])
        list += units(.energy, ["千瓦时", "kWh"], as: "千瓦时")
        list += units(.temperature, ["摄氏度", "℃", "°C"], as: "℃")
        list += units(.temperature, ["华氏度", "℉", "°F"], as: "℉")
        list += units(.data, ["字节", "B"], as: "字节")
        list += units(.data, ["千字节", "KB"], as: "千字节")
        list += units(.data, ["兆字节", "MB"], as: "兆字节")
        list += units(.data, ["吉字节", "GB"], as: "吉字节")
        list += units(.data, ["太字节", "TB"], as: "太字节")
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
        list += units(.power, ["瓦", "瓦特", "W"], as: "瓦")
        list += units(.energy, ["毫安时", "mAh"], as: "毫安时")
        // A phone's "4000 毫安" is its battery's charge; 毫安 alone is no current in such text.
        list += units(.energy, ["毫安"], as: "毫安时")
        list += units(.voltage, ["千伏", "kV"], as: "千伏")
        list += units(.voltage, ["伏特", "伏"], as: "伏")
        list += units(.power, ["千伏安", "kVA"], as: "千伏安")
        // Coal equivalent is weighed in tonnes and grams; the figure's text keeps "标准煤".
        list += units(.weight, ["吨标准煤", "吨标煤"], as: "吨")
        list += units(.weight, ["克标准煤", "克标煤"], as: "克")
        list += units(.duration, ["个年头", "年头"], as: "年")
        list += units(.duration, ["年"])
        list += units(.duration, ["个月", "個月"], as: "月")
        list += units(.duration, ["天"])
        list += units(.duration, ["个工作日", "工作日"], as: "工作日")
        list += units(.duration, ["小时", "个小时"], as: "小时")
        list += units(.duration, ["分钟"])
        list += units(.duration, ["秒", "秒钟"], as: "秒")
        list += units(.duration, ["毫秒", "ms"], as: "毫秒")
        list += units(.duration, ["周", "个星期", "星期"], as: "周")
        list += units(.speed, ["公里/小时", "千米/小时", "km/h"], as: "公里/小时")
        return list
    }()

    /// Currencies, each under one spelling: the names written after an amount ("3亿人民币",
    /// "300美圆", "20 USD"). 块 is read apart: it counts pieces as often as yuan.
    static let currencies: [Unit] = {
        var list: [Unit] = []
        list += units(.money, ["元", "圆", "元整", "圆整", "块钱", "人民币", "元人民币", "人民币元", "RMB", "CNY"], as: "元")
        list += units(.money, ["美元", "美圆", "美金", "USD"], as: "美元")
        list += units(.money, ["欧元", "EUR"], as: "欧元")
        list += units(.money, ["英镑", "英磅", "镑", "GBP"], as: "英镑")
        list += units(.money, ["日元", "日圆", "日币", "JPY"], as: "日元")
        list += units(.money, ["港元", "港币", "HKD"], as: "港元")
        list += units(.money, ["澳门元", "澳门币"], as: "澳门元")
        list += units(.money, ["新台币", "台币"], as: "新台币")
        list += units(.money, ["韩元", "韩币"], as: "韩元")
        list += units(.money, ["澳元", "澳币"], as: "澳元")
        list += units(.money, ["加元", "加币"], as: "加元")
        list += units(.money, ["新加坡元", "新币"], as: "新加坡元")
        list += units(.money, ["瑞士法郎", "瑞郎"], as: "瑞士法郎")
        list += units(.money, ["卢布", "奈拉", "泰铢", "林吉特", "卢比", "比索", "兰特", "里拉", "越南盾", "法郎"])
        return list
    }()

    /// Currency signs written before an amount ("$20", "￥300", "US$5亿"), longest first.
    static let currencySigns: [(surface: [Unicode.Scalar], currency: String)] = [
        ("US$", "美元"), ("HK$", "港元"), ("NT$", "新台币"), ("S$", "新加坡元"), ("A$", "澳元"), ("C$", "加元"),
        ("RMB", "元"), ("CNY", "元"), ("USD", "美元"), ("EUR", "欧元"), ("GBP", "英镑"), ("JPY", "日元"), ("HKD", "港元"),
        ("$", "美元"), ("＄", "美元"), ("￥", "元"), ("¥", "元"), ("€", "欧元"), ("£", "英镑"), ("￡", "英镑"), ("₹", "卢比"),
        ("₩", "韩元"), ("₽", "卢布"),
    ].map { (Array($0.0.unicodeScalars), $0.1) }.sorted { $0.surface.count > $1.surface.count }

    /// Kinds of amount that are never below zero: a hyphen before one is a dash, not a minus.
    static let unsignedKinds: Set<FigureKind> = [
        .count, .length, .area, .weight, .volume, .data, .frequency, .power, .voltage,
    ]

    /// Kinds of unit a fraction may measure ("四分之一公升"); a fraction of a count stays a share.
    static let fractionableKinds: Set<FigureKind> = [.length, .weight, .area, .volume, .duration, .money]

    /// Currency signs that may follow the amount as well ("1.5亿＄").
    static let signsWrittenAfter: [Unicode.Scalar: String] = ["$": "美元", "＄": "美元", "€": "欧元", "£": "英镑", "￡": "英镑"]

    /// The small coins of a currency and their power of ten: "五元三毛", "两美元又三美分".
    static let smallCoins: [String: [(surface: [Unicode.Scalar], scale: Int)]] = [
        "元": [(["毛"], -1), (["角"], -1), (["分"], -2)],
        "美元": [(["美", "分"], -2), (["分"], -2)],
        "欧元": [(["欧", "分"], -2), (["分"], -2)],
        "港元": [(["仙"], -2)],
        "英镑": [(["便", "士"], -2)],
    ]

    /// Words that start like a coin but are none: "5分钟", "3分之1", "2角星".
    static let coinLookalikes = ["分钟", "分之", "分期", "角星", "角形"].map { Array($0.unicodeScalars) }

    /// 度 after a number is electricity (kWh) unless the words before it speak of temperature
    /// or of an angle.
    static let degree = Unit(surface: ["度"], normalized: "千瓦时", kind: .energy)
    static let degreeOfTemperature = Unit(surface: ["度"], normalized: "℃", kind: .temperature)
    static let degreeFahrenheit = Unit(surface: ["度"], normalized: "℉", kind: .temperature)
    static let degreeOfAngle = Unit(surface: ["度"], normalized: "°", kind: .angle)
    /// Words that make the 度 after them an angle: "坡度15度", "旋转90度".
    static let angleWords = [
        "角度", "坡度", "倾角", "夹角", "仰角", "俯角", "转角", "偏角", "斜度", "倾斜", "旋转", "转动", "纬度", "经度", "北纬",
        "南纬", "东经", "西经", "弯曲", "扭转", "视角", "度角",
    ].map { Array($0.unicodeScalars) }
    static let temperatureWords = [
        "气温", "温度", "零下", "摄氏", "华氏", "高温", "低温", "体温", "水温", "油温", "室温", "恒温", "控温", "温控", "调温", "降温",
        "升温", "最高", "最低",
    ].map { Array($0.unicodeScalars) }

    /// Scales written before a temperature: "摄氏15度".
    static let temperatureScales: [[Unicode.Scalar]] = [["摄", "氏"], ["华", "氏"]]

    /// Marks between the ends of a range: "3至5年", "3-5个", "10万—20万元".
    static let rangeSeparators: Set<Unicode.Scalar> = ["至", "到", "-", "~", "～", "—", "–", "〜", "－"]

    /// The range separators that are marks, which blanks may stand around ("150 — 160").
    static let dashes: Set<Unicode.Scalar> = ["-", "~", "～", "—", "–", "〜", "－"]

    /// The month of "两个半月", where 月 alone is a duration.
    static let month = Unit(surface: ["月"], normalized: "月", kind: .duration)

    /// The simplified form of a scalar (itself when it has none), from `TraditionalForms`.
    @inline(__always)
    static func simplified(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard scalar.value < 0x10000 else { return scalar }
        let folded = simplifiedTable[Int(scalar.value)]
        return folded == 0 ? scalar : Unicode.Scalar(folded)!
    }

    /// A paragraph with every traditional form the grammar knows folded to its simplified
    /// form, scalar for scalar; the same array when there is none.
    static func folded(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard var index = text.firstIndex(where: { simplified($0) != $0 }) else { return text }
        var folded = text
        while index < folded.count {
            folded[index] = simplified(folded[index])
            index += 1
        }
        return folded
    }

    /// `TraditionalForms` as a flat table over the Basic Multilingual Plane (0: no other form):
    /// folding looks up every scalar of a paragraph.
    private static let simplifiedTable: [UInt16] = {
        var table = [UInt16](repeating: 0, count: 0x10000)
        for (from, to) in TraditionalForms.simplified where from.value < 0x10000 && to.value < 0x10000 {
            table[Int(from.value)] = UInt16(to.value)
        }
        return table
    }()

    /// The units that may start with `scalar` (already simplified), longest first, for
    /// longest-match lookup.
    @inline(__always)
    static func units(startingWith scalar: Unicode.Scalar) -> [Unit]? {
        guard scalar.value < 0x10000 else { return nil }
        let slot = unitSlots[Int(scalar.value)]
        return slot == 0 ? nil : unitGroups[Int(slot) - 1]
    }

    /// Units grouped by their first scalar, longest first.
    private static let unitGroups: [[Unit]] = {
        Dictionary(grouping: allUnits, by: { $0.surface[0] }).sorted { $0.key.value < $1.key.value }
            .map { $0.value.sorted { $0.surface.count > $1.surface.count } }
    }()

    /// For each scalar of the Basic Multilingual Plane, 1 + the index of its group in `unitGroups`, or 0.
    private static let unitSlots: [UInt16] = {
        var slots = [UInt16](repeating: 0, count: 0x10000)
        for (index, group) in unitGroups.enumerated() where group[0].surface[0].value < 0x10000 {
            slots[Int(group[0].surface[0].value)] = UInt16(index + 1)
        }
        return slots
    }()

    /// Amounts of money that energy, weight or water use is divided by: "吨标准煤/万元".
    static let outputDivisors = ["万元", "亿元", "元"].map { Array($0.unicodeScalars) }

    /// Units a money amount may be divided by in a compound unit ("元/平方米", "元每吨").
    static let perUnits = ["月", "年", "日", "天", "度", "时", "小时", "分钟", "秒", "周"].map { Array($0.unicodeScalars) }

    /// Divisors that make a rate of any figure, not only of money: "300万吨/年", "每秒3立方米".
    static let timeDivisors: Set<String> = ["年", "月", "日", "天", "时", "小时", "分钟", "秒", "周"]

    /// Kinds of units of measure, which 每 before a price divides it by ("每吨1500元").
    static let measureKinds: Set<FigureKind> = [.weight, .volume, .area, .length, .energy, .data]

    /// Short spans of time that make a rate of a physical amount: "每秒3立方米", "每小时70毫米".
    static let shortTimeDivisors: Set<String> = ["秒", "分钟", "小时"]

    /// Index points (点) and basis points: "收报3312.50点", "下调0.5个基点".
    static let indexPoint = Unit(surface: ["点"], normalized: "点", kind: .count)

    /// Words that make the bare 度 after them electricity (千瓦时) rather than a count of times.
    static let electricityMarks: Set<Unicode.Scalar> = ["电", "瓦"]

    /// Words after a number that make it no quantity ("3年级", "70周年", "10号", "两位数").
    static let blockingSuffixes = ["年级", "周年", "年代", "号", "期", "楼", "层楼", "版", "代", "号线", "线", "位数", "字方针"]
        .map { Array($0.unicodeScalars) }

    struct QualifierWord {
        var surface: [Unicode.Scalar]
        var qualifier: Qualifier
    }

    private static func words(_ qualifier: Qualifier, _ surfaces: [String]) -> [QualifierWord] {
        surfaces.map { QualifierWord(surface: Array($0.unicodeScalars), qualifier: qualifier) }
    }

    /// Qualifier words written right before a number, longest first.
    static let prefixQualifiers: [QualifierWord] =
        (words(.approx, ["大约有", "大概有", "约有", "大约", "约为", "约合", "约", "大概"])
        + words(.over, ["超过", "超出", "多于", "高于", "多於", "高於", "突破", "逾", "超"])
        // "不能低于150元" is a floor, "不得超过" a ceiling; 於 is kept as written in traditional text.
        + words(
            .atLeast,
            [
                "不少于", "不低于", "不少於", "不低於", "不能少于", "不能低于", "不得少于", "不得低于", "不应低于", "至少",
                "最少", "起码",
            ])
        + words(.atMost, ["不超过", "不高于", "不高於", "不能超过", "不得超过", "不得高于", "不能高于", "不应超过", "至多", "最多", "最高"])
        + words(.under, ["不足", "不到", "未满", "未达", "将近", "接近", "少于", "低于", "少於", "低於", "近"])).sorted {
            $0.surface.count > $1.surface.count
        }

    /// `prefixQualifiers` by their last scalar, longest first: a qualifier is looked for before
    /// every figure, and only the words ending in the scalar there can match.
    static let prefixQualifiersByLast: [Unicode.Scalar: [QualifierWord]] = Dictionary(grouping: prefixQualifiers) {
        $0.surface.last!
    }

    /// Words that end in a qualifier character but qualify nothing: 节约, 签约, 赶超.
    static let qualifierLookalikes = [
        "节约", "签约", "预约", "制约", "履约", "特约", "集约", "邀约", "合约", "条约", "公约", "违约", "简约", "续约", "解约",
        "缔约", "守约", "隐约", "相约", "赴约", "婚约", "盟约", "毁约", "爽约", "赶超", "高超", "招超",
    ].map { Array($0.unicodeScalars) }

    /// Qualifier words written after the unit, longest first.
    static let suffixQualifiers: [QualifierWord] =
        (words(.atLeast, ["（含）以上", "(含)以上", "或以上", "及以上", "或更高", "或更多", "以上"])
        + words(.atMost, ["（含）以下", "(含)以下", "或以下", "及以下", "或更低", "或更少", "以下", "以内", "之内"])
        + words(.approx, ["左右", "上下"])
        + words(.over, ["有余", "多", "余"])).sorted { $0.surface.count > $1.surface.count }

    /// Qualifier words between the number and its unit ("500余节", "120多个", "10来个").
    static let infixQualifiers: [Unicode.Scalar: Qualifier] = [
        "余": .over, "餘": .over, "多": .over, "几": .over, "幾": .over, "来": .approx,
    ]

    /// Units a trailing 半 adds a half to ("三斤半", "一年半").
    static let halfUnits: Set<String> = [
        "斤", "两", "公斤", "吨", "年", "月", "天", "小时", "周", "倍", "亩", "米", "公里", "岁", "℃", "℉", "升", "加仑",
    ]

    /// Units "半" alone measures half of ("半小时", "半公斤"); not after 上, 下, 前, 后 ("上半年").
    static let unitsOfAHalf: Set<String> = ["小时", "月", "天", "斤", "公斤", "吨", "升", "加仑", "年"]
    static let halfNotAlone: Set<Unicode.Scalar> = [
        "上", "下", "前", "后", "大", "多", "一", "过", "每", "半", "近", "对", "减", "折", "个", "個",
    ]

    /// Divisors that make a length a speed: "3公里每小时", "10 m/s".
    static let speedDivisors: [(surface: [Unicode.Scalar], normalized: String)] = [
        ("每小时", "小时"), ("/小时", "小时"), ("/时", "小时"), ("/h", "小时"), ("每秒钟", "秒"), ("每秒", "秒"), ("/秒", "秒"),
        ("/s", "秒"), ("每分钟", "分钟"), ("/分钟", "分钟"),
    ].map { (Array($0.0.unicodeScalars), $0.1) }

    /// Words right before a number that make the length after it a speed: "时速350公里".
    static let speedWords: [(surface: [Unicode.Scalar], normalized: String)] = [
        ("每小时", "小时"), ("时速", "小时"), ("每秒", "秒"), ("秒速", "秒"), ("每分钟", "分钟"),
    ].map { (Array($0.0.unicodeScalars), $0.1) }

    /// Latin multipliers after an Arabic number, read only for bare numbers ("40k", "3M").
    static let latinMultipliers: [Unicode.Scalar: Int] = ["k": 3, "K": 3, "Ｋ": 3, "ｋ": 3, "M": 6, "Ｍ": 6]

    /// Letters that multiply an Arabic number written before a measure word or currency in
    /// Chinese, in any mode: "15k元", "300w张" (w for 万). Alone, W is a watt.
    static let latinMultipliersBeforeUnits: [Unicode.Scalar: Int] = [
        "k": 3, "K": 3, "Ｋ": 3, "ｋ": 3, "w": 4, "W": 4, "ｗ": 4, "Ｗ": 4,
    ]

    /// Units after which one more digit counts tenths: "一米八" (1.8 米).
    static let unitsWithSpokenTenths: [[Unicode.Scalar]] = [["米"]]

    /// "（含）" after the low end of a range: it is included ("1万(含)-5万元").
    static let inclusiveMarks: [[Unicode.Scalar]] = [Array("（含）".unicodeScalars), Array("(含)".unicodeScalars)]

    /// 两 as a weight (50 grams), read after Arabic digits only.
    static let liang = Unit(surface: ["两"], normalized: "两", kind: .weight)

    /// 角 as a coin: a tenth of a yuan.
    static let dime = Unit(surface: ["角"], normalized: "元", kind: .money, scale: -1)

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
    static let changeVerbs: [ChangeVerb] =
        (verbs(
            .increase,
            [
                "增长", "增加", "提高", "上升", "提升", "上涨", "增幅", "增速", "攀升", "扩大", "升高", "回升", "走高",
                "上扬", "高开", "增多", "加快", "加速", "增产", "增收", "升值", "反弹", "急弹", "弹升", "上调", "飙升", "大涨",
                "收涨", "加价", "偏高", "偏多", "升温", "增温", "升", "增", "涨", "加",
            ])
        + verbs(
            .decrease,
            [
                "下降", "减少", "降低", "削减", "缩减", "下滑", "回落", "压缩", "缩短", "减小", "降幅", "下跌", "走低",
                "低开", "下调", "放缓", "减缓", "减产", "减收", "贬值", "回吐", "暴跌", "大跌", "收跌", "收窄", "跳水",
                "偏低", "偏少", "降温", "减", "降", "跌",
            ])).sorted { $0.surface.count > $1.surface.count }

    /// `changeVerbs` by their last scalar, longest first (see `prefixQualifiersByLast`).
    static let changeVerbsByLast: [Unicode.Scalar: [ChangeVerb]] = Dictionary(grouping: changeVerbs) {
        $0.surface.last!
    }

    /// Nouns of a change, which may be followed by 为, 是, 高达 or 在: "增幅为12%", "增长率高达61.6%",
    /// "降低幅度在17%左右".
    static let changeNouns: [ChangeVerb] =
        (verbs(.increase, ["增长率", "增长幅度", "增幅", "涨幅", "升幅", "加幅", "增速", "增长速度", "增加幅度", "提高幅度", "增加率", "提高率"])
        + verbs(.decrease, ["下降幅度", "降低幅度", "减少幅度", "降幅", "跌幅", "减幅", "下降率", "降低率", "减少率", "降速"])).sorted {
            $0.surface.count > $1.surface.count
        }

    /// Words between a change noun and its figure.
    static let changeNounLinks = ["约为", "为", "是", "高达", "达到", "达", "变成", "变为", "在"].map { Array($0.unicodeScalars) }

    /// Words ending in a change verb that name no change: 新增 and 净增 count new things, and
    /// 参加 or 附加 add nothing to an earlier amount.
    static let changeVerbExceptions = ["新增", "净增", "增设", "新减", "参加", "附加", "外加", "叠加", "添加", "施加"]
        .map { Array($0.unicodeScalars) }

    /// "三成" is 30 %; words that start with 成 or 折 make it no share ("三成为", "折合").
    static let shareWordBlockers: Set<Unicode.Scalar> = [
        "为", "立", "本", "果", "效", "功", "员", "熟", "交", "绩", "品", "都", "年", "长", "片", "套", "型", "就", "分", "像", "批",
        "合", "算", "旧", "射", "线", "叠", "返", "腾", "服",
    ]

    /// Words before 一 that make it pick one thing rather than measure: 下一年, 每一天, 同一批.
    static let loneOneDeterminers: Set<Unicode.Scalar> = [
        "下", "上", "同", "每", "前", "后", "当", "本", "这", "那", "哪", "某", "任", "逐", "统", "唯", "第", "头",
    ]

    /// Counters after which a lone 二 numbers the kind, not the amount: "二套房", "二类", "二批".
    static let ordinalAfterTwo: Set<String> = ["套", "类", "批", "档", "级", "等", "胎", "线"]

    /// Words that end a place name after a number and a unit: "六里桥", "三里屯", "十里铺", "五台山",
    /// "七台河", "三门峡".
    static let placeNameEnds: [String: Set<Unicode.Scalar>] = [
        "里": ["桥", "屯", "铺", "店", "河", "庄", "堡", "营", "村", "坡", "沟", "街", "路", "镇", "湾", "岗", "坪", "亭", "滩", "峡"],
        "台": ["山", "河"],
        "门": ["峡"],
        "支": ["队"],
    ]

    /// Words that make a number vague: 数十, 几十, 十几, 若干.
    static let vagueMarkers: Set<Unicode.Scalar> = ["数", "几", "幾", "若", "好"]

    /// Words allowed between a change verb and its figure.
    static let changeFillers = ["分别", "了", "高达", "达到", "达", "幅度为", "幅度达", "近", "也", "将", "有望"].map {
        Array($0.unicodeScalars)
    }

    /// Words between "N%的" and a verb of change that name its pace: "以15%的速度增长".
    static let paceWords = ["年均速度", "速度", "幅度"].map { Array($0.unicodeScalars) }

    /// Words after a change verb that make the figure a level, not a change ("提升至91%").
    static let levelMarkers: Set<Unicode.Scalar> = ["至", "到", "为"]

    static let comparisons: [(surface: [Unicode.Scalar], comparison: Comparison)] = [
        (Array("同比".unicodeScalars), .yearOnYear), (Array("环比".unicodeScalars), .periodOnPeriod),
    ]

    /// After "第N", these make an ordinal (第二次, 第十三届), never a figure.
    static let ordinalCounters: Set<Unicode.Scalar> = [
        "次", "届", "批", "期", "季", "部", "章", "条", "款", "节", "轮", "个", "号", "位", "项", "年", "天", "阶", "类", "种", "家", "层",
        "排", "组", "代", "卷",
    ]

    /// Words ending in 前 that are no scope of a rank: "目前3家", "提前3天" count and measure.
    static let wordsEndingInQian = [
        "目前", "当前", "提前", "此前", "之前", "以前", "日前", "年前", "月前", "天前", "事前", "空前", "超前", "眼前", "面前",
        "向前", "先前", "从前", "节前", "会前", "赛前", "生前", "期前", "届前", "截至目前",
    ].map { Array($0.unicodeScalars) }

    /// Words that hold numerals but state no amount: idioms ("五花八门", "三番五次"), fixed
    /// terms ("三次产业", "八项规定", "红十字"), plan names ("十四五") and adverbs ("四处"). The scan steps over them whole.
    static let numeralWords = [
        "四处", "五花八门", "三番五次", "三番两次", "三天打鱼", "两天晒网", "三次产业", "八项规定", "百年大计", "百年老店",
        "百年树人", "十年树木", "三人成虎", "两面三刀", "三头六臂", "一石二鸟", "一举两得", "九牛一毛", "七嘴八舌", "五体投地",
        "一心一意", "三心二意", "一五一十", "千家万户", "千方百计", "万无一失", "四面八方", "五湖四海", "四通八达", "七上八下",
        "乱七八糟", "横七竖八", "十全十美", "一干二净", "独一无二", "数一数二", "接二连三", "三令五申", "三五成群", "三三两两",
        "半斤八两", "一日千里", "千军万马", "万众一心", "九死一生", "十拿九稳", "三言两语", "三长两短", "一清二楚", "一穷二白",
        "千篇一律", "百发百中", "百战百胜", "两全其美", "两袖清风", "四分五裂", "五光十色", "六神无主", "七零八落", "八面玲珑",
        "百里挑一", "千钧一发", "万紫千红", "四个意识", "四个自信", "两个维护", "两个确立", "四个全面", "五位一体", "三严三实",
        "两学一做", "一岗双责", "三重一大", "九九归一", "一年四季", "五颜六色", "七年之痒", "一日三餐", "一毛不拔",
        "十字路", "十字街", "十字架", "十字形", "十字绣", "十字交叉", "红十字", "四轮驱动", "四轮传动", "两轮驱动", "三座大山", "二次", "一次性", "一点一滴",
        // Five-year plans: "十四五" is the 14th plan, not 14 to 15.
        "十一五", "十二五", "十三五", "十四五", "十五五", "十六五",
    ].map { Array($0.unicodeScalars) }

    /// The numeral words by their first numeral and where it stands in the word.
    static let numeralWordsByNumeral: [Unicode.Scalar: [(word: [Unicode.Scalar], offset: Int)]] = {
        var index: [Unicode.Scalar: [(word: [Unicode.Scalar], offset: Int)]] = [:]
        for word in numeralWords {
            guard let offset = word.firstIndex(where: NumeralReader.startsNumber) else { continue }
            index[word[offset], default: []].append((word, offset))
        }
        return index
    }()

    /// Marks between the sides of a size: "69.1×151.7×7.9mm".
    static let dimensionMarks: Set<Unicode.Scalar> = ["×", "✕", "x", "X", "*", "＊", "ｘ"]

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

    /// Marks inside a quote that make it a sentence, not a name or a slogan.
    static let sentenceMarks: Set<Unicode.Scalar> = ["，", "。", "；", "！", "？", ",", ";", "!", "?"]
}
