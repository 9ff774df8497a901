import Foundation
import GRDB
import Testing
@testable import Gazette

/// Loading records into SQLite: round trip against the JSON, idempotence, replacement,
/// schema versions, errors, and two loaders at once.
@Suite struct SQLiteLoaderTests {
    /// The committed extracts of the samples.
    static let documents: [Document] = {
        let folder = GazetteBinary.repositoryRoot.appendingPathComponent("Output")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { $0.hasSuffix(".json") }.sorted() ?? []
        return files.compactMap { try? JSONEmitter.document(from: Data(contentsOf: folder.appendingPathComponent($0))) }
    }()

    private func database() throws -> (path: String, folder: TemporaryFolder) {
        let folder = try TemporaryFolder()
        return (folder.url.appendingPathComponent("test.db").path, folder)
    }

    /// The parts of official documents: addressee, signature, attachments, responsible units.
    @Test func officialPartsLoadAsTheRecordsHoldThem() throws {
        let (path, folder) = try database()
        _ = folder
        try SQLiteLoader(path: path).load(Self.documents)
        let queue = try DatabaseQueue(path: path)
        for document in Self.documents {
            let row = try #require(try queue.read { db in
                try Row.fetchOne(db, sql: "SELECT addressee, issuer, signature_date, release_note FROM documents WHERE id = ?", arguments: [document.id])
            })
            #expect(row["addressee"] as String? == document.addressee)
            #expect(row["issuer"] as String? == document.metadata.issuer)
            #expect(row["signature_date"] as String? == document.signature?.date)
            #expect(row["release_note"] as String? == document.signature?.release)
            let titles = try queue.read { db in
                try String.fetchAll(db, sql: "SELECT title FROM attachments WHERE document_id = ? ORDER BY ordinal", arguments: [document.id])
            }
            #expect(titles == document.attachments)
            let units = try queue.read { db in
                try Row.fetchAll(db, sql: "SELECT section_path, name, leads FROM responsibilities WHERE document_id = ? ORDER BY section_path, ordinal",
                                 arguments: [document.id]).map { "\($0["section_path"] as String) \($0["name"] as String) \($0["leads"] as Int)" }
            }
            let expected = document.allSections.flatMap { path, section in
                section.responsibleOrganizations.map { "\(path) \($0) \(section.leadOrganizations.contains($0) ? 1 : 0)" }
            }.sorted()
            #expect(units.sorted() == expected)
        }
        #expect(Self.documents.contains { !$0.attachments.isEmpty && $0.signature != nil })
    }

    @Test func figuresLoadedEqualTheRecordsSectionBySection() throws {
        #expect(Self.documents.count >= 6)
        let (path, folder) = try database()
        _ = folder
        try SQLiteLoader(path: path).load(Self.documents)
        let queue = try DatabaseQueue(path: path)
        for document in Self.documents {
            var expected: [String: (count: Int, sum: Double)] = [
                "": (document.lead.figures.count, document.lead.figures.reduce(0) { $0 + Double($1.value)! }),
                CSVEmitter.closingPath: (document.closing.figures.count, document.closing.figures.reduce(0) { $0 + Double($1.value)! }),
                CSVEmitter.titlePath: (document.titleFigures.count, document.titleFigures.reduce(0) { $0 + Double($1.value)! }),
            ]
            for (index, caption) in document.captions.enumerated() {
                expected[CSVEmitter.captionPath(index)] = (caption.figures.count, caption.figures.reduce(0) { $0 + Double($1.value)! })
            }
            for (path, section) in document.allSections {
                expected[path] = (section.figures.count, section.figures.reduce(0) { $0 + Double($1.value)! })
            }
            let rows = try queue.read { db in
                try Row.fetchAll(db, sql: "SELECT section_path, count(*) AS n, sum(value_number) AS total FROM figures WHERE document_id = ? GROUP BY section_path",
                                 arguments: [document.id])
            }
            for row in rows {
                let path: String = row["section_path"]
                let count: Int = row["n"]
                let total: Double = row["total"]
                #expect(expected[path]?.count == count, "\(document.source.name) section \(path)")
                #expect(abs((expected[path]?.sum ?? -1) - total) <= max(1e-9, abs(total) * 1e-12), "\(document.source.name) section \(path)")
            }
            let loaded = rows.reduce(0) { $0 + ($1["n"] as Int) }
            #expect(loaded == expected.values.reduce(0) { $0 + $1.count })
            // Values stay exact as text.
            let values = try queue.read { db in try String.fetchAll(db, sql: "SELECT value FROM figures WHERE document_id = ? ORDER BY section_path, ordinal", arguments: [document.id]) }
            let groups = [document.titleFigures, document.lead.figures, document.closing.figures] + document.allSections.map(\.section.figures)
                + document.captions.map(\.figures)
            #expect(Set(values) == Set(groups.flatMap { $0.map(\.value) }))
        }
    }

    @Test func loadingTwiceLeavesTheSameRows() throws {
        let (path, folder) = try database()
        _ = folder
        let loader = SQLiteLoader(path: path)
        try loader.load(Self.documents)
        let first = try counts(path)
        try loader.load(Self.documents)
        #expect(try counts(path) == first)
        #expect(first["documents"] == Self.documents.count)
    }

    @Test func aChangedRecordReplacesItsRows() throws {
        let (path, folder) = try database()
        _ = folder
        let loader = SQLiteLoader(path: path)
        try loader.load(Self.documents)
        var changed = try #require(Self.documents.first { !$0.sections.isEmpty && !$0.sections[0].figures.isEmpty })
        changed.sections[0].figures.removeLast()
        changed.title = "改后的标题"
        try loader.load([changed])
        let queue = try DatabaseQueue(path: path)
        let title = try queue.read { db in try String.fetchOne(db, sql: "SELECT title FROM documents WHERE id = ?", arguments: [changed.id]) }
        #expect(title == "改后的标题")
        let figures = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM figures WHERE document_id = ?", arguments: [changed.id]) }
        let expected = changed.figureCount
        #expect(figures == expected)
    }

    @Test func anOlderDatabaseIsRefusedUnlessMigratingAndThenGainsTheNewColumns() throws {
        let (path, folder) = try database()
        _ = folder
        try SQLiteLoader(path: path).load([])
        // Make it a database of version 1: without the columns and tables version 2 added.
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            for column in ["addressee", "document_number", "issuer", "written_at", "index_number", "signature_organizations", "signature_date", "release_note"] {
                try db.execute(sql: "ALTER TABLE documents DROP COLUMN \(column)")
            }
            try db.execute(sql: "ALTER TABLE sections DROP COLUMN title_form")
            try db.execute(sql: "DROP TABLE responsibilities")
            try db.execute(sql: "DROP TABLE attachments")
            try db.execute(sql: "UPDATE gazette_meta SET value = '1' WHERE key = 'schema_version'")
        }
        #expect(throws: SQLiteLoader.Problem.schemaVersion(path, found: 1)) { try SQLiteLoader(path: path).load(Self.documents) }
        #expect(try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") } == 0)
        var migrating = SQLiteLoader(path: path)
        migrating.migrate = true
        try migrating.load(Self.documents)
        #expect(try counts(path)["documents"] == Self.documents.count)
        let version = try queue.read { db in try String.fetchOne(db, sql: "SELECT value FROM gazette_meta WHERE key = 'schema_version'") }
        #expect(version == String(DatabaseSchema.version))
        let forms = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sections WHERE title_form IS NOT NULL") }
        #expect(forms == Self.documents.reduce(0) { $0 + $1.allSections.count })
    }

    @Test func aNewerDatabaseIsRefusedEvenWhenMigrating() throws {
        let (path, folder) = try database()
        _ = folder
        try SQLiteLoader(path: path).load([])
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "UPDATE gazette_meta SET value = '99' WHERE key = 'schema_version'") }
        var migrating = SQLiteLoader(path: path)
        migrating.migrate = true
        #expect(throws: SQLiteLoader.Problem.schemaVersion(path, found: 99)) { try migrating.load(Self.documents) }
        #expect(try counts(path)["documents"] == 0)
        #expect(SQLiteLoader.Problem.schemaVersion(path, found: 99).description.hasSuffix("newer than this Gazette's \(DatabaseSchema.version); use a newer Gazette"))
    }

    @Test func aDatabaseOnAReadOnlyFileSystemIsAClearError() throws {
        // /proc refuses new files even to root.
        let path = "/proc/gazette-test-\(getpid()).db"
        #expect(throws: SQLiteLoader.Problem.self) { try SQLiteLoader(path: path).load(Self.documents) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aFolderIsNoDatabase() throws {
        let folder = try TemporaryFolder()
        #expect(throws: SQLiteLoader.Problem.self) { try SQLiteLoader(path: folder.url.path).load(Self.documents) }
    }

    @Test func twoLoadersAtOnceNeitherFailNorDuplicate() async throws {
        let (path, folder) = try database()
        _ = folder
        try SQLiteLoader(path: path).load([])
        var small = SQLiteLoader(path: path)
        small.batchSize = 1
        let loader = small
        let documents = Self.documents
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<2 {
                group.addTask { for _ in 0..<3 { try loader.load(documents) } }
            }
            try await group.waitForAll()
        }
        let counts = try counts(path)
        #expect(counts["documents"] == documents.count)
        let expectedFigures = documents.reduce(0) { $0 + $1.figureCount }
        #expect(counts["figures"] == expectedFigures)
    }

    @Test(arguments: DatabaseSchema.Dialect.allCases)
    func schemaScriptNamesEveryTable(dialect: DatabaseSchema.Dialect) {
        let script = DatabaseSchema.script(for: dialect)
        for table in DocumentRows.tables { #expect(script.contains("CREATE TABLE IF NOT EXISTS \(table) (")) }
        #expect(script.contains(dialect == .postgres ? "value NUMERIC NOT NULL" : "value TEXT NOT NULL"))
    }

    private func counts(_ path: String) throws -> [String: Int] {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            var counts: [String: Int] = [:]
            for table in DocumentRows.tables { counts[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") }
            return counts
        }
    }
}
