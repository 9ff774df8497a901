/// Emit: documents as the CSV tables `documents`, `sections`, `figures`, `organizations`,
/// `responsibilities`, `attachments`, `captions` and `dates`, keyed by document id and section
/// path ("3", "3.2"; empty for the lead, `closing` for the closing paragraphs, `title` for the
/// title and subtitle, `caption.2` for the second caption), in input order, so they load into
/// any database as they are.
public enum CSVEmitter {
    /// The section path of the closing paragraphs' figures and dates.
    public static let closingPath = "closing"
    /// The section path of the title's and subtitle's figures and dates.
    public static let titlePath = "title"

    /// The section path of the figures and dates of the caption at `index` (from 0).
    public static func captionPath(_ index: Int) -> String { "caption.\(index + 1)" }

    public static func tables(for documents: [Document]) -> [CSVTable] {
        var tables = Tables()
        for document in documents { tables.add(document) }
        return [
            tables.documents, tables.sections, tables.figures, tables.organizations, tables.responsibilities, tables.attachments, tables.captions,
            tables.dates,
        ]
    }

    private struct Tables {
        var documents = CSVTable(name: "documents", header: [
            "document_id", "name", "format", "encoding", "bytes", "title", "subtitle", "lead_paragraphs", "sections", "figures", "diagnostics",
            "addressee", "document_number", "issuer", "written_at", "index_number", "signature_organizations", "signature_date", "release_note",
            "closing_paragraphs",
        ])
        var sections = CSVTable(name: "sections", header: [
            "document_id", "section", "parent", "number", "marker", "level", "title", "title_form", "lead", "paragraphs", "figures", "references",
        ])
        /// Every unit a section makes responsible; `leads` is 1 for leading units.
        var responsibilities = CSVTable(name: "responsibilities", header: ["document_id", "section", "ordinal", "name", "leads"])
        var attachments = CSVTable(name: "attachments", header: ["document_id", "ordinal", "title"])
        var figures = CSVTable(name: "figures", header: [
            "document_id", "section", "ordinal", "text", "value", "value_max", "unit", "kind", "qualifier", "change", "comparison",
            "paragraph", "start", "end", "context",
        ])
        var organizations = CSVTable(name: "organizations", header: ["document_id", "section", "ordinal", "name"])
        var captions = CSVTable(name: "captions", header: ["document_id", "ordinal", "marker", "text"])
        var dates = CSVTable(name: "dates", header: ["document_id", "section", "ordinal", "text", "value", "paragraph", "start", "end"])

        mutating func add(_ document: Document) {
            let id = document.id
            let all = document.allSections
            documents.rows.append([
                id, document.source.name, document.source.format.rawValue, document.source.encoding, "\(document.source.bytes)",
                document.title ?? "", document.subtitle ?? "", "\(document.lead.paragraphs.count)", "\(all.count)",
                "\(document.figureCount)",
                "\(document.diagnostics.count)", document.addressee ?? "", document.metadata.documentNumber ?? "", document.metadata.issuer ?? "",
                document.metadata.writtenAt ?? "", document.metadata.index ?? "", document.signature?.organizations.joined(separator: "|") ?? "",
                document.signature?.date ?? "", document.signature?.release ?? "", "\(document.closing.paragraphs.count)",
            ])
            let headings = [document.title ?? "", document.subtitle ?? ""]
            addFigures(document.titleFigures, paragraphs: headings, id: id, path: CSVEmitter.titlePath)
            addDates(document.titleDates, id: id, path: CSVEmitter.titlePath)
            addFigures(document.lead.figures, paragraphs: document.lead.paragraphs, id: id, path: "")
            addDates(document.lead.dates, id: id, path: "")
            addFigures(document.closing.figures, paragraphs: document.closing.paragraphs, id: id, path: CSVEmitter.closingPath)
            addDates(document.closing.dates, id: id, path: CSVEmitter.closingPath)
            for (ordinal, title) in document.attachments.enumerated() {
                attachments.rows.append([id, "\(ordinal + 1)", title])
            }
            for (path, section) in all {
                let parent = path.split(separator: ".").dropLast().joined(separator: ".")
                sections.rows.append([
                    id, path, parent, "\(section.number)", section.marker, "\(section.level)", section.title, section.titleForm.rawValue,
                    section.lead ?? "", "\(section.paragraphs.count)", "\(section.figures.count)", section.references.joined(separator: "|"),
                ])
                for (ordinal, name) in section.leadOrganizations.enumerated() {
                    organizations.rows.append([id, path, "\(ordinal + 1)", name])
                }
                for (ordinal, name) in section.responsibleOrganizations.enumerated() {
                    responsibilities.rows.append([id, path, "\(ordinal + 1)", name, section.leadOrganizations.contains(name) ? "1" : "0"])
                }
                addFigures(section.figures, paragraphs: section.paragraphs, id: id, path: path)
                addDates(section.dates, id: id, path: path)
            }
            for (ordinal, caption) in document.captions.enumerated() {
                captions.rows.append([id, "\(ordinal + 1)", caption.marker ?? "", caption.text])
                addFigures(caption.figures, paragraphs: [caption.text], id: id, path: CSVEmitter.captionPath(ordinal))
                addDates(caption.dates, id: id, path: CSVEmitter.captionPath(ordinal))
            }
        }

        mutating func addFigures(_ list: [Figure], paragraphs: [String], id: String, path: String) {
            let scalars = list.isEmpty ? [] : paragraphs.map { Array($0.unicodeScalars) }
            for (ordinal, figure) in list.enumerated() {
                figures.rows.append([
                    id, path, "\(ordinal + 1)", figure.text, figure.value, figure.valueMax ?? "", figure.unit, figure.kind.rawValue,
                    figure.qualifier?.rawValue ?? "", figure.change?.rawValue ?? "", figure.comparison?.rawValue ?? "",
                    "\(figure.paragraph)", "\(figure.start)", "\(figure.end)", Clause.around(figure, in: scalars),
                ])
            }
        }

        mutating func addDates(_ list: [DateMention], id: String, path: String) {
            for (ordinal, date) in list.enumerated() {
                dates.rows.append([id, path, "\(ordinal + 1)", date.text, date.value, "\(date.paragraph)", "\(date.start)", "\(date.end)"])
            }
        }
    }
}

/// The clause a figure sits in: the text between the nearest clause marks around it.
enum Clause {
    static let marks: Set<Unicode.Scalar> = ["，", "。", "；", "！", "？", "：", ",", ";", "!", "?"]

    /// Clauses are looked for at most this far either side of the figure.
    static let reach = 200

    static func around(_ figure: Figure, in paragraphs: [[Unicode.Scalar]]) -> String {
        guard paragraphs.indices.contains(figure.paragraph) else { return "" }
        let scalars = paragraphs[figure.paragraph]
        guard figure.start >= 0, figure.end <= scalars.count, figure.start <= figure.end else { return "" }
        var start = figure.start
        while start > 0, figure.start - start < reach, !marks.contains(scalars[start - 1]) { start -= 1 }
        var end = figure.end
        while end < scalars.count, end - figure.end < reach, !marks.contains(scalars[end]) { end += 1 }
        return String(scalars: scalars[start..<end])
    }
}
