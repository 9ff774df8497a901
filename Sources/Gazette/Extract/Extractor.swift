/// Extract: outline → document. Reads, for the lead and each section, the figures, dates,
/// leading units, first sentence and cited titles; and the figures and dates of the title,
/// the subtitle and each caption.
package struct Extractor: Sendable {
    package var figureOptions: FigureRecognizer.Options

    package init(figureOptions: FigureRecognizer.Options = .init()) {
        self.figureOptions = figureOptions
    }

    /// `metadata` is attached as it is; its publication year dates "5月6日" when the sentence
    /// names no year (`DateRecognizer`).
    package func document(
        from outline: Outline, source: SourceInfo, metadata: Metadata = Metadata(), tables: [Table] = []
    ) -> Document {
        document(from: outline, source: source, metadata: metadata, tables: tables, maximumFigures: .max).document
    }

    /// The document of an outline Segment made from an ingested source: its metadata read
    /// from what the page says about itself and from the trailing lines, its tables placed in
    /// their sections. Figures are read only until there are more than `maximumFigures`; then
    /// `overLimit` is true (`Pipeline` refuses such a document).
    func document(from outline: Outline, maximumFigures: Int) -> (document: Document, overLimit: Bool) {
        let origin = outline.origin
        let hints = origin.hints
        let metadata = MetadataReader.read(
            bylines: hints.bylines, lines: outline.trailer, preamble: hints.preamble, postamble: hints.postamble,
            meta: hints.meta, canonicalURL: hints.canonicalURL)
        let source = origin.source ?? SourceInfo(name: "", format: .text, encoding: "UTF-8", sha256: "", bytes: 0)
        return document(
            from: outline, source: source, metadata: metadata, tables: origin.tables, maximumFigures: maximumFigures)
    }

    /// The document, reading figures only until there are more than `maximumFigures`; then
    /// `overLimit` is true and the figures are incomplete (`Pipeline` refuses such a document).
    func document(
        from outline: Outline, source: SourceInfo, metadata: Metadata, tables: [Table], maximumFigures: Int
    ) -> (document: Document, overLimit: Bool) {
        let dates = DateRecognizer(
            publicationYear: metadata.publishedAt.flatMap { Int($0.prefix(4)) }, title: outline.title)
        let recognizer = FigureRecognizer(options: figureOptions)
        let budget = FigureBudget(remaining: maximumFigures)
        let headings = [outline.title ?? "", outline.subtitle ?? ""]
        let titleFigures = figures(in: headings, recognizer, budget)
        let lead = Lead(
            paragraphs: outline.lead,
            figures: figures(in: outline.lead, recognizer, budget),
            dates: self.dates(in: outline.lead, dates))
        let firstListedLeads = ResponsibleUnits.firstListedLeads(in: outline.lead + outline.allParagraphs)
        let sections = outline.sections.map {
            section($0, recognizer, dates, budget, firstListedLeads: firstListedLeads)
        }
        let closing = Lead(
            paragraphs: outline.closing,
            figures: figures(in: outline.closing, recognizer, budget),
            dates: self.dates(in: outline.closing, dates))
        let document = Document(
            source: source, title: outline.title, subtitle: outline.subtitle, titleFigures: titleFigures,
            titleDates: self.dates(in: headings, dates), addressee: outline.addressee, lead: lead, sections: sections,
            closing: closing, signature: outline.signature, attachments: outline.attachments,
            captions: captions(outline.captions, recognizer, dates, budget),
            tables: self.tables(tables, placements: outline.tablePlacements, recognizer, budget),
            metadata: metadata, trailer: outline.trailer)
        return (document, budget.remaining < 0)
    }

    /// Figures still allowed in the document being read.
    private final class FigureBudget {
        var remaining: Int

        init(remaining: Int) {
            self.remaining = remaining
        }

        /// Takes `count` figures from the budget; false once it is spent.
        func take(_ count: Int) -> Bool {
            remaining -= count
            return remaining >= 0
        }
    }

    private func section(
        _ node: Outline.Node, _ recognizer: FigureRecognizer, _ dates: DateRecognizer, _ budget: FigureBudget,
        firstListedLeads: Bool
    ) -> Section {
        let sectionDates = self.dates(in: node.paragraphs, dates)
        let units = organizations(of: node.paragraphs, firstListedLeads: firstListedLeads)
        return Section(
            number: node.marker.number, marker: node.marker.text, level: node.level, title: node.title,
            titleForm: node.titleForm,
            leadOrganizations: units.leads, responsibleOrganizations: units.all,
            lead: LeadSentence.first(in: node.paragraphs),
            paragraphs: node.paragraphs, paragraphsBeforeSections: node.paragraphsBeforeChildren,
            figures: figures(in: node.paragraphs, recognizer, budget),
            dates: sectionDates,
            references: References.find(in: node.paragraphs),
            sections: node.children.map { section($0, recognizer, dates, budget, firstListedLeads: firstListedLeads) })
    }

    /// Leading units ("由A牵头", a note's "A牵头", or its first unit when the document says the
    /// first listed leads) and every responsible unit, leaders first.
    private func organizations(of paragraphs: [String], firstListedLeads: Bool) -> ResponsibleUnits.Assignment {
        let stated = LeadOrganizations.find(in: paragraphs)
        let note = ResponsibleUnits.find(in: paragraphs) ?? ResponsibleUnits.Assignment()
        var leads = stated.isEmpty ? note.leads : stated
        if leads.isEmpty, firstListedLeads, let first = note.all.first { leads = [first] }
        var all = leads
        for unit in note.all where !all.contains(unit) { all.append(unit) }
        return ResponsibleUnits.Assignment(leads: leads, all: all)
    }

    private func captions(
        _ captions: [Caption], _ recognizer: FigureRecognizer, _ dates: DateRecognizer, _ budget: FigureBudget
    ) -> [Caption] {
        captions.map { caption in
            var caption = caption
            caption.figures = figures(in: [caption.text], recognizer, budget)
            caption.dates = self.dates(in: [caption.text], dates)
            return caption
        }
    }

    private func tables(
        _ tables: [Table], placements: [Int: String?], _ recognizer: FigureRecognizer, _ budget: FigureBudget
    ) -> [Table] {
        let reader = TableFigures(recognizer: recognizer)
        return tables.enumerated().map { index, table in
            var table = table
            table.section = placements[index] ?? nil
            if budget.remaining >= 0 {
                table.figures = reader.figures(of: table)
                _ = budget.take(table.figures.count)
            }
            return table
        }
    }

    private func figures(in paragraphs: [String], _ recognizer: FigureRecognizer, _ budget: FigureBudget) -> [Figure] {
        var found: [Figure] = []
        for (index, paragraph) in paragraphs.enumerated() {
            let figures = recognizer.figures(in: paragraph, index: index)
            guard budget.take(figures.count) else { break }
            found += figures
        }
        return found
    }

    private func dates(in paragraphs: [String], _ recognizer: DateRecognizer) -> [DateMention] {
        var found: [DateMention] = []
        for (index, paragraph) in paragraphs.enumerated() {
            found += recognizer.dates(in: paragraph, index: index)
        }
        return found
    }
}
