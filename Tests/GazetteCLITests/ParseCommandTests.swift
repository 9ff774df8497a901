import Foundation
import GazetteTestSupport
import Testing

@Suite struct ParseCommandTests {
    static let notice = "关于开展春季植树活动的通知\n各街道：\n一、活动时间\n活动定于3月12日上午举行，预计参加人数约300人。\n二、活动要求\n各单位要组织干部职工积极参加。\n"

    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func parsesATextFileToJSON() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(Array(Self.notice.utf8), to: "notice.txt")
        let run = try GazetteBinary.run(["parse", path])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let object = try json(run.stdout)
        #expect(object["title"] as? String == "关于开展春季植树活动的通知")
        #expect((object["sections"] as? [Any])?.count == 2)
        #expect((object["source"] as? [String: Any])?["name"] as? String == "notice.txt")
    }

    @Test func parseIsTheDefaultSubcommand() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(Array(Self.notice.utf8), to: "notice.txt")
        let run = try GazetteBinary.run([path])
        #expect(run.status == 0)
        #expect(try json(run.stdout)["title"] as? String == "关于开展春季植树活动的通知")
    }

    @Test func dashReadsStandardInput() throws {
        let run = try GazetteBinary.run(["parse", "-"], stdin: Data(Self.notice.utf8))
        #expect(run.status == 0)
        let object = try json(run.stdout)
        #expect(object["title"] as? String == "关于开展春季植树活动的通知")
        #expect((object["source"] as? [String: Any])?["name"] as? String == "-")
    }

    @Test func compactPrintsOneLine() throws {
        let run = try GazetteBinary.run(["parse", "--compact", "-"], stdin: Data(Self.notice.utf8))
        #expect(run.status == 0)
        #expect(run.stdout.split(separator: "\n").count == 1)
    }

    @Test func outWritesTheJSONFileAndPrintsNothing() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(Array(Self.notice.utf8), to: "notice.txt")
        let run = try GazetteBinary.run(["parse", path, "--out", folder.path("out")])
        #expect(run.status == 0)
        #expect(run.stdout == "")
        #expect(try folder.contents(of: "out") == ["notice.json"])
        let written = try String(contentsOfFile: folder.path("out/notice.json"), encoding: .utf8)
        #expect(try json(written)["title"] as? String == "关于开展春季植树活动的通知")
    }

    @Test func csvFormatWritesEveryTable() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(Array(Self.notice.utf8), to: "notice.txt")
        let run = try GazetteBinary.run(["parse", path, "--format", "csv", "--out", folder.path("out")])
        #expect(run.status == 0)
        #expect(
            try folder.contents(of: "out") == [
                "attachments.csv", "captions.csv", "dates.csv", "diagnostics.csv", "documents.csv", "figures.csv",
                "names.csv", "organizations.csv", "paragraphs.csv",
                "responsibilities.csv", "sections.csv",
            ])
    }

    @Test func csvFormatWithoutOutIsAUsageError() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(Array(Self.notice.utf8), to: "notice.txt")
        let run = try GazetteBinary.run(["parse", path, "--format", "csv"])
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr.contains("--out"))
    }

    @Test func unknownOptionIsAUsageError() throws {
        let run = try GazetteBinary.run(["parse", "--no-such-option", "x.txt"])
        #expect(run.status == 2)
    }

    /// Inputs that cannot be read as a document, each written into a fresh folder.
    enum BadInput: String, CaseIterable, Sendable {
        case missingFile, directory, emptyFile, pngImage, invalidBytes, htmlWithoutText

        /// Creates the input and returns its path.
        func make(in folder: TemporaryFolder) throws -> String {
            switch self {
            case .missingFile:
                return folder.path("missing-notice.txt")
            case .directory:
                try FileManager.default.createDirectory(
                    atPath: folder.path("a-folder.txt"), withIntermediateDirectories: true)
                return folder.path("a-folder.txt")
            case .emptyFile:
                return try folder.write([], to: "empty.txt")
            case .pngImage:
                return try folder.write(
                    [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 32), to: "photo.txt"
                )
            case .invalidBytes:
                // 0x80 and 0xFF start no sequence in UTF-8 or GB18030 (checked with iconv).
                return try folder.write((0..<300).map { $0 % 3 == 1 ? 0x80 : 0xFF }, to: "garbled.txt")
            case .htmlWithoutText:
                let page =
                    "<html><head><title></title><script>var x = 1;</script></head><body><div><img src=\"a.png\"></div></body></html>"
                return try folder.write(Array(page.utf8), to: "blank.html")
            }
        }
    }

    @Test(arguments: BadInput.allCases)
    func unreadableInputFailsWithOneLineNamingTheFile(_ input: BadInput) throws {
        let folder = try TemporaryFolder()
        let path = try input.make(in: folder)
        let name = URL(fileURLWithPath: path).lastPathComponent
        let run = try GazetteBinary.run(["parse", path])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderrLines.count == 1, "stderr: \(run.stderr)")
        #expect(run.stderr.contains(name))
        #expect(run.stderr.hasSuffix("\n"))
        for trace in ["Fatal error", "Stack dump", "Backtrace", "#0 ", "Thread 0", ".swift:"] {
            #expect(!run.stderr.contains(trace))
        }
    }

    @Test(arguments: BadInput.allCases)
    func unreadableInputCreatesNoOutputFile(_ input: BadInput) throws {
        let folder = try TemporaryFolder()
        let path = try input.make(in: folder)
        try FileManager.default.createDirectory(atPath: folder.path("out"), withIntermediateDirectories: true)
        for format in ["json", "csv"] {
            let run = try GazetteBinary.run(["parse", path, "--format", format, "--out", folder.path("out")])
            #expect(run.status == 1)
            #expect(run.stderrLines.count == 1)
            #expect(try folder.contents(of: "out") == [], "format \(format)")
        }
    }
}
