/// One numbered item of an announcement ("01", "一、", "（一）", "案例一"), with its sub-items.
public struct Section: Codable, Sendable, Equatable {
    /// The item's number as an integer: 3 for "03", "三、", "（三）" and "案例三".
    public var number: Int
    /// The marker exactly as written, e.g. "01", "一、", "（一）", "1.".
    public var marker: String
    /// 1 for top-level items, 2 for their sub-items, and so on.
    public var level: Int
    public var title: String
    /// Units leading the item, from "由A、B牵头", each exactly as written.
    public var leadOrganizations: [String]
    /// The first sentence of the body, or nil when the body is empty.
    public var lead: String?
    /// The body paragraphs before the first sub-item.
    public var paragraphs: [String]
    public var figures: [Figure]
    public var dates: [DateMention]
    /// Titles cited in 《》, without the brackets.
    public var references: [String]
    public var sections: [Section]

    public init(
        number: Int, marker: String, level: Int, title: String,
        leadOrganizations: [String] = [], lead: String? = nil, paragraphs: [String] = [],
        figures: [Figure] = [], dates: [DateMention] = [], references: [String] = [], sections: [Section] = []
    ) {
        self.number = number
        self.marker = marker
        self.level = level
        self.title = title
        self.leadOrganizations = leadOrganizations
        self.lead = lead
        self.paragraphs = paragraphs
        self.figures = figures
        self.dates = dates
        self.references = references
        self.sections = sections
    }

    enum CodingKeys: String, CodingKey {
        case number, marker, level, title, leadOrganizations, lead, paragraphs, figures, dates, references, sections
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(number, forKey: .number)
        try container.encode(marker, forKey: .marker)
        try container.encode(level, forKey: .level)
        try container.encode(title, forKey: .title)
        try container.encode(leadOrganizations, forKey: .leadOrganizations)
        try container.encode(lead, forKey: .lead)
        try container.encode(paragraphs, forKey: .paragraphs)
        try container.encode(figures, forKey: .figures)
        try container.encode(dates, forKey: .dates)
        try container.encode(references, forKey: .references)
        try container.encode(sections, forKey: .sections)
    }
}
