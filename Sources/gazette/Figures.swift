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
            var calendar = DateRecognizer()
            let chunks = lines ? input.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) : [input]
            for chunk in chunks {
                var mentions = recognizer.figures(in: chunk).map(Mention.figure)
                if dates { mentions += calendar.dates(in: chunk).map(Mention.date) }
                mentions.sort { $0.start < $1.start }
                writeOut(try JSONEmitter.data(mentions, pretty: !lines) + Data("\n".utf8))
            }
        }
    }
}

/// A figure or a date, as `gazette figures` prints them: dates carry `"kind": "date"`.
enum Mention: Encodable {
    case figure(Figure)
    case date(DateMention)

    var start: Int {
        switch self {
        case .figure(let figure): figure.start
        case .date(let date): date.start
        }
    }

    private enum DateKeys: String, CodingKey { case text, value, kind, paragraph, start, end }

    func encode(to encoder: Encoder) throws {
        switch self {
        case .figure(let figure):
            try figure.encode(to: encoder)
        case .date(let date):
            var container = encoder.container(keyedBy: DateKeys.self)
            try container.encode(date.text, forKey: .text)
            try container.encode(date.value, forKey: .value)
            try container.encode("date", forKey: .kind)
            try container.encode(date.paragraph, forKey: .paragraph)
            try container.encode(date.start, forKey: .start)
            try container.encode(date.end, forKey: .end)
        }
    }
}
