import Gazette

/// A database records are loaded into: what `load` and `convert --db` write through.
///
/// Each record replaces its document's rows, documents commit in transactions of
/// `batchSize`, and a document the database refuses fails alone (it is listed in the
/// report's `failures`); a database that cannot be reached or prepared fails the whole load.
public protocol DocumentLoader: Sendable {
    /// Loads documents as `batches` hands them over: how many rows each table received, and
    /// the documents that failed.
    func load(_ batches: DocumentBatches) async throws(LoadError) -> LoadReport
}

extension DocumentLoader {
    /// Loads `documents` in order.
    public func load(_ documents: [Document]) async throws(LoadError) -> LoadReport {
        try await load(DocumentBatches(documents))
    }
}

extension DatabaseURL {
    /// The loader that writes this database, committing `batchSize` documents at a time and
    /// bringing an older schema version to this one when `migrate` is set.
    public func loader(
        batchSize: Int = DocumentBatches.defaultSize, migrate: Bool = false
    ) throws(LoadError) -> any DocumentLoader {
        switch self {
        case .sqlite(let path):
            var loader = SQLiteLoader(path: path)
            loader.batchSize = batchSize
            loader.migrate = migrate
            return loader
        case .postgres(let url):
            #if Postgres
            var loader = try PostgresLoader(url: url)
            loader.batchSize = batchSize
            loader.migrate = migrate
            return loader
            #else
            throw .postgresNotBuilt(DatabaseURL.redacted(url))
            #endif
        }
    }
}
