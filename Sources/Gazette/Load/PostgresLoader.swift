import Foundation
import Logging
import NIOCore
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
    /// Where the connection goes, for errors: the socket file or host:port.
    private let address: String

    /// The URL as errors and summaries show it, its password replaced by `***`.
    public var shownURL: String { DatabaseURL.redacted(url) }

    /// Parses `postgres://user[:password]@host[:port]/database`, or the socket form
    /// `postgres://user@/database?host=/run/postgresql`. Without a password in the URL, the
    /// password comes from `PGPASSWORD` or a `~/.pgpass`-style file, as for PostgreSQL's tools.
    public init(url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(Problem) {
        self.url = url
        guard let components = URLComponents(string: url), ["postgres", "postgresql"].contains(components.scheme ?? ""),
              let user = components.user, !user.isEmpty
        else { throw .badURL(DatabaseURL.redacted(url)) }
        let database = String(components.path.drop { $0 == "/" })
        let socketFolder = components.queryItems?.first { $0.name == "host" }?.value
        let port = components.port ?? 5432
        let host = socketFolder != nil && (components.host?.isEmpty ?? true) ? "localhost" : components.host ?? ""
        let password = components.password.map { $0.removingPercentEncoding ?? $0 }
            ?? PostgresPassword.lookup(host: host, port: port, database: database.isEmpty ? user : database, user: user, environment: environment)
        if let socketFolder, components.host?.isEmpty ?? true {
            address = "\(socketFolder)/.s.PGSQL.\(port)"
            configuration = .init(unixSocketPath: address, username: user, password: password, database: database.isEmpty ? nil : database)
        } else if !host.isEmpty {
            address = "\(host):\(port)"
            configuration = .init(host: host, port: port, username: user, password: password,
                                  database: database.isEmpty ? nil : database, tls: .disable)
        } else {
            throw .badURL(DatabaseURL.redacted(url))
        }
    }

    /// Loads `documents` in order, in transactions of `batchSize`: how many rows each table
    /// received, and the documents that failed. A document the database refuses fails alone;
    /// the others of its batch are written. A database that cannot be reached or prepared
    /// fails the whole load.
    public func load(_ documents: [Document]) async throws(Problem) -> LoadReport {
        try await load(DocumentBatches(documents))
    }

    /// Loads documents as `batches` hands them over, each batch in one transaction.
    public func load(_ batches: DocumentBatches) async throws(Problem) -> LoadReport {
        let logger = Logger(label: "gazette.load", factory: { _ in SwiftLogNoOpLogHandler() })
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        } catch {
            throw .cannotConnect(shownURL, reason: Self.reason(error, at: address))
        }
        defer { Task { try? await connection.close() } }
        do {
            try await prepareSchema(connection, logger: logger)
        } catch {
            // A refused schema version comes back wrapped in the transaction's error.
            if let problem = (error as? PostgresTransactionError)?.closureError as? Problem ?? error as? Problem { throw problem }
            throw .writeFailed(shownURL, reason: Self.reason(error))
        }
        let loadedAt = ISO8601DateFormatter().string(from: Date())
        var plan = LoadPlan()
        var report = LoadReport()
        var batches = batches
        while let documents = batches.next(upTo: batchSize) {
            let batch = plan.entries(documents).sorted { $0.document.id < $1.document.id }
            do {
                report.add(try await write(batch, connection: connection, logger: logger, loadedAt: loadedAt))
            } catch {
                // One document spoilt the batch: write each alone, so only the bad ones fail.
                for entry in batch {
                    do {
                        report.add(try await write([entry], connection: connection, logger: logger, loadedAt: loadedAt))
                    } catch {
                        report.failures.append(LoadReport.Failure(document: entry.document.id, name: entry.names.joined(separator: ", "),
                                                                 reason: Self.reason(error)))
                    }
                }
            }
        }
        return report
    }

    /// One transaction: the documents' rows upserted (which locks them, in id order, against a
    /// concurrent loader), their old child rows deleted, the new ones streamed with `COPY`.
    private func write(_ batch: [LoadPlan.Entry], connection: PostgresConnection, logger: Logger, loadedAt: String) async throws -> LoadReport {
        try await connection.withTransaction(logger: logger) { connection in
            var report = LoadReport()
            let tables = batch.map { LoadPlan.rows(for: $0, loadedAt: loadedAt) }
            for rows in tables { try await Self.upsert(rows[0][0], connection: connection, logger: logger) }
            var ids = PostgresBindings(capacity: 1)
            ids.append(batch.map(\.document.id))
            for table in LoadPlan.children {
                try await connection.query(PostgresQuery(unsafeSQL: "DELETE FROM \(table) WHERE document_id = ANY($1)", binds: ids), logger: logger)
            }
            for (index, layout) in RecordTables.layouts.enumerated().dropFirst() {
                let rows = tables.flatMap { $0[index] }
                if !rows.isEmpty {
                    try await connection.copyFrom(table: layout.name, columns: layout.columns, logger: logger) { writer in
                        try await Self.copy(rows, to: writer)
                    }
                }
                report.counts[layout.name, default: 0] += rows.count
            }
            report.counts["documents", default: 0] += batch.count
            report.documents += batch.count
            return report
        }
    }

    /// Rows in COPY's text format, sent in pieces of about a megabyte.
    private static func copy(_ rows: [[SQLValue]], to writer: PostgresCopyFromWriter) async throws {
        var buffer = ByteBuffer()
        for row in rows {
            for (index, value) in row.enumerated() {
                if index > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
                switch value {
                case .null: buffer.writeStaticString("\\N")
                case .integer(let number): buffer.writeString(String(number))
                case .real(let number): buffer.writeString(String(number))
                case .text(let text): writeEscaped(text, to: &buffer)
                }
            }
            buffer.writeInteger(UInt8(ascii: "\n"))
            if buffer.readableBytes > 1 << 20 {
                try await writer.write(buffer)
                buffer.clear()
            }
        }
        if buffer.readableBytes > 0 { try await writer.write(buffer) }
    }

    private static func writeEscaped(_ text: String, to buffer: inout ByteBuffer) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
            case UInt8(ascii: "\t"): buffer.writeStaticString("\\t")
            case UInt8(ascii: "\n"): buffer.writeStaticString("\\n")
            case UInt8(ascii: "\r"): buffer.writeStaticString("\\r")
            default: buffer.writeInteger(byte)
            }
        }
    }

    private static let documentColumns = DatabaseSchema.columns(of: "documents")

    private static func upsert(_ row: [SQLValue], connection: PostgresConnection, logger: Logger) async throws {
        let updates = documentColumns.dropFirst().map { "\($0) = EXCLUDED.\($0)" }
        let placeholders = documentColumns.indices.map { index in
            let column = documentColumns[index]
            let cast = ["published_at", "loaded_at"].contains(column) ? "::timestamptz" : column == "published_date" ? "::date" : ""
            return "$\(index + 1)\(cast)"
        }
        let sql = "INSERT INTO documents (\(documentColumns.joined(separator: ", "))) VALUES (\(placeholders.joined(separator: ", "))) "
            + "ON CONFLICT (document_id) DO UPDATE SET \(updates.joined(separator: ", "))"
        try await connection.query(PostgresQuery(unsafeSQL: sql, binds: binds(row)), logger: logger)
    }

    private static func binds(_ values: [SQLValue]) -> PostgresBindings {
        var binds = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case .text(let text): binds.append(text)
            case .integer(let number): binds.append(number)
            case .real(let number): binds.append(number)
            case .null: binds.appendNull()
            }
        }
        return binds
    }

    private func prepareSchema(_ connection: PostgresConnection, logger: Logger) async throws {
        // One loader at a time creates or checks the tables.
        try await connection.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(4263)", logger: logger)
            try await connection.query(PostgresQuery(unsafeSQL: DatabaseSchema.metaTable), logger: logger)
            let rows = try await connection.query("SELECT value FROM gazette_meta WHERE key = 'schema_version'", logger: logger)
            var stored: String?
            for try await row in rows { stored = try row.decode(String.self) }
            let found = stored.flatMap { Int($0) }
            if let found, found > DatabaseSchema.version { throw Problem.schemaVersion(shownURL, found: found) }
            if found == DatabaseSchema.version { return }
            if stored == nil || migrate {
                for statement in DatabaseSchema.preparation(from: found, for: .postgres) {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(PostgresQuery(
                    unsafeSQL: "INSERT INTO gazette_meta VALUES ('schema_version', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                    binds: Self.binds([.text(String(DatabaseSchema.version))])), logger: logger)
            } else if let found {
                throw Problem.schemaVersion(shownURL, found: found)
            }
        }
    }

    private static func reason(_ error: Error, at address: String? = nil) -> String {
        if let problem = error as? Problem { return problem.description }
        if let sql = error as? PSQLError {
            if let message = sql.serverInfo?[.message] { return message }
            // "connection refused at /var/run/postgresql/.s.PGSQL.5432", not "connectionError".
            if let underlying = sql.underlying {
                let cause = Self.cause(underlying)
                return address.map { "\(cause) at \($0)" } ?? cause
            }
            return String(describing: sql.code)
        }
        if let transaction = error as? PostgresTransactionError {
            return transaction.closureError.map { reason($0) } ?? transaction.beginError.map { reason($0) } ?? "transaction failed"
        }
        return String(describing: error)
    }

    /// The cause of a failed connection in words: "connection refused", "no such file or directory".
    private static func cause(_ error: Error) -> String {
        if let io = error as? IOError { return String(cString: strerror(io.errnoCode)).lowercased() }
        let text = String(describing: error)
        if text.contains("connectionRefused") || text.contains("Connection refused") { return "connection refused" }
        if text.contains("ENOENT") || text.contains("No such file") { return "no such file or directory" }
        return text
    }
}
