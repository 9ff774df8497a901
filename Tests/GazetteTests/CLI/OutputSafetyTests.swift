import Foundation
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
        #expect(run.stderrLines.first == "gazette: note: skipped 3 symbolic links under \(folder.path("in")) (--follow-symlinks follows them)")
        #expect(try folder.contents(of: "out").filter { $0.hasSuffix(".json") } == ["a.json", "b.json"])
    }

    @Test func followingLinksEntersEachFolderOnceAndNamesBrokenOnes() throws {
        let folder = try tree()
        let run = try GazetteBinary.run(["convert", folder.path("in"), "--out", folder.path("out"), "--follow-symlinks"])
        #expect(run.status == 1)
        #expect(run.stderrLines.contains(
            "gazette: error: \(folder.path("in/broken.txt")): cannot be read (a symbolic link whose target does not exist)"))
        #expect(run.stderrLines.contains(
            "gazette: note: \(folder.path("in/sub/up")): a symbolic link to a folder already searched, not followed again"))
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

    @Test func twoRootsWithTheSameTreeDoNotOverwriteEachOtherWhenMirrored() throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.notice, to: "one/x/a.txt")
        try folder.write(Array("区里又召开一次会议\n\n会议新增网格员80名。\n".utf8), to: "two/x/a.txt")
        let run = try GazetteBinary.run(["convert", folder.path("one"), folder.path("two"), "--out", folder.path("out"), "--keep-dirs"])
        #expect(run.status == 0)
        #expect(try folder.contents(of: "out/x") == ["a-2.json", "a.json"])
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
        #expect(run.stderrLines.contains("gazette: error: \(folder.path("out/sub")): cannot be written (is a symbolic link; not writing through it)"))
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
