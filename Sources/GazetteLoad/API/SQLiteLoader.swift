import Foundation
import GRDB
import GRDBSQLite
import Gazette

/// Loads records into an SQLite file through GRDB.
///
/// Each record replaces its document's rows (upsert by document id), so loading the same
/// extract twice leaves the same rows. Records are committed in transactions of `batchSize`
/// documents: a load killed halfway leaves every document fully present or absent. Two
/// loaders may write the same file at once; each waits for the other's transaction.
public struct SQLiteLoader: DocumentLoader {
    /// The SQLite file written, created when it does not exist yet.
    public let path: String
    /// Documents per transaction.
    public var batchSize = DocumentBatches.defaultSize
    /// Accept a database of another schema version and bring it to this one.
    public var migrate = false

    /// A loader of the SQLite file at `path`, with the default batch size and without migration.
    public init(path: String) {
        self.path = path
    }

    /// Loads `documents` in order, in transactions of `batchSize`: how many rows each table
    /// received, and the documents that failed. A document the database refuses fails alone;
    /// the others of its batch are written. A database that cannot be opened or prepared fails
    /// the whole load.
    public func load(_ documents: [Document]) throws(LoadError) -> LoadReport {
        try load(DocumentBatches(documents))
    }

    /// Loads documents as `batches` hands them over, each batch in one transaction.
    public func load(_ batches: DocumentBatches) throws(LoadError) -> LoadReport {
        let queue = try open()
        try prepareSchema(queue)
        let loadedAt = ISO8601DateFormatter().string(from: Date())
        var plan = LoadPlan()
        var report = LoadReport()
        var batches = batches
        while let documents = batches.next(upTo: batchSize) {
            let batch = plan.entries(documents)
            do {
                report.add(try write(batch, to: queue, loadedAt: loadedAt))
            } catch {
                // One document spoilt the batch: write each alone, so only the bad ones fail.
                for entry in batch {
                    do {
                        report.add(try write([entry], to: queue, loadedAt: loadedAt))
                    } catch {
                        report.failures.append(
                            LoadReport.Failure(
                                document: entry.document.id, name: entry.names.joined(separator: ", "),
                                reason: Self.reason(error)))
                    }
                }
            }
        }
        return report
    }

    private func write(_ batch: [LoadPlan.Entry], to queue: DatabaseQueue, loadedAt: String) throws -> LoadReport {
        let tables = LoadPlan.rows(for: batch, loadedAt: loadedAt)
        return try queue.write { db in
            var report = LoadReport()
            let inserts = try RecordTables.layouts.map { layout in
                try db.cachedStatement(sql: Self.insert(layout.name))
            }
            let deletes = try LoadPlan.children.map {
                try db.cachedStatement(sql: "DELETE FROM \($0) WHERE document_id = ?")
            }
            let known = try db.cachedStatement(sql: "SELECT 1 FROM documents WHERE document_id = ?")
            for (entry, tables) in zip(batch, tables) {
                // A document loaded before has rows to replace; a new one has none to delete.
                if try Bool.fetchOne(known, arguments: [entry.document.id]) ?? false {
                    for delete in deletes { try delete.execute(arguments: [entry.document.id]) }
                }
                for (index, rows) in tables.enumerated() {
                    for row in rows { try Self.insert(row, with: inserts[index], in: db) }
                    report.counts[RecordTables.layouts[index].name, default: 0] += rows.count
                }
                report.documents += 1
            }
            return report
        }
    }

    private static func insert(_ table: String) -> String {
        let verb = table == "documents" ? "INSERT OR REPLACE" : "INSERT"
        let columns = DatabaseSchema.columns(of: table)
        return
            "\(verb) INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))"
    }

    /// Binds a row to a prepared insert and runs it, straight through SQLite's C interface: the
    /// rows of a load are many and small, and this is where a load spends its time.
    private static func insert(_ row: [SQLValue], with statement: Statement, in db: Database) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        for (offset, value) in row.enumerated() {
            let index = Int32(offset + 1)
            switch value {
            case .text(let text): sqlite3_bind_text(handle, index, text, -1, transient)
            case .integer(let number): sqlite3_bind_int64(handle, index, Int64(number))
            case .real(let number): sqlite3_bind_double(handle, index, number)
            case .null: sqlite3_bind_null(handle, index)
            }
        }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            let message = String(cString: sqlite3_errmsg(db.sqliteConnection))
            sqlite3_reset(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }

    /// SQLite copies the bound text before `sqlite3_bind_text` returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private func open() throws(LoadError) -> DatabaseQueue {
        var configuration = Configuration()
        configuration.busyMode = .timeout(60)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        do {
            return try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw .cannotOpen(path, reason: Self.reason(error))
        }
    }

    /// Creates the tables, or checks that an existing database is of this schema version; with
    /// `migrate`, brings one of an older version up to it in the same transaction.
    private func prepareSchema(_ queue: DatabaseQueue) throws(LoadError) {
        do {
            let found: Int? = try queue.write { db in
                try db.execute(sql: DatabaseSchema.metaTable)
                let stored = try String.fetchOne(db, sql: "SELECT value FROM gazette_meta WHERE key = 'schema_version'")
                    .flatMap { Int($0) }
                if let stored, stored == DatabaseSchema.version { return nil }
                if let stored, stored > DatabaseSchema.version || !migrate { return stored }
                for statement in DatabaseSchema.preparation(from: stored, for: .sqlite) {
                    try db.execute(sql: statement)
                }
                try db.execute(
                    sql: "INSERT OR REPLACE INTO gazette_meta VALUES ('schema_version', ?)",
                    arguments: [String(DatabaseSchema.version)])
                return nil
            }
            if let found, found != DatabaseSchema.version { throw LoadError.schemaVersion(path, found: found) }
        } catch let problem as LoadError {
            throw problem
        } catch {
            throw .writeFailed(path, reason: Self.reason(error))
        }
    }

    /// The part of an SQLite error a person needs: "attempt to write a readonly database".
    private static func reason(_ error: Error) -> String {
        if let database = error as? DatabaseError { return database.message ?? "\(database.resultCode)" }
        return String(describing: error)
    }
}
