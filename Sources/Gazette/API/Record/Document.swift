/// The structured record of one announcement: what `gazette parse` prints as JSON.
///
/// Every extracted figure can be traced back to its paragraph through `paragraph`,
/// `start` and `end` (Unicode scalar offsets into that paragraph).
public struct Document: Decodable, Sendable, Equatable {
    /// Version of the JSON contract; bumped when a field changes meaning.
    public static let currentSchemaVersion = "1.4"
    /// Versions whose records Gazette reads; 1.0 lacks the fields of official documents, 1.1
    /// the figure kind `angle`, and 1.2 the figures and dates of titles and captions.
    public static let readableSchemaVersions: Set<String> = ["1.0", "1.1", "1.2", "1.3", "1.4"]

    /// The version of the JSON contract the record follows ("1.3"); records made now have
    /// `currentSchemaVersion`.
    public var schemaVersion: String
    /// The version of Gazette that made the record; `convert --incremental` redoes records of
    /// other versions.
    public var gazetteVersion: String
    /// The source the record was made from: its name, format, encoding, size and SHA-256.
    public var source: SourceInfo
    /// The announcement's title ("关于做好2025年春节假期安排的通知"); nil when none was found.
    public var title: String?
    /// A second heading line that goes with the title (副标题, "奋力打造“办事不求人”城市品牌"); nil when none.
    public var subtitle: String?
    /// Figures of the title (`paragraph` 0) and the subtitle (`paragraph` 1): a headline's
    /// "同比上涨0.3%" is often the figure the page is about.
    public var titleFigures: [Figure]
    /// Dates of the title (`paragraph` 0) and the subtitle (`paragraph` 1).
    public var titleDates: [DateMention]
    /// Whom an official document addresses, as its line reads
    /// ("各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", "各位代表："); nil when none.
    public var addressee: String?
    /// The paragraphs between the (sub)title and the first section, with their figures and dates.
    public var lead: Lead
    /// The top-level numbered items, in reading order, each with its sub-items.
    public var sections: [Section]
    /// Paragraphs after the last section that speak to the whole document ("各地区、各部门要……",
    /// "本通知自印发之日起施行。", a report's closing appeal, a bulletin's notes), with their figures.
    public var closing: Lead
    /// The signature of an official document, or nil.
    public var signature: Signature?
    /// The attachments an official document lists ("附件：1．……"), by title.
    public var attachments: [String]
    /// The photo captions, in reading order, kept out of the section bodies.
    public var captions: [Caption]
    /// Data tables of an HTML page, kept out of the section bodies.
    public var tables: [Table]
    /// When and by whom the document was published, as the page or its byline states it.
    public var metadata: Metadata
    /// Lines after the last section that are not part of it: signatures, source and editor lines.
    public var trailer: [String]
    /// The problems found while reading and validating the document; empty when there were none.
    public var diagnostics: [Diagnostic]

    /// A record of the current schema version, made by this version of Gazette; the parts not given are
    /// empty or nil.
    public init(
        source: SourceInfo, title: String?, subtitle: String?, titleFigures: [Figure] = [],
        titleDates: [DateMention] = [],
        addressee: String? = nil, lead: Lead,
        sections: [Section], closing: Lead = Lead(), signature: Signature? = nil, attachments: [String] = [],
        captions: [Caption], tables: [Table] = [], metadata: Metadata = Metadata(),
        trailer: [String] = [], diagnostics: [Diagnostic] = []
    ) {
        self.schemaVersion = Document.currentSchemaVersion
        self.gazetteVersion = Pipeline.version
        self.source = source
        self.title = title
        self.subtitle = subtitle
        self.titleFigures = titleFigures
        self.titleDates = titleDates
        self.addressee = addressee
        self.lead = lead
        self.sections = sections
        self.closing = closing
        self.signature = signature
        self.attachments = attachments
        self.captions = captions
        self.tables = tables
        self.metadata = metadata
        self.trailer = trailer
        self.diagnostics = diagnostics
    }

    /// The document id: the SHA-256 of the source bytes, in lowercase hex.
    public var id: String { source.sha256 }

    /// How many figures the record reads outside its tables: in the title, the lead, the
    /// sections, the closing and the captions.
    public var figureCount: Int {
        titleFigures.count + lead.figures.count + allSections.reduce(0) { $0 + $1.section.figures.count }
            + closing.figures.count
            + captions.reduce(0) { $0 + $1.figures.count }
    }

