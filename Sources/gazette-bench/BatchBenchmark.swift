import ArgumentParser
import Foundation
import Gazette

/// The batch benchmark: generates a corpus from the samples (text and HTML, numbers varied),
/// then times whole `gazette convert` runs with 1 and 2 jobs (documents/s, MB/s, peak RSS),
/// libxml2's own parse of the HTML part (`xmllint --html --noout`), and reading the bytes.
struct BatchBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Time gazette convert on a generated corpus against xmllint and plain reading.")

    @Option(help: "The gazette binary to time.")
    var gazette = ".build/release/gazette"

    @Option(help: "Folder of sample announcements to generate from.")
    var samples = "Samples"

    @Option(help: "Documents to generate.")
    var documents = 10_000

    func run() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gazette-batch-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? FileManager.default.removeItem(at: work) }
        let corpus = try Corpus.generate(from: samples, count: documents, into: work.appendingPathComponent("corpus"))
        print(
            String(
                format: "corpus: %d documents (%d text, %d HTML), %.1f MB", corpus.all.count, corpus.text.count,
                corpus.html.count,
                Double(corpus.bytes) / 1e6))
        for (label, folder, bytes, count) in [
            ("all", corpus.root, corpus.bytes, corpus.all.count),
            ("text", corpus.root + "/text", corpus.textBytes, corpus.text.count),
            ("html", corpus.root + "/html", corpus.htmlBytes, corpus.html.count),
        ] {
            for jobs in [1, 2] {
                let out = work.appendingPathComponent("out-\(label)-\(jobs)").path
                let timing = try Timed.run([
                    gazette, "convert", folder, "--out", out, "--jobs", "\(jobs)", "--quiet", "--compact",
                ])
                print(
                    String(
                        format: "convert %@ --jobs %d: %.2f s, %.0f documents/s, %.1f MB/s, peak RSS %.0f MB", label,
                        jobs, timing.seconds,
                        Double(count) / timing.seconds, Double(bytes) / 1e6 / timing.seconds,
                        Double(timing.peakKilobytes) / 1024))
            }
        }
        var xmllintSeconds = 0.0
        for chunk in stride(from: 0, to: corpus.html.count, by: 500) {
            xmllintSeconds += try Timed.run(
                ["xmllint", "--html", "--noout", "--nonet", "--huge"]
                    + Array(corpus.html[chunk..<min(corpus.html.count, chunk + 500)]), allowFailure: true
            ).seconds
        }
        print(
            String(
                format: "xmllint --html --noout: %.2f s, %.1f MB/s", xmllintSeconds,
                Double(corpus.htmlBytes) / 1e6 / xmllintSeconds))
        var readSeconds = 0.0
        for chunk in stride(from: 0, to: corpus.all.count, by: 500) {
            readSeconds += try Timed.run(
                ["cat"] + Array(corpus.all[chunk..<min(corpus.all.count, chunk + 500)]), discardOutput: true
            ).seconds
        }
        print(
            String(
                format: "reading the bytes (cat): %.2f s, %.1f MB/s", readSeconds,
                Double(corpus.bytes) / 1e6 / readSeconds))
    }
}

/// A generated corpus: copies of the samples with their ASCII digits shifted per copy.
struct Corpus {
    var root: String
    var text: [String] = []
    var html: [String] = []
    var textBytes = 0
    var htmlBytes = 0

    var all: [String] { text + html }
    var bytes: Int { textBytes + htmlBytes }

    static func generate(from samples: String, count: Int, into folder: URL) throws -> Corpus {
        let sources = try FileManager.default.contentsOfDirectory(atPath: samples).sorted()
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") }
            .map { ($0, try SourceFile.read(samples + "/" + $0)) }
        var corpus = Corpus(root: folder.path)
        for kind in ["text", "html"] {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent(kind), withIntermediateDirectories: true)
        }
        for index in 0..<count {
            let (name, bytes) = sources[index % sources.count]
            let shift = UInt8((index / sources.count) % 10)
            let varied = bytes.map { $0 >= 0x30 && $0 <= 0x39 ? 0x30 + ($0 - 0x30 + shift) % 10 : $0 }
            let isHTML = name.hasSuffix(".html")
            let path = folder.appendingPathComponent(isHTML ? "html" : "text").appendingPathComponent(
                "\(index)-\(name)"
            ).path
            guard FileManager.default.createFile(atPath: path, contents: Data(varied)) else {
                throw GazetteError.writeFailed(path, reason: "cannot create")
            }
            if isHTML {
                corpus.html.append(path)
                corpus.htmlBytes += varied.count
            } else {
                corpus.text.append(path)
                corpus.textBytes += varied.count
            }
        }
        return corpus
    }
}

/// Runs a command under `/usr/bin/time` for its wall time and peak resident memory.
enum Timed {
    struct Result {
        var seconds: Double
        var peakKilobytes: Int
    }

    static func run(_ arguments: [String], allowFailure: Bool = false, discardOutput: Bool = true) throws -> Result {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("time-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: report) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-f", "%e %M", "-o", report] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = Date()
        try process.run()
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(start)
        if !allowFailure, process.terminationStatus != 0 {
            throw GazetteError.unreadable(arguments[0], reason: "exited with \(process.terminationStatus)")
        }
        let fields = ((try? String(contentsOfFile: report, encoding: .utf8)) ?? "").split(
            whereSeparator: \.isWhitespace)
        return Result(seconds: seconds, peakKilobytes: fields.last.flatMap { Int($0) } ?? 0)
    }
}
