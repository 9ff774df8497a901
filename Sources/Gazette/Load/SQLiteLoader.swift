import Foundation
import GRDB

/// Loads records into an SQLite file through GRDB.
///
/// Each record replaces its document's rows (upsert by document id), so loading the same
/// extract twice leaves the same rows. Records are committed in transactions of `batchSize`
/// documents: a load killed halfway leaves every document fully present or absent. Two
/// loaders may write the same file at once; each waits for the other's transaction.
public struct SQLiteLoader: Sendable {
    public enum Problem: Error, CustomStringConvertible, Equatable {
        case cannotOpen(String, reason: String)
        case schemaVersion(String, found: Int)
        case writeFailed(String, reason: String)

        public var description: String {
            switch self {
            case .cannotOpen(let path, let reason): "\(path): cannot open the database (\(reason))"
            case .schemaVersion(let path, let found) where found > DatabaseSchema.version:
                "\(path): the database has Gazette schema version \(found), newer than this Gazette's \(DatabaseSchema.version); use a newer Gazette"
            case .schemaVersion(let path, let found):
                "\(path): the database has Gazette schema version \(found), this Gazette writes \(DatabaseSchema.version); rerun with --migrate"
            case .writeFailed(let path, let reason): "\(path): cannot write to the database (\(reason))"
            }
        }
    }

    public let path: String
    public var batchSize = 100
    /// Accept a database of another schema version and bring it to this one.
    public var migrate = false

    public init(path: String) {
        self.path = path
    }

    /// Loads `documents` in order and returns how many rows each table received.
    @discardableResult
    public func load(_ documents: [Document]) throws(Problem) -> [String: Int] {
        let queue = try open()
        try prepareSchema(queue)
        let loadedAt = ISO8601DateFormatter().string(from: Date())
        var counts: [String: Int] = [:]
        var start = 0
        while start < documents.count {
            let batch = documents[start..<min(documents.count, start + batchSize)]
            do {
                try queue.write { db in
                    let inserts = try DocumentRows.tables.enumerated().map { index, table in
                        try db.cachedStatement(sql: Self.insert(table, columns: DocumentRows.columnCounts[index]))
                    }
                    let deletes = try DocumentRows.children.map { try db.cachedStatement(sql: "DELETE FROM \($0) WHERE document_id = ?") }
                    for document in batch {
                        for delete in deletes { try delete.execute(arguments: [document.id]) }
                        let rows = DocumentRows(document, loadedAt: loadedAt)
                        for (index, tableRows) in rows.all.enumerated() {
                            for row in tableRows {
                                try inserts[index].execute(arguments: StatementArguments(row.map(Self.databaseValue)))
                            }
                            counts[DocumentRows.tables[index], default: 0] += tableRows.count
                        }
                    }
                }
            } catch {
                throw .writeFailed(path, reason: Self.reason(error))
            }
            start += batch.count
        }
        return counts
    }

    private static func insert(_ table: String, columns: Int) -> String {
        let verb = table == "documents" ? "INSERT OR REPLACE" : "INSERT"
        return "\(verb) INTO \(table) VALUES (\(Array(repeating: "?", count: columns).joined(separator: ", ")))"
    }

    private static func databaseValue(_ value: SQLValue) -> DatabaseValue {
        switch value {
        case .text(let text): text.databaseValue
        case .integer(let number): number.databaseValue
        case .real(let number): number.databaseValue
        case .null: .null
        }
    }

    private func open() throws(Problem) -> DatabaseQueue {
        var configuration = Configuration()
        configuration.busyMode = .timeout(60)
        configuration.foreignKeysEnabled = true
        do {
            return try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw .cannotOpen(path, reason: Self.reason(error))
        }
    }

    /// Creates the tables, or checks that an existing database is of this schema version; with
    /// `migrate`, brings one of an older version up to it in the same transaction.
    private func prepareSchema(_ queue: DatabaseQueue) throws(Problem) {
        do {
            let found: Int? = try queue.write { db in
                try db.execute(sql: DatabaseSchema.statements(for: .sqlite)[0])
                let stored = try String.fetchOne(db, sql: "SELECT value FROM gazette_meta WHERE key = 'schema_version'").flatMap { Int($0) }
                if let stored, stored == DatabaseSchema.version { return nil }
                if let stored, stored > DatabaseSchema.version || !migrate { return stored }
                for statement in DatabaseSchema.preparation(from: stored, for: .sqlite) { try db.execute(sql: statement) }
                try db.execute(sql: "INSERT OR REPLACE INTO gazette_meta VALUES ('schema_version', ?)", arguments: [String(DatabaseSchema.version)])
                return nil
            }
            if let found, found != DatabaseSchema.version { throw Problem.schemaVersion(path, found: found) }
        } catch let problem as Problem {
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