    /// How many figures the record holds, those read from its tables included: the rows of
    /// `figures` in CSV and in the databases.
    public var allFigureCount: Int {
        figureCount + tables.reduce(0) { $0 + $1.figures.count }
    }

    /// Every section in reading order, depth first, with its path ("3", "3.2").
    public var allSections: [(path: String, section: Section)] {
        var out: [(String, Section)] = []
        func walk(_ sections: [Section], prefix: String) {
            for section in sections {
                let path = prefix.isEmpty ? "\(section.number)" : "\(prefix).\(section.number)"
                out.append((path, section))
                walk(section.sections, prefix: path)
            }
        }
        walk(sections, prefix: "")
        return out
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion, gazetteVersion, source, title, subtitle, titleFigures, titleDates, addressee, lead,
            sections, closing, signature, attachments, captions, tables,
            metadata, trailer, diagnostics
    }

    /// Reads records of schema 1.0 too, which have none of the fields of official documents, and
    /// of 1.2, which have no figures of titles.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            source: try container.decode(SourceInfo.self, forKey: .source),
            title: try container.decodeIfPresent(String.self, forKey: .title),
            subtitle: try container.decodeIfPresent(String.self, forKey: .subtitle),
            titleFigures: try container.decodeIfPresent([Figure].self, forKey: .titleFigures) ?? [],
            titleDates: try container.decodeIfPresent([DateMention].self, forKey: .titleDates) ?? [],
            addressee: try container.decodeIfPresent(String.self, forKey: .addressee),
            lead: try container.decode(Lead.self, forKey: .lead),
            sections: try container.decode([Section].self, forKey: .sections),
            closing: try container.decodeIfPresent(Lead.self, forKey: .closing) ?? Lead(),
            signature: try container.decodeIfPresent(Signature.self, forKey: .signature),
            attachments: try container.decodeIfPresent([String].self, forKey: .attachments) ?? [],
            captions: try container.decode([Caption].self, forKey: .captions),
            tables: try container.decode([Table].self, forKey: .tables),
            metadata: try container.decode(Metadata.self, forKey: .metadata),
            trailer: try container.decode([String].self, forKey: .trailer),
            diagnostics: try container.decode([Diagnostic].self, forKey: .diagnostics))
        schemaVersion = try container.decode(String.self, forKey: .schemaVersion)
        gazetteVersion = try container.decode(String.self, forKey: .gazetteVersion)
    }
}

/// Where a document came from and how its bytes were read.
public struct SourceInfo: Decodable, Sendable, Equatable {
    /// How a source's bytes were read: as plain text, an HTML page or a Markdown document.
    public enum Format: String, Decodable, Sendable {
        /// `text`: plain text, its lines read as paragraphs; `html`: an HTML page, its article read from the
        /// markup; `markdown`: Markdown, its headings, lists, tables and images read from the marks.
        case text, html, markdown
    }

    /// The file name as given (no directories), or "-" for standard input.
    public var name: String
    /// How the bytes were read: as given, else by the file name's extension, else by the first bytes.
    public var format: Format
    /// The encoding the bytes were decoded with, e.g. "UTF-8" or "GB18030".
    public var encoding: String
    /// Which rule decided the encoding: "forced" (`--encoding`), "bom", "declared" (meta
    /// charset, http-equiv or XML declaration) or "detected".
    public var encodingSource: String
    /// Lowercase hex SHA-256 of the raw bytes; also the document id.
    public var sha256: String
    /// The size of the source in bytes.
    public var bytes: Int

    /// A description of a source; `encodingSource` is "detected" unless given.
    public init(
        name: String, format: Format, encoding: String, encodingSource: String = "detected", sha256: String, bytes: Int
    ) {
        self.name = name
        self.format = format
        self.encoding = encoding
        self.encodingSource = encodingSource
        self.sha256 = sha256
        self.bytes = bytes
    }
}

/// Paragraphs outside the sections with their figures and dates: the lead (between the
/// (sub)title and the first section) and the closing (after the last).
public struct Lead: Decodable, Sendable, Equatable {
    /// The paragraphs, in reading order.
    public var paragraphs: [String]
    /// Figures of the paragraphs; each one's `paragraph` indexes `paragraphs`.
    public var figures: [Figure]
    /// Dates of the paragraphs; each one's `paragraph` indexes `paragraphs`.
    public var dates: [DateMention]

    /// Paragraphs with their figures and dates; all empty unless given.
    public init(paragraphs: [String] = [], figures: [Figure] = [], dates: [DateMention] = []) {
        self.paragraphs = paragraphs
        self.figures = figures
        self.dates = dates
    }
}
