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

    /// An extract whose first section is led by a phrase, not a unit: an `organization-name` warning.
    private func extractWithAWarning(in folder: TemporaryFolder) throws {
        let record = Array(try Data(contentsOf: URL(fileURLWithPath: Self.output + "/notice-items.json")))
        let edited = try RecordEdit.setting(
            "/sections/0/leadOrganizations", to: ["加快推进相关工作"], in: record)
        try folder.write(edited, to: "records/notice-items.json")
    }

    @Test func findingsAreWeighedAsValidateWeighsThem() throws {
        let folder = try TemporaryFolder()
        try extractWithAWarning(in: folder)
        let plain = try GazetteBinary.run(["review", folder.path("records"), "--out", folder.path("plain")])
        #expect(plain.status == 0, "stderr: \(plain.stderr)")
        #expect(try read(folder.path("plain/notice-items.html")).contains("organization-name"))
        #expect(try read(folder.path("plain/index.html")).contains("⚠ warnings"))

        let strict = try GazetteBinary.run([
            "review", folder.path("records"), "--strict", "--out", folder.path("strict"),
        ])
        #expect(strict.status == 0, "findings never fail a review: \(strict.stderr)")
        #expect(try read(folder.path("strict/index.html")).contains("✖ fails"))
        #expect(strict.stderrLines.last?.contains("(1 with errors)") == true)

        let off = try GazetteBinary.run([
            "review", folder.path("records"), "--rule", "organization-name=off", "--out", folder.path("off"),
        ])
        #expect(off.status == 0)
        #expect(!(try read(folder.path("off/notice-items.html")).contains("organization-name")))
        #expect(try read(folder.path("off/index.html")).contains("✔ passes"))

        try folder.write(Array("rules:\n  organization-name: off\n".utf8), to: "settings.yml")
        let configured = try GazetteBinary.run([
            "review", folder.path("records"), "--config", folder.path("settings.yml"), "--out",
            folder.path("configured"),
        ])
        #expect(configured.status == 0)
        #expect(!(try read(folder.path("configured/notice-items.html")).contains("organization-name")))
    }

    @Test func aWrongRuleIsAUsageError() throws {
        let folder = try TemporaryFolder()
        try extractWithAWarning(in: folder)
        let run = try GazetteBinary.run([
            "review", folder.path("records"), "--rule", "no-such-rule=off", "--out", folder.path("out"),
        ])
        #expect(run.status == 2)
        #expect(run.stderrLines.count == 1, "\(run.stderr)")
        #expect(run.stderr.contains("no-such-rule"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("out")))
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
