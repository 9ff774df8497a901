import Gazette

/// The tables records load into, in SQLite's and PostgreSQL's dialects. Values of figures are
/// kept exact: `NUMERIC` in PostgreSQL; in SQLite, which has no exact decimal, as text in
/// `value` beside a `value_number` REAL for arithmetic.
package enum DatabaseSchema {
    /// Recorded in `gazette_meta`; a database of an older version needs `--migrate`, and one of
    /// a newer version is refused.
    package static let version = 3

    /// What makes a database of version `stored` (nil: a new one; at most `version`) one of
    /// this version: each later version's changes to the tables it had, then the tables and
    /// indexes that are missing.
    package static func preparation(from stored: Int?, for dialect: Dialect) -> [String] {
        let steps = stored.map { $0 < version ? Array(($0 + 1)...version) : [] } ?? []
        return [metaTable] + steps.flatMap { migrations(to: $0, for: dialect) } + statements(for: dialect).dropFirst()
    }

    static let metaTable = "CREATE TABLE IF NOT EXISTS gazette_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"

    /// The changes each version made to tables that existed before it, as `ALTER TABLE`
    /// statements that bring a database of the version before up to it (its new tables come
    /// from `statements`).
    package static func migrations(to target: Int, for dialect: Dialect = .sqlite) -> [String] {
        switch target {
        case 2:
            return [
                "addressee", "document_number", "issuer", "written_at", "index_number", "signature_organizations",
                "signature_date", "release_note",
            ]
            .map { "ALTER TABLE documents ADD COLUMN \($0) TEXT" } + ["ALTER TABLE sections ADD COLUMN title_form TEXT"]
        case 3:
            let renames = [
                ("documents", "id", "document_id"), ("sections", "path", "section"),
                ("figures", "section_path", "section"),
                ("dates", "section_path", "section"), ("organizations", "section_path", "section"),
                ("responsibilities", "section_path", "section"),
            ]
            .map { "ALTER TABLE \($0.0) RENAME COLUMN \($0.1) TO \($0.2)" }
            let added: [(String, String)] = [
                ("documents", "format"), ("documents", "bytes"), ("documents", "published_date"),
                ("documents", "source"),
                ("documents", "author"), ("documents", "lead_paragraphs"), ("documents", "sections"),
                ("documents", "figures"),
                ("documents", "diagnostics"), ("documents", "closing_paragraphs"), ("sections", "parent"),
                ("sections", "paragraphs"),
                ("sections", "figures"), ("sections", "references_to"), ("figures", "value_yuan"),
                ("figures", "paragraph"),
                ("figures", "start_offset"), ("figures", "end_offset"), ("figures", "table_index"),
                ("figures", "table_row"),
                ("figures", "table_column"), ("dates", "paragraph"), ("dates", "start_offset"), ("dates", "end_offset"),
            ]
            var statements =
                renames
                + added.map { "ALTER TABLE \($0.0) ADD COLUMN \($0.1) \(columnType($0.1, table: $0.0, for: dialect))" }
            if dialect == .postgres {
                // Publication times become timestamps; what names no day becomes NULL.
                statements.append(
                    """
                    ALTER TABLE documents ALTER COLUMN published_at TYPE TIMESTAMPTZ USING CASE \
                    WHEN published_at ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T' THEN published_at::timestamptz \
                    WHEN published_at ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}' THEN (substr(published_at, 1, 10) || 'T00:00:00+08:00')::timestamptz END
                    """)
            }
            if dialect == .postgres {
                statements.append(
                    "UPDATE documents SET published_date = (published_at AT TIME ZONE 'Asia/Shanghai')::date")
            } else {
                // Text of the documented form: a day alone becomes its start in China's time zone.
                let day = "published_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'"
                statements += [
                    "UPDATE documents SET published_date = substr(published_at, 1, 10) WHERE \(day)",
                    "UPDATE documents SET published_at = published_at || 'T00:00:00+08:00' WHERE \(day) AND length(published_at) = 10",
                    "UPDATE documents SET published_at = NULL WHERE NOT \(day)",
                ]
            }
            return statements
        default:
            return []
        }
    }

    package enum Dialect: String, Sendable, CaseIterable {
        case sqlite, postgres
    }

    /// Keys of each table beyond `document_id`.
    private static let keys: [String: [String]] = [
        "documents": [], "names": ["name"], "sections": ["section"], "paragraphs": ["section", "ordinal"],
        "figures": ["section", "ordinal"], "dates": ["section", "ordinal"], "organizations": ["section", "ordinal"],
        "responsibilities": ["section", "ordinal"], "attachments": ["ordinal"], "captions": ["ordinal"],
        "diagnostics": ["ordinal"],
    ]

    /// Columns that may be empty, per table; every other column is `NOT NULL`.
    private static let optional: [String: Set<String>] = [
        "documents": [
            "title", "subtitle", "published_at", "published_date", "source", "author", "addressee", "document_number",
            "issuer", "written_at", "index_number", "signature_organizations", "signature_date", "release_note",
        ],
        "sections": ["lead"],
        "figures": [
            "value_max", "value_yuan", "qualifier", "change", "comparison", "paragraph", "start_offset", "end_offset",
            "table_index", "table_row", "table_column",
        ],
        "captions": ["marker", "image"],
    ]

    private static let integers: Set<String> = [
        "bytes", "lead_paragraphs", "sections", "figures", "diagnostics", "closing_paragraphs", "number", "level",
        "paragraphs",
        "ordinal", "paragraph", "start_offset", "end_offset", "table_index", "table_row", "table_column", "leads",
    ]

    /// The SQL type of a column of `RecordTables`: exact decimals are `NUMERIC` in PostgreSQL and
    /// text in SQLite (beside `value_number`, a REAL for arithmetic); times are `TIMESTAMPTZ` and
    /// `DATE` in PostgreSQL and ISO 8601 text in SQLite.
    static func columnType(_ column: String, table: String, for dialect: Dialect) -> String {
        let postgres = dialect == .postgres
        switch column {
        case "value" where table == "figures", "value_max", "value_yuan": return postgres ? "NUMERIC" : "TEXT"
        case "value_number": return postgres ? "DOUBLE PRECISION" : "REAL"
        case "published_at", "loaded_at": return postgres ? "TIMESTAMPTZ" : "TEXT"
        case "published_date": return postgres ? "DATE" : "TEXT"
        case "figures" where table == "documents", "sections" where table == "documents": return "INTEGER"
        default: return integers.contains(column) ? "INTEGER" : "TEXT"
        }
    }

    /// The columns of each table as the database holds them: those of `RecordTables`, and the
    /// time each document was loaded.
    static func columns(of table: String) -> [String] {
        let columns = RecordTables.layouts.first { $0.name == table }?.columns ?? []
        return table == "documents" ? columns + ["loaded_at"] : columns
    }

    package static func statements(for dialect: Dialect) -> [String] {
        let tables = RecordTables.layouts.map { layout in
            let key = ["document_id"] + (keys[layout.name] ?? [])
            let definitions = columns(of: layout.name).map { column in
                let required = optional[layout.name, default: []].contains(column) ? "" : " NOT NULL"
                // PostgreSQL checks a foreign key row by row, which made loads take half again as long;
                // there the loader alone keeps a document's rows together (see `PostgresLoader`).
                let referenced = column == "document_id" && layout.name != "documents" && dialect == .sqlite
                let reference = referenced ? " REFERENCES documents(document_id) ON DELETE CASCADE" : ""
                return "\(column) \(columnType(column, table: layout.name, for: dialect))\(required)\(reference)"
            }
            return "CREATE TABLE IF NOT EXISTS \(layout.name) (\n  " + definitions.joined(separator: ",\n  ")
                + ",\n  PRIMARY KEY (\(key.joined(separator: ", "))))"
        }
        return [metaTable] + tables + [
            "CREATE INDEX IF NOT EXISTS figures_by_unit_and_kind ON figures (unit, kind)",
            "CREATE INDEX IF NOT EXISTS documents_by_date ON documents (published_at)",
        ]
    }

    /// The DDL as one script, as `gazette schema --sql` prints it.
    package static func script(for dialect: Dialect) -> String {
        statements(for: dialect).map { $0 + ";" }.joined(separator: "\n\n") + "\n"
    }
}
