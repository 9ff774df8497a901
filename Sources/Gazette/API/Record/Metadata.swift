/// What a page or a byline says about the document itself: when and by whom it was
/// published. Every field is nil when the source does not state it.
public struct Metadata: Decodable, Sendable, Equatable {
    /// ISO 8601: "2025-03-18T09:30:00+08:00" when a time is given (China Standard Time),
    /// else the date "2025-03-18".
    public var publishedAt: String?
    /// Where `publishedAt` was read, from the strongest evidence to the weakest: `byline` (a
    /// labelled line or the line under the title), `json-ld` (`datePublished`), `meta` (a
    /// `<meta>` tag), `time-element` (a `<time datetime>`), `script` (a WeChat article's
    /// script), `header-date` (a bare date near the title or a signature's date), `url` (the
    /// page's address). Nil when there is no publication time.
    public var publishedAtSource: String?
    /// The publishing body, from "来源：" or "信息来源：".
    public var source: String?
    /// The author or editor, from "作者：", "编辑：", "责任编辑：".
    public var author: String?
    /// The reviewer, from "审核：".
    public var reviewer: String?
    /// The document number, such as "渝中府办发〔2025〕12号" (发文字号).
    public var documentNumber: String?
    /// The issuing organ of an official document (发文机关).
    public var issuer: String?
    /// The date an official document was signed (成文日期), ISO 8601 as `publishedAt`.
    public var writtenAt: String?
    /// The index number of a government information page (索引号).
    public var index: String?
    /// The page's canonical URL (`<link rel="canonical">`).
    public var canonicalURL: String?

    /// Metadata with the fields given; every field not given is nil.
    public init(
        publishedAt: String? = nil, publishedAtSource: String? = nil, source: String? = nil, author: String? = nil,
        reviewer: String? = nil, documentNumber: String? = nil, issuer: String? = nil, writtenAt: String? = nil,
        index: String? = nil, canonicalURL: String? = nil
    ) {
        self.publishedAt = publishedAt
        self.publishedAtSource = publishedAtSource
        self.source = source
        self.author = author
        self.reviewer = reviewer
        self.documentNumber = documentNumber
        self.issuer = issuer
        self.writtenAt = writtenAt
        self.index = index
        self.canonicalURL = canonicalURL
    }

    enum CodingKeys: String, CodingKey {
        case publishedAt, publishedAtSource, source, author, reviewer, documentNumber, issuer, writtenAt, index,
            canonicalURL
    }

    /// Reads records of schema 1.0 too, which have no `issuer`, `writtenAt` or `index`.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            publishedAt: try container.decodeIfPresent(String.self, forKey: .publishedAt),
            publishedAtSource: try container.decodeIfPresent(String.self, forKey: .publishedAtSource),
            source: try container.decodeIfPresent(String.self, forKey: .source),
            author: try container.decodeIfPresent(String.self, forKey: .author),
            reviewer: try container.decodeIfPresent(String.self, forKey: .reviewer),
            documentNumber: try container.decodeIfPresent(String.self, forKey: .documentNumber),
            issuer: try container.decodeIfPresent(String.self, forKey: .issuer),
            writtenAt: try container.decodeIfPresent(String.self, forKey: .writtenAt),
            index: try container.decodeIfPresent(String.self, forKey: .index),
            canonicalURL: try container.decodeIfPresent(String.self, forKey: .canonicalURL))
    }
}
