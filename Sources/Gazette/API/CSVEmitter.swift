/// Emit: documents as CSV tables, one file a table of `RecordTables` (documents, names, sections,
/// paragraphs, figures, dates, organizations, responsibilities, attachments, captions,
/// diagnostics), in input order, so they load into any database as they are and hold the rows
/// `gazette load` writes.
public enum CSVEmitter {
    /// The section path of the closing paragraphs' figures and dates.
    public static let closingPath = "closing"
    /// The section path of the title's and subtitle's figures and dates.
    public static let titlePath = "title"

    /// The section path of the figures and dates of the caption at `index` (from 0).
    public static func captionPath(_ index: Int) -> String { "caption.\(index + 1)" }

    /// The CSV tables of `documents`: every table of the record layout in its fixed order, each holding the
    /// rows of all the documents in input order (a table no document has rows for still has its header).
    public static func tables(for documents: [Document]) -> [CSVTable] {
        var tables = RecordTables.layouts.map { CSVTable(name: $0.name, header: $0.columns) }
        for document in documents {
            for (index, rows) in RecordTables.rows(for: document).enumerated() {
                tables[index].rows += rows.map { $0.map(\.csvText) }
            }
        }
        return tables
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
