import Foundation
import GazetteTestSupport
import Testing

@testable import Gazette
@testable import GazetteLoad

/// The one parser of `--db`, its redaction, and where a PostgreSQL password comes from.
@Suite struct DatabaseURLTests {
    @Test(arguments: [
        ("sqlite:gazette.db", DatabaseURL.sqlite(path: "gazette.db")),
        ("sqlite:///tmp/g.db", .sqlite(path: "/tmp/g.db")),
        ("gazette.db", .sqlite(path: "gazette.db")),
        ("out/archive.sqlite", .sqlite(path: "out/archive.sqlite")),
        ("postgres://u@h/db", .postgres(url: "postgres://u@h/db")),
        ("postgresql://u:p@h:5433/db", .postgres(url: "postgresql://u:p@h:5433/db")),
    ])
    func argumentsNameTheirDatabase(text: String, expected: DatabaseURL) throws {
        #expect(try DatabaseURL(parsing: text) == expected)
    }

    @Test func emptyAndUnknownArgumentsAreRefusedWithoutTheirPassword() {
        #expect(throws: LoadError.emptyDatabase) { try DatabaseURL(parsing: "") }
        #expect(throws: LoadError.emptySQLitePath) { try DatabaseURL(parsing: "sqlite:") }
        do {
            _ = try DatabaseURL(parsing: "mysql://root:hunter2@db/x")
            Issue.record("mysql:// was accepted")
        } catch {
            #expect(
                error.description
                    == "mysql://root:***@db/x: not a database Gazette writes (sqlite:PATH, a file path, or postgres://…)"
            )
        }
    }

    @Test(arguments: [
        ("postgres://analyst:s3cret@db.example:5432/gazette", "postgres://analyst:***@db.example:5432/gazette"),
        ("postgres://analyst@db.example/gazette", "postgres://analyst@db.example/gazette"),
        ("postgres://a:p%40ss@/g?host=/run/postgresql", "postgres://a:***@/g?host=/run/postgresql"),
        ("sqlite:g.db", "sqlite:g.db"),
    ])
    func passwordsAreRedacted(url: String, shown: String) throws {
        #expect(DatabaseURL.redacted(url) == shown)
        #expect(try DatabaseURL(parsing: url).shown == (url.hasPrefix("sqlite:") ? url : shown))
    }

    @Test func aPasswordComesFromTheEnvironmentThenFromAPasswordFile() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write(
            Array(
                """
                # host:port:database:user:password
                other.example:5432:*:analyst:wrong
                db.example:5432:gazette:analyst:fr\\:om-file
                *:*:*:*:fallback

                """.utf8), to: "pgpass")
        let lookup = { (environment: [String: String], host: String) in
            PostgresPassword.lookup(
                host: host, port: 5432, database: "gazette", user: "analyst", environment: environment)
        }
        #expect(lookup(["PGPASSWORD": "from-env", "PGPASSFILE": file], "db.example") == "from-env")
        #expect(lookup(["PGPASSFILE": file], "db.example") == "fr:om-file")
        #expect(lookup(["PGPASSFILE": file], "elsewhere") == "fallback")
        #expect(lookup(["HOME": folder.path("nowhere")], "db.example") == nil)
    }

    @Test func aURLWithoutPasswordTakesTheEnvironmentsAndShowsNone() throws {
        let loader = try PostgresLoader(
            url: "postgres://analyst@127.0.0.1:1/gazette", environment: ["PGPASSWORD": "from-env"])
        #expect(loader.shownURL == "postgres://analyst@127.0.0.1:1/gazette")
        #expect(!loader.shownURL.contains("from-env"))
    }
}
