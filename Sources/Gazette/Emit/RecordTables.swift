/// A value of a table cell, whatever the store: CSV writes it as text, the databases bind it.
package enum SQLValue: Sendable, Equatable {
    case text(String)
    case integer(Int)
    case real(Double)
    case null

    package init(_ text: String?) { self = text.map(SQLValue.text) ?? .null }

    /// The cell as CSV writes it: empty for null, a real number in its shortest exact form.
    package var csvText: String {
        switch self {
        case .text(let text): text
        case .integer(let number): String(number)
        case .real(let number): String(number)
        case .null: ""
        }
    }
}

/// Emit: the one way a record becomes rows. CSV files, SQLite and PostgreSQL all take these
/// tables and columns, so the three hold the same rows.
///
/// Rows are keyed by document id and section path ("3", "3.2"; empty for the lead, `closing`
/// for the closing paragraphs, `title` for the title and subtitle, `caption.2` for the second
/// caption). Figures read from a table count for the table's section and say which table, row
/// and column they came from; figures of the text say which paragraph and offsets.
package enum RecordTables {
    package struct Layout: Sendable {
        package let name: String
        package let columns: [String]
    }

    package static let layouts: [Layout] = [
        Layout(
            name: "documents",
            columns: [
                "document_id", "name", "format", "encoding", "bytes", "title", "subtitle", "published_at",
                "published_date", "source",
                "author", "lead_paragraphs", "sections", "figures", "diagnostics", "addressee", "document_number",
                "issuer", "written_at",
                "index_number", "signature_organizations", "signature_date", "release_note", "closing_paragraphs",
                "gazette_version",
            ]),
        Layout(name: "names", columns: ["document_id", "name"]),
        Layout(
            name: "sections",
            columns: [
                "document_id", "section", "parent", "number", "marker", "level", "title", "title_form", "lead",
                "paragraphs", "figures",
                "references_to",
            ]),
        Layout(name: "paragraphs", columns: ["document_id", "section", "ordinal", "text"]),
        Layout(
            name: "figures",
            columns: [
                "document_id", "section", "ordinal", "text", "value", "value_max", "value_number", "value_yuan", "unit",
                "kind",
                "qualifier", "change", "comparison", "paragraph", "start_offset", "end_offset", "table_index",
                "table_row", "table_column",
                "context",
            ]),
        Layout(
            name: "dates",
            columns: ["document_id", "section", "ordinal", "text", "value", "paragraph", "start_offset", "end_offset"]),
        Layout(name: "organizations", columns: ["document_id", "section", "ordinal", "name"]),
        Layout(name: "responsibilities", columns: ["document_id", "section", "ordinal", "name", "leads"]),
        Layout(name: "attachments", columns: ["document_id", "ordinal", "title"]),
        Layout(name: "captions", columns: ["document_id", "ordinal", "marker", "text", "image"]),
        Layout(name: "diagnostics", columns: ["document_id", "ordinal", "code", "severity", "message", "path"]),
    ]

    /// The rows of one record, table by table in `layouts` order.
    package static func rows(for document: Document) -> [[[SQLValue]]] {
        var builder = Builder(document: document)
        builder.build()
        return builder.tables
    }

    /// "2025-03-18T09:30:00+08:00" stays; a date alone is that day's start in China's time zone;
    /// anything less (a month, a year) is no timestamp.
    package static func timestamp(_ published: String?) -> String? {
        guard let date = calendarDate(published), let published else { return nil }
        return published.count > 10 && published.contains("T") ? published : date + "T00:00:00+08:00"
    }

    /// The calendar day of a publication time, "YYYY-MM-DD", when it names one.
    package static func calendarDate(_ published: String?) -> String? {
        guard let published, published.utf8.count >= 10 else { return nil }
        let day = Array(published.utf8.prefix(10))
        let shape = day.enumerated().allSatisfy { index, byte in
            index == 4 || index == 7 ? byte == UInt8(ascii: "-") : (0x30...0x39).contains(byte)
        }
        return shape ? String(decoding: day, as: UTF8.self) : nil
    }

    private struct Builder {
        let document: Document
        var tables = [[[SQLValue]]](repeating: [], count: RecordTables.layouts.count)
        /// The next figure ordinal of each section path: a table's figures follow its section's text figures.
        var figureOrdinals: [String: Int] = [:]

        init(document: Document) {
            self.document = document
        }

        private var id: SQLValue { .text(document.id) }

        private mutating func append(_ table: Int, _ row: [SQLValue]) {
            tables[table].append(row)
        }

        mutating func build() {
            let metadata = document.metadata
            let all = RecordTables.keyedSections(document.sections)
            append(
                0,
                [
                    id, .text(document.source.name), .text(document.source.format.rawValue),
                    .text(document.source.encoding),
                    .integer(document.source.bytes), SQLValue(document.title), SQLValue(document.subtitle),
                    SQLValue(RecordTables.timestamp(metadata.publishedAt)),
                    SQLValue(RecordTables.calendarDate(metadata.publishedAt)),
                    SQLValue(metadata.source), SQLValue(metadata.author), .integer(document.lead.paragraphs.count),
                    .integer(all.count),
                    .integer(document.allFigureCount), .integer(document.diagnostics.count),
                    SQLValue(document.addressee), SQLValue(metadata.documentNumber), SQLValue(metadata.issuer),
                    SQLValue(metadata.writtenAt),
                    SQLValue(metadata.index),
                    SQLValue(document.signature.map { $0.organizations.joined(separator: "|") }),
                    SQLValue(document.signature?.date), SQLValue(document.signature?.release),
                    .integer(document.closing.paragraphs.count),
                    .text(document.gazetteVersion),
                ])
            append(1, [id, .text(document.source.name)])
            let headings = [document.title ?? "", document.subtitle ?? ""]
            addFigures(document.titleFigures, paragraphs: headings, path: CSVEmitter.titlePath)
            addDates(document.titleDates, path: CSVEmitter.titlePath)
            addBlock(document.lead.paragraphs, figures: document.lead.figures, dates: document.lead.dates, path: "")
            for (path, section) in all {
                let parent = path.split(separator: ".").dropLast().joined(separator: ".")
                append(
                    2,
                    [
                        id, .text(path), .text(parent), .integer(section.number), .text(section.marker),
                        .integer(section.level),
                        .text(section.title), .text(section.titleForm.rawValue), SQLValue(section.lead),
                        .integer(section.paragraphs.count),
                        .integer(section.figures.count), .text(section.references.joined(separator: "|")),
                    ])
                for (ordinal, name) in section.leadOrganizations.enumerated() {
                    append(6, [id, .text(path), .integer(ordinal + 1), .text(name)])
                }
                for (ordinal, name) in section.responsibleOrganizations.enumerated() {
                    append(
                        7,
                        [
                            id, .text(path), .integer(ordinal + 1), .text(name),
                            .integer(section.leadOrganizations.contains(name) ? 1 : 0),
                        ])
                }
                addBlock(section.paragraphs, figures: section.figures, dates: section.dates, path: path)
            }
            addBlock(
                document.closing.paragraphs, figures: document.closing.figures, dates: document.closing.dates,
                path: CSVEmitter.closingPath)
            for (index, table) in document.tables.enumerated() {
                addTableFigures(table, index: index + 1)
            }
            for (ordinal, title) in document.attachments.enumerated() {
                append(8, [id, .integer(ordinal + 1), .text(title)])
            }
            for (ordinal, caption) in document.captions.enumerated() {
                append(
                    9,
                    [id, .integer(ordinal + 1), SQLValue(caption.marker), .text(caption.text), SQLValue(caption.image)])
                addFigures(caption.figures, paragraphs: [caption.text], path: CSVEmitter.captionPath(ordinal))
                addDates(caption.dates, path: CSVEmitter.captionPath(ordinal))
            }
            for (ordinal, diagnostic) in document.diagnostics.enumerated() {
                append(
                    10,
                    [
                        id, .integer(ordinal + 1), .text(diagnostic.code), .text(diagnostic.severity.rawValue),
                        .text(diagnostic.message),
                        .text(diagnostic.path),
                    ])
            }
        }

        private mutating func addBlock(_ paragraphs: [String], figures: [Figure], dates: [DateMention], path: String) {
            for (ordinal, text) in paragraphs.enumerated() {
                append(3, [id, .text(path), .integer(ordinal + 1), .text(text)])
            }
            addFigures(figures, paragraphs: paragraphs, path: path)
            addDates(dates, path: path)
        }

        private mutating func nextOrdinal(_ path: String) -> Int {
            let ordinal = figureOrdinals[path, default: 0] + 1
            figureOrdinals[path] = ordinal
            return ordinal
        }

        private mutating func addFigures(_ list: [Figure], paragraphs: [String], path: String) {
            let scalars = list.isEmpty ? [] : paragraphs.map { Array($0.unicodeScalars) }
            for figure in list {
                append(
                    4,
                    [
                        id, .text(path), .integer(nextOrdinal(path)), .text(figure.text), .text(figure.value),
                        SQLValue(figure.valueMax),
                        .real(Double(figure.value) ?? 0), RecordTables.yuan(figure.value, unit: figure.unit),
                        .text(figure.unit),
                        .text(figure.kind.rawValue), SQLValue(figure.qualifier?.rawValue),
                        SQLValue(figure.change?.rawValue),
                        SQLValue(figure.comparison?.rawValue), .integer(figure.paragraph), .integer(figure.start),
                        .integer(figure.end),
                        .null, .null, .null, .text(Clause.around(figure, in: scalars)),
                    ])
            }
        }

        private mutating func addTableFigures(_ table: Table, index: Int) {
            let path = table.section ?? ""
            for figure in table.figures {
                append(
                    4,
                    [
                        id, .text(path), .integer(nextOrdinal(path)), .text(figure.text), .text(figure.value), .null,
                        .real(Double(figure.value) ?? 0), RecordTables.yuan(figure.value, unit: figure.unit),
                        .text(figure.unit),
                        .text(figure.kind.rawValue), SQLValue(figure.qualifier?.rawValue), .null, .null, .null, .null,
                        .null,
                        .integer(index), .integer(figure.row), .integer(figure.column), .text(figure.context),
                    ])
            }
        }

        private mutating func addDates(_ list: [DateMention], path: String) {
            for (ordinal, date) in list.enumerated() {
                append(
                    5,
                    [
                        id, .text(path), .integer(ordinal + 1), .text(date.text), .text(date.value),
                        .integer(date.paragraph),
                        .integer(date.start), .integer(date.end),
                    ])
            }
        }
    }

    /// Every section depth first with a path that is unique in its document: "3", "3.2" as in
    /// `Document.allSections`, but a number met again at the same level (a second list counted
    /// from 1 again) gets its run after a tilde ("1~2" is the first item of the second list),
    /// so that every section keeps a row of its own.
    package static func keyedSections(_ sections: [Section]) -> [(path: String, section: Section)] {
        var out: [(String, Section)] = []
        func walk(_ sections: [Section], prefix: String) {
            var runs: [Int: Int] = [:]
            for section in sections {
                let run = runs[section.number, default: 0] + 1
                runs[section.number] = run
                let number = run == 1 ? "\(section.number)" : "\(section.number)~\(run)"
                let path = prefix.isEmpty ? number : "\(prefix).\(number)"
                out.append((path, section))
                walk(section.sections, prefix: path)
            }
        }
        walk(sections, prefix: "")
        return out
    }

    /// An amount in yuan, exact, for summing money without unit juggling; other currencies and
    /// rates ("元/吨") keep their unit and get none.
    package static func yuan(_ value: String, unit: String) -> SQLValue {
        unit == "元" ? .text(value) : .null
    }
}
