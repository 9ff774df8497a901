import Foundation
import GRDB
import GazetteTestSupport
import Testing

@testable import Gazette
@testable import GazetteLoad

/// Loading records into SQLite: round trip against the JSON, idempotence, replacement,
/// schema versions, errors, and two loaders at once.
@Suite struct SQLiteLoaderTests {
    /// The committed extracts of the samples.
    static let documents = CommittedOutput.documents

    private func database() throws -> (path: String, folder: TemporaryFolder) {
        let folder = try TemporaryFolder()
        return (folder.url.appendingPathComponent("test.db").path, folder)
    }

    /// The parts of official documents: addressee, signature, attachments, responsible units.
    @Test func officialPartsLoadAsTheRecordsHoldThem() throws {
        let (path, folder) = try database()
        _ = folder
        _ = try SQLiteLoader(path: path).load(Self.documents)
        let queue = try DatabaseQueue(path: path)
        for document in Self.documents {
            let row = try #require(
                try queue.read { db in
                    try Row.fetchOne(
                        db,
                        sql:
                            "SELECT addressee, issuer, signature_date, release_note FROM documents WHERE document_id = ?",
                        arguments: [document.id])
                })
            #expect(row["addressee"] as String? == document.addressee)
            #expect(row["issuer"] as String? == document.metadata.issuer)
            #expect(row["signature_date"] as String? == document.signature?.date)
            #expect(row["release_note"] as String? == document.signature?.release)
            let titles = try queue.read { db in
                try String.fetchAll(
                    db, sql: "SELECT title FROM attachments WHERE document_id = ? ORDER BY ordinal",
                    arguments: [document.id])
            }
            #expect(titles == document.attachments)
            let units = try queue.read { db in
                try Row.fetchAll(
                    db,
                    sql:
                        "SELECT section, name, leads FROM responsibilities WHERE document_id = ? ORDER BY section, ordinal",
                    arguments: [document.id]
                ).map { "\($0["section"] as String) \($0["name"] as String) \($0["leads"] as Int)" }
            }
            let expected = document.allSections.flatMap { path, section in
                section.responsibleOrganizations.map {
                    "\(path) \($0) \(section.leadOrganizations.contains($0) ? 1 : 0)"
                }
            }.sorted()
            #expect(units.sorted() == expected)
        }
        #expect(Self.documents.contains { !$0.attachments.isEmpty && $0.signature != nil })
    }

    @Test func figuresLoadedEqualTheRecordsSectionBySection() throws {
        #expect(Self.documents.count >= 6)
        let (path, folder) = try database()
        _ = folder
        _ = try SQLiteLoader(path: path).load(Self.documents)
        let queue = try DatabaseQueue(path: path)
        for document in Self.documents {
            var expected: [String: (count: Int, sum: Double)] = [
                "": (document.lead.figures.count, document.lead.figures.reduce(0) { $0 + Double($1.value)! }),
                CSVEmitter.closingPath: (
                    document.closing.figures.count, document.closing.figures.reduce(0) { $0 + Double($1.value)! }
                ),
                CSVEmitter.titlePath: (
                    document.titleFigures.count, document.titleFigures.reduce(0) { $0 + Double($1.value)! }
                ),
            ]
            for (index, caption) in document.captions.enumerated() {
                expected[CSVEmitter.captionPath(index)] = (
                    caption.figures.count, caption.figures.reduce(0) { $0 + Double($1.value)! }
                )
            }
            for (path, section) in document.allSections {
                expected[path] = (section.figures.count, section.figures.reduce(0) { $0 + Double($1.value)! })
            }
            // A table's figures count for the section the table stands in.
            for table in document.tables {
                let old = expected[table.section ?? "", default: (0, 0)]
                expected[table.section ?? ""] = (
                    old.count + table.figures.count, table.figures.reduce(old.sum) { $0 + Double($1.value)! }
                )
            }
            let rows = try queue.read { db in
                try Row.fetchAll(
                    db,
                    sql:
                        "SELECT section, count(*) AS n, sum(value_number) AS total FROM figures WHERE document_id = ? GROUP BY section",
                    arguments: [document.id])
            }
            for row in rows {
                let path: String = row["section"]
                let count: Int = row["n"]
                let total: Double = row["total"]
                #expect(expected[path]?.count == count, "\(document.source.name) section \(path)")
                #expect(
                    abs((expected[path]?.sum ?? -1) - total) <= max(1e-9, abs(total) * 1e-12),
                    "\(document.source.name) section \(path)")
            }
            let loaded = rows.reduce(0) { $0 + ($1["n"] as Int) }
            #expect(loaded == expected.values.reduce(0) { $0 + $1.count })
            // Values stay exact as text.
            let values = try queue.read { db in
                try String.fetchAll(
                    db, sql: "SELECT value FROM figures WHERE document_id = ? ORDER BY section, ordinal",
                    arguments: [document.id])
            }
            let groups =
                [document.titleFigures, document.lead.figures, document.closing.figures]
                + document.allSections.map(\.section.figures)
                + document.captions.map(\.figures)
            let tableValues = document.tables.flatMap { $0.figures.map(\.value) }
            let textValues: [String] = groups.flatMap { $0.map(\.value) }
            #expect(Set(values) == Set(textValues + tableValues))
        }
    }

    @Test func loadingTwiceLeavesTheSameRows() throws {
        let (path, folder) = try database()
        _ = folder
        let loader = SQLiteLoader(path: path)
        _ = try loader.load(Self.documents)
        let first = try counts(path)
        _ = try loader.load(Self.documents)
        #expect(try counts(path) == first)
        #expect(first["documents"] == Self.documents.count)
    }

    @Test func oneSourceUnderTwoNamesIsOneDocumentWithBothNames() throws {
        let (path, folder) = try database()
        _ = folder
        let original = try #require(Self.documents.first)
        var copy = original
        copy.source.name = "copy-of-" + original.source.name
        var loader = SQLiteLoader(path: path)
        loader.batchSize = 1  // the two names come in different batches
        let report = try loader.load([original, copy])
        #expect(report.failures.isEmpty)
        let queue = try DatabaseQueue(path: path)
        let documents = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") }
        let names = try queue.read { db in
            try String.fetchAll(
                db, sql: "SELECT name FROM names WHERE document_id = ? ORDER BY name", arguments: [original.id])
        }
        #expect(documents == 1)
        #expect(names == [original.source.name, copy.source.name].sorted())
        let figures = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM figures") }
        #expect(figures == original.allFigureCount)
    }

    @Test func aChangedRecordReplacesItsRows() throws {
        let (path, folder) = try database()
        _ = folder
        let loader = SQLiteLoader(path: path)
        _ = try loader.load(Self.documents)
        var changed = try #require(Self.documents.first { !$0.sections.isEmpty && !$0.sections[0].figures.isEmpty })
        changed.sections[0].figures.removeLast()
        changed.title = "改后的标题"
        _ = try loader.load([changed])
        let queue = try DatabaseQueue(path: path)
        let title = try queue.read { db in
            try String.fetchOne(db, sql: "SELECT title FROM documents WHERE document_id = ?", arguments: [changed.id])
        }
        #expect(title == "改后的标题")
        let figures = try queue.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM figures WHERE document_id = ?", arguments: [changed.id])
        }
        let expected = changed.figureCount + changed.tables.reduce(0) { $0 + $1.figures.count }
        #expect(figures == expected)
    }

    /// A database written by schema version 2, with one document in it.
    private func versionTwoDatabase(_ path: String) throws -> DatabaseQueue {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            for statement in SchemaVersion2.statements(for: .sqlite) + SchemaVersion2.rows {
                try db.execute(sql: statement)
            }
        }
        return queue
    }

    @Test func anOlderDatabaseIsRefusedUnlessMigratingAndThenKeepsItsRows() throws {
        let (path, folder) = try database()
        _ = folder
        let queue = try versionTwoDatabase(path)
        #expect(throws: LoadError.schemaVersion(path, found: 2)) { try SQLiteLoader(path: path).load(Self.documents) }
        #expect(try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") } == 1)
        var migrating = SQLiteLoader(path: path)
        migrating.migrate = true
        let report = try migrating.load(Self.documents)
        #expect(report.failures.isEmpty)
        #expect(try counts(path)["documents"] == Self.documents.count + 1)
        let version = try queue.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM gazette_meta WHERE key = 'schema_version'")
        }
        #expect(version == String(DatabaseSchema.version))
        // The old document's rows survive under the new column names, its day now a timestamp.
        let old = try #require(
            try queue.read { db in
                try Row.fetchOne(
                    db, sql: "SELECT published_at, published_date, title FROM documents WHERE document_id = 'old'")
            })
        #expect(old["published_at"] as String? == "2024-05-06T00:00:00+08:00")
        #expect(old["published_date"] as String? == "2024-05-06")
        let figure = try queue.read { db in
            try String.fetchOne(db, sql: "SELECT section || ' ' || value FROM figures WHERE document_id = 'old'")
        }
        #expect(figure == "1 300000000")
        let forms = try queue.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM sections WHERE title_form IS NOT NULL")
        }
        #expect(forms == Self.documents.reduce(0) { $0 + $1.allSections.count })
    }

    @Test func aMigrationThatFailsHalfwayChangesNothing() throws {
        let (path, folder) = try database()
        _ = folder
        let queue = try versionTwoDatabase(path)
        // A column the migration adds already exists, so its ALTER TABLE fails after the renames.
        try queue.write { db in try db.execute(sql: "ALTER TABLE figures ADD COLUMN table_row INTEGER") }
        var migrating = SQLiteLoader(path: path)
        migrating.migrate = true
        #expect(throws: LoadError.self) { try migrating.load(Self.documents) }
        let columns = try queue.read { db in try db.columns(in: "documents").map(\.name) }
        #expect(columns.contains("id") && !columns.contains("document_id"))
        let version = try queue.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM gazette_meta WHERE key = 'schema_version'")
        }
        #expect(version == "2")
    }

    @Test func aNewerDatabaseIsRefusedEvenWhenMigrating() throws {
        let (path, folder) = try database()
        _ = folder
        _ = try SQLiteLoader(path: path).load([])
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "UPDATE gazette_meta SET value = '99' WHERE key = 'schema_version'")
        }
        var migrating = SQLiteLoader(path: path)
        migrating.migrate = true
        #expect(throws: LoadError.schemaVersion(path, found: 99)) { try migrating.load(Self.documents) }
        #expect(try counts(path)["documents"] == 0)
        #expect(
            LoadError.schemaVersion(path, found: 99).description.hasSuffix(
                "newer than this Gazette's \(DatabaseSchema.version); use a newer Gazette"))
    }

    @Test func aDatabaseOnAReadOnlyFileSystemIsAClearError() throws {
        // /proc refuses new files even to root.
        let path = "/proc/gazette-test-\(getpid()).db"
        #expect(throws: LoadError.self) { try SQLiteLoader(path: path).load(Self.documents) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aFolderIsNoDatabase() throws {
        let folder = try TemporaryFolder()
        #expect(throws: LoadError.self) { try SQLiteLoader(path: folder.url.path).load(Self.documents) }
    }

    @Test func twoLoadersAtOnceNeitherFailNorDuplicate() async throws {
        let (path, folder) = try database()
        _ = folder
        _ = try await SQLiteLoader(path: path).load([])
        var small = SQLiteLoader(path: path)
        small.batchSize = 1
        let loader = small
        let documents = Self.documents
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<2 {
                group.addTask { for _ in 0..<3 { _ = try loader.load(documents) } }
            }
            try await group.waitForAll()
        }
        let counts = try counts(path)
        #expect(counts["documents"] == documents.count)
        #expect(counts["figures"] == documents.reduce(0) { $0 + $1.allFigureCount })
    }

    @Test(arguments: DatabaseSchema.Dialect.allCases)
    func schemaScriptNamesEveryTable(dialect: DatabaseSchema.Dialect) {
        let script = DatabaseSchema.script(for: dialect)
        for table in RecordTables.layouts.map(\.name) {
            #expect(script.contains("CREATE TABLE IF NOT EXISTS \(table) ("))
        }
        #expect(script.contains(dialect == .postgres ? "value NUMERIC NOT NULL" : "value TEXT NOT NULL"))
        #expect(script.contains(dialect == .postgres ? "published_at TIMESTAMPTZ," : "published_at TEXT,"))
        #expect(script.contains("value_max \(dialect == .postgres ? "NUMERIC" : "TEXT"),"))
    }

    private func counts(_ path: String) throws -> [String: Int] {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            var counts: [String: Int] = [:]
            for table in RecordTables.layouts.map(\.name) {
                counts[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)")
            }
            return counts
        }
    }
}
