/// A data table of an HTML page: its caption, header row and body rows as cell text, and the
/// figures read from its cells.
public struct Table: Decodable, Sendable, Equatable {
    public var caption: String?
    public var header: [String]
    public var rows: [[String]]
    /// Figures of the body cells. A unit stated in the caption or a column header
    /// ("单位：万元", "金额（亿元）") applies to the bare numbers of that column.
    public var figures: [TableFigure]
    /// Path of the section the table stands in ("2", "2.1"), or nil in the lead.
    public var section: String?

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
    public var row: Int
    public var column: Int
    /// The column header the cell stands under, or "" without a header row.
    public var context: String
    public var text: String
    public var value: String
    public var unit: String
    public var kind: FigureKind
    public var qualifier: Qualifier?

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
