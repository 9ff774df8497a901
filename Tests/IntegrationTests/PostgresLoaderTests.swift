import Foundation
import GazetteTestSupport
import Logging
import PostgresNIO
import Testing

@testable import Gazette
@testable import GazetteLoad

/// Loading into a real PostgreSQL (a throwaway cluster on a Unix socket): round trip with
/// exact NUMERIC sums, idempotence, two loaders at once, and clear errors.
@Suite(.serialized, .needs(.postgres)) struct PostgresLoaderTests {
    static let documents = CommittedOutput.documents

    private func loader() throws -> PostgresLoader {
        try PostgresLoader(url: try ThrowawayPostgres.database())
    }

    @Test func figuresLoadedEqualTheRecordsWithExactSums() async throws {
        let loader = try loader()
        let report = try await loader.load(Self.documents)
        #expect(report.failures.isEmpty)
        #expect(report.counts["figures"] == Self.documents.reduce(0) { $0 + $1.allFigureCount })
        for document in Self.documents {
            let groups =
                [document.titleFigures, document.lead.figures, document.closing.figures]
                + document.allSections.map(\.section.figures)
                + document.captions.map(\.figures)
            let values = groups.flatMap { $0.map(\.value) } + document.tables.flatMap { $0.figures.map(\.value) }
            let rows = try await query(
                "SELECT count(*)::int, coalesce(sum(value), 0)::text FROM figures WHERE document_id = '\(document.id)'",
                loader)
            #expect(rows.first?.0 == values.count)
            // NUMERIC keeps the values exact: the sum equals the decimal sum of the JSON values.
            let sum = values.map { ExactDecimal(decimal: $0) }.reduce(ExactDecimal(0), +)
            #expect(rows.first.map { ExactDecimal(decimal: $0.1) } == sum)
        }
    }

    @Test func loadingTwiceLeavesTheSameRows() async throws {
        let loader = try loader()
        _ = try await loader.load(Self.documents)
        let first = try await query(
            "SELECT (SELECT count(*) FROM documents)::int, (SELECT count(*) FROM figures)::text", loader)
        _ = try await loader.load(Self.documents)
        let second = try await query(
            "SELECT (SELECT count(*) FROM documents)::int, (SELECT count(*) FROM figures)::text", loader)
        #expect(first.first?.0 == second.first?.0)
        #expect(first.first?.1 == second.first?.1)
        #expect(second.first?.0 == Self.documents.count)
    }

    @Test func twoLoadersAtOnceNeitherFailNorDuplicate() async throws {
        var first = try loader()
        first.batchSize = 1
        let a = first
        var b = try PostgresLoader(url: a.url)
        b.batchSize = 2
        let second = b
        let documents = Self.documents
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { for _ in 0..<2 { _ = try await a.load(documents) } }
            group.addTask { for _ in 0..<2 { _ = try await second.load(documents.reversed()) } }
            try await group.waitForAll()
        }
        let rows = try await query(
            "SELECT (SELECT count(*) FROM documents)::int, (SELECT count(*) FROM figures)::text", a)
        #expect(rows.first?.0 == documents.count)
        #expect(rows.first?.1 == String(documents.reduce(0) { $0 + $1.allFigureCount }))
    }

    @Test func anOlderDatabaseIsRefusedUnlessMigratingAndThenKeepsItsRows() async throws {
        let loader = try loader()
        for statement in SchemaVersion2.statements(for: .postgres) + SchemaVersion2.rows {
            try await execute(statement, loader)
        }
        await #expect(throws: LoadError.schemaVersion(loader.url, found: 2)) { try await loader.load(Self.documents) }
        var migrating = loader
        migrating.migrate = true
        let report = try await migrating.load(Self.documents)
        #expect(report.failures.isEmpty)
        let rows = try await query(
            "SELECT (SELECT count(*) FROM documents)::int, (SELECT count(*) FROM sections WHERE title_form IS NULL)::text",
            loader)
        #expect(rows.first?.0 == Self.documents.count + 1)
        #expect(rows.first?.1 == "1")  // the old document's section, which had none
        // The old day is now a timestamp at the start of that day in China, and a date.
        let old = try await query(
            """
            SELECT extract(epoch FROM published_at)::int, published_date::text || ' ' || (SELECT section FROM figures WHERE document_id = 'old')
            FROM documents WHERE document_id = 'old'
            """, loader)
        #expect(old.first?.0 == 1_714_924_800)  // 2024-05-06T00:00:00+08:00
        #expect(old.first?.1 == "2024-05-06 1")
    }

    @Test func aMigrationThatFailsHalfwayChangesNothing() async throws {
        let loader = try loader()
        for statement in SchemaVersion2.statements(for: .postgres) + SchemaVersion2.rows {
            try await execute(statement, loader)
        }
        try await execute("ALTER TABLE figures ADD COLUMN table_row INTEGER", loader)
        var migrating = loader
        migrating.migrate = true
        await #expect(throws: LoadError.self) { try await migrating.load(Self.documents) }
        let rows = try await query(
            """
            SELECT (SELECT count(*) FROM information_schema.columns WHERE table_name = 'documents' AND column_name = 'id')::int,
                   (SELECT value FROM gazette_meta WHERE key = 'schema_version')
            """, loader)
        #expect(rows.first?.0 == 1)
        #expect(rows.first?.1 == "2")
    }

    @Test func aNewerDatabaseIsRefusedEvenWhenMigrating() async throws {
        var loader = try loader()
        _ = try await loader.load([])
        _ = try await query("UPDATE gazette_meta SET value = '99' WHERE key = 'schema_version' RETURNING 0, ''", loader)
        loader.migrate = true
        await #expect(throws: LoadError.schemaVersion(loader.url, found: 99)) { try await loader.load(Self.documents) }
    }

    @Test func anUnreachableServerAndAnUnknownRoleAreClearErrors() async throws {
        let unreachable = try PostgresLoader(url: "postgres://gazette@/gazette?host=/nonexistent-socket-folder")
        do {
            _ = try await unreachable.load(Self.documents)
            Issue.record("a missing socket connected")
        } catch {
            #expect(
                error.description.hasSuffix(
                    "cannot connect to PostgreSQL (no such file or directory at /nonexistent-socket-folder/.s.PGSQL.5432)"
                ),
                "\(error.description)")
        }
        let url = try ThrowawayPostgres.database().replacingOccurrences(
            of: "postgres://gazette@", with: "postgres://nobody@")
        let stranger = try PostgresLoader(url: url)
        do {
            _ = try await stranger.load(Self.documents)
            Issue.record("an unknown role connected")
        } catch {
            #expect(error.description.contains("role \"nobody\" does not exist"), "\(error.description)")
        }
    }

    @Test(arguments: ["mysql://a@b/c", "postgres://@host/db", "postgres://user@/db", "not a url"])
    func badURLsAreRefused(url: String) {
        #expect(throws: LoadError.badURL(url)) { try PostgresLoader(url: url) }
    }

    /// Runs a query returning an int and a text column.
    private static let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

    private func connect(_ loader: PostgresLoader) async throws -> PostgresConnection {
        let components = URLComponents(string: loader.url)!
        let folder = components.queryItems!.first { $0.name == "host" }!.value!
        let configuration = PostgresConnection.Configuration(
            unixSocketPath: "\(folder)/.s.PGSQL.5432", username: "gazette", password: nil,
            database: String(components.path.dropFirst()))
        return try await PostgresConnection.connect(configuration: configuration, id: 2, logger: Self.logger)
    }

    /// Runs a statement that returns no rows.
    private func execute(_ sql: String, _ loader: PostgresLoader) async throws {
        let connection = try await connect(loader)
        defer { Task { try? await connection.close() } }
        for try await _ in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: Self.logger) {}
    }

    private func query(_ sql: String, _ loader: PostgresLoader) async throws -> [(Int, String)] {
        let connection = try await connect(loader)
        let logger = Self.logger
        defer { Task { try? await connection.close() } }
        var result: [(Int, String)] = []
        for try await (number, text) in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
            .decode((Int, String).self)
        {
            result.append((number, text))
        }
        return result
    }
}

extension ExactDecimal {
    /// A plain decimal string ("12.5", "-3") as an exact value (test helper).
    init(decimal text: String) {
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        let integer = parts[0].utf8.map { $0 - 48 }
        let fraction = parts.count > 1 ? parts[1].utf8.map { $0 - 48 } : []
        let value = ExactDecimal(integer: integer, fraction: fraction)
        self = negative ? value.negated() : value
    }
}
