import ArgumentParser
import Foundation
import Gazette

extension GazetteCommand {
    struct Figures: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the figures of a piece of text as a JSON array.")

        @Argument(help: "The text, or - to read standard input.")
        var text: String

        @Flag(help: "Also report numbers without a unit (kind 'number').")
        var numbers = false

        @Flag(help: "Print one array per input line.")
        var lines = false

        @Flag(help: "Also report dates, as objects of kind 'date'.")
        var dates = false

        func run() throws {
            let input: String
            if text == "-" {
                do {
                    input = String(decoding: try SourceFile.readAll(0, path: "-"), as: UTF8.self)
                } catch let error as GazetteError {
                    reportError(error.description)
                    throw ExitCode.failure
                }
            } else {
                input = text
            }
            let recognizer = FigureRecognizer(options: .init(includeBareNumbers: numbers))
            let calendar = DateRecognizer()
            for chunk in lines ? Self.lines(of: input) : [input] {
                let figures = recognizer.figures(in: chunk)
                let found = dates ? calendar.dates(in: chunk) : []
                writeOut(Data(JSONEmitter.bytes(figures: figures, dates: found, pretty: !lines) + [UInt8(ascii: "\n")]))
            }
        }

        /// The lines of the input, blank ones included, each without its "\r\n" or "\n": one
        /// array is printed for each, so output lines stand beside input lines.
        static func lines(of input: String) -> [String] {
            // Scalars, not characters: "\r\n" is one character in Swift.
            var lines = input.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                String(String.UnicodeScalarView(line.last == "\r" ? line.dropLast() : line[...]))
            }
            if input.unicodeScalars.last == "\n" { lines.removeLast() }
            return lines
        }
    }
}
