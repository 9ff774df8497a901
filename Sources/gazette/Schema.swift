import ArgumentParser
import Foundation
import Gazette

extension GazetteCommand {
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the JSON Schema (draft 2020-12) of a record.")

        func run() throws {
            writeOut(Data(RecordSchema.json.utf8))
        }
    }
}
