import Foundation

/// Converts many inputs on several threads with bounded memory: inputs go through in windows,
/// each window's records are written (JSON per input, atomically) and its CSV rows appended in
/// input order before the next window starts, so the output does not depend on the number of
/// threads and no more than a window of documents is held at once.
package struct BatchConverter: Sendable {
    /// One input, the name its record gives as `source.name` (its file name when nil), and
    /// the name of its JSON output, relative to the output folder.
    package struct Job: Sendable, Equatable {
        package var path: String
        package var name: String?
        package var output: String

        package init(path: String, name: String? = nil, output: String) {
            self.path = path
            self.name = name
            self.output = output
        }
    }

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
        let started = DispatchTime.now().uptimeNanoseconds
        try AtomicFile.makeDirectory(folder)
        AtomicFile.removeStaleTemporaries(in: folder)
        var tables = try CSVStreams(folder: folder)
        defer { tables.discard() }
        var summary = Summary()
        var start = 0
        while start < inputs.count {
            let batch = Array(inputs[start..<min(inputs.count, start + window)])
            let outcomes = convert(batch, into: folder)
            var rows: [[Data]] = []
            var documents: [Document] = []
            for outcome in outcomes {
                switch outcome {
                case .converted(let csv, let document, let bytes):
                    rows.append(csv)
                    documents += document.map { [$0] } ?? []
                    summary.documents += 1
                    summary.bytes += bytes
                case .reused(let csv, let document, let bytes):
                    rows.append(csv)
                    documents += document.map { [$0] } ?? []
                    summary.documents += 1
                    summary.reused += 1
                    summary.bytes += bytes
                case .failed(let error):
                    summary.failures += 1
                    events(.failed(error))
                }
            }
            try tables.append(rows)
            if let sink = documentSink, !documents.isEmpty { try await sink(documents) }
            start += batch.count
            events(.progress(done: start, total: inputs.count, bytes: summary.bytes, failures: summary.failures))
            if failFast, summary.failures > 0 { break }
        }
        try tables.finish()
        summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return summary
    }

    /// What became of one input: the encoded CSV rows of its document (one `Data` per table,
    /// made on the worker thread so the writing thread only appends), or its error.
    enum Outcome: Sendable {
        case converted([Data], Document?, bytes: Int)
        case reused([Data], Document?, bytes: Int)
        case failed(GazetteError)
    }

    /// Converts one window on `jobs` threads; outcomes come back in input order.
    private func convert(_ batch: [Job], into folder: String) -> [Outcome] {
        let slots = OutcomeSlots(count: batch.count)
        DispatchQueue.concurrentPerform(iterations: min(jobs, batch.count)) { _ in
            while let index = slots.claim() {
                slots.store(convert(batch[index], into: folder), at: index)
            }
        }
        return slots.outcomes
    }

    private func convert(_ job: Job, into folder: String) -> Outcome {
        do {
            let bytes = try SourceFile.read(job.path, maximumBytes: pipeline.maximumBytes)
            let target = folder + "/" + job.output
            if incremental, let current = try? reusable(target, for: bytes) {
                return .reused(try CSVEmitter.tables(for: [current]).map { try $0.rowsData() }, keepsDocuments ? current : nil, bytes: bytes.count)
            }
            let document = try pipeline.document(from: bytes, name: job.path, sourceName: job.name)
            if let slash = job.output.lastIndex(of: "/") { try AtomicFile.makeDirectory(String(job.output[..<slash]), under: folder) }
            try AtomicFile.write(Data(JSONEmitter.bytes(document, pretty: pretty) + [0x0A]), to: target)
            return .converted(try CSVEmitter.tables(for: [document]).map { try $0.rowsData() }, keepsDocuments ? document : nil, bytes: bytes.count)
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

/// Outcomes of a window, filled in by several threads; every access holds the lock.
private final class OutcomeSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [BatchConverter.Outcome?]
    private var next = 0

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ outcome: BatchConverter.Outcome, at index: Int) {
        lock.lock()
        slots[index] = outcome
        lock.unlock()
    }

    var outcomes: [BatchConverter.Outcome] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
