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
            if lines {
                for line in input.split(separator: "\n", omittingEmptySubsequences: false) where !line.isEmpty {
                    writeOut(try JSONEmitter.data(recognizer.figures(in: String(line)), pretty: false) + Data("\n".utf8))
                }
            } else {
                writeOut(try JSONEmitter.data(recognizer.figures(in: input), pretty: true) + Data("\n".utf8))
            }
        }
    }
}
