import ArgumentParser
import Foundation
import Gazette

extension GazetteCommand {
    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write an HTML page per document for checking extracts by eye, and an index.html.",
            discussion: """
                Each page shows the document's text with its structure, figures, dates and leading units \
                marked, its outline, and every diagnostic and validation finding linked to its place. Pages \
                load nothing from the network. Inputs are sources (.txt, .md, .html) or extracts (.json); an \
                extract's source is shown when it is found beside it or in --sources. Exit status: 0 when \
                every page was written (findings do not fail a review; gazette validate does), 1 when an \
                input could not be reviewed, 2 for usage errors. Findings are weighed as `validate` weighs \
                them: --config or .gazette.yml, --rule, and --strict (warnings mark a document as failing).
                """)

        @Argument(help: "Sources or extracts (.json), or folders searched recursively for both.")
        var inputs: [String]

        @Option(name: [.short, .customLong("out")], help: "The output folder (created if missing).")
        var out: String

        @Option(help: "A folder to look for the sources of extracts in, besides each extract's own folder.")
        var sources: String?

        @Option(
            name: [.short, .customLong("jobs")], parsing: .unconditional,
            help: "Threads to write pages on (default: the number of cores).")
        var jobs: Int?

        @Flag(name: .shortAndLong, help: "Print no summary line.")
        var quiet = false

        @OptionGroup var validation: ValidationOptions

        @OptionGroup var source: SourceOptions

        static let extensions = InputFinder.sourceExtensions.union(["json"])

        func validate() throws {
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, not \(jobs)") }
        }

        func run() throws {
            let settings = try validation.settingsOrUsageError()
            let files = InputFinder.files(
                in: inputs, extensions: Self.extensions, followingSymlinks: source.followSymlinks)
            for missing in files.missing { reportError(missing.description) }
            if !quiet { for note in files.notes { reportNote(note) } }
            let pages = OutputNames.uniqueNames(
                for: files.found, extension: "html", reserved: [ReviewBatch.indexName])
            let jobsList = files.found.indices.map {
                ReviewBatch.Job(path: files.found[$0], name: files.names[$0], output: pages[$0])
            }
            var batch = ReviewBatch(
                pipeline: source.pipeline, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                sources: sources)
            batch.validator = ExtractValidator(settings: settings)
            Interruption.cleanUp(out)
            let summary: ReviewBatch.Summary
            do {
                summary = try batch.run(jobsList, into: out)
            } catch let error as GazetteError {
                reportError(error.description)
                throw ExitCode.failure
            }
            for error in summary.failures { reportError(error.description) }
            let failures = summary.failures.count + files.missing.count
            if !quiet {
                let failing = summary.rows.count { $0.page != nil && $0.status == .fail }
                let line =
                    "gazette: reviewed \(counted(summary.rows.count - summary.failures.count, "document")) "
                    + "(\(failing) with errors), \(failures) failed, in " + String(format: "%.2f", summary.seconds)
                    + " s; open \(out)/\(ReviewBatch.indexName)\n"
                FileHandle.standardError.write(Data(line.utf8))
            }
            if failures > 0 { throw ExitCode.failure }
        }
    }
}
