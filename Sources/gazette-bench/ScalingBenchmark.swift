import ArgumentParser
import Foundation
import Gazette

/// Times the whole pipeline on hostile inputs of growing size: each line should show the
/// time roughly doubling as the size doubles.
struct ScalingBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scaling",
        abstract: "Time pathological inputs at growing sizes to show linear behaviour.")

    @Option(help: "The smallest size, in characters or repetitions.")
    var size: Int = 250_000

    @Option(help: "How many doublings to time.")
    var steps: Int = 3

    /// Each case builds an input of about `n` characters.
    static let cases: [(name: String, format: SourceInfo.Format, make: @Sendable (Int) -> String)] = [
        ("digits in one paragraph", .text, { String(repeating: "7", count: $0) }),
        ("万万万… in one paragraph", .text, { "一" + String(repeating: "万", count: $0) }),
        ("figures in one paragraph", .text, { String(repeating: "3个，", count: $0 / 3) }),
        ("一万一千… in one paragraph", .text, { String(repeating: "一万一千", count: $0 / 4) }),
        ("一二三… digits in one paragraph", .text, { String(repeating: "一二三四五六七八九", count: $0 / 9) }),
        ("四五四五… neighbours in one paragraph", .text, { String(repeating: "四五", count: $0 / 2) }),
        ("section markers", .text, { n in (0..<(n / 4)).map { "\($0 % 99 + 1)." }.joined(separator: "\n") }),
        ("one line without a break", .text, { String(repeating: "改革创新", count: $0 / 4) }),
        ("nested quotes", .text, { String(repeating: "“", count: $0) }),
        (
            "nested tags", .html,
            { n in "<html><body>" + String(repeating: "<div>", count: n / 5) + "正文内容。" + "</body></html>" }
        ),
        (
            "table cells", .html,
            { n in "<table><tr>" + String(repeating: "<td>12个</td>", count: n / 12) + "</tr></table>" }
        ),
    ]

    func run() throws {
        for (name, format, make) in Self.cases {
            var line = "\(name):"
            var previous: Double?
            for step in 0..<steps {
                let n = size << step
                let bytes = Array(make(n).utf8)
                let pipeline = Pipeline(format: format, maximumBytes: Int.max)
                let seconds = fastest(rounds: 2) { _ = try? pipeline.document(from: bytes, name: "scaling") }
                line += String(format: "  %d bytes %.3f s", bytes.count, seconds)
                if let previous { line += String(format: " (×%.1f)", seconds / max(previous, 1e-9)) }
                previous = seconds
            }
            print(line)
        }
    }
}
