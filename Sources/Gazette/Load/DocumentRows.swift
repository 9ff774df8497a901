/// A value of a database column, whatever the database.
enum SQLValue: Sendable, Equatable {
    case text(String)
    case integer(Int)
    case real(Double)
    case null

    init(_ text: String?) { self = text.map(SQLValue.text) ?? .null }
}

/// A record as the rows of the database tables, in the tables' column order.
struct DocumentRows {
    static let tables = ["documents", "sections", "organizations", "figures", "dates", "captions", "diagnostics", "responsibilities", "attachments"]
    static let columnCounts = [16, 8, 4, 13, 5, 5, 6, 5, 3]
    /// Child tables, removed before a record is loaded again.
    static let children = ["sections", "organizations", "figures", "dates", "captions", "diagnostics", "responsibilities", "attachments"]

    var documents: [[SQLValue]] = []
    var sections: [[SQLValue]] = []
    var organizations: [[SQLValue]] = []
    var figures: [[SQLValue]] = []
    var dates: [[SQLValue]] = []
    var captions: [[SQLValue]] = []
    var diagnostics: [[SQLValue]] = []
    var responsibilities: [[SQLValue]] = []
    var attachments: [[SQLValue]] = []

    /// The rows of each table, in `tables` order.
    var all: [[[SQLValue]]] { [documents, sections, organizations, figures, dates, captions, diagnostics, responsibilities, attachments] }

    init(_ document: Document, loadedAt: String) {
        let id = document.id
        documents.append([.text(id), .text(document.source.name), SQLValue(document.title), SQLValue(document.subtitle),
                          SQLValue(document.metadata.publishedAt), .text(document.source.encoding), .text(document.gazetteVersion),
                          .text(loadedAt), SQLValue(document.addressee), SQLValue(document.metadata.documentNumber),
                          SQLValue(document.metadata.issuer), SQLValue(document.metadata.writtenAt), SQLValue(document.metadata.index),
                          SQLValue(document.signature.map { $0.organizations.joined(separator: "|") }), SQLValue(document.signature?.date),
                          SQLValue(document.signature?.release)])
        let headings = [document.title ?? "", document.subtitle ?? ""]
        addFigures(document.titleFigures, paragraphs: headings, id: id, path: CSVEmitter.titlePath)
        addDates(document.titleDates, id: id, path: CSVEmitter.titlePath)
        addFigures(document.lead.figures, paragraphs: document.lead.paragraphs, id: id, path: "")
        addDates(document.lead.dates, id: id, path: "")
        addFigures(document.closing.figures, paragraphs: document.closing.paragraphs, id: id, path: CSVEmitter.closingPath)
        addDates(document.closing.dates, id: id, path: CSVEmitter.closingPath)
        for (ordinal, title) in document.attachments.enumerated() {
            attachments.append([.text(id), .integer(ordinal + 1), .text(title)])
        }
        for (path, section) in document.allSections {
            sections.append([.text(id), .text(path), .integer(section.number), .text(section.marker), .integer(section.level),
                             .text(section.title), SQLValue(section.lead), .text(section.titleForm.rawValue)])
            for (ordinal, name) in section.leadOrganizations.enumerated() {
                organizations.append([.text(id), .text(path), .integer(ordinal + 1), .text(name)])
            }
            for (ordinal, name) in section.responsibleOrganizations.enumerated() {
                responsibilities.append([.text(id), .text(path), .integer(ordinal + 1), .text(name),
                                         .integer(section.leadOrganizations.contains(name) ? 1 : 0)])
            }
            addFigures(section.figures, paragraphs: section.paragraphs, id: id, path: path)
            addDates(section.dates, id: id, path: path)
        }
        for (ordinal, caption) in document.captions.enumerated() {
            captions.append([.text(id), .integer(ordinal + 1), SQLValue(caption.marker), .text(caption.text), SQLValue(caption.image)])
            addFigures(caption.figures, paragraphs: [caption.text], id: id, path: CSVEmitter.captionPath(ordinal))
            addDates(caption.dates, id: id, path: CSVEmitter.captionPath(ordinal))
        }
        for (ordinal, diagnostic) in document.diagnostics.enumerated() {
            diagnostics.append([.text(id), .integer(ordinal + 1), .text(diagnostic.code), .text(diagnostic.severity.rawValue),
                                .text(diagnostic.message), .text(diagnostic.path)])
        }
    }

    private mutating func addFigures(_ list: [Figure], paragraphs: [String], id: String, path: String) {
        let scalars = list.isEmpty ? [] : paragraphs.map { Array($0.unicodeScalars) }
        for (ordinal, figure) in list.enumerated() {
            figures.append([.text(id), .text(path), .integer(ordinal + 1), .text(figure.text), .text(figure.value),
                            SQLValue(figure.valueMax), .real(Double(figure.value) ?? 0), .text(figure.unit), .text(figure.kind.rawValue),
                            SQLValue(figure.qualifier?.rawValue), SQLValue(figure.change?.rawValue), SQLValue(figure.comparison?.rawValue),
                            .text(Clause.around(figure, in: scalars))])
        }
    }

    private mutating func addDates(_ list: [DateMention], id: String, path: String) {
        for (ordinal, date) in list.enumerated() {
            dates.append([.text(id), .text(path), .integer(ordinal + 1), .text(date.text), .text(date.value)])
        }
    }
}
