import Foundation
import GazetteTestSupport
import Testing

@testable import Gazette

/// The reference validator: Python's `jsonschema` (draft 2020-12) over record files.
enum ReferenceSchemaValidator {
    struct Problem: Decodable, Equatable {
        var pointer: String
        var message: String
    }

    struct Verdict {
        var status: Int32
        /// Problems by file path; an empty list when the file is valid.
        var problems: [String: [Problem]]
        var stderr: String
    }

    struct MissingPackage: Error, CustomStringConvertible {
        var description: String {
            "the reference schema validator needs the Python package jsonschema: run `pip install jsonschema` (CI installs it)"
        }
    }

    /// Prints {file: [{pointer, message}]} and exits 1 when a file is invalid, 3 when
    /// jsonschema is missing. The schema itself is checked against the draft first.
    static let script = #"""
        import json, sys
        try:
            from jsonschema import Draft202012Validator
        except ImportError:
            sys.stderr.write("jsonschema is not installed\n")
            sys.exit(3)
        with open(sys.argv[1], encoding="utf-8") as handle:
            schema = json.load(handle)
        Draft202012Validator.check_schema(schema)
        validator = Draft202012Validator(schema)
        report = {}
        for path in sys.argv[2:]:
            with open(path, encoding="utf-8") as handle:
                record = json.load(handle)
            report[path] = [
                {"pointer": "".join("/" + str(part) for part in error.absolute_path), "message": error.message}
                for error in validator.iter_errors(record)
            ]
        json.dump(report, sys.stdout, ensure_ascii=False)
        sys.exit(1 if any(report.values()) else 0)
        """#

    static var schemaFile: URL { GazetteBinary.repositoryRoot.appendingPathComponent("Schema/gazette.schema.json") }

    static func check(_ files: [String]) throws -> Verdict {
        let run = try Python.run(script, [schemaFile.path] + files)
        if run.status == Python.missingModule { throw MissingPackage() }
        let problems = try JSONDecoder().decode([String: [Problem]].self, from: Data(run.stdout.utf8))
        return Verdict(status: run.status, problems: problems, stderr: run.stderr)
    }
}

@Suite(.needs(.jsonschema)) struct SchemaTests {
    static var output: URL { GazetteBinary.repositoryRoot.appendingPathComponent("Output") }

    static func outputRecords() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasSuffix(".json") }.sorted()
            .map { output.appendingPathComponent($0).path }
    }

    @Test func publishedSchemaIsTheOneTheLibraryReads() throws {
        let file = try Data(contentsOf: ReferenceSchemaValidator.schemaFile)
        let library = Data(RecordSchema.json.utf8)
        #expect(library == file, "Schema/gazette.schema.json and RecordSchema.json differ")
        // Whatever the final newline, the text itself must not drift.
        #expect(
            library == file || library + Data("\n".utf8) == file,
            "Schema/gazette.schema.json and RecordSchema.json differ")
    }

    @Test func everyCommittedRecordIsValidForTheReferenceValidator() throws {
        let files = try Self.outputRecords()
        #expect(files.count >= 10)
        let verdict = try ReferenceSchemaValidator.check(files)
        #expect(verdict.status == 0, "stderr: \(verdict.stderr)")
        #expect(verdict.problems.count == files.count)
        for (file, problems) in verdict.problems where !problems.isEmpty {
            Issue.record("\(file) is not valid: \(problems.map { "\($0.pointer): \($0.message)" })")
        }
    }

    /// A broken copy of a committed record: the edit, where the reference validator reports it,
    /// and where Gazette's own checker does.
    struct Breakage: Sendable {
        var name: String
        var edit: @Sendable ([UInt8]) throws -> [UInt8]
        var referencePointer: String
        var gazettePointer: String
    }

    static let breakages: [Breakage] = [
        Breakage(
            name: "no-title", edit: { try RecordEdit.removing("/title", in: $0) }, referencePointer: "",
            gazettePointer: "/title"),
        Breakage(
            name: "value-12x", edit: { try RecordEdit.setting("/sections/0/figures/0/value", to: "12x", in: $0) },
            referencePointer: "/sections/0/figures/0/value", gazettePointer: "/sections/0/figures/0/value"),
        Breakage(
            name: "kind-weird", edit: { try RecordEdit.setting("/sections/0/figures/0/kind", to: "weird", in: $0) },
            referencePointer: "/sections/0/figures/0/kind", gazettePointer: "/sections/0/figures/0/kind"),
        Breakage(
            name: "negative-start", edit: { try RecordEdit.setting("/lead/figures/0/start", to: -1, in: $0) },
            referencePointer: "/lead/figures/0/start", gazettePointer: "/lead/figures/0/start"),
        Breakage(
            name: "extra-field", edit: { try RecordEdit.setting("/source/colour", to: "blue", in: $0) },
            referencePointer: "/source", gazettePointer: "/source/colour"),
        Breakage(
            name: "short-hash", edit: { try RecordEdit.setting("/source/sha256", to: "ba27", in: $0) },
            referencePointer: "/source/sha256", gazettePointer: "/source/sha256"),
    ]

    @Test func referenceValidatorAndGazetteRejectBrokenCopies() throws {
        // A record made now, so the test does not depend on Output/ being current.
        let sample = GazetteBinary.repositoryRoot.appendingPathComponent("Samples/portal-cases-01.txt").path
        let original = JSONEmitter.bytes(try Pipeline().document(atPath: sample))
        #expect(
            ExtractValidator().findings(inJSON: original, file: sample).filter { $0.code.hasPrefix("schema") } == [])
        let folder = try TemporaryFolder()
        var paths: [String: Breakage] = [:]
        for breakage in Self.breakages {
            paths[try folder.write(try breakage.edit(original), to: "\(breakage.name).json")] = breakage
        }
        let verdict = try ReferenceSchemaValidator.check(paths.keys.sorted())
        #expect(verdict.status == 1, "stderr: \(verdict.stderr)")
        for (path, breakage) in paths.sorted(by: { $0.key < $1.key }) {
            let reference = verdict.problems[path] ?? []
            #expect(reference.map(\.pointer) == [breakage.referencePointer], "\(breakage.name): \(reference)")
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
            let gazette = ExtractValidator().findings(inJSON: bytes, file: path)
            #expect(gazette.map(\.code) == ["schema"], "\(breakage.name): \(gazette)")
            #expect(gazette.map(\.pointer) == [breakage.gazettePointer], "\(breakage.name): \(gazette)")
        }
    }

    /// Draft 2020-12 counts a number with a zero fraction (4.0) as an integer.
    @Test func integerWrittenWithAZeroFractionIsJudgedLikeTheReference() throws {
        let sample = GazetteBinary.repositoryRoot.appendingPathComponent("Samples/portal-cases-01.txt").path
        let original = JSONEmitter.bytes(try Pipeline().document(atPath: sample))
        let text = String(decoding: original, as: UTF8.self)
        let start = try #require(text.range(of: #""start": [0-9]+"#, options: .regularExpression))
        let bytes = Array(text.replacingCharacters(in: start, with: text[start] + ".0").utf8)
        let folder = try TemporaryFolder()
        let path = try folder.write(bytes, to: "fraction.json")
        let verdict = try ReferenceSchemaValidator.check([path])
        #expect(verdict.status == 0, "the reference validator rejects 4.0: \(verdict.problems)")
        let findings = ExtractValidator().findings(inJSON: bytes, file: path)
        #expect(!findings.contains { $0.code == "schema" }, "\(findings)")
    }
}
