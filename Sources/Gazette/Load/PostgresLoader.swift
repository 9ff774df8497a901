import Foundation
import Logging
import PostgresNIO

/// Loads records into PostgreSQL through PostgresNIO, with the guarantees of `SQLiteLoader`:
/// each record replaces its document's rows, documents commit in batches, and concurrent
/// loaders neither fail nor duplicate (each document's row is locked by its upsert before its
/// child rows are replaced, in id order within a batch).
public struct PostgresLoader: Sendable {
    public enum Problem: Error, CustomStringConvertible, Equatable {
        case badURL(String)
        case cannotConnect(String, reason: String)
        case schemaVersion(String, found: Int)
        case writeFailed(String, reason: String)

        public var description: String {
            switch self {
            case .badURL(let url): "\(url): not a PostgreSQL URL (postgres://user[:password]@host[:port]/database or postgres://user@/database?host=/socket/dir)"
            case .cannotConnect(let url, let reason): "\(url): cannot connect to PostgreSQL (\(reason))"
            case .schemaVersion(let url, let found) where found > DatabaseSchema.version:
                "\(url): the database has Gazette schema version \(found), newer than this Gazette's \(DatabaseSchema.version); use a newer Gazette"
            case .schemaVersion(let url, let found):
                "\(url): the database has Gazette schema version \(found), this Gazette writes \(DatabaseSchema.version); rerun with --migrate"
            case .writeFailed(let url, let reason): "\(url): cannot write to the database (\(reason))"
            }
        }
    }

    public let url: String
    public var batchSize = 100
    public var migrate = false
    private let configuration: PostgresConnection.Configuration

    /// Parses `postgres://user[:password]@host[:port]/database`, or the socket form
    /// `postgres://user@/database?host=/run/postgresql`.
    public init(url: String) throws(Problem) {
        self.url = url
        guard let components = URLComponents(string: url), ["postgres", "postgresql"].contains(components.scheme ?? ""),
              let user = components.user, !user.isEmpty
        else { throw .badURL(url) }
        let database = String(components.path.drop { $0 == "/" })
        let socketFolder = components.queryItems?.first { $0.name == "host" }?.value
        if let socketFolder, components.host?.isEmpty ?? true {
            let port = components.port ?? 5432
            configuration = .init(unixSocketPath: "\(socketFolder)/.s.PGSQL.\(port)", username: user, password: components.password,
                                  database: database.isEmpty ? nil : database)
        } else if let host = components.host, !host.isEmpty {
            configuration = .init(host: host, port: components.port ?? 5432, username: user, password: components.password,
                                  database: database.isEmpty ? nil : database, tls: .disable)
        } else {
            throw .badURL(url)
        }
    }

