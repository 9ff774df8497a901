import Foundation
import GazetteTestSupport
import Testing

/// Compares a freshly produced output folder with the committed one, file by file.
enum GoldenFolder {
    static let regenerate = "Output/ is stale: regenerate with `swift run gazette convert Samples --out Output`"

    /// One line per file that differs, is missing or is extra; empty when the folders agree.
    /// Hidden files (".gitkeep") are ignored.
    static func differences(produced: URL, committed: URL) throws -> [String] {
        let manager = FileManager.default
        func names(_ folder: URL) -> Set<String> {
            Set(((try? manager.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") })
        }
        let fresh = names(produced)
        let stored = names(committed)
        var found: [String] = []
        for name in fresh.subtracting(stored).sorted() {
            found.append("\(name) is produced but missing from \(committed.lastPathComponent)/")
        }
        for name in stored.subtracting(fresh).sorted() {
            found.append("\(name) is in \(committed.lastPathComponent)/ but no longer produced")
        }
        for name in fresh.intersection(stored).sorted() {
            let a = try Data(contentsOf: produced.appendingPathComponent(name))
            let b = try Data(contentsOf: committed.appendingPathComponent(name))
            if a != b {
                let line = zip(
                    a.split(separator: 0x0A, omittingEmptySubsequences: false),
                    b.split(separator: 0x0A, omittingEmptySubsequences: false)
                )
                .enumerated().first { $0.element.0 != $0.element.1 }.map { $0.offset + 1 }
                found.append(
                    "\(name) differs" + (line.map { " (first at line \($0))" } ?? " (one is a prefix of the other)"))
            }
        }
        return found
    }
}

@Suite struct GoldenOutputTests {
    /// `gazette check` converts the samples in memory and compares every file with Output/.
    @Test func convertedSamplesMatchTheCommittedOutput() throws {
        let root = GazetteBinary.repositoryRoot
        let run = try GazetteBinary.run([
            "check", "--expected", root.appendingPathComponent("Output").path,
            root.appendingPathComponent("Samples").path,
        ])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)\(GoldenFolder.regenerate)")
    }

    /// `check` only looks at the files convert writes; a file convert no longer writes is caught here.
    @Test func committedOutputHoldsExactlyTheFilesConvertWrites() throws {
        let root = GazetteBinary.repositoryRoot
        let produced = try TemporaryFolder()
        let run = try GazetteBinary.run([
            "convert", root.appendingPathComponent("Samples").path, "--out", produced.url.path, "--quiet",
        ])
        #expect(run.status == 0, "gazette convert Samples failed: \(run.stderr)")
        let visible: (String) -> Bool = { !$0.hasPrefix(".") }
        let fresh = Set(try produced.contents().filter(visible))
        let committed = Set(
            try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Output").path).filter(
                visible))
        #expect(!fresh.isEmpty)
        for name in fresh.subtracting(committed).sorted() {
            Issue.record("\(name) is produced but missing from Output/. \(GoldenFolder.regenerate)")
        }
        for name in committed.subtracting(fresh).sorted() {
            Issue.record("\(name) is in Output/ but no longer produced. \(GoldenFolder.regenerate)")
        }
    }

    @Test func comparisonNamesTheFileThatDiffers() throws {
        let folder = try TemporaryFolder()
        try folder.write(Array("{\n  \"a\" : 1\n}\n".utf8), to: "produced/x.json")
        try folder.write(Array("same\r\n".utf8), to: "produced/y.csv")
        try folder.write(Array("new".utf8), to: "produced/z.json")
        try folder.write(Array("{\n  \"a\" : 2\n}\n".utf8), to: "committed/x.json")
        try folder.write(Array("same\r\n".utf8), to: "committed/y.csv")
        try folder.write(Array("old".utf8), to: "committed/w.json")
        try folder.write([], to: "committed/.gitkeep")
        let differences = try GoldenFolder.differences(
            produced: folder.url.appendingPathComponent("produced"),
            committed: folder.url.appendingPathComponent("committed"))
        #expect(
            differences == [
                "z.json is produced but missing from committed/",
                "w.json is in committed/ but no longer produced",
                "x.json differs (first at line 2)",
            ])
    }

    @Test func samplesConvertTheSameWayTwice() throws {
        let samples = GazetteBinary.repositoryRoot.appendingPathComponent("Samples").path
        let one = try TemporaryFolder()
        let two = try TemporaryFolder()
        _ = try GazetteBinary.run(["convert", samples, "--out", one.url.path, "-q"])
        _ = try GazetteBinary.run(["convert", samples, "--out", two.url.path, "-q"])
        #expect(try !one.contents().isEmpty)
        #expect(try GoldenFolder.differences(produced: one.url, committed: two.url) == [])
    }
}
