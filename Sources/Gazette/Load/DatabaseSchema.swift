/// The tables records load into, in SQLite's and PostgreSQL's dialects. Values of figures are
/// kept exact: `NUMERIC` in PostgreSQL; in SQLite, which has no exact decimal, as text in
/// `value` beside a `value_number` REAL for arithmetic.
public enum DatabaseSchema {
    /// Recorded in `gazette_meta`; a database of another version needs `--migrate`.
    public static let version = 1

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
              encoding TEXT NOT NULL, gazette_version TEXT NOT NULL, loaded_at \(timestamp) NOT NULL)
            """,
            """
            CREATE TABLE IF NOT EXISTS sections (
              document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, path TEXT NOT NULL,
              number INTEGER NOT NULL, marker TEXT NOT NULL, level INTEGER NOT NULL, title TEXT NOT NULL, lead TEXT,
              PRIMARY KEY (document_id, path))
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
            "CREATE INDEX IF NOT EXISTS figures_by_unit_and_kind ON figures (unit, kind)",
            "CREATE INDEX IF NOT EXISTS documents_by_date ON documents (published_at)",
        ]
    }

    /// The DDL as one script, as `gazette schema --sql` prints it.
    public static func script(for dialect: Dialect) -> String {
        statements(for: dialect).map { $0 + ";" }.joined(separator: "\n\n") + "\n"
    }
}
