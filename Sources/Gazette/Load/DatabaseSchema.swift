/// The tables records load into, in SQLite's and PostgreSQL's dialects. Values of figures are
/// kept exact: `NUMERIC` in PostgreSQL; in SQLite, which has no exact decimal, as text in
/// `value` beside a `value_number` REAL for arithmetic.
public enum DatabaseSchema {
    /// Recorded in `gazette_meta`; a database of an older version needs `--migrate`, and one of
    /// a newer version is refused.
    public static let version = 2

    /// What makes a database of version `stored` (nil: a new one; at most `version`) one of
    /// this version: the tables that are missing, then each later version's new columns.
    public static func preparation(from stored: Int?, for dialect: Dialect) -> [String] {
        let steps = stored.map { $0 < version ? Array(($0 + 1)...version) : [] } ?? []
        return statements(for: dialect) + steps.flatMap(migrations(to:))
    }

    /// Columns each version added to tables that existed before it, as `ALTER TABLE` statements
    /// that bring a database of the version before up to it (its new tables come from `statements`).
    public static func migrations(to target: Int) -> [String] {
        switch target {
        case 2:
            ["addressee", "document_number", "issuer", "written_at", "index_number", "signature_organizations", "signature_date", "release_note"]
                .map { "ALTER TABLE documents ADD COLUMN \($0) TEXT" } + ["ALTER TABLE sections ADD COLUMN title_form TEXT"]
        default:
            []
        }
    }

    public enum Dialect: String, Sendable, CaseIterable {
        case sqlite, postgres
    }

    public static func statements(for dialect: Dialect) -> [String] {
        let decimal = dialect == .postgres ? "NUMERIC" : "TEXT"
        let real = dialect == .postgres ? "DOUBLE PRECISION" : "REAL"
        let timestamp = dialect == .postgres ? "TIMESTAMPTZ" : "TEXT"
        return [
            "CREATE TABLE IF NOT EXISTS gazette_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            """
            CREATE TABLE IF NOT EXISTS documents (
              id TEXT PRIMARY KEY, name TEXT NOT NULL, title TEXT, subtitle TEXT, published_at TEXT,
              encoding TEXT NOT NULL, gazette_version TEXT NOT NULL, loaded_at \(timestamp) NOT NULL,
              addressee TEXT, document_number TEXT, issuer TEXT, written_at TEXT, index_number TEXT,
              signature_organizations TEXT, signature_date TEXT, release_note TEXT)
            """,
            """
            CREATE TABLE IF NOT EXISTS sections (
              document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, path TEXT NOT NULL,
              number INTEGER NOT NULL, marker TEXT NOT NULL, level INTEGER NOT NULL, title TEXT NOT NULL, lead TEXT,
              title_form TEXT, PRIMARY KEY (document_id, path))
            """,
            """
            CREATE TABLE IF NOT EXISTS organizations (
              document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, section_path TEXT NOT NULL,
              ordinal INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY (document_id, section_path, ordinal))
            """,
            """
            CREATE TABLE IF NOT EXISTS figures (
              document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, section_path TEXT NOT NULL,
              ordinal INTEGER NOT NULL, text TEXT NOT NULL, value \(decimal) NOT NULL, value_max \(decimal),
              value_number \(real) NOT NULL, unit TEXT NOT NULL, kind TEXT NOT NULL, qualifier TEXT, change TEXT,
              comparison TEXT, context TEXT NOT NULL, PRIMARY KEY (document_id, section_path, ordinal))
            """,
            """
            CREATE TABLE IF NOT EXISTS dates (
              document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, section_path TEXT NOT NULL,
              ordinal INTEGER NOT NULL, text TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (document_id, section_path, ordinal))
            """,
            """
            CREATE TABLE IF NOT EXISTS captions (
              document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, ordinal INTEGER NOT NULL,
              marker TEXT, text TEXT NOT NULL, image TEXT, PRIMARY KEY (document_id, ordinal))
            """,
            """
            CREATE TABLE IF NOT EXISTS diagnostics (
              document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, ordinal INTEGER NOT NULL,
              code TEXT NOT NULL, severity TEXT NOT NULL, message TEXT NOT NULL, path TEXT NOT NULL,
              PRIMARY KEY (document_id, ordinal))
            """,
            """
            CREATE TABLE IF NOT EXISTS responsibilities (
              document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, section_path TEXT NOT NULL,
              ordinal INTEGER NOT NULL, name TEXT NOT NULL, leads INTEGER NOT NULL, PRIMARY KEY (document_id, section_path, ordinal))
            """,
            """
            CREATE TABLE IF NOT EXISTS attachments (
              document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, ordinal INTEGER NOT NULL,
              title TEXT NOT NULL, PRIMARY KEY (document_id, ordinal))
            """,
            "CREATE INDEX IF NOT EXISTS figures_by_unit_and_kind ON figures (unit, kind)",
            "CREATE INDEX IF NOT EXISTS documents_by_date ON documents (published_at)",
        ]
    }

    /// The DDL as one script, as `gazette schema --sql` prints it.
    public static func script(for dialect: Dialect) -> String {
        statements(for: dialect).map { $0 + ";" }.joined(separator: "\n\n") + "\n"
    }
}
