import Foundation
import GazetteTestSupport
import Testing

@Suite struct ConvertCommandTests {
    static let tables = [
        "attachments.csv", "captions.csv", "dates.csv", "diagnostics.csv", "documents.csv", "figures.csv", "names.csv",
        "organizations.csv", "paragraphs.csv",
        "responsibilities.csv", "sections.csv",
    ]

    private func inputs() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write(Array(ParseCommandTests.notice.utf8), to: "in/a-notice.txt")
        let page = """
            <html><head><meta charset="utf-8"><title>城南街道开展消防演练_某某区人民政府</title></head><body>
            <div class="content"><h1>城南街道开展消防演练</h1>
            <p>4月9日，城南街道组织辖区商户开展消防演练，参加人员120余人。</p></div></body></html>
            """
        try folder.write(Array(page.utf8), to: "in/b-drill.html")
        try folder.write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0], to: "in/c-broken.txt")
        try folder.write(Array("不是输入文件".utf8), to: "in/ignored.docx")
        return folder
    }

    @Test func goodFilesAreWrittenAndTheBadOneIsReported() throws {
        let folder = try inputs()
        let run = try GazetteBinary.run(["convert", folder.path("in"), "--out", folder.path("out")])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(try folder.contents(of: "out") == (["a-notice.json", "b-drill.json"] + Self.tables).sorted())
        let lines = run.stderrLines
        #expect(lines.count == 2, "stderr: \(run.stderr)")
        #expect(lines.first?.contains("c-broken.txt") == true)
        let summary = try #require(lines.last)
        #expect(summary.contains("2 documents"))
        #expect(summary.contains("1 failed"))
        let documents = try String(contentsOfFile: folder.path("out/documents.csv"), encoding: .utf8)
        let rows = RFC4180.records(documents)
        #expect(rows.count == 3)
        #expect(rows.dropFirst().map { $0[1] } == ["a-notice.txt", "b-drill.html"])
    }

    /// Threads that start parsing HTML at the same moment once waited on each other for ever
    /// inside libxml2's first use. Many fresh processes, each starting several parsers at once,
    /// all finish.
    @Test func parsersStartingTogetherNeverWaitOnEachOther() throws {
        let folder = try TemporaryFolder()
        for number in 0..<8 {
            let page = "<html><body><h1>第\(number)号通知</h1><p>本周六上午九时至十一时，第\(number)片区暂停供水，请居民提前储水。</p></body></html>"
            try folder.write(Array(page.utf8), to: "in/\(number).html")
        }
        for round in 0..<40 {
            let run = try ChildProcess.run(
                try GazetteBinary.executable(),
                ["convert", folder.path("in"), "--out", folder.path("out"), "--jobs", "8", "--quiet"], deadline: 30)
            #expect(!run.timedOut, "round \(round) hung")
            #expect(run.status == 0, "round \(round): \(run.stderr)")
            if run.timedOut || run.status != 0 { break }
        }
    }

    @Test func markdownFilesInAFolderAreReadAsMarkdown() throws {
        let folder = try TemporaryFolder()
        try folder.write(Array("# 关于开展节水宣传周活动的通知\n\n## 一、活动时间\n\n5月12日至18日。\n".utf8), to: "in/water.md")
        let run = try GazetteBinary.run(["convert", folder.path("in"), "--out", folder.path("out"), "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let record = try String(contentsOfFile: folder.path("out/water.json"), encoding: .utf8)
        #expect(record.contains(#""format": "markdown""#))
        #expect(record.contains(#""title": "活动时间""#))
    }

    @Test func allGoodFilesExitZero() throws {
        let folder = try inputs()
        try FileManager.default.removeItem(atPath: folder.path("in/c-broken.txt"))
        let run = try GazetteBinary.run(["convert", folder.path("in"), "--out", folder.path("out"), "--quiet"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(try folder.contents(of: "out").count == 2 + Self.tables.count)
    }

    @Test func missingInputIsCountedAsAFailure() throws {
        let folder = try inputs()
        let run = try GazetteBinary.run([
            "convert", folder.path("in/a-notice.txt"), folder.path("in/nope.txt"), "--out", folder.path("out"),
        ])
        #expect(run.status == 1)
        #expect(run.stderr.contains("nope.txt"))
        #expect(try folder.contents(of: "out").contains("a-notice.json"))
    }

    @Test func sameNameInTwoFoldersGetsAUniqueOutputName() throws {
        let folder = try TemporaryFolder()
        try folder.write(Array(ParseCommandTests.notice.utf8), to: "in/x/notice.txt")
        try folder.write(Array(ParseCommandTests.notice.utf8), to: "in/y/notice.txt")
        let run = try GazetteBinary.run(["convert", folder.path("in"), "--out", folder.path("out"), "-q"])
        #expect(run.status == 0)
        #expect(try folder.contents(of: "out").filter { $0.hasSuffix(".json") } == ["notice-2.json", "notice.json"])
    }

    @Test func convertingTwiceGivesIdenticalFiles() throws {
        let folder = try inputs()
        _ = try GazetteBinary.run(["convert", folder.path("in"), "--out", folder.path("one"), "-q"])
        _ = try GazetteBinary.run(["convert", folder.path("in"), "--out", folder.path("two"), "-q"])
        #expect(
            try GoldenFolder.differences(
                produced: folder.url.appendingPathComponent("one"), committed: folder.url.appendingPathComponent("two"))
                == [])
        #expect(!(try folder.contents(of: "one")).contains { $0.hasPrefix(".") }, "no temporary file is left behind")
    }

    @Test func outMustBeGiven() throws {
        let folder = try inputs()
        let run = try GazetteBinary.run(["convert", folder.path("in")])
        #expect(run.status == 2)
    }
}
