import ArgumentParser
import Foundation
import Gazette

extension GazetteCommand {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert inputs in memory and fail when the result differs from the expected folder.",
            discussion: """
            Compares every file `convert` would write (NAME.json per input and the CSV tables) with \
            the files in --expected, and prints what changed. --update writes the new files instead. \
            Exit status: 0 when all match (or after --update), 1 when something differs, 2 on read errors.
            """)

        @Option(help: "The folder of expected extracts, as `convert --out` wrote it.")
        var expected: String

        @Argument(help: "Files, or folders searched recursively for .txt, .html and .htm files.")
        var inputs: [String]

        @Flag(help: "Rewrite the expected files with the new results.")
        var update = false

        @OptionGroup var source: SourceOptions

        func run() throws {
            let files = InputFinder.files(in: inputs, followingSymlinks: source.followSymlinks)
            for note in files.notes { reportNote(note) }
            for missing in files.missing { reportError(missing.description) }
            if !files.missing.isEmpty { throw ExitCode(2) }
            let outputs: [(name: String, bytes: [UInt8])]
            do {
                outputs = try ConversionOutput.files(for: files.found, pipeline: source.pipeline)
            } catch let error as GazetteError {
                reportError(error.description)
                throw ExitCode(2)
            }
            var differing = 0
            for (name, bytes) in outputs {
                let path = expected + "/" + name
                let current = try? SourceFile.read(path, maximumBytes: Int.max)
                guard current != bytes else { continue }
                differing += 1
                if update {
                    try AtomicFile.makeDirectory(expected)
                    try AtomicFile.write(Data(bytes), to: path)
                    FileHandle.standardError.write(Data("gazette: updated \(path)\n".utf8))
                    continue
                }
                var lines = ["\(path): " + (current == nil ? "missing" : "differs")]
                if let current, name.hasSuffix(".json"), let changes = try? RecordDiff.changes(from: current, to: bytes) {
                    lines += changes.prefix(20).map { "  " + $0.description }
                    if changes.count > 20 { lines.append("  … and \(changes.count - 20) more changes") }
                }
                writeOut(Data((lines.joined(separator: "\n") + "\n").utf8))
            }
            if differing > 0, !update {
                reportError("\(differing) of \(outputs.count) files differ from \(expected); rerun with --update after reviewing the changes")
                throw ExitCode.failure
            }
        }
    }
}

/// The files `convert` writes for a list of inputs, in memory: NAME.json per input, then the
/// CSV tables of all of them.
enum ConversionOutput {
    static func files(for inputs: [String], pipeline: Pipeline) throws -> [(name: String, bytes: [UInt8])] {
        var outputs: [(String, [UInt8])] = []
        var documents: [Document] = []
        for (path, name) in zip(inputs, OutputNames.uniqueJSONNames(for: inputs)) {
            let document = try pipeline.document(atPath: path)
            outputs.append((name, JSONEmitter.bytes(document) + [0x0A]))
            documents.append(document)
        }
        for table in CSVEmitter.tables(for: documents) {
            outputs.append(("\(table.name).csv", Array(try table.data())))
        }
        return outputs
    }
}
