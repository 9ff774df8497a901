import ArgumentParser
import Foundation
import Gazette

/// Time to validate many records: the given extracts repeated into one NDJSON stream.
struct ValidateBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Records per second of `validate` (schema and rules) on extracts repeated.")

    @Argument(help: "JSON extracts, e.g. Output/*.json.")
    var files: [String]

    @Option(help: "How many records to validate.")
    var records: Int = 10_000

    func run() throws {
        let lines = try files.map { file -> [UInt8] in
            let document = try JSONEmitter.document(from: Data(try SourceFile.read(file)))
            return JSONEmitter.bytes(document, pretty: false)
        }
        var stream: [UInt8] = []
        for index in 0..<records { stream += lines[index % lines.count] + [0x0A] }
        let validator = ExtractValidator()
        var findings = 0
        let seconds = fastest(rounds: 1) { findings = validator.findings(inNDJSON: stream, file: "bench.ndjson").count }
        print(
            String(
                format: "validate: %d records, %.1f MB, %d findings, %.2f s, %.0f records/s",
                records, Double(stream.count) / 1e6, findings, seconds, Double(records) / seconds))
    }
}
