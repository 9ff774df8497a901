/// One numbered item of an announcement ("01", "一、", "（一）", "第一条", "案例一"), with its sub-items.
public struct Section: Decodable, Sendable, Equatable {
    /// Where a section's title was read, by the rule `Segmenter` documents.
    public enum TitleForm: String, Decodable, Sendable {
        /// A line of its own: the marker's line without a sentence after it, or the line under a
        /// marker that stands alone ("一、支持企业稳定发展").
        case heading
        /// The first sentence of the item, a short heading before its body ("（三）加强就业服务。对……").
        case runIn
        /// A short label before a colon ("一、元旦：1月1日至3日放假").
        case label
        /// No title: the item is a running paragraph ("1.对符合条件的企业，给予……") or an article
        /// of rules ("第一条 为了……"). Its whole text is its body.
        case none
    }

    /// The item's number as an integer: 3 for "03", "三、", "（三）" and "案例三".
    public var number: Int
    /// The marker exactly as written, e.g. "01", "一、", "（一）", "1.".
    public var marker: String
    /// 1 for top-level items, 2 for their sub-items, and so on.
    public var level: Int
    /// The title; empty when `titleForm` is `none`.
    public var title: String
    /// How the title was read; records of schema 1.0 read as `heading`.
    public var titleForm: TitleForm
    /// Units leading the item: "由A、B牵头", "（A牵头，B参与）", or the first unit of
    /// "（A、B按职责分工负责）" when the document says the first listed leads.
    public var leadOrganizations: [String]
    /// Every unit the item names as responsible, leading ones first, each exactly as written.
    public var responsibleOrganizations: [String]
    /// The first sentence of the body, or nil when the body is empty.
    public var lead: String?
    /// The item's own paragraphs, in reading order: those before its first sub-item, then any
    /// that follow its sub-items ("申请材料一式两份……" after a list).
    public var paragraphs: [String]
    /// How many of `paragraphs` stand before the sub-items; the rest follow them.
    public var paragraphsBeforeSections: Int
    /// Figures of the item's own paragraphs (its sub-items hold theirs); each one's `paragraph` indexes
    /// `paragraphs`.
    public var figures: [Figure]
    /// Dates of the item's own paragraphs; each one's `paragraph` indexes `paragraphs`.
    public var dates: [DateMention]
    /// Titles cited in 《》, without the brackets.
    public var references: [String]
    /// The item's sub-items, one level deeper, in reading order.
    public var sections: [Section]

    /// A section. Without `titleForm` the title reads as a `heading`, without `responsibleOrganizations` the
    /// leading units are the responsible ones, and without `paragraphsBeforeSections` every paragraph
    /// stands before the sub-items.
    public init(
        number: Int, marker: String, level: Int, title: String, titleForm: TitleForm? = nil,
        leadOrganizations: [String] = [], responsibleOrganizations: [String]? = nil, lead: String? = nil,
        paragraphs: [String] = [],
        paragraphsBeforeSections: Int? = nil, figures: [Figure] = [], dates: [DateMention] = [],
        references: [String] = [],
        sections: [Section] = []
    ) {
        self.number = number
        self.marker = marker
        self.level = level
        self.title = title
        // A record that does not say how its title was read meant it to have one.
        self.titleForm = titleForm ?? .heading
        self.leadOrganizations = leadOrganizations
        self.responsibleOrganizations = responsibleOrganizations ?? leadOrganizations
        self.lead = lead
        self.paragraphs = paragraphs
        self.paragraphsBeforeSections = min(paragraphsBeforeSections ?? paragraphs.count, paragraphs.count)
        self.figures = figures
        self.dates = dates
        self.references = references
        self.sections = sections
    }

    enum CodingKeys: String, CodingKey {
        case number, marker, level, title, titleForm, leadOrganizations, responsibleOrganizations, lead, paragraphs,
            paragraphsBeforeSections, figures,
            dates, references, sections
    }

    /// Reads records of schema 1.0 too, which have no `titleForm`, `responsibleOrganizations` or
    /// `paragraphsBeforeSections`.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let title = try container.decode(String.self, forKey: .title)
        let leads = try container.decode([String].self, forKey: .leadOrganizations)
        self.init(
            number: try container.decode(Int.self, forKey: .number),
            marker: try container.decode(String.self, forKey: .marker),
            level: try container.decode(Int.self, forKey: .level),
            title: title,
            titleForm: try container.decodeIfPresent(TitleForm.self, forKey: .titleForm),
            leadOrganizations: leads,
            responsibleOrganizations: try container.decodeIfPresent([String].self, forKey: .responsibleOrganizations),
            lead: try container.decodeIfPresent(String.self, forKey: .lead),
            paragraphs: try container.decode([String].self, forKey: .paragraphs),
            paragraphsBeforeSections: try container.decodeIfPresent(Int.self, forKey: .paragraphsBeforeSections),
            figures: try container.decode([Figure].self, forKey: .figures),
            dates: try container.decode([DateMention].self, forKey: .dates),
            references: try container.decode([String].self, forKey: .references),
            sections: try container.decode([Section].self, forKey: .sections))
    }
}
