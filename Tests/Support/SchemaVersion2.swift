import Gazette
import GazetteLoad

/// The tables of schema version 2, as Gazette 0.x created them, to test migrations from a real
/// database of that version.
package enum SchemaVersion2 {
    package static func statements(for dialect: DatabaseSchema.Dialect) -> [String] {
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
            "INSERT INTO gazette_meta VALUES ('schema_version', '2')",
        ]
    }

    /// One document of version 2 with a section and a figure, published on a day without a time.
    package static let rows = [
        "INSERT INTO documents (id, name, title, published_at, encoding, gazette_version, loaded_at) "
            + "VALUES ('old', 'old.txt', '旧的记录', '2024-05-06', 'UTF-8', '0.9', '2024-05-07T00:00:00Z')",
        "INSERT INTO sections (document_id, path, number, marker, level, title) VALUES ('old', '1', 1, '一、', 1, '旧的一节')",
        "INSERT INTO figures (document_id, section_path, ordinal, text, value, value_number, unit, kind, context) "
            + "VALUES ('old', '1', 1, '3亿元', '300000000', 300000000, '元', 'money', '投入3亿元')",
    ]
}
