import Foundation
import GazetteTestSupport
import Testing

@testable import gazette

/// What a person trying the command finds: help, misspellings, counts, extracts given as
/// sources, unreadable inputs in every report, standard input, interrupted runs.
@Suite struct CommandPolishTests {
    static let announcement = "关于开展试点工作的通知\n一、总体要求\n全年投资增长12.5%。\n二、工作安排\n建成示范基地3个。\n"

    @Test func noArgumentsPrintsTheHelp() throws {
        let run = try GazetteBinary.run([])
        #expect(run.status == 0)
        #expect(run.stdout.contains("USAGE: gazette"))
        #expect(run.stdout.contains("validate"))
    }

    @Test func aMisspeltCommandNamesTheNearestOne() throws {
        let run = try GazetteBinary.run(["valdiate", "x.json"])
        #expect(run.status == 2)
        #expect(run.stderrLines == ["gazette: error: unknown command 'valdiate'; did you mean 'validate'?"])
        #expect(
            CommandNames.unknownCommand("convrt", among: ["convert", "check"])
                == "unknown command 'convrt'; did you mean 'convert'?")
        // A file name, a far word and an option are no misspelt command.
        #expect(CommandNames.unknownCommand("notes.txt", among: ["convert"]) == nil)
        #expect(CommandNames.unknownCommand("zebra", among: ["convert"]) == nil)
        #expect(CommandNames.unknownCommand("--help", among: ["convert"]) == nil)
    }

    @Test(arguments: [
        ["convert", "in", "--out", "o", "--jobs", "-3"], ["load", "x.json", "--batch-size", "-1"],
        ["parse", "x.txt", "--max-bytes", "-5"],
    ])
    func aNegativeCountSaysWhatIsWrong(arguments: [String]) throws {
        let run = try GazetteBinary.run(arguments)
        #expect(run.status == 2)
        #expect(run.stderr.contains("must be at least 1, not -"), "got \(run.stderr)")
    }

    @Test func helpShowsEachDefaultOnce() throws {
        for command in ["convert", "parse", "load", "validate"] {
            let help = try GazetteBinary.run([command, "--help"]).stdout
            #expect(!help.contains(") (default:"), "\(command) --help: \(help)")
            #expect(!help.contains("(default) "), "\(command) --help")
        }
    }

    @Test func countsAgreeWithTheirNouns() throws {
        let folder = try TemporaryFolder()
        let one = try folder.write(Array(Self.announcement.utf8), to: "one.txt")
        let run = try GazetteBinary.run(["convert", one, "--out", folder.path("out"), "--quiet"])
        #expect(run.status == 0)
        let loud = try GazetteBinary.run(["convert", one, "--out", folder.path("out2")])
        #expect(loud.stderr.contains("converted 1 document, 0 failed"), "got \(loud.stderr)")
        #expect(counted(2, "document") == "2 documents")
    }

    @Test(arguments: ["parse", "convert"])
    func anExtractIsRefusedAsASource(command: String) throws {
        let folder = try TemporaryFolder()
        let extract = try folder.write(Array(#"{"schemaVersion": "1.3"}"#.utf8), to: "record.json")
        let arguments = command == "parse" ? ["parse", extract] : ["convert", extract, "--out", folder.path("out")]
        let run = try GazetteBinary.run(arguments)
        #expect(run.status == 1)
        #expect(
            run.stderr.contains(
                "\(extract): an extract (Gazette JSON), not an announcement; check it with gazette validate or load it with gazette load"
            ))
    }

    @Test(arguments: ["json", "junit", "github"])
    func anUnreadableInputIsInEveryReport(format: String) throws {
        let folder = try TemporaryFolder()
        let run = try GazetteBinary.run(["validate", folder.path("gone.json"), "--report", format])
        #expect(run.status == 2)
        #expect(run.stdout.contains("unreadable"), "\(format): \(run.stdout)")
        #expect(run.stdout.contains("gone.json"))
    }

    @Test func validateReadsStandardInput() throws {
        let source = try GazetteBinary.run(["parse", "-"], stdin: Data(Self.announcement.utf8))
        #expect(source.status == 0)
        let good = try GazetteBinary.run(["validate", "-"], stdin: Data(source.stdout.utf8))
        #expect(good.status == 0, "got \(good.stderr)")
        #expect(good.stderr.contains("validated 1 file"))
        let broken = try GazetteBinary.run(
            ["validate", "-", "--report", "json"], stdin: Data(#"{"schemaVersion": "#.utf8))
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("json-syntax"))
    }

    @Test func ndjsonAnswersKeepAnyIdAndSayWhatIsWrongPlainly() throws {
        let lines = [
            "\u{FEFF}" + #"{"id": {"batch": [1, "b"]}, "content": "关于开展试点工作的通知\n一、总体要求\n增长12%。"}"#,
            "not json",
            "[1, 2]",
            #"{"id": 9, "content": "\#(String(repeating: "很", count: 200))"}"#,
        ]
        let run = try GazetteBinary.run(
            ["parse", "--ndjson", "--max-bytes", "300"], stdin: Data((lines.joined(separator: "\n") + "\n").utf8))
        #expect(run.status == 0)
        let answers = try run.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(answers.count == 4)
        let id = try #require(answers[0]["id"] as? [String: Any])
        #expect((id["batch"] as? [Any])?.count == 2)
        #expect(answers[0]["record"] != nil)
        #expect(answers[1]["error"] as? String == "line 2 is not JSON; send one JSON object a line")
        #expect(
            answers[2]["error"] as? String == #"line 3 is JSON but not an object; send {"content": …} or {"path": …}"#)
        #expect(answers[3]["id"] as? Int == 9)
        #expect((answers[3]["error"] as? String)?.contains("over the limit of 300 (--max-bytes)") == true)
    }

    @Test func checkExplainsDifferencesAndReportsExtraFiles() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write(Array(Self.announcement.utf8), to: "a.txt")
        #expect(try GazetteBinary.run(["convert", input, "--out", folder.path("expected"), "--quiet"]).status == 0)
        #expect(try GazetteBinary.run(["check", input, "--expected", folder.path("expected")]).status == 0)
        _ = try folder.write(Array(Self.announcement.replacingOccurrences(of: "3个", with: "4个").utf8), to: "a.txt")
        _ = try folder.write(Array("{}".utf8), to: "expected/old.json")
        let run = try GazetteBinary.run(["check", input, "--expected", folder.path("expected")])
        #expect(run.status == 1)
        #expect(run.stdout.contains("a.json: differs"))
        #expect(
            run.stdout.contains("figure value changed at /sections/1/figures/0/value: \"3\" → \"4\""),
            "got \(run.stdout)")
        #expect(run.stdout.contains("figures.csv: differs"))
        #expect(run.stdout.contains(" added: ") && run.stdout.contains(" removed: "))
        #expect(run.stdout.contains("old.json: extra (no input makes it)"))
        #expect(run.stderr.contains("1 extra file in the folder"))
        let update = try GazetteBinary.run(["check", input, "--expected", folder.path("expected"), "--update"])
        #expect(update.status == 0)
        #expect(!FileManager.default.fileExists(atPath: folder.path("expected/old.json")))
        #expect(try GazetteBinary.run(["check", input, "--expected", folder.path("expected")]).status == 0)
    }

    @Test func incrementalRemovesTheExtractsOfInputsThatAreGone() throws {
        let folder = try TemporaryFolder()
        let first = try folder.write(Array(Self.announcement.utf8), to: "in/a.txt")
        _ = try folder.write(Array(Self.announcement.replacingOccurrences(of: "12.5", with: "13").utf8), to: "in/b.txt")
        #expect(
            try GazetteBinary.run(["convert", folder.path("in"), "--out", folder.path("out"), "--quiet"]).status == 0)
        try FileManager.default.removeItem(atPath: folder.path("in/b.txt"))
        let run = try GazetteBinary.run(["convert", folder.path("in"), "--out", folder.path("out"), "--incremental"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("removed \(folder.path("out"))/b.json: its input is gone"))
        #expect(FileManager.default.fileExists(atPath: folder.path("out/a.json")))
        #expect(!FileManager.default.fileExists(atPath: folder.path("out/b.json")))
        _ = first
    }

    @Test func sigtermLeavesNoTemporaryFiles() throws {
        let folder = try TemporaryFolder()
        for index in 0..<3000 { _ = try folder.write(Array(Self.announcement.utf8), to: "in/\(index).txt") }
        let process = Process()
        process.executableURL = try GazetteBinary.executable()
        process.arguments = ["convert", folder.path("in"), "--out", folder.path("out"), "--quiet", "--jobs", "2"]
        try process.run()
        // Wait until it has written something, then stop it as a job runner would.
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline,
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path("out")))?.count ?? 0) < 50
        {
            usleep(20_000)
        }
        try #require(process.isRunning, "the run ended before it could be interrupted")
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationStatus == 143)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path("out"))
        #expect(
            !left.contains { $0.hasSuffix(".tmp") }, "temporary files left: \(left.filter { $0.hasSuffix(".tmp") })")
    }
}
