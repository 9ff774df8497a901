import Foundation
import GazetteTestSupport
import Testing

@testable import Gazette

/// `gazette validate`, `schema`, `diff` and `check`, run as the built binary.
@Suite struct ValidateCommandTests {
    static let root = GazetteBinary.repositoryRoot
    static let output = root.appendingPathComponent("Output").path
    static let samples = root.appendingPathComponent("Samples").path

    /// The record whose figure the tests break, and the figure.
    static let broken = "portal-cases-01.json"
    static let brokenPointer = "/sections/1/figures/1/value"
    /// A value no record states, so its place in the file can be found by text.
    static let wrongValue = "987654321"
    /// The record the tests take the title of (a warning).
    static let untitled = "cases-bulletin.json"

    /// A copy of the committed records (.json only) in `records/` of a fresh folder.
    private func copyOfOutput() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.output).filter { $0.hasSuffix(".json") }
        for name in names {
            try folder.write(
                Array(try Data(contentsOf: URL(fileURLWithPath: Self.output + "/" + name))), to: "records/" + name)
        }
        return folder
    }

    /// Rewrites `records/NAME` in `folder` with `edit` applied.
    private func edit(_ name: String, in folder: TemporaryFolder, _ edit: ([UInt8]) throws -> [UInt8]) throws {
        let path = folder.path("records/" + name)
        try Data(try edit(Array(try Data(contentsOf: URL(fileURLWithPath: path))))).write(
            to: URL(fileURLWithPath: path))
    }

    private func breakFigure(in folder: TemporaryFolder) throws {
        try edit(Self.broken, in: folder) { try RecordEdit.setting(Self.brokenPointer, to: Self.wrongValue, in: $0) }
    }

    private func removeTitle(in folder: TemporaryFolder, of name: String = Self.untitled) throws {
        try edit(name, in: folder) { try RecordEdit.setting("/title", to: NSNull(), in: $0) }
    }

    private func findings(_ stdout: String) throws -> [Finding] {
        try JSONDecoder().decode([Finding].self, from: Data(stdout.utf8))
    }

    // MARK: validate

    @Test func committedOutputIsValid() throws {
        let run = try GazetteBinary.run(["validate", Self.output])
        #expect(run.status == 0, "stdout: \(run.stdout)\nstderr: \(run.stderr)")
        #expect(run.stdout == "")
    }

    @Test func wrongFigureValueFailsAndNamesItsPlace() throws {
        let folder = try copyOfOutput()
        try breakFigure(in: folder)
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: folder.path("records/" + Self.broken))))
        let place = try #require(RecordEdit.position(of: "\"\(Self.wrongValue)\"", in: bytes))
        let run = try GazetteBinary.run(["validate", folder.path("records")])
        #expect(run.status == 1, "stderr: \(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 1, "stdout: \(run.stdout)")
        let line = try #require(lines.first)
        #expect(line.contains("\(Self.broken):\(place.line):\(place.column): error:"), "\(line)")
        #expect(line.contains(Self.brokenPointer))
        #expect(line.contains("[figure-value]"))
    }

    @Test func junitReportHasACasePerFileAndAFailurePerFailingFinding() throws {
        let folder = try copyOfOutput()
        try breakFigure(in: folder)
        try removeTitle(in: folder)
        try edit("notice-items.json", in: folder) {
            try RecordEdit.setting("/sections/0/figures/0/kind", to: "weird", in: $0)
        }
        let records = folder.path("records")
        let json = try GazetteBinary.run(["validate", records, "--report", "json"])
        let all = try findings(json.stdout)
        #expect(Set(all.map(\.code)) == ["figure-value", "no-title", "schema"], "\(all)")
        let junit = try GazetteBinary.run(["validate", records, "--report", "junit"])
        #expect(junit.status == 1)
        let report = try folder.write(Array(junit.stdout.utf8), to: "report.xml")
        let parsed = try Python.run(
            #"""
            import json, sys
            import xml.etree.ElementTree as ET
            root = ET.parse(sys.argv[1]).getroot()
            print(json.dumps({case.get("name"): len(case.findall("failure")) for case in root.iter("testcase")}))
            """#, [report])
        #expect(parsed.status == 0, "python: \(parsed.stderr)")
        let failuresByFile = try JSONDecoder().decode([String: Int].self, from: Data(parsed.stdout.utf8))
        let files = try folder.contents(of: "records")
        #expect(failuresByFile.count == files.count)
        #expect(Set(failuresByFile.keys.map { ($0 as NSString).lastPathComponent }) == Set(files))
        let failing = all.filter { $0.severity == .error }
        #expect(failuresByFile.values.reduce(0, +) == failing.count)
        #expect(failing.count == 2)
        for (file, count) in failuresByFile {
            #expect(count == failing.filter { $0.file == file }.count, "\(file)")
        }
    }

    @Test func githubReportIsWorkflowCommands() throws {
        let folder = try copyOfOutput()
        try breakFigure(in: folder)
        let run = try GazetteBinary.run(["validate", folder.path("records"), "--report", "github"])
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        for line in lines {
            #expect(line.hasPrefix("::error file="), "\(line)")
            #expect(line.contains("title=figure-value::"), "\(line)")
        }
    }

    @Test func jsonReportDecodesAsFindings() throws {
        let folder = try copyOfOutput()
        try breakFigure(in: folder)
        let run = try GazetteBinary.run(["validate", folder.path("records"), "--report", "json"])
        #expect(run.status == 1)
        let found = try findings(run.stdout)
        #expect(found.map(\.code) == ["figure-value"])
        #expect(found.map(\.pointer) == [Self.brokenPointer])
        #expect(found.first?.file.hasSuffix(Self.broken) == true)
        let clean = try GazetteBinary.run(["validate", Self.output, "--report", "json"])
        #expect(try findings(clean.stdout) == [])
    }

    @Test func strictMakesAWarningFail() throws {
        let folder = try copyOfOutput()
        try removeTitle(in: folder)
        let records = folder.path("records")
        let relaxed = try GazetteBinary.run(["validate", records])
        #expect(relaxed.status == 0, "stdout: \(relaxed.stdout)")
        #expect(relaxed.stdout.contains("[no-title]"))
        let strict = try GazetteBinary.run(["validate", "--strict", records])
        #expect(strict.status == 1, "stdout: \(strict.stdout)")
    }

    @Test func ruleTurnedOffIsSilent() throws {
        let folder = try copyOfOutput()
        try removeTitle(in: folder)
        let run = try GazetteBinary.run(["validate", "--strict", "--rule", "no-title=off", folder.path("records")])
        #expect(run.status == 0)
        #expect(run.stdout == "")
    }

    @Test func unknownRuleIsAUsageError() throws {
        let run = try GazetteBinary.run(["validate", "--rule", "nope=off", Self.output])
        #expect(run.status == 2)
        #expect(run.stderr.contains("nope"))
    }

    @Test func configurationInTheWorkingFolderIsRead() throws {
        let folder = try copyOfOutput()
        try removeTitle(in: folder)
        try folder.write(Array("strict: true\n".utf8), to: ".gazette.yml")
        let strictOnly = try GazetteBinary.run(["validate", "records"], in: folder.url)
        #expect(strictOnly.status == 1, "the strict setting of .gazette.yml was not applied: \(strictOnly.stdout)")
        try folder.write(Array("strict: true\nrules:\n  no-title: off\n".utf8), to: ".gazette.yml")
        let silenced = try GazetteBinary.run(["validate", "records"], in: folder.url)
        #expect(silenced.status == 0, "stdout: \(silenced.stdout)\nstderr: \(silenced.stderr)")
        #expect(!silenced.stdout.contains("no-title"))
    }

    @Test func missingPathIsAnErrorOnOneLine() throws {
        let folder = try TemporaryFolder()
        let missing = folder.path("no-such-records")
        let run = try GazetteBinary.run(["validate", missing])
        #expect(run.status == 2)
        let errors = run.stderrLines.filter { $0.hasPrefix("gazette: error:") }
        #expect(errors.count == 1, "stderr: \(run.stderr)")
        #expect(errors.first?.contains("no-such-records") == true)
        #expect(run.stdout == "")
    }

    @Test func unpairedSurrogateEscapeDoesNotCrash() throws {
        let folder = try TemporaryFolder()
        let record = Array(try Data(contentsOf: URL(fileURLWithPath: Self.output + "/" + Self.broken)))
        let title = try #require(RecordEdit.position(of: "\"title\": \"", in: record))
        #expect(title.line > 0)
        // A high surrogate followed by an escape that is not a low one: valid JSON text.
        let text = String(decoding: record, as: UTF8.self)
            .replacingOccurrences(of: "\"title\": \"", with: "\"title\": \"\\uD800\\u0041")
        let path = try folder.write(Array(text.utf8), to: "surrogate.json")
        let run = try GazetteBinary.run(["validate", path])
        #expect(run.status == 0 || run.status == 1, "status \(run.status)")
    }

    // MARK: schema

    @Test func schemaCommandPrintsTheSchema() throws {
        let run = try GazetteBinary.run(["schema"])
        #expect(run.status == 0)
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(run.stdout == RecordSchema.json || run.stdout == RecordSchema.json + "\n")
    }

    // MARK: diff

    @Test func diffOfIdenticalRecordsIsEmpty() throws {
        let folder = try TemporaryFolder()
        let record = Array(try Data(contentsOf: URL(fileURLWithPath: Self.output + "/" + Self.broken)))
        let a = try folder.write(record, to: "a.json")
        let b = try folder.write(record, to: "b.json")
        let run = try GazetteBinary.run(["diff", a, b])
        #expect(run.status == 0)
        #expect(run.stdout == "")
    }

    @Test func diffNamesTheChangedTitle() throws {
        let folder = try TemporaryFolder()
        let record = Array(try Data(contentsOf: URL(fileURLWithPath: Self.output + "/" + Self.broken)))
        let a = try folder.write(record, to: "a.json")
        let b = try folder.write(try RecordEdit.setting("/title", to: "改过的标题", in: record), to: "b.json")
        let run = try GazetteBinary.run(["diff", a, b])
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.contains { $0.contains("/title") && $0.contains("改过的标题") }, "stdout: \(run.stdout)")
        #expect(lines.count == 2, "stdout: \(run.stdout)")

        let json = try GazetteBinary.run(["diff", "--json", a, b])
        #expect(json.status == 1)
        let report = try JSONDecoder().decode([String: [RecordDiff.Change]].self, from: Data(json.stdout.utf8))
        #expect(Array(report.keys) == ["b.json"])
        let changes = report["b.json"] ?? []
        #expect(changes.map(\.pointer) == ["/title"])
        #expect(changes.map(\.kind) == [.changed])
        #expect(changes.first?.new == "\"改过的标题\"")
    }

    // MARK: check

    @Test func committedOutputMatchesTheSamples() throws {
        let run = try GazetteBinary.run(["check", "--expected", Self.output, Self.samples])
        #expect(run.status == 0, "stdout: \(run.stdout)\nstderr: \(run.stderr)")
    }

    @Test func checkNamesTheAlteredFileAndUpdateRewritesIt() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(atPath: Self.output, toPath: folder.path("expected"))
        let expected = folder.path("expected")
        let altered = expected + "/" + Self.broken
        let original = Array(try Data(contentsOf: URL(fileURLWithPath: altered)))
        try Data(try RecordEdit.setting("/title", to: "不是原来的标题", in: original)).write(to: URL(fileURLWithPath: altered))

        let failing = try GazetteBinary.run(["check", "--expected", expected, Self.samples])
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("\(Self.broken): differs"), "stdout: \(failing.stdout)")
        #expect(failing.stdout.contains("/title"))

        let update = try GazetteBinary.run(["check", "--update", "--expected", expected, Self.samples])
        #expect(update.status == 0, "stderr: \(update.stderr)")
        #expect(update.stderr.contains(Self.broken))
        let rewritten = Array(try Data(contentsOf: URL(fileURLWithPath: altered)))
        #expect(!String(decoding: rewritten, as: UTF8.self).contains("不是原来的标题"))

        let again = try GazetteBinary.run(["check", "--expected", expected, Self.samples])
        #expect(again.status == 0, "stdout: \(again.stdout)")
    }
}
