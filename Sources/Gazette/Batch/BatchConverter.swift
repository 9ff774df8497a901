import Foundation

/// Converts many inputs on several threads with bounded memory: inputs go through in windows,
/// each window's records are written (JSON per input, atomically) and its CSV rows appended in
/// input order before the next window starts, so the output does not depend on the number of
/// threads and no more than a window of documents is held at once.
package struct BatchConverter: Sendable {
    /// One input, and the name of its JSON output.
    package typealias Job = BatchJob

    package struct Summary: Sendable, Equatable {
        package var documents = 0
        /// Inputs whose extract was current and was reused (`incremental`).
        package var reused = 0
        package var failures = 0
        package var bytes = 0
        package var seconds = 0.0
    }

    package enum Event: Sendable {
        case failed(GazetteError)
        /// After each window: inputs done, inputs in all, bytes read, failures so far.
        case progress(done: Int, total: Int, bytes: Int, failures: Int)
    }

    package var pipeline: Pipeline
    package var jobs: Int
    package var pretty = true
    /// Reuse an extract whose source checksum and Gazette version are those of the input.
    package var incremental = false
    /// Stop at the first input that fails.
    package var failFast = false
    /// Inputs in flight at once; bounds memory.
    package var window = 64
    /// Receives each window's documents in input order (to load them into a database while
    /// converting); an error it throws stops the run.
    package var documentSink: (@Sendable ([Document]) async throws -> Void)?

    private var keepsDocuments: Bool { documentSink != nil }

    package init(pipeline: Pipeline, jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.pipeline = pipeline
        self.jobs = max(1, jobs)
    }

    package func run(_ inputs: [Job], into folder: String, events: (Event) -> Void = { _ in }) async throws -> Summary {
        try AtomicFile.makeDirectory(folder)
        AtomicFile.removeStaleTemporaries(in: folder)
        var tables = try CSVStreams(folder: folder)
        defer { tables.discard() }
        let summary = try await convert(inputs, into: folder, events: events) { rows, _ in try tables.append(rows) }
        try tables.finish()
        return summary
    }

    /// The files `run` would write for `inputs`, made in memory and in the same order: each
    /// input's JSON under its `output` name, then the CSV tables. Inputs that fail are reported
    /// through `events` and have no file.
    package func files(
        for inputs: [Job], events: (Event) -> Void = { _ in }
    ) async throws -> (files: [(name: String, bytes: [UInt8])], summary: Summary) {
        var json: [(name: String, bytes: [UInt8])] = []
        let tables = CSVEmitter.tables(for: [])
        var csv = try tables.map { Array(try $0.headerData()) }
        let summary = try await convert(inputs, into: nil, events: events) { rows, files in
            json += files
            for document in rows {
                for (index, data) in document.enumerated() where index < csv.count { csv[index] += Array(data) }
            }
        }
        return (json + zip(tables, csv).map { ("\($0.name).csv", $1) }, summary)
    }

    /// Converts `inputs` window by window, handing each window's CSV rows (and, without a
    /// folder, its JSON files) to `emit` in input order.
    private func convert(
        _ inputs: [Job], into folder: String?, events: (Event) -> Void,
        emit: ([[Data]], [(name: String, bytes: [UInt8])]) throws -> Void
    ) async throws -> Summary {
        let started = DispatchTime.now().uptimeNanoseconds
        var summary = Summary()
        var start = 0
        while start < inputs.count {
            let batch = Array(inputs[start..<min(inputs.count, start + window)])
            let outcomes = convert(batch, into: folder)
            var rows: [[Data]] = []
            var files: [(name: String, bytes: [UInt8])] = []
            var documents: [Document] = []
            for (job, outcome) in zip(batch, outcomes) {
                switch outcome {
                case .converted(let converted), .reused(let converted):
                    rows.append(converted.csv)
                    if let json = converted.json { files.append((job.output, json)) }
                    documents += converted.document.map { [$0] } ?? []
                    summary.documents += 1
                    summary.bytes += converted.bytes
                    if case .reused = outcome { summary.reused += 1 }
                case .failed(let error):
                    summary.failures += 1
                    events(.failed(error))
                }
            }
            try emit(rows, files)
            if let sink = documentSink, !documents.isEmpty { try await sink(documents) }
            start += batch.count
            events(.progress(done: start, total: inputs.count, bytes: summary.bytes, failures: summary.failures))
            if failFast, summary.failures > 0 { break }
        }
        summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return summary
    }

    /// One input converted: the encoded CSV rows of its document (one `Data` per table, made
    /// on the worker thread so the writing thread only appends), its JSON when it was not
    /// written to a folder, and the document when a sink wants it.
    struct Converted: Sendable {
        var csv: [Data]
        var json: [UInt8]?
        var document: Document?
        var bytes: Int
    }

    /// What became of one input.
    enum Outcome: Sendable {
        case converted(Converted)
        case reused(Converted)
        case failed(GazetteError)
    }

    /// Converts one window on `jobs` threads; outcomes come back in input order.
    private func convert(_ batch: [Job], into folder: String?) -> [Outcome] {
        ConcurrentWork.map(batch.count, threads: jobs) { convert(batch[$0], into: folder) }
    }

    /// Converts one input; its JSON is written to `folder` atomically, or kept when there is none.
    private func convert(_ job: Job, into folder: String?) -> Outcome {
        do {
            let bytes = try SourceFile.read(job.path, maximumBytes: pipeline.maximumBytes)
            if let folder, incremental, let current = try? reusable(folder + "/" + job.output, for: bytes) {
                let csv = try CSVEmitter.tables(for: [current]).map { try $0.rowsData() }
                return .reused(
                    Converted(csv: csv, json: nil, document: keepsDocuments ? current : nil, bytes: bytes.count))
            }
            let document = try pipeline.document(from: bytes, name: job.path, sourceName: job.name)
            let json = JSONEmitter.bytes(document, pretty: pretty) + [0x0A]
            if let folder {
                if let slash = job.output.lastIndex(of: "/") {
                    try AtomicFile.makeDirectory(String(job.output[..<slash]), under: folder)
                }
                try AtomicFile.write(Data(json), to: folder + "/" + job.output)
            }
            let csv = try CSVEmitter.tables(for: [document]).map { try $0.rowsData() }
            return .converted(
                Converted(
                    csv: csv, json: folder == nil ? json : nil, document: keepsDocuments ? document : nil,
                    bytes: bytes.count))
        } catch let error as GazetteError {
            return .failed(error)
        } catch {
            return .failed(.writeFailed(job.output, reason: String(describing: error)))
        }
    }

    /// The extract at `path` when it was made from these bytes by this version of Gazette.
    private func reusable(_ path: String, for bytes: [UInt8]) throws -> Document? {
        let document = try JSONEmitter.document(from: Data(try SourceFile.read(path, maximumBytes: Int.max)))
        let checksum = SHA256Digest.hex(bytes)
        return document.source.sha256 == checksum && document.gazetteVersion == Pipeline.version ? document : nil
    }
}
