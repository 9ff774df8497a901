/// Extract: outline → document. Reads, for the lead and each section, the figures, dates,
/// leading units, first sentence and cited titles.
public struct Extractor: Sendable {
    public var figureOptions: FigureRecognizer.Options

    public init(figureOptions: FigureRecognizer.Options = .init()) {
        self.figureOptions = figureOptions
    }

    /// `metadata` is attached as it is; its publication year dates "5月6日" before any year is
    /// stated in the text.
    public func document(from outline: Outline, source: SourceInfo, metadata: Metadata = Metadata(), tables: [Table] = []) -> Document {
        var dates = DateRecognizer(contextYear: metadata.publishedAt.flatMap { Int($0.prefix(4)) })
        let recognizer = FigureRecognizer(options: figureOptions)
        let lead = Lead(
            paragraphs: outline.lead,
            figures: figures(in: outline.lead, recognizer),
            dates: self.dates(in: outline.lead, &dates))
        let sections = outline.sections.map { section($0, recognizer, &dates) }
        return Document(
            source: source, title: outline.title, subtitle: outline.subtitle, lead: lead, sections: sections,
            captions: outline.captions, tables: self.tables(tables, placements: outline.tablePlacements, recognizer),
            metadata: metadata, trailer: outline.trailer)
    }

    private func section(_ node: Outline.Node, _ recognizer: FigureRecognizer, _ dates: inout DateRecognizer) -> Section {
        let sectionDates = self.dates(in: node.paragraphs, &dates)
        return Section(
            number: node.marker.number, marker: node.marker.text, level: node.level, title: node.title,
            leadOrganizations: LeadOrganizations.find(in: node.paragraphs),
            lead: LeadSentence.first(in: node.paragraphs),
            paragraphs: node.paragraphs,
            figures: figures(in: node.paragraphs, recognizer),
            dates: sectionDates,
            references: References.find(in: node.paragraphs),
            sections: node.children.map { section($0, recognizer, &dates) })
    }

    private func tables(_ tables: [Table], placements: [Int: String?], _ recognizer: FigureRecognizer) -> [Table] {
        let reader = TableFigures(recognizer: recognizer)
        return tables.enumerated().map { index, table in
            var table = table
            table.section = placements[index] ?? nil
            table.figures = reader.figures(of: table)
            return table
        }
    }

    private func figures(in paragraphs: [String], _ recognizer: FigureRecognizer) -> [Figure] {
        paragraphs.enumerated().flatMap { recognizer.figures(in: $0.element, index: $0.offset) }
    }

    private func dates(in paragraphs: [String], _ recognizer: inout DateRecognizer) -> [DateMention] {
        var found: [DateMention] = []
        for (index, paragraph) in paragraphs.enumerated() {
            found += recognizer.dates(in: paragraph, index: index)
        }
        return found
    }
}
