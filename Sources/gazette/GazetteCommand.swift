import ArgumentParser
import Foundation
import Gazette

/// The `gazette` command: parses flags and hands off to the library.
///
/// Exit status: 0 success; 1 a document could not be converted; 2 usage errors.
@main
struct GazetteCommand: AsyncParsableCommand {
    static let version = Pipeline.version

    static let configuration = CommandConfiguration(
        commandName: "gazette",
        abstract: "Turn official announcements (text or HTML) into validated structured records.",
        version: version,
        subcommands: [
            Parse.self, Convert.self, Figures.self, Validate.self, Check.self, Diff.self, Load.self, Schema.self,
            Blocks.self, Review.self,
        ],
        defaultSubcommand: Parse.self
    )

    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.isEmpty {
            writeOut(Data((helpMessage() + "\n").utf8))
            return
        }
        if let problem = CommandNames.unknownCommand(
            arguments[0], among: configuration.subcommands.map { $0._commandName })
        {
            FileHandle.standardError.write(Data("gazette: error: \(problem)\n".utf8))
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot(arguments)
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                // Usage errors: ArgumentParser's message, then exit 2 (documented in the README).
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// One line on standard error: "gazette: error: MESSAGE".
func reportError(_ message: String) {
    FileHandle.standardError.write(Data("gazette: error: \(message)\n".utf8))
}

/// Writes one line that is no error (a link skipped) to standard error.
func reportNote(_ message: String) {
    FileHandle.standardError.write(Data("gazette: note: \(message)\n".utf8))
}

/// "1 document", "2 documents": a count with its noun in the right number.
func counted(_ count: Int, _ noun: String, plural: String? = nil) -> String {
    "\(count) " + (count == 1 ? noun : plural ?? noun + "s")
}

/// Writes bytes to standard output.
func writeOut(_ data: Data) {
    FileHandle.standardOutput.write(data)
}

/// Options for reading sources, shared by the commands that parse documents.
struct SourceOptions: ParsableArguments {
    @Option(
        name: .customLong("input-format"),
        help: "Read inputs as 'text', 'html' or 'markdown' instead of guessing from the name.")
    var inputFormat: InputFormat?

    @Option(help: "Force the character encoding of inputs (e.g. GB18030, UTF-8).")
    var encoding: String?

    @Option(parsing: .unconditional, help: "Refuse inputs larger than this many bytes.")
    var maxBytes: Int = SourceFile.defaultMaximumBytes

    @Flag(help: "Follow symbolic links inside input folders (each folder is searched once).")
    var followSymlinks = false

    enum InputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, html, markdown
    }

    func validate() throws {
        if maxBytes < 1 { throw ValidationError("--max-bytes must be at least 1, not \(maxBytes)") }
    }

    var pipeline: Pipeline {
        Pipeline(
            format: inputFormat.map { SourceInfo.Format(rawValue: $0.rawValue)! }, encoding: encoding,
            maximumBytes: maxBytes)
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json, csv
}
