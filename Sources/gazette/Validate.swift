import ArgumentParser
import Foundation
import Gazette

extension GazetteCommand {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check extracts (.json, .ndjson) or sources (.txt, .md, .html) against the schema and the rules.",
            discussion: """
                Exit status: 0 when nothing fails, 1 when a finding is at a failing severity (errors, and \
                warnings with --strict), 2 when an input cannot be read or the options are wrong. Settings \
                come from --config, else from .gazette.yml in the current folder, then from the flags.
                """)

        @Argument(help: "Files, or folders searched recursively; - reads standard input.")
        var paths: [String]

        @OptionGroup var validation: ValidationOptions

        @Option(help: "text, json, junit or github.")
        var report: ValidationReportFormat = .text

        @OptionGroup var source: SourceOptions

        static let extensions = InputFinder.sourceExtensions.union(["json", "ndjson"])

        func run() throws {
            let settings = try validation.settingsOrUsageError()
            let readsStandardInput = paths.contains("-")
            var files = InputFinder.files(
                in: paths.filter { $0 != "-" }, extensions: Self.extensions, followingSymlinks: source.followSymlinks)
            if readsStandardInput { files.found.insert("-", at: 0) }
            for note in files.notes { reportNote(note) }
            var unreadable = files.missing
            let validator = ExtractValidator(settings: settings)
            var findings: [Finding] = []
            for file in files.found {
                do {
                    findings += try check(file, with: validator)
                } catch let error as GazetteError {
                    unreadable.append(error)
                }
            }
            // An input that cannot be read is a finding too, so every report shows it.
            let failedReads = unreadable.map { error in
                Finding(
                    file: error.path, code: "unreadable", severity: .error,
                    message: String(error.description.dropFirst(error.path.count + 2)), pointer: "")
            }
            let reported = report == .text ? findings : failedReads + findings
            // The text summary counts the files validated; the other reports list the unreadable too.
            let listed = report == .text ? files.found : unreadable.map(\.path) + files.found
            try emit(reported, files: listed, settings: settings)
            for error in unreadable { reportError(error.description) }
            if !unreadable.isEmpty { throw ExitCode(2) }
            if findings.contains(where: { settings.fails($0.severity) }) { throw ExitCode.failure }
        }

        private func check(_ file: String, with validator: ExtractValidator) throws -> [Finding] {
            if file == "-" { return try checkStandardInput(with: validator) }
            switch (file as NSString).pathExtension.lowercased() {
            case "json": return validator.findings(inJSON: try SourceFile.read(file), file: file)
            case "ndjson": return validator.findings(inNDJSON: try SourceFile.read(file), file: file)
            default: return validator.findings(for: try source.pipeline.document(atPath: file), file: file)
            }
        }

        /// Standard input: one extract, NDJSON extracts (a first line that is a whole JSON object
        /// and more after it), or else a source.
        private func checkStandardInput(with validator: ExtractValidator) throws -> [Finding] {
            let bytes = try SourceFile.readAll(0, path: "-", maximumBytes: source.maxBytes)
            guard let first = bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }), first == UInt8(ascii: "{")
            else {
                return validator.findings(for: try source.pipeline.document(from: bytes, name: "-"), file: "-")
            }
            let single = validator.findings(inJSON: bytes, file: "-")
            guard single.contains(where: { $0.code == "json-syntax" }) else { return single }
            return validator.findings(inNDJSON: bytes, file: "-")
        }

        private func emit(_ findings: [Finding], files: [String], settings: ValidationSettings) throws {
            switch report {
            case .text:
                if !findings.isEmpty { writeOut(Data((FindingReport.text(findings) + "\n").utf8)) }
                let failing = findings.filter { settings.fails($0.severity) }.count
                let summary =
                    "gazette: validated \(counted(files.count, "file")): \(counted(failing, "failing finding")), \(counted(findings.count - failing, "other"))\n"
                FileHandle.standardError.write(Data(summary.utf8))
            case .json:
                writeOut(FindingReport.json(findings) + Data("\n".utf8))
            case .junit:
                writeOut(Data(FindingReport.junit(files: files, findings: findings, settings: settings).utf8))
            case .github:
                if !findings.isEmpty { writeOut(Data((FindingReport.github(findings) + "\n").utf8)) }
            }
        }
    }
}

enum ValidationReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, junit, github
}
