#if Postgres
import Gazette
import Foundation
import Logging
import NIOCore
import PostgresNIO

/// Loads records into PostgreSQL through PostgresNIO, with the guarantees of `SQLiteLoader`:
/// each record replaces its document's rows, documents commit in batches, and concurrent
/// loaders neither fail nor duplicate (each document's row is locked by its upsert before its
/// child rows are replaced, in id order within a batch).
public struct PostgresLoader: DocumentLoader {
    /// The database's URL as given, password included; `shownURL` hides the password.
    public let url: String
    /// Documents per batch; each connection writes its share of a batch in one transaction.
    public var batchSize = DocumentBatches.defaultSize
    /// Accept a database of another schema version and bring it to this one.
    public var migrate = false
    /// Connections writing at once, each its share of every batch in a transaction of its own:
    /// the server works on several cores while the loader prepares rows (on 2 cores, three
    /// connections loaded about 105,000 figures/s, two about 98,000).
    public var connections = 3
    private let configuration: PostgresConnection.Configuration
    /// Where the connection goes, for errors: the socket file or host:port.
    private let address: String

    /// The URL as errors and summaries show it, its password replaced by `***`.
    public var shownURL: String { DatabaseURL.redacted(url) }

    /// Parses `postgres://user[:password]@host[:port]/database`, or the socket form
    /// `postgres://user@/database?host=/run/postgresql`. Without a password in the URL, the
    /// password comes from `PGPASSWORD` or a `~/.pgpass`-style file, as for PostgreSQL's tools.
    public init(url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(LoadError) {
        self.url = url
        guard let components = URLComponents(string: url),
            ["postgres", "postgresql"].contains(components.scheme ?? ""),
            let user = components.user, !user.isEmpty
        else { throw .badURL(DatabaseURL.redacted(url)) }
        let database = String(components.path.drop { $0 == "/" })
        let socketFolder = components.queryItems?.first { $0.name == "host" }?.value
        let port = components.port ?? 5432
        let host = socketFolder != nil && (components.host?.isEmpty ?? true) ? "localhost" : components.host ?? ""
        let password =
            components.password.map { $0.removingPercentEncoding ?? $0 }
            ?? PostgresPassword.lookup(
                host: host, port: port, database: database.isEmpty ? user : database, user: user,
                environment: environment)
        if let socketFolder, components.host?.isEmpty ?? true {
            address = "\(socketFolder)/.s.PGSQL.\(port)"
            configuration = .init(
                unixSocketPath: address, username: user, password: password, database: database.isEmpty ? nil : database
            )
        } else if !host.isEmpty {
            address = "\(host):\(port)"
            configuration = .init(
                host: host, port: port, username: user, password: password,
                database: database.isEmpty ? nil : database, tls: .disable)
        } else {
            throw .badURL(DatabaseURL.redacted(url))
        }
    }

    /// Loads documents as `batches` hands them over, each batch in one transaction per
    /// connection.
    public func load(_ batches: DocumentBatches) async throws(LoadError) -> LoadReport {
        let logger = Logger(label: "gazette.load", factory: { _ in SwiftLogNoOpLogHandler() })
        var lanes: [PostgresConnection] = []
        defer {
            let opened = lanes
            Task { for connection in opened { try? await connection.close() } }
        }
        do {
            for index in 0..<max(1, connections) {
                lanes.append(
                    try await PostgresConnection.connect(configuration: configuration, id: index + 1, logger: logger))
            }
        } catch {
            throw .cannotConnect(shownURL, reason: Self.reason(error, at: address))
        }
        do {
            try await prepareSchema(lanes[0], logger: logger)
        } catch {
            // A refused schema version comes back wrapped in the transaction's error.
            if let problem = (error as? PostgresTransactionError)?.closureError as? LoadError ?? error as? LoadError {
                throw problem
            }
            throw .writeFailed(shownURL, reason: Self.reason(error))
        }
        let loadedAt = ISO8601DateFormatter().string(from: Date())
        var plan = LoadPlan()
        var report = LoadReport()
        var batches = batches
        while let documents = batches.next(upTo: batchSize) {
            // Each connection writes its share of the batch; a document always goes through the
            // same one, so loads of one id stay in order.
            let shares = Dictionary(grouping: plan.entries(documents).sorted { $0.document.id < $1.document.id }) {
                Int($0.document.id.utf8.last ?? 0) % lanes.count
            }
            let written = await withTaskGroup(of: LoadReport.self) { group in
                for (lane, share) in shares {
                    let connection = lanes[lane]
                    group.addTask {
                        await self.writeEachAloneOnFailure(
                            share, connection: connection, logger: logger, loadedAt: loadedAt)
                    }
                }
                var written = LoadReport()
                for await part in group { written.add(part) }
                return written
            }
            report.counts.merge(written.counts, uniquingKeysWith: +)
            report.documents += written.documents
            report.failures += written.failures.sorted { $0.name < $1.name }
        }
        return report
    }

    /// Writes `batch` in one transaction; when the database refuses it, each document alone,
    /// so that only the bad ones fail.
    private func writeEachAloneOnFailure(
        _ batch: [LoadPlan.Entry], connection: PostgresConnection, logger: Logger,
        loadedAt: String
    ) async -> LoadReport {
        do {
            return try await write(batch, connection: connection, logger: logger, loadedAt: loadedAt)
        } catch {
            var report = LoadReport()
            for entry in batch {
                do {
                    report.add(try await write([entry], connection: connection, logger: logger, loadedAt: loadedAt))
                } catch {
                    report.failures.append(
                        LoadReport.Failure(
                            document: entry.document.id, name: entry.names.joined(separator: ", "),
                            reason: Self.reason(error)))
                }
            }
            return report
        }
    }

    /// One transaction: the documents' rows upserted in one statement, in id order (which locks
    /// them, in that order, against a concurrent loader), the old child rows of those loaded
    /// before deleted in one statement, the new ones streamed with `COPY`.
    private func write(
        _ batch: [LoadPlan.Entry], connection: PostgresConnection, logger: Logger, loadedAt: String
    ) async throws -> LoadReport {
        try await connection.withTransaction(logger: logger) { connection in
            var report = LoadReport()
            let tables = LoadPlan.rows(for: batch, loadedAt: loadedAt)
            // Only documents loaded before have child rows to delete: on a first load, none.
            var replaced: [String] = []
            for rows in tables.map({ $0[0][0] }).chunked(into: Self.documentsPerUpsert) {
                let upsert = PostgresQuery(
                    unsafeSQL: Self.upsert(rows: rows.count), binds: Self.binds(rows.flatMap { $0 }))
                for try await id in try await connection.query(upsert, logger: logger).decode(String.self) {
                    replaced.append(id)
                }
            }
            if !replaced.isEmpty {
                var ids = PostgresBindings(capacity: 1)
                ids.append(replaced)
                try await connection.query(PostgresQuery(unsafeSQL: Self.deleteChildren, binds: ids), logger: logger)
            }
            for (index, layout) in RecordTables.layouts.enumerated().dropFirst() {
                let rows = tables.flatMap { $0[index] }
                if !rows.isEmpty {
                    try await connection.copyFrom(table: layout.name, columns: layout.columns, logger: logger) {
                        writer in
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

    private static let documentColumns = DatabaseSchema.columns(of: "documents")

    /// Upserts bind every column of every documents row; PostgreSQL takes at most 65,535 binds.
    private static let documentsPerUpsert = 65_535 / documentColumns.count

    /// The upsert of `rows` documents rows, in id order (the batch is sorted), returning the ids
    /// of those that were loaded before: an updated row, not an inserted one, has a deleting
    /// transaction id (xmax) of its own.
    private static func upsert(rows: Int) -> String {
        let width = documentColumns.count
        let values = (0..<rows).map { row in
            "("
                + documentColumns.enumerated().map { column, name in
                    let cast =
                        ["published_at", "loaded_at"].contains(name)
                        ? "::timestamptz" : name == "published_date" ? "::date" : ""
                    return "$\(row * width + column + 1)\(cast)"
                }.joined(separator: ", ") + ")"
        }
        let updates = documentColumns.dropFirst().map { "\($0) = EXCLUDED.\($0)" }.joined(separator: ", ")
        return
            "WITH upserted AS (INSERT INTO documents (\(documentColumns.joined(separator: ", "))) VALUES \(values.joined(separator: ", ")) "
            + "ON CONFLICT (document_id) DO UPDATE SET \(updates) RETURNING document_id, xmax <> 0 AS replaced) "
            + "SELECT document_id FROM upserted WHERE replaced"
    }

    /// Every child table's rows of the documents `$1`, deleted in one statement.
    private static let deleteChildren: String = {
        let children = LoadPlan.children
        let steps = children.dropLast().enumerated().map {
            "gone\($0.offset) AS (DELETE FROM \($0.element) WHERE document_id = ANY($1))"
        }
        return "WITH \(steps.joined(separator: ", ")) DELETE FROM \(children.last!) WHERE document_id = ANY($1)"
    }()

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
        // Most text holds nothing to escape: it is copied whole.
        guard
            text.utf8.contains(where: {
                $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n")
                    || $0 == UInt8(ascii: "\r")
            })
        else {
            buffer.writeString(text)
            return
        }
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
            let rows = try await connection.query(
                "SELECT value FROM gazette_meta WHERE key = 'schema_version'", logger: logger)
            var stored: String?
            for try await row in rows { stored = try row.decode(String.self) }
            let found = stored.flatMap { Int($0) }
            if let found, found > DatabaseSchema.version { throw LoadError.schemaVersion(shownURL, found: found) }
            if found == DatabaseSchema.version { return }
            if stored == nil || migrate {
                for statement in DatabaseSchema.preparation(from: found, for: .postgres) {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    PostgresQuery(
                        unsafeSQL:
                            "INSERT INTO gazette_meta VALUES ('schema_version', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                        binds: Self.binds([.text(String(DatabaseSchema.version))])), logger: logger)
            } else if let found {
                throw LoadError.schemaVersion(shownURL, found: found)
            }
        }
    }

    private static func reason(_ error: Error, at address: String? = nil) -> String {
        if let problem = error as? LoadError { return problem.description }
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
            return transaction.closureError.map { reason($0) } ?? transaction.beginError.map { reason($0) }
                ?? "transaction failed"
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

extension Array {
    /// The array cut into pieces of `size` elements, the last one shorter.
    fileprivate func chunked(into size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min(count, $0 + size)] }
    }
}
#endif
