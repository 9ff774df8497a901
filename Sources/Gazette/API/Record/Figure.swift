/// A quantity stated in a document, with its exact normalized value.
///
/// `value` is a plain decimal string (no exponent, no grouping): "1.29万辆" has value "12900".
/// `paragraph` indexes the paragraphs of the part it belongs to (the lead or its section), and
/// `start..<end` are Unicode scalar offsets in that paragraph, so the slice equals `text`.
public struct Figure: Decodable, Sendable, Equatable {
    public var text: String
    public var value: String
    /// The upper end of a range ("3至5年"); nil for a single value.
    public var valueMax: String?
    /// Normalized unit: a measure word ("个", "人次"), "元", "%", "pp", "平方米", …
    public var unit: String
    public var kind: FigureKind
    public var qualifier: Qualifier?
    public var change: Change?
    /// "yoy" for 同比, "mom" for 环比, when the change is stated against such a base.
    public var comparison: Comparison?
    public var paragraph: Int
    public var start: Int
    public var end: Int

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
    case increase, decrease
}

/// The base a change is measured against.
public enum Comparison: String, Decodable, Sendable, CaseIterable {
    /// 同比: against the same period of the previous year.
    case yearOnYear
    /// 环比: against the previous period.
    case periodOnPeriod
}
