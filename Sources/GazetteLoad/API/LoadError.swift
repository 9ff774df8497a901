/// Why a load could not be done. Every case names the database as it may be shown (a
/// PostgreSQL password replaced by `***`), so its `description` is a whole error line.
public enum LoadError: Error, CustomStringConvertible, Equatable {
    /// `--db` was empty.
    case emptyDatabase
    /// `sqlite:` named no file.
    case emptySQLitePath
    /// A URL of a scheme Gazette does not write (`mysql://…`).
    case unknownScheme(String)
    /// A `postgres://` URL without a user or a host.
    case badURL(String)
    /// This build of Gazette was made without the `Postgres` trait.
    case postgresNotBuilt(String)
    /// The SQLite file cannot be opened or created.
    case cannotOpen(String, reason: String)
    /// The PostgreSQL server cannot be reached or refused the login.
    case cannotConnect(String, reason: String)
    /// The database holds another Gazette schema version (and `--migrate` was not given,
    /// or the version is newer than this Gazette's).
    case schemaVersion(String, found: Int)
    /// The database refused to create its tables or to write.
    case writeFailed(String, reason: String)

    /// One error line naming the database and what is wrong, with what to do when that is known.
    public var description: String {
        switch self {
        case .emptyDatabase: "--db is empty: give sqlite:PATH, a file path, or postgres://…"
        case .emptySQLitePath: "--db sqlite: names no file: give sqlite:PATH"
        case .unknownScheme(let url):
            "\(url): not a database Gazette writes (sqlite:PATH, a file path, or postgres://…)"
        case .badURL(let url):
            "\(url): not a PostgreSQL URL (postgres://user[:password]@host[:port]/database or postgres://user@/database?host=/socket/dir)"
        case .postgresNotBuilt(let url):
            "\(url): this gazette was built without PostgreSQL support (the Postgres trait)"
        case .cannotOpen(let path, let reason): "\(path): cannot open the database (\(reason))"
        case .cannotConnect(let url, let reason): "\(url): cannot connect to PostgreSQL (\(reason))"
        case .schemaVersion(let database, let found) where found > DatabaseSchema.version:
            "\(database): the database has Gazette schema version \(found), newer than this Gazette's \(DatabaseSchema.version); use a newer Gazette"
        case .schemaVersion(let database, let found):
            "\(database): the database has Gazette schema version \(found), this Gazette writes \(DatabaseSchema.version); rerun with --migrate"
        case .writeFailed(let database, let reason): "\(database): cannot write to the database (\(reason))"
        }
    }
}
