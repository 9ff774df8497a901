import Foundation
import Gazette

/// Where `load` and `convert --db` write: `sqlite:PATH`, a plain file path (taken as SQLite, as
/// sqlite-utils users type it), or `postgres://…`. The one parser of database arguments.
public enum DatabaseURL: Sendable, Equatable {
    /// An SQLite file, created when it does not exist yet.
    case sqlite(path: String)
    /// A PostgreSQL database, by its `postgres://` or `postgresql://` URL as given (password included).
    case postgres(url: String)

    /// Reads a `--db` argument: `sqlite:PATH` (or `sqlite://PATH`), a `postgres://` or `postgresql://` URL,
    /// or a plain file path, taken as SQLite. Throws for an empty argument, an empty `sqlite:` path, or
    /// another scheme.
    public init(parsing text: String) throws(LoadError) {
        if text.isEmpty { throw .emptyDatabase }
        if text.hasPrefix("sqlite:") {
            var path = String(text.dropFirst("sqlite:".count))
            if path.hasPrefix("//") { path = String(path.dropFirst(2)) }  // sqlite:///tmp/x.db
            guard !path.isEmpty else { throw .emptySQLitePath }
            self = .sqlite(path: path)
        } else if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            self = .postgres(url: text)
        } else if text.contains("://") {
            throw .unknownScheme(Self.redacted(text))
        } else {
            self = .sqlite(path: text)
        }
    }

    /// The argument as it may be shown: a PostgreSQL password is replaced by `***`.
    public var shown: String {
        switch self {
        case .sqlite(let path): "sqlite:\(path)"
        case .postgres(let url): Self.redacted(url)
        }
    }

    /// `postgres://user:secret@host/db` → `postgres://user:***@host/db`; anything else unchanged.
    public static func redacted(_ url: String) -> String {
        guard let schemeEnd = url.range(of: "://"), let at = url[schemeEnd.upperBound...].firstIndex(of: "@") else {
            return url
        }
        let credentials = url[schemeEnd.upperBound..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return url }
        return String(url[..<credentials.index(after: colon)]) + "***" + String(url[at...])
    }
}

/// The password PostgreSQL's own tools would use when the URL gives none: `PGPASSWORD`, else the
/// first matching line of `PGPASSFILE` or `~/.pgpass` (`host:port:database:user:password`, `*`
/// matching anything, `\:` and `\\` escaped).
enum PostgresPassword {
    static func lookup(
        host: String, port: Int, database: String, user: String,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String? {
        if let password = environment["PGPASSWORD"], !password.isEmpty { return password }
        let file = environment["PGPASSFILE"] ?? (environment["HOME"].map { $0 + "/.pgpass" } ?? "")
        guard !file.isEmpty, let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = split(line)
            guard fields.count == 5 else { continue }
            let wanted = [host, String(port), database, user]
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// A line's fields: split at unescaped colons.
    private static func split(_ line: Substring) -> [String] {
        var fields = [""]
        var escaped = false
        for character in line {
            if escaped {
                fields[fields.count - 1].append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" {
                fields.append("")
            } else {
                fields[fields.count - 1].append(character)
            }
        }
        return fields
    }
}
