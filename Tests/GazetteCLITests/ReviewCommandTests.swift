import Foundation
import GazetteTestSupport
import Testing

/// `gazette review`, run as the built binary: pages from sources and from extracts, the index,
/// and inputs that cannot be reviewed.
@Suite struct ReviewCommandTests {
    static let root = GazetteBinary.repositoryRoot
    static let samples = root.appendingPathComponent("Samples").path
    static let output = root.appendingPathComponent("Output").path

    private func read(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    private func copy(_ path: String, to name: String, in folder: TemporaryFolder) throws {
        try folder.write(Array(try Data(contentsOf: URL(fileURLWithPath: path))), to: name)
    }

    @Test func sourcesGetAPageEachAndAnIndexLinkingThem() throws {
        let folder = try TemporaryFolder()
        let run = try GazetteBinary.run([
            "review", Self.samples + "/cases-bulletin.txt", Self.samples + "/word-export.html", "--out",
            folder.path("out"),
        ])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout == "")
        #expect(try folder.contents(of: "out") == ["cases-bulletin.html", "index.html", "word-export.html"])
        let index = try read(folder.path("out/index.html"))
        #expect(index.contains("href=\"cases-bulletin.html\"") && index.contains("href=\"word-export.html\""))
        let page = try read(folder.path("out/cases-bulletin.html"))
        #expect(page.contains("<mark class=\"fig\" id=\"f-s-1-0\""))
        #expect(page.contains("<details class=\"source\" id=\"source\">"))
        #expect(run.stderrLines.last?.contains("reviewed 2 documents") == true)
    }

    @Test func extractsShowTheirSourceFromSourcesFolder() throws {
        let folder = try TemporaryFolder()
        try copy(Self.output + "/cases-bulletin.json", to: "records/cases-bulletin.json", in: folder)
        let run = try GazetteBinary.run([
            "review", folder.path("records"), "--sources", Self.samples, "--out", folder.path("out"),
        ])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let page = try read(folder.path("out/cases-bulletin.html"))
        #expect(page.contains("Source text: \(Self.samples)/cases-bulletin.txt"))
        #expect(page.contains("<mark class=\"fig\" id=\"f-l-0\""))
    }

    @Test func extractsShowTheSourceBesideThem() throws {
        let folder = try TemporaryFolder()
        try copy(Self.output + "/cases-bulletin.json", to: "in/cases-bulletin.json", in: folder)
        try copy(Self.samples + "/cases-bulletin.txt", to: "in/cases-bulletin.txt", in: folder)
        let run = try GazetteBinary.run(["review", folder.path("in/cases-bulletin.json"), "--out", folder.path("out")])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(try read(folder.path("out/cases-bulletin.html")).contains("<details class=\"source\""))
    }

    @Test func aSourceThatIsNotTheRecordsIsNotShown() throws {
        let folder = try TemporaryFolder()
        try copy(Self.output + "/cases-bulletin.json", to: "in/cases-bulletin.json", in: folder)
        try folder.write(Array("另一份文件".utf8), to: "in/cases-bulletin.txt")
        let run = try GazetteBinary.run(["review", folder.path("in/cases-bulletin.json"), "--out", folder.path("out")])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let page = try read(folder.path("out/cases-bulletin.html"))
        #expect(!page.contains("另一份文件"))
        #expect(page.contains("its SHA-256 differs"))
    }

    @Test func aBadInputIsNamedInOneLineAndTheOthersAreStillWritten() throws {
        let folder = try TemporaryFolder()
        try copy(Self.output + "/cases-bulletin.json", to: "in/cases-bulletin.json", in: folder)
        try folder.write(Array("{\"schemaVersion\": ".utf8), to: "in/broken.json")
        let run = try GazetteBinary.run([
            "review", folder.path("in"), folder.path("missing.txt"), "--out", folder.path("out"),
        ])
        #expect(run.status == 1)
        let errors = run.stderrLines.filter { $0.hasPrefix("gazette: error: ") }
        #expect(errors.count == 2, "stderr: \(run.stderr)")
        #expect(errors.contains { $0.contains("broken.json: not a valid Gazette record") })
        #expect(errors.contains { $0.contains("missing.txt: no such file") })
        #expect(try folder.contents(of: "out") == ["cases-bulletin.html", "index.html"])
        let index = try read(folder.path("out/index.html"))
        let failing = try #require(index.range(of: "broken.json"))
        let passing = try #require(index.range(of: "href=\"cases-bulletin.html\""))
        #expect(failing.lowerBound < passing.lowerBound, "the failing input is listed first")
    }

    @Test func anInputNamedIndexDoesNotReplaceTheIndex() throws {
        let folder = try TemporaryFolder()
        try copy(Self.samples + "/notice-items.txt", to: "in/index.txt", in: folder)
        let run = try GazetteBinary.run(["review", folder.path("in/index.txt"), "--out", folder.path("out")])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(try folder.contents(of: "out") == ["index-2.html", "index.html"])
        #expect(try read(folder.path("out/index.html")).contains("href=\"index-2.html\""))
    }

    @Test func pagesAreTheSameForAnyNumberOfJobs() throws {
        let folder = try TemporaryFolder()
        let one = try GazetteBinary.run(["review", Self.samples, "--jobs", "1", "--out", folder.path("one"), "-q"])
        let two = try GazetteBinary.run(["review", Self.samples, "--jobs", "2", "--out", folder.path("two"), "-q"])
        #expect(one.status == two.status)
        let names = try folder.contents(of: "one")
        #expect(names == (try folder.contents(of: "two")))
        for name in names {
            #expect(try read(folder.path("one/" + name)) == (try read(folder.path("two/" + name))), "\(name)")
        }
    }
}
