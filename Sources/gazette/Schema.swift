import ArgumentParser
import Foundation
import Gazette
import GazetteLoad

extension GazetteCommand {
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the JSON Schema (draft 2020-12) of a record, or with --sql the database tables.")

        @Option(help: "Print the DDL of the database tables: sqlite or postgres.")
        var sql: SQLDialect?

        func run() throws {
            if let sql {
                writeOut(Data(DatabaseSchema.script(for: sql == .postgres ? .postgres : .sqlite).utf8))
            } else {
                writeOut(Data(RecordSchema.json.utf8))
            }
        }
    }
}

enum SQLDialect: String, ExpressibleByArgument, CaseIterable {
    case sqlite, postgres
}
