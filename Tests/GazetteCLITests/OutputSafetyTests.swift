import Foundation
import GazetteTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// What `convert` does with links in its input tree, with names it derives from inputs, with
/// links inside `--out`, and with the temporary files a killed run left behind.
@Suite struct OutputSafetyTests {
    static let notice = Array("区里召开会议\n\n会议部署了三项工作，新增网格员120名。\n".utf8)

    /// in/a.txt, in/sub/b.txt, a folder outside the tree with c.txt, and links:
    /// in/outside → that folder, in/sub/up → in (a loop), in/broken.txt → nothing.
    func tree() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write(Self.notice, to: "in/a.txt")
        try folder.write(Self.notice, to: "in/sub/b.txt")
        try folder.write(Self.notice, to: "elsewhere/c.txt")
        #expect(symlink("../elsewhere", folder.path("in/outside")) == 0)
        #expect(symlink("..", folder.path("in/sub/up")) == 0)
        #expect(symlink("nowhere.txt", folder.path("in/broken.txt")) == 0)
        return folder
    }

    @Test func linksInsideInputFoldersAreSkippedByDefault() throws {
        let folder = try tree()
        let run = try GazetteBinary.run(["convert", folder.path("in"), "--out", folder.path("out")])
        #expect(run.status == 0)
        #expect(
            run.stderrLines.first
                == "gazette: note: skipped 3 symbolic links under \(folder.path("in")) (--follow-symlinks follows them)"
        )
        #expect(try folder.contents(of: "out").filter { $0.hasSuffix(".json") } == ["a.json", "b.json"])
    }

    @Test func followingLinksEntersEachFolderOnceAndNamesBrokenOnes() throws {
        let folder = try tree()
        let run = try GazetteBinary.run([
            "convert", folder.path("in"), "--out", folder.path("out"), "--follow-symlinks",
        ])
        #expect(run.status == 1)
        #expect(
            run.stderrLines.contains(
                "gazette: error: \(folder.path("in/broken.txt")): cannot be read (a symbolic link whose target does not exist)"
            ))
        #expect(
            run.stderrLines.contains(
                "gazette: note: \(folder.path("in/sub/up")): a symbolic link to a folder already searched, not followed again"
            ))
        #expect(try folder.contents(of: "out").filter { $0.hasSuffix(".json") } == ["a.json", "b.json", "c.json"])
    }

    @Test func aLinkNamedOnTheCommandLineIsFollowed() throws {
        let folder = try tree()
        #expect(symlink(folder.path("in/a.txt"), folder.path("direct.txt")) == 0)
        let run = try GazetteBinary.run(["convert", folder.path("direct.txt"), "--out", folder.path("out")])
        #expect(run.status == 0)
        #expect(try folder.contents(of: "out").contains("direct.json"))
    }

    @Test func namesFromInputsAreMadeSafe() throws {
        let folder = try TemporaryFolder()
        let long = String(repeating: "长", count: 80)  // 240 bytes, within the 255 of a file name
        try folder.write(Self.notice, to: "in/line\u{1}break\\name.txt")
        try folder.write(Self.notice, to: "in/\(long).txt")
        let run = try GazetteBinary.run(["convert", folder.path("in"), "--out", folder.path("out")])
        #expect(run.status == 0)
        let names = try folder.contents(of: "out").filter { $0.hasSuffix(".json") }
        #expect(names.contains("line_break_name.json"))
        #expect(names.contains(String(repeating: "长", count: 66) + ".json"))
    }

    @Test func twoRootsWithTheSameTreeKeepTheirNamesWhenMirrored() throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.notice, to: "one/x/a.txt")
        try folder.write(Array("区里又召开一次会议\n\n会议新增网格员80名。\n".utf8), to: "two/x/a.txt")
        let run = try GazetteBinary.run([
            "convert", folder.path("one"), folder.path("two"), "--out", folder.path("out"), "--keep-dirs",
        ])
        #expect(run.status == 0)
        #expect(try folder.contents(of: "out/one/x") == ["a.json"])
        #expect(try folder.contents(of: "out/two/x") == ["a.json"])
    }

    @Test func recordsAreNamedByTheirPathBelowTheInputFolder() throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.notice, to: "in/163/1.txt")
        try folder.write(Self.notice, to: "in/sina/1.txt")
        let run = try GazetteBinary.run(["convert", folder.path("in"), "--out", folder.path("out"), "--keep-dirs"])
        #expect(run.status == 0)
        let record = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: folder.path("out/sina/1.json"))))
        let source = (record as? [String: Any])?["source"] as? [String: Any]
        #expect(source?["name"] as? String == "sina/1.txt")
        let documents = try String(contentsOfFile: folder.path("out/documents.csv"), encoding: .utf8)
        #expect(documents.contains("163/1.txt") && documents.contains("sina/1.txt"))
    }

    @Test func aFileNamedOnTheCommandLineIsNotMirroredWithItsPath() throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.notice, to: "deep/er/a.txt")
        let run = try GazetteBinary.run([
            "convert", folder.path("deep/er/a.txt"), "--out", folder.path("out"), "--keep-dirs",
        ])
        #expect(run.status == 0)
        #expect(try folder.contents(of: "out").contains("a.json"))
    }

    @Test func pagesSavedFromSitesAreFoundInFolders() throws {
        let folder = try TemporaryFolder()
        let page = Array("<html><body><h1>停水通知</h1><p>今日停水。</p></body></html>".utf8)
        for name in ["a.shtml", "b.xhtml", "c.aspx", "d.php", "e.jsp", "f.asp"] {
            try folder.write(page, to: "in/\(name)")
        }
        let run = try GazetteBinary.run(["convert", folder.path("in"), "--out", folder.path("out")])
        #expect(run.status == 0)
        #expect(
            try folder.contents(of: "out").filter { $0.hasSuffix(".json") }.sorted()
                == ["a.json", "b.json", "c.json", "d.json", "e.json", "f.json"])
    }

    @Test func aLinkInsideTheOutputFolderIsNotWrittenThrough() throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.notice, to: "in/sub/a.txt")
        try folder.write(Self.notice, to: "in/b.txt")
        try FileManager.default.createDirectory(atPath: folder.path("out"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder.path("victim"), withIntermediateDirectories: true)
        #expect(symlink(folder.path("victim"), folder.path("out/sub")) == 0)
        let run = try GazetteBinary.run(["convert", folder.path("in"), "--out", folder.path("out"), "--keep-dirs"])
        #expect(run.status == 1)
        #expect(
            run.stderrLines.contains(
                "gazette: error: \(folder.path("out/sub")): cannot be written (is a symbolic link; not writing through it)"
            ))
        #expect(try folder.contents(of: "victim").isEmpty)
        #expect(try folder.contents(of: "out").contains("b.json"))
    }

    @Test func temporaryFilesOfDeadRunsAreRemovedAndThoseOfLiveOnesKept() throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.notice, to: "in/a.txt")
        let dead = Self.unusedPID()
        let live = getpid()
        try folder.write([0x7B], to: "out/.a.json.\(dead).12345.tmp")
        try folder.write([0x7B], to: "out/deeper/.b.json.\(dead).99.tmp")
        try folder.write([0x7B], to: "out/.c.json.\(live).777.tmp")
        try folder.write([0x7B], to: "out/.notes.tmp")
        let run = try GazetteBinary.run(["convert", folder.path("in"), "--out", folder.path("out")])
        #expect(run.status == 0)
        let left = try folder.contents(of: "out")
        #expect(!left.contains(".a.json.\(dead).12345.tmp"))
        #expect(try folder.contents(of: "out/deeper").isEmpty)
        #expect(left.contains(".c.json.\(live).777.tmp"))
        #expect(left.contains(".notes.tmp"))
    }

    /// A process id no process has now.
    static func unusedPID() -> Int32 {
        var pid: Int32 = 4_000_000
        while kill(pid, 0) == 0 || errno == EPERM { pid -= 1 }
        return pid
    }
}
