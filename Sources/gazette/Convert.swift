import ArgumentParser
import Foundation
import Gazette

extension GazetteCommand {
    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert files and folders of announcements: NAME.json per input plus CSV tables for all.")

        @Argument(help: "Files, or folders searched recursively for .txt, .html and .htm files.")
        var inputs: [String]

        @Option(name: [.short, .customLong("out")], help: "The output folder (created if missing).")
        var out: String

        @Flag(help: "Write JSON on one line per file.")
        var compact = false

        @Flag(name: .shortAndLong, help: "Print no summary line.")
        var quiet = false

        @OptionGroup var source: SourceOptions

        func run() throws {
            let files = InputFinder.files(in: inputs)
            var failures = files.missing.count
            for missing in files.missing { reportError(missing.description) }
            do {
                try AtomicFile.makeDirectory(out)
            } catch let error as GazetteError {
                reportError(error.description)
                throw ExitCode.failure
            }
            let pipeline = source.pipeline
            let names = OutputNames.uniqueJSONNames(for: files.found)
            var documents: [Document] = []
            var bytes = 0
            let started = Date()
            for (path, name) in zip(files.found, names) {
                do {
                    let document = try pipeline.document(atPath: path)
                    try AtomicFile.write(try JSONEmitter.data(document, pretty: !compact) + Data("\n".utf8), to: out + "/" + name)
                    documents.append(document)
                    bytes += document.source.bytes
                } catch let error as GazetteError {
                    reportError(error.description)
                    failures += 1
                }
            }
            do {
                for table in CSVEmitter.tables(for: documents) {
                    try AtomicFile.write(try table.data(), to: "\(out)/\(table.name).csv")
                }
            } catch let error as GazetteError {
                reportError(error.description)
                throw ExitCode.failure
            }
            if !quiet {
                let seconds = Date().timeIntervalSince(started)
                let summary = "gazette: converted \(documents.count) documents, \(failures) failed, \(bytes) bytes in \(String(format: "%.2f", seconds)) s\n"
                FileHandle.standardError.write(Data(summary.utf8))
            }
            if failures > 0 { throw ExitCode.failure }
        }
    }
}

/// Expands the inputs of a command: files as given, folders searched recursively in name
/// order for files with one of `extensions`.
enum InputFinder {
    static let sourceExtensions: Set<String> = ["txt", "html", "htm"]

    static func files(in inputs: [String], extensions: Set<String> = sourceExtensions) -> (found: [String], missing: [GazetteError]) {
        var found: [String] = []
        var missing: [GazetteError] = []
        let manager = FileManager.default
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: input, isDirectory: &isDirectory) else {
                missing.append(.fileNotFound(input))
                continue
            }
            guard isDirectory.boolValue else {
                found.append(input)
                continue
            }
            let base = input.hasSuffix("/") ? String(input.dropLast()) : input
            let entries = (manager.enumerator(atPath: base)?.allObjects as? [String] ?? []).sorted()
            for entry in entries where extensions.contains((entry as NSString).pathExtension.lowercased()) {
                let path = base + "/" + entry
                var entryIsDirectory: ObjCBool = false
                if manager.fileExists(atPath: path, isDirectory: &entryIsDirectory), !entryIsDirectory.boolValue {
                    found.append(path)
                }
            }
        }
        return (found, missing)
    }
}
