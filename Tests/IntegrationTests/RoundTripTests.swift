import Foundation
import GRDB
import GazetteTestSupport
import Logging
import PostgresNIO
import Testing

@testable import Gazette
@testable import GazetteLoad

/// `Output/` loaded into SQLite and PostgreSQL holds the rows of the committed CSV files, row for
/// row, and the README's analyst queries give on both databases what the JSON records say.
@Suite(.serialized, .needs(.postgres)) struct RoundTripTests {
    static let documents = CommittedOutput.documents
    static let output = GazetteBinary.repositoryRoot.appendingPathComponent("Output")

    // MARK: The databases, as rows of text

    /// A database loaded with `Output/`, asked for rows with every cell as text.
    protocol Store {
        func rows(_ sql: String) async throws -> [[String]]
        /// A column as a select expression whose text compares with the CSV cell.
        func select(_ column: String, table: String) -> String
    }

    struct SQLiteStore: Store {
        let queue: DatabaseQueue

        init(folder: TemporaryFolder) throws {
            let path = folder.path("roundtrip.db")
            let report = try SQLiteLoader(path: path).load(RoundTripTests.documents)
            #expect(report.failures.isEmpty)
            queue = try DatabaseQueue(path: path)
        }

        func rows(_ sql: String) async throws -> [[String]] {
            try await queue.read { db in
                try Row.fetchAll(db, sql: sql).map { row in
                    row.databaseValues.map { value in
                        switch value.storage {
                        case .null: ""
                        case .int64(let number): String(number)
                        case .double(let number): String(number)
                        case .string(let text): text
                        case .blob(let data): data.base64EncodedString()
                        }
                    }
                }
            }
        }

        func select(_ column: String, table: String) -> String { column }
    }

    struct PostgresStore: Store {
        let url: String
        static let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

        init() async throws {
            url = try ThrowawayPostgres.database()
            let report = try await PostgresLoader(url: url).load(RoundTripTests.documents)
            #expect(report.failures.isEmpty)
        }

        /// Runs `sql` through a temporary view, so that each column can be read as text.
        func rows(_ sql: String) async throws -> [[String]] {
            let components = URLComponents(string: url)!
            let folder = components.queryItems!.first { $0.name == "host" }!.value!
            let configuration = PostgresConnection.Configuration(
                unixSocketPath: "\(folder)/.s.PGSQL.5432", username: "gazette", password: nil,
                database: String(components.path.dropFirst()))
            let connection = try await PostgresConnection.connect(
                configuration: configuration, id: 3, logger: Self.logger)
            defer { Task { try? await connection.close() } }
            let view = "answer_\(UUID().uuidString.prefix(8).lowercased())"
            try await connection.query(
                PostgresQuery(unsafeSQL: "CREATE TEMP VIEW \(view) AS \(sql)"), logger: Self.logger)
            var columns: [String] = []
            let described = try await connection.query(
                PostgresQuery(
                    unsafeSQL: """
                        SELECT attname::text FROM pg_attribute WHERE attrelid = '\(view)'::regclass AND attnum > 0 ORDER BY attnum
                        """), logger: Self.logger)
            for try await name in described.decode(String.self) { columns.append(name) }
            let list = columns.map { "coalesce(\"\($0)\"::text, '')" }.joined(separator: ", ")
            var rows: [[String]] = []
            for try await row in try await connection.query(
                PostgresQuery(unsafeSQL: "SELECT \(list) FROM \(view)"), logger: Self.logger)
            {
                rows.append(try row.makeRandomAccess().map { try $0.decode(String.self) })
            }
            return rows
        }

        func select(_ column: String, table: String) -> String {
            // A timestamp compares as the instant it names.
            column == "published_at" ? "extract(epoch FROM published_at)::bigint" : column
        }
    }

    // MARK: CSV equals the database

    /// A cell as both sides are compared: numbers of `value_number` as numbers, publication
    /// times as instants.
    private static func normalized(_ cell: String, column: String) -> String {
        switch column {
        case "value_number": return Double(cell).map { String($0) } ?? cell
        case "published_at" where cell.contains("T"):
            return (ISO8601DateFormatter().date(from: cell)?.timeIntervalSince1970).map { String(Int($0)) } ?? cell
        default: return cell
        }
    }

    private func csvEqualsDatabase(_ store: some Store) async throws {
        for layout in RecordTables.layouts {
            let text = try String(contentsOf: Self.output.appendingPathComponent(layout.name + ".csv"), encoding: .utf8)
            let records = RFC4180.records(text)
            #expect(records.first == layout.columns, "\(layout.name).csv has other columns")
            let csv = records.dropFirst().map { zip(layout.columns, $0).map { Self.normalized($1, column: $0) } }
            let selected = layout.columns.map { store.select($0, table: layout.name) }.joined(separator: ", ")
            let database = try await store.rows("SELECT \(selected) FROM \(layout.name)").map {
                zip(layout.columns, $0).map { Self.normalized($1, column: $0) }
            }
            #expect(
                csv.count == database.count,
                "\(layout.name): \(csv.count) rows in CSV, \(database.count) in the database")
            #expect(
                csv.map { $0.joined(separator: "\u{1F}") }.sorted()
                    == database.map { $0.joined(separator: "\u{1F}") }.sorted(),
                "\(layout.name) differs")
        }
        #expect(Self.documents.contains { !$0.tables.isEmpty }, "Output/ should hold a record with table figures")
    }

    @Test func csvEqualsSQLiteRowForRow() async throws {
        let folder = try TemporaryFolder()
        try await csvEqualsDatabase(try SQLiteStore(folder: folder))
    }

    @Test func csvEqualsPostgreSQLRowForRow() async throws {
        try await csvEqualsDatabase(try await PostgresStore())
    }

    // MARK: Exact sums

    @Test func postgreSQLSumsEachSectionAndTableExactlyAsTheJSON() async throws {
        let store = try await PostgresStore()
        let answer = try await store.rows(
            """
            SELECT document_id, section, coalesce(table_index, 0), count(*), sum(value) FROM figures
            GROUP BY document_id, section, coalesce(table_index, 0)
            """)
        var expected: [String: (count: Int, sum: ExactDecimal)] = [:]
        for document in Self.documents {
            let text = Self.figures(of: document).filter { !$0.fromTable }
            for figure in text {
                let key = "\(document.id) \(figure.section) 0"
                let old = expected[key, default: (0, ExactDecimal(0))]
                expected[key] = (old.count + 1, old.sum + ExactDecimal(decimal: figure.value))
            }
            for (index, table) in document.tables.enumerated() where !table.figures.isEmpty {
                let key = "\(document.id) \(table.section ?? "") \(index + 1)"
                expected[key] = (
                    table.figures.count, table.figures.reduce(ExactDecimal(0)) { $0 + ExactDecimal(decimal: $1.value) }
                )
            }
        }
        #expect(answer.count == expected.count)
        for row in answer {
            let key = row[0...2].joined(separator: " ")
            #expect(expected[key]?.count == Int(row[3]), "\(key)")
            #expect(expected[key]?.sum == ExactDecimal(decimal: row[4]), "\(key): \(row[4])")
        }
        #expect(expected.keys.contains { !$0.hasSuffix(" 0") }, "Output/ should hold table figures")
    }

    // MARK: The README's queries

    /// The SQL blocks of the README's "Queries an analyst runs", by their first comment line.
    static func analystQueries() throws -> [String: String] {
        let readme = try String(
            contentsOf: GazetteBinary.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        guard let section = readme.range(of: "#### Queries an analyst runs") else { return [:] }
        var queries: [String: String] = [:]
        for block in readme[section.upperBound...].components(separatedBy: "```sql\n").dropFirst() {
            let sql = block.components(separatedBy: "```")[0]
            let lines = sql.split(separator: "\n")
            guard let first = lines.first, first.hasPrefix("-- ") else { continue }
            let body = lines.dropFirst().joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            queries[String(first.dropFirst(3))] = body.hasSuffix(";") ? String(body.dropLast()) : body
            if queries.count == 5 { break }
        }
        return queries
    }

    /// Every figure of a record with its section path, table figures included.
    private struct Located {
        var document: Document
        var section: String
        var text: String
        var value: String
        var unit: String
        var change: Change?
        var fromTable = false
    }

    private static func figures(of document: Document) -> [Located] {
        var groups: [(String, [Figure])] = [(CSVEmitter.titlePath, document.titleFigures), ("", document.lead.figures)]
        groups += document.allSections.map { ($0.path, $0.section.figures) }
        groups += [(CSVEmitter.closingPath, document.closing.figures)]
        groups += document.captions.enumerated().map { (CSVEmitter.captionPath($0.offset), $0.element.figures) }
        let text = groups.flatMap { section, figures in
            figures.map {
                Located(
                    document: document, section: section, text: $0.text, value: $0.value, unit: $0.unit,
                    change: $0.change)
            }
        }
        let tables = document.tables.flatMap { table in
            table.figures.map {
                Located(
                    document: document, section: table.section ?? "", text: $0.text, value: $0.value, unit: $0.unit,
                    change: nil, fromTable: true)
            }
        }
        return text + tables
    }

    /// What each query must answer, from the JSON records.
    static func expected(_ query: String) -> [[String]] {
        let all = documents.flatMap(figures(of:))
        let day = { (document: Document) in RecordTables.calendarDate(document.metadata.publishedAt) }
        switch query {
        case "money per document":
            let money = Dictionary(grouping: all.filter { $0.unit == "元" }, by: \.document.source.name)
            return money.map { name, figures in
                [name, String(figures.reduce(ExactDecimal(0)) { $0 + ExactDecimal(decimal: $1.value) }.description)]
            }
        case "decreases by section":
            return all.filter { $0.change == .decrease }.map {
                [$0.document.source.name, $0.section, $0.text, $0.value, $0.unit]
            }
        case "figures of a unit across a year":
            return all.filter { $0.unit == "%" && day($0.document)?.hasPrefix("2025-") == true }
                .map { [day($0.document)!, $0.document.source.name, $0.text, $0.value] }
        case "documents by date":
            return Dictionary(grouping: documents.compactMap(day), by: { $0 }).map { [$0.key, String($0.value.count)] }
        case "search the text":
            return documents.flatMap { document in
                let blocks =
                    [("", document.lead.paragraphs)] + document.allSections.map { ($0.path, $0.section.paragraphs) }
                    + [(CSVEmitter.closingPath, document.closing.paragraphs)]
                return blocks.flatMap { section, paragraphs in
                    paragraphs.filter { $0.contains("农村") }.map { [document.source.name, section, $0] }
                }
            }
        default:
            return []
        }
    }

    /// Rows compared as sets of lines, numbers as numbers (SQLite sums in floating point).
    private static func comparable(_ rows: [[String]]) -> [String] {
        rows.map { row in
            row.map { cell in Double(cell).map { String(format: "%.4f", $0) } ?? cell }.joined(separator: "\u{1F}")
        }.sorted()
    }

    private func analystQueriesAnswerAsTheJSON(_ store: some Store) async throws {
        let queries = try Self.analystQueries()
        #expect(
            queries.keys.sorted() == [
                "decreases by section", "documents by date", "figures of a unit across a year", "money per document",
                "search the text",
            ])
        for (name, sql) in queries {
            let expected = Self.expected(name)
            #expect(!expected.isEmpty, "\(name): Output/ gives the query nothing to find")
            let answer = try await store.rows(sql)
            #expect(Self.comparable(answer) == Self.comparable(expected), "\(name)")
        }
    }

    @Test func analystQueriesOnSQLiteAnswerAsTheJSON() async throws {
        let folder = try TemporaryFolder()
        try await analystQueriesAnswerAsTheJSON(try SQLiteStore(folder: folder))
    }

    @Test func analystQueriesOnPostgreSQLAnswerAsTheJSON() async throws {
        try await analystQueriesAnswerAsTheJSON(try await PostgresStore())
    }
}
