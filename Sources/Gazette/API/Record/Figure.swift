/// A quantity stated in a document, with its exact normalized value.
///
/// `value` is a plain decimal string (no exponent, no grouping): "1.29万辆" has value "12900".
/// `paragraph` indexes the paragraphs of the part it belongs to (the lead or its section), and
/// `start..<end` are Unicode scalar offsets in that paragraph, so the slice equals `text`.
public struct Figure: Decodable, Sendable, Equatable {
    /// The figure exactly as written ("1460万元", "0.6个百分点").
    public var text: String
    /// The exact normalized value, the lower end of a range: "1460万元" has value "14600000" (unit "元").
    public var value: String
    /// The upper end of a range ("3至5年"); nil for a single value.
    public var valueMax: String?
    /// Normalized unit: a measure word ("个", "人次"), "元", "%", "pp", "平方米", …
    public var unit: String
    /// What the figure measures (money, a count, a percentage, an area, …), from its unit.
    public var kind: FigureKind
    /// How the stated value relates to the true one ("约", "超过", "以上"); nil when it is stated as exact.
    public var qualifier: Qualifier?
    /// Whether the figure measures an increase or a decrease ("增长12%", "下降33.8%"); nil when it is not
    /// a change.
    public var change: Change?
    /// "yoy" for 同比, "mom" for 环比, when the change is stated against such a base.
    public var comparison: Comparison?
    /// Index of the paragraph the figure stands in, among the paragraphs of its part (the lead or its section).
    public var paragraph: Int
    /// Offset of the figure's first Unicode scalar in that paragraph.
    public var start: Int
    /// Offset just past its last Unicode scalar: `start..<end` of the paragraph is `text`.
    public var end: Int

    /// A figure written as `text`, with its normalized value, unit and kind, at `start..<end` of paragraph
    /// `paragraph`; the qualifier, change and comparison are nil unless given.
    public init(
        text: String, value: String, valueMax: String? = nil, unit: String, kind: FigureKind,
        qualifier: Qualifier? = nil, change: Change? = nil, comparison: Comparison? = nil,
        paragraph: Int = 0, start: Int = 0, end: Int = 0
    ) {
        self.text = text
        self.value = value
        self.valueMax = valueMax
        self.unit = unit
        self.kind = kind
        self.qualifier = qualifier
        self.change = change
        self.comparison = comparison
        self.paragraph = paragraph
        self.start = start
        self.end = end
    }
}

/// The closed set of figure kinds.
public enum FigureKind: String, Decodable, Sendable, CaseIterable {
    /// Things counted with a measure word: 个 家 人次 辆 …
    case count
    /// Amounts of money; `unit` is the currency ("元", "美元") or a compound ("元/平方米").
    case money
    /// Percentages (unit "%" or "‰") and percentage points (unit "pp").
    case percent
    /// Multiples: "1.5倍".
    case ratio
    /// Physical quantities, by their unit: area ("平方米", "亩"), length ("公里"), weight ("吨"), volume
    /// ("立方米", "升"), energy ("千瓦时"), power ("千瓦"), speed ("公里/小时") and temperature ("℃").
    case area, length, weight, volume, energy, power, speed, temperature
    /// Angles and slopes: "坡度15度", "旋转90°" (unit "°").
    case angle
    /// Amounts of data: 字节, 兆字节, 比特.
    case data
    /// Frequencies: 赫兹, 兆赫.
    case frequency
    /// Electric potential: 伏, 千伏 (kV), as power lines are classed ("110千伏以上").
    case voltage
    /// Spans of time: "3年", "15分钟", "24小时".
    case duration
    /// Positions in a ranking: "第3名", "全市第一".
    case rank
    /// A bare number without a unit (only reported on request).
    case number
}

/// How a stated value relates to the true one.
public enum Qualifier: String, Decodable, Sendable, CaseIterable {
    /// 约, 大约, 左右, 上下
    case approx
    /// Strictly more: 超, 超过, 逾, 余, 多
    case over
    /// 以上, 不少于, 至少, 不低于
    case atLeast
    /// 以下, 以内, 不超过, 至多
    case atMost
    /// Strictly less: 不足, 不到, 近, 未满
    case under
}

/// The direction of a change the figure measures ("下降33.8%").
public enum Change: String, Decodable, Sendable, CaseIterable {
    /// `increase`: a rise (增长, 提高, 上涨, 增幅); `decrease`: a fall (下降, 减少, 回落, 降幅).
    case increase, decrease
}

/// The base a change is measured against.
public enum Comparison: String, Decodable, Sendable, CaseIterable {
    /// 同比: against the same period of the previous year.
    case yearOnYear
    /// 环比: against the previous period.
    case periodOnPeriod
}
