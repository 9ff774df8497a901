import Foundation

/// Writes the review pages of many inputs on several threads, then the batch's `index.html`.
///
/// An input is a source (run through the pipeline) or an extract (`.json`, decoded as `load`
/// decodes it, after the same schema check). Each page is written atomically as soon as it is
/// made and only its counts are kept, so memory holds one document per thread. An input that
/// cannot be read has no page and is listed in the index with its error.
package struct ReviewBatch: Sendable {
    /// One input, and its page's file name in the output folder ("a.html").
    package typealias Job = BatchJob

    package struct Summary: Sendable {
        /// One row per input, in input order.
        package var rows: [ReviewSummary] = []
        /// The inputs without a page, in input order.
        package var failures: [GazetteError] = []
        package var seconds = 0.0
    }

    package var pipeline: Pipeline
    package var jobs: Int
    /// A folder to look for an extract's source in, besides the extract's own (`--sources`).
    package var sources: String?
    package var validator = ExtractValidator()

    package init(pipeline: Pipeline, jobs: Int = ProcessInfo.processInfo.activeProcessorCount, sources: String? = nil) {
        self.pipeline = pipeline
        self.jobs = max(1, jobs)
        self.sources = sources
    }

    /// The name of the batch's index page; no input's page takes it.
    package static let indexName = "index.html"

    package func run(_ inputs: [Job], into folder: String) throws -> Summary {
        let started = DispatchTime.now().uptimeNanoseconds
        try AtomicFile.makeDirectory(folder)
        AtomicFile.removeStaleTemporaries(in: folder)
        let outcomes = ConcurrentWork.map(inputs.count, threads: jobs) { index in
            Result { try review(inputs[index], into: folder) }.mapError(Self.gazetteError(inputs[index]))
        }
        var summary = Summary()
        for (job, outcome) in zip(inputs, outcomes) {
            switch outcome {
            case .success(let row): summary.rows.append(row)
            case .failure(let error):
                summary.failures.append(error)
                summary.rows.append(ReviewSummary(name: job.path, problem: error.description))
            }
        }
        try AtomicFile.write(Data(ReviewIndex.html(summary.rows)), to: folder + "/" + Self.indexName)
        summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return summary
    }

    /// Reviews one input and writes its page.
    package func review(_ job: Job, into folder: String) throws -> ReviewSummary {
        let page = try page(for: job)
        try AtomicFile.write(Data(page.html()), to: folder + "/" + job.output)
        var row = page.summary
        row.page = job.output
        return row
    }

    /// The page of one input, not yet written.
    package func page(for job: Job) throws -> ReviewPage {
        let kind = (job.path as NSString).pathExtension.lowercased()
        if kind == "ndjson" {
            throw GazetteError.unreadable(job.path, reason: "an NDJSON file; review reads one record per .json file")
        }
        let bytes = try SourceFile.read(job.path, maximumBytes: pipeline.maximumBytes)
        guard kind == "json" else {
            let document = try pipeline.document(from: bytes, name: job.path, sourceName: job.name)
            let validation = validator.findings(for: document, file: job.path).map(\.diagnostic)
            let source = ReviewPage.Source(name: job.path, text: Self.text(of: bytes, as: document.source))
            return ReviewPage(
                document: document,
                findings: ReviewPage.findings(of: document, validation: validation, settings: validator.settings),
                source: source, strict: validator.settings.strict)
        }
        let findings = validator.findings(inJSON: bytes, file: job.path)
        guard let document = try? JSONEmitter.document(from: Data(bytes)) else {
            let first = findings.first { $0.severity == .error }
            throw GazetteError.invalidRecord(job.path, reason: first?.message ?? "its fields do not make a record")
        }
        let (source, notes) = ReviewSourceFinder(sources: sources, maximumBytes: pipeline.maximumBytes).source(
            of: document, besideExtract: job.path)
        return ReviewPage(
            document: document,
            findings: ReviewPage.findings(
                of: document, validation: findings.map(\.diagnostic), settings: validator.settings),
            source: source, notes: notes, strict: validator.settings.strict)
    }

    /// Source bytes as text, in the encoding the record says they were read in (UTF-8, with
    /// replacements, when that fails).
    static func text(of bytes: [UInt8], as source: SourceInfo) -> String {
        let decoded = try? TextDecoder.decode(bytes, format: source.format, forced: source.encoding, name: source.name)
        return decoded?.text ?? String(decoding: bytes, as: UTF8.self)
    }

    private static func gazetteError(_ job: Job) -> (any Error) -> GazetteError {
        { error in (error as? GazetteError) ?? .writeFailed(job.output, reason: String(describing: error)) }
    }
}
