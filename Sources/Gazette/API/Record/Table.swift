/// A data table of an HTML page: its caption, header row and body rows as cell text, and the
/// figures read from its cells.
public struct Table: Decodable, Sendable, Equatable {
    /// The text of the table's `<caption>` ("表1 各街道项目完成情况（单位：万元）"), or nil when it has none.
    public var caption: String?
    /// The cells of the first row when it is a header row (`<th>` cells, `<thead>`, or header-like text);
    /// empty otherwise.
    public var header: [String]
    /// The body rows, each a list of cell texts.
    public var rows: [[String]]
    /// Figures of the body cells. A unit stated in the caption or a column header
    /// ("单位：万元", "金额（亿元）") applies to the bare numbers of that column.
    public var figures: [TableFigure]
    /// Path of the section the table stands in ("2", "2.1"), or nil in the lead.
    public var section: String?

    /// A table with its caption, header row and body rows; `figures` and `section` are empty and nil unless
    /// given.
    public init(
        caption: String?, header: [String], rows: [[String]], figures: [TableFigure] = [], section: String? = nil
    ) {
        self.caption = caption
        self.header = header
        self.rows = rows
        self.figures = figures
        self.section = section
    }

    enum CodingKeys: String, CodingKey { case caption, header, rows, figures, section }
}

/// A figure read from a table cell, with the cell's position and its column header as context.
public struct TableFigure: Decodable, Sendable, Equatable {
    /// The body row of the cell, from 0 (the header row is not counted).
    public var row: Int
    /// The column of the cell, from 0.
    public var column: Int
    /// The column header the cell stands under, or "" without a header row.
    public var context: String
    /// The figure as written in the cell ("10250", "96.2", "约300万元").
    public var text: String
    /// The exact normalized value as a plain decimal string: "10250" in a table "（单位：万元）" has value
    /// "102500000" (unit "元").
    public var value: String
    /// The normalized unit, from the cell or else from its column or the table ("元", "%", "吨").
    public var unit: String
    /// What the figure measures, from its unit.
    public var kind: FigureKind
    /// How the stated value relates to the true one ("约", "以上"); nil when it is stated as exact.
    public var qualifier: Qualifier?

    /// A figure read from the cell at `row` and `column`, under the column header `context`.
    public init(
        row: Int, column: Int, context: String, text: String, value: String, unit: String, kind: FigureKind,
        qualifier: Qualifier? = nil
    ) {
        self.row = row
        self.column = column
        self.context = context
        self.text = text
        self.value = value
        self.unit = unit
        self.kind = kind
        self.qualifier = qualifier
    }
}
