import ArgumentParser
import Foundation
import Gazette

/// Benchmarks of Gazette's stages, run from the command line with a release build:
/// `swift run -c release gazette-bench figures Samples/*.txt`.
@main
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazette-bench",
        abstract: "Measure Gazette's throughput.",
        subcommands: [
            BatchBenchmark.self, FiguresBenchmark.self, HTMLBenchmark.self, LoadBenchmark.self, ScalingBenchmark.self,
            ValidateBenchmark.self, ReviewBenchmark.self,
        ])
}

/// Times `body` over `rounds` runs and returns the fastest wall-clock time in seconds.
func fastest(rounds: Int, _ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<rounds {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return best
}

struct FiguresBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "Characters per second of the figure recognizer on the paragraphs of the given texts, repeated.")

    @Argument(help: "Plain-text announcements whose lines are the paragraphs to recognize.")
    var files: [String]

    @Option(help: "How many times the paragraphs are repeated per run.")
    var repeatCount: Int = 200

    @Option(help: "Runs; the fastest is reported.")
    var rounds: Int = 5

    func run() throws {
        var paragraphs: [String] = []
        for file in files {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            paragraphs += text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
        }
        let corpus = Array(repeating: paragraphs, count: repeatCount).flatMap { $0 }
        let characters = corpus.reduce(0) { $0 + $1.unicodeScalars.count }
        let recognizer = FigureRecognizer()
        var found = 0
        let seconds = fastest(rounds: rounds) {
            found = 0
            for paragraph in corpus { found += recognizer.figures(in: paragraph).count }
        }
        let rate = Double(characters) / seconds
        print(
            String(
                format: "figures: %d characters, %d figures, %.3f s, %.2f million characters/s", characters, found,
                seconds, rate / 1e6))
    }
}