    /// Loads `documents` in order and returns how many rows each table received.
    @discardableResult
    public func load(_ documents: [Document]) async throws(Problem) -> [String: Int] {
        let logger = Logger(label: "gazette.load", factory: { _ in SwiftLogNoOpLogHandler() })
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        } catch {
            throw .cannotConnect(url, reason: Self.reason(error))
        }
        do {
            defer { Task { try? await connection.close() } }
            try await prepareSchema(connection, logger: logger)
            let loadedAt = ISO8601DateFormatter().string(from: Date())
            var counts: [String: Int] = [:]
            var start = 0
            while start < documents.count {
                let batch = documents[start..<min(documents.count, start + batchSize)].sorted { $0.id < $1.id }
                let batchCounts = try await connection.withTransaction(logger: logger) { connection in
                    var counts: [String: Int] = [:]
                    for document in batch {
                        let rows = DocumentRows(document, loadedAt: loadedAt)
                        try await Self.upsert(rows.documents[0], connection: connection, logger: logger)
                        for table in DocumentRows.children {
                            try await connection.query(PostgresQuery(unsafeSQL: "DELETE FROM \(table) WHERE document_id = $1",
                                                                      binds: try Self.binds([.text(document.id)])), logger: logger)
                        }
                        for (index, table) in DocumentRows.tables.enumerated().dropFirst() {
                            try await Self.insert(rows.all[index], into: table, connection: connection, logger: logger)
                            counts[table, default: 0] += rows.all[index].count
                        }
                        counts["documents", default: 0] += 1
                    }
                    return counts
                }
                counts.merge(batchCounts, uniquingKeysWith: +)
                start += batch.count
            }
            return counts
        } catch let problem as Problem {
            throw problem
        } catch let transaction as PostgresTransactionError {
            if let problem = transaction.closureError as? Problem { throw problem }
            throw .writeFailed(url, reason: Self.reason(transaction))
        } catch {
            throw .writeFailed(url, reason: Self.reason(error))
        }
    }

    private static let documentColumns = "id, name, title, subtitle, published_at, encoding, gazette_version, loaded_at, addressee, "
        + "document_number, issuer, written_at, index_number, signature_organizations, signature_date, release_note"

    private static func upsert(_ row: [SQLValue], connection: PostgresConnection, logger: Logger) async throws {
        let updates = documentColumns.split(separator: ",").dropFirst().map { "\($0.trimmingCharacters(in: .whitespaces)) = EXCLUDED.\($0.trimmingCharacters(in: .whitespaces))" }
        let sql = "INSERT INTO documents (\(documentColumns)) VALUES ($1, $2, $3, $4, $5, $6, $7, $8::timestamptz, $9, $10, $11, $12, $13, $14, $15, $16) "
            + "ON CONFLICT (id) DO UPDATE SET \(updates.joined(separator: ", "))"
        try await connection.query(PostgresQuery(unsafeSQL: sql, binds: try binds(row)), logger: logger)
    }

    /// Multi-row INSERTs, a few hundred rows a statement; decimal columns are cast from text.
    private static func insert(_ rows: [[SQLValue]], into table: String, connection: PostgresConnection, logger: Logger) async throws {
        guard let width = rows.first?.count else { return }
        let casts: [Int: String] = table == "figures" ? [4: "::numeric", 5: "::numeric"] : [:]
        for chunk in stride(from: 0, to: rows.count, by: 500) {
            let part = rows[chunk..<min(rows.count, chunk + 500)]
            var placeholders: [String] = []
            for (rowIndex, _) in part.enumerated() {
                let fields = (0..<width).map { column in "$\(rowIndex * width + column + 1)\(casts[column] ?? "")" }
                placeholders.append("(" + fields.joined(separator: ", ") + ")")
            }
            let sql = "INSERT INTO \(table) VALUES " + placeholders.joined(separator: ", ")
            try await connection.query(PostgresQuery(unsafeSQL: sql, binds: try binds(part.flatMap { $0 })), logger: logger)
        }
    }

    private static func binds(_ values: [SQLValue]) throws -> PostgresBindings {
        var binds = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case .text(let text): try binds.append(text)
            case .integer(let number): try binds.append(number)
            case .real(let number): try binds.append(number)
            case .null: binds.appendNull()
            }
        }
        return binds
    }

    private func prepareSchema(_ connection: PostgresConnection, logger: Logger) async throws {
        // One loader at a time creates or checks the tables.
        try await connection.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(4263)", logger: logger)
            try await connection.query(PostgresQuery(unsafeSQL: DatabaseSchema.statements(for: .postgres)[0]), logger: logger)
            let rows = try await connection.query("SELECT value FROM gazette_meta WHERE key = 'schema_version'", logger: logger)
            var stored: String?
            for try await row in rows { stored = try row.decode(String.self) }
            let found = stored.flatMap { Int($0) }
            if let found, found > DatabaseSchema.version { throw Problem.schemaVersion(url, found: found) }
            if found == DatabaseSchema.version { return }
            if stored == nil || migrate {
                for statement in DatabaseSchema.preparation(from: found, for: .postgres) {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(PostgresQuery(
                    unsafeSQL: "INSERT INTO gazette_meta VALUES ('schema_version', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                    binds: try Self.binds([.text(String(DatabaseSchema.version))])), logger: logger)
            } else if let found {
                throw Problem.schemaVersion(url, found: found)
            }
        }
    }

    private static func reason(_ error: Error) -> String {
        if let problem = error as? Problem { return problem.description }
        if let sql = error as? PSQLError {
            return sql.serverInfo?[.message] ?? String(describing: sql.code)
        }
        if let transaction = error as? PostgresTransactionError {
            return transaction.closureError.map(reason) ?? transaction.beginError.map(reason) ?? "transaction failed"
        }
        return String(describing: error)
    }
}
