import ArgumentParser
import Foundation
import Gazette

extension GazetteCommand {
    struct Parse: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Parse one announcement and print its record as JSON (or write CSV tables).")

        @Argument(help: "A .txt or .html file, or - for standard input.")
        var input: String?

        @Flag(help: "Read NDJSON requests from standard input and write one record per line (see README).")
        var ndjson = false

        @Option(help: "The output: json or csv.")
        var format: OutputFormat = .json

        @Option(
            name: [.short, .customLong("out")], help: "Write the output into this folder instead of standard output.")
        var out: String?

        @Flag(help: "Print JSON on one line.")
        var compact = false

        @OptionGroup var source: SourceOptions

        func validate() throws {
            if ndjson {
                if let input, input != "-" {
                    throw ValidationError("--ndjson reads standard input; give no file (or -)")
                }
                if format == .csv || out != nil {
                    throw ValidationError("--ndjson writes records to standard output, one per line")
                }
                return
            }
            if input == nil { throw ValidationError("give a file to parse, or - for standard input") }
            if format == .csv, out == nil {
                throw ValidationError("--format csv writes several tables: give a folder with --out")
            }
        }

        func run() throws {
            if ndjson {
                do {
                    try NDJSONStream(pipeline: source.pipeline).run(input: 0) { writeOut($0) }
                } catch let error as GazetteError {
                    reportError(error.description)
                    throw ExitCode.failure
                }
                return
            }
            let input = self.input ?? "-"
            let document: Document
            do {
                document = try source.pipeline.document(atPath: input)
            } catch let error as GazetteError {
                reportError(error.description)
                throw ExitCode.failure
            }
            do {
                switch (format, out) {
                case (.json, nil):
                    writeOut(try JSONEmitter.data(document, pretty: !compact) + Data("\n".utf8))
                case (.json, let folder?):
                    try AtomicFile.makeDirectory(folder)
                    let name = OutputNames.jsonName(for: input == "-" ? "stdin" : input)
                    try AtomicFile.write(
                        try JSONEmitter.data(document, pretty: !compact) + Data("\n".utf8), to: folder + "/" + name)
                case (.csv, let folder?):
                    try AtomicFile.makeDirectory(folder)
                    for table in CSVEmitter.tables(for: [document]) {
                        try AtomicFile.write(try table.data(), to: "\(folder)/\(table.name).csv")
                    }
                case (.csv, nil):
                    break
                }
            } catch let error as GazetteError {
                reportError(error.description)
                throw ExitCode.failure
            }
        }
    }
}
