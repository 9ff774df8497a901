import Foundation
import GazetteTestSupport
import Testing

@testable import Gazette

/// Files appear whole or not at all, and what interrupted runs leave is cleaned up.
@Suite struct AtomicFileTests {
    @Test func writeReplacesTheFileWholeAndLeavesNoTemporary() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("a.json")
        try AtomicFile.write(Data("first".utf8), to: path)
        try AtomicFile.write(Data("second".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second")
        #expect(try folder.contents() == ["a.json"])
    }

    @Test func aFolderThatIsNotThereFailsWithTheFileNamed() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("missing/a.json")
        #expect(throws: GazetteError.self) { try AtomicFile.write(Data("x".utf8), to: path) }
        do {
            try AtomicFile.write(Data("x".utf8), to: path)
        } catch let error as GazetteError {
            #expect(error.path == path)
        }
    }

    @Test func temporaryNamesNameTheirWriter() {
        let name = AtomicFile.temporaryName(for: "a.json")
        #expect(name.hasPrefix(".a.json."))
        #expect(AtomicFile.writer(ofTemporary: name) == getpid())
        #expect(AtomicFile.writer(ofTemporary: "a.json") == nil)
        #expect(AtomicFile.writer(ofTemporary: ".a.json.x.tmp") == nil)
    }

    @Test func staleTemporariesGoAndOwnOnesOnlyWhenAsked() throws {
        let folder = try TemporaryFolder()
        // A process id that is not running: the largest the kernel would hand out, plus one.
        let dead = ".a.json.4194305.17.tmp"
        let mine = AtomicFile.temporaryName(for: "b.json")
        _ = try folder.write(Array("x".utf8), to: "sub/" + dead)
        _ = try folder.write(Array("y".utf8), to: mine)
        _ = try folder.write(Array("z".utf8), to: "kept.json")
        #expect(AtomicFile.removeStaleTemporaries(in: folder.url.path) == 1)
        #expect(try folder.contents().sorted() == [mine, "kept.json", "sub"].sorted())
        #expect(AtomicFile.removeOwnTemporaries(in: folder.url.path) == 1)
        #expect(try folder.contents().sorted() == ["kept.json", "sub"])
    }

    @Test func makeDirectoryRefusesToLeaveTheRoot() throws {
        let folder = try TemporaryFolder()
        try AtomicFile.makeDirectory("a/b", under: folder.url.path)
        #expect(FileManager.default.fileExists(atPath: folder.path("a/b")))
        #expect(throws: GazetteError.self) { try AtomicFile.makeDirectory("../escape", under: folder.url.path) }
    }
}
