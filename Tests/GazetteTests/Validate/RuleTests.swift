import Foundation
import GazetteTestSupport
import Testing

@testable import Gazette

/// One rule of `Rule.all`: a record that trips it (reported at `pointer`) and a near copy that
/// does not trip it.
struct RuleCase: Sendable, CustomTestStringConvertible {
    /// A document checked by `Validator`, or JSON bytes checked by `ExtractValidator`.
    enum Input: Sendable {
        case document(Document)
        case json([UInt8])
    }

    var code: String
    var pointer: String
    var tripping: Input
    var passing: Input

    var testDescription: String { code }

    /// What the validator reports for `input`: code, pointer and severity of each finding.
    static func reported(_ input: Input) -> [(code: String, pointer: String, severity: Diagnostic.Severity)] {
        switch input {
        case .document(let document):
            Validator().diagnostics(for: document).map { ($0.code, $0.path, $0.severity) }
        case .json(let bytes):
            ExtractValidator().findings(inJSON: bytes, file: "record.json").map { ($0.code, $0.pointer, $0.severity) }
        }
    }
}

/// Records for the rule table, built from `SampleDocument`.
enum RuleRecords {
    /// A record no rule objects to: a title, a lead, two sections, one figure at its offsets.
    static let clean = SampleDocument.make(sections: [
        SampleDocument.section(1, paragraphs: [SampleDocument.figureParagraph], figures: [SampleDocument.figure]),
        SampleDocument.section(2),
    ])

    static var cleanJSON: [UInt8] { JSONEmitter.bytes(clean) }

    /// `clean` with its sections changed by `change`.
    static func withSections(_ change: (inout [Section]) -> Void) -> Document {
        var document = clean
        change(&document.sections)
        return document
    }

    /// A lead announcing `count` cases ("评选出最佳案例N个。") above the two sections of `clean`.
    static func announcing(_ count: Int) -> Document {
        let paragraph = "今年共评选出最佳案例\(count)个。"
        let figure = Figure(
            text: "\(count)个", value: "\(count)", unit: "个", kind: .count, paragraph: 0, start: 10, end: 12)
        var document = clean
        document.lead = Lead(paragraphs: [paragraph], figures: [figure])
        return document
    }

    /// `clean` with a photo caption; `leaked` puts the caption's text into the first section.
    static func captioned(leaked: Bool) -> Document {
        let caption = "志愿者在社区广场开展义诊。"
        var document = clean
        document.captions = [Caption(marker: "①", text: caption)]
        document.sections[1].paragraphs = ["活动当天气氛热烈。" + (leaked ? caption : "居民纷纷点赞。")]
        return document
    }

    static func json(_ make: () throws -> [UInt8]) -> [UInt8] {
        // The edits below are fixed; a failure here is a broken test, reported by the test itself.
        (try? make()) ?? []
    }

    static let cases: [RuleCase] = [
        RuleCase(
            code: "json-syntax", pointer: "",
            tripping: .json(Array(cleanJSON.dropLast())),
            passing: .json(cleanJSON)),
        RuleCase(
            code: "schema", pointer: "/title",
            tripping: .json(json { try RecordEdit.removing("/title", in: cleanJSON) }),
            passing: .json(json { try RecordEdit.setting("/title", to: NSNull(), in: cleanJSON) })),
        RuleCase(
            code: "schema-version", pointer: "/schemaVersion",
            tripping: .json(json { try RecordEdit.setting("/schemaVersion", to: "2.0", in: cleanJSON) }),
            passing: .json(json { try RecordEdit.setting("/schemaVersion", to: "1.0", in: cleanJSON) })),
        RuleCase(
            code: "empty-document", pointer: "",
            tripping: .document(SampleDocument.make(lead: Lead(), sections: [])),
            passing: .document(SampleDocument.make(sections: []))),
        RuleCase(
            code: "no-title", pointer: "/title",
            tripping: .document(SampleDocument.make(title: "", sections: clean.sections)),
            passing: .document(clean)),
        RuleCase(
            code: "title-shape", pointer: "/title",
            tripping: .document(SampleDocument.make(title: "关于开展\n安全检查的通知", sections: clean.sections)),
            passing: .document(
                SampleDocument.make(
                    title: String(repeating: "通", count: TitleRules.maximumDocumentTitle), sections: clean.sections))),
        RuleCase(
            code: "section-numbering", pointer: "/sections/1/number",
            tripping: .document(withSections { $0[1].number = 3 }),
            passing: .document(clean)),
        RuleCase(
            code: "section-untitled", pointer: "/sections/1/title",
            tripping: .document(withSections { $0[1].title = "" }),
            passing: .document(clean)),
        RuleCase(
            code: "section-empty", pointer: "/sections/1/paragraphs",
            tripping: .document(withSections { $0[1].paragraphs = [] }),
            passing: .document(
                withSections {
                    $0[1].paragraphs = []
                    $0[1].sections = [SampleDocument.section(1)]
                })),
        RuleCase(
            code: "figure-offset", pointer: "/sections/0/figures/0/start",
            tripping: .document(withSections { $0[0].figures[0].start = 3 }),
            passing: .document(clean)),
        RuleCase(
            code: "figure-value", pointer: "/sections/0/figures/0/value",
            tripping: .document(withSections { $0[0].figures[0].value = "4" }),
            passing: .document(clean)),
        RuleCase(
            code: "lead-count", pointer: "/lead/figures/0",
            tripping: .document(announcing(5)),
            passing: .document(announcing(2))),
        RuleCase(
            code: "duplicate-item", pointer: "/sections/1/paragraphs/0",
            tripping: .document(withSections { $0[1].paragraphs = ["今年重点抓好三项工作，社区治理、环境整治、社区治理。"] }),
            passing: .document(withSections { $0[1].paragraphs = ["今年重点抓好三项工作，社区治理、环境整治、平安建设。"] })),
        RuleCase(
            code: "caption-in-body", pointer: "/sections/1/paragraphs/0",
            tripping: .document(captioned(leaked: true)),
            passing: .document(captioned(leaked: false))),
        RuleCase(
            code: "organization-name", pointer: "/sections/1/leadOrganizations/1",
            tripping: .document(withSections { $0[1].leadOrganizations = ["区卫生健康委", "加快推进相关工作"] }),
            passing: .document(
                withSections { $0[1].leadOrganizations = ["区卫生健康委", "城南街道", "区工商联", "县妇联", "市科协"] })),
    ]
}

@Suite struct RuleTests {
    @Test func everyRuleHasACase() {
        #expect(RuleRecords.cases.map(\.code) == Rule.all.map(\.code))
    }

    @Test func theCleanRecordHasNoFindings() {
        #expect(Validator().diagnostics(for: RuleRecords.clean) == [])
        #expect(ExtractValidator().findings(inJSON: RuleRecords.cleanJSON, file: "clean.json") == [])
    }

    @Test(arguments: RuleRecords.cases)
    func recordThatBreaksTheRuleIsReportedAtItsPointer(_ rule: RuleCase) throws {
        let found = RuleCase.reported(rule.tripping).filter { $0.code == rule.code }
        #expect(found.map(\.pointer) == [rule.pointer], "findings: \(RuleCase.reported(rule.tripping))")
        let expected = try #require(Rule.named(rule.code))
        #expect(found.allSatisfy { $0.severity == expected.severity })
    }

    @Test(arguments: RuleRecords.cases)
    func recordThatKeepsTheRulePasses(_ rule: RuleCase) {
        let found = RuleCase.reported(rule.passing)
        #expect(!found.contains { $0.code == rule.code }, "findings: \(found)")
    }

    @Test func titleShapeCoversSubtitlesAndSectionTitles() {
        var document = RuleRecords.clean
        document.subtitle = String(repeating: "副", count: TitleRules.maximumDocumentTitle + 1)
        document.sections[0].title = String(repeating: "节", count: TitleRules.maximumSectionTitle + 1)
        document.sections[1].title = String(repeating: "节", count: TitleRules.maximumSectionTitle)
        let found = Validator().diagnostics(for: document).filter { $0.code == "title-shape" }
        #expect(found.map(\.path) == ["/subtitle", "/sections/0/title"])
    }

    @Test func sectionNumberUsedTwiceIsReported() {
        let document = RuleRecords.withSections { $0[1].number = 1 }
        let found = Validator().diagnostics(for: document)
        #expect(found.map(\.code) == ["section-numbering"])
        #expect(found.map(\.path) == ["/sections/1/number"])
    }

    @Test func duplicateItemInTheLeadIsReportedThere() {
        var document = RuleRecords.clean
        document.lead = Lead(paragraphs: ["本次检查覆盖三类场所：学校、医院、学校。"])
        let found = Validator().diagnostics(for: document).filter { $0.code == "duplicate-item" }
        #expect(found.map(\.path) == ["/lead/paragraphs/0"])
    }

    @Test func documentRuleFoundInJSONPointsAtItsLine() throws {
        let bytes = try RecordEdit.replacingText(
            "\"value\": \"3\"", with: "\"value\": \"4\"", in: RuleRecords.cleanJSON)
        let findings = ExtractValidator().findings(inJSON: bytes, file: "record.json")
        let finding = try #require(findings.first { $0.code == "figure-value" }, "findings: \(findings)")
        let place = try #require(RecordEdit.position(of: "\"4\"", in: bytes))
        #expect(finding.pointer == "/sections/0/figures/0/value")
        #expect(finding.line == place.line)
        #expect(finding.column == place.column)
    }
}

@Suite struct ExtractValidatorTests {
    @Test func everyStructuralProblemIsReportedWithItsPlace() throws {
        var bytes = RuleRecords.cleanJSON
        bytes = try RecordEdit.replacingText("\"title\": \"关于开展安全检查的通知\"", with: "\"title\": 7", in: bytes)
        bytes = try RecordEdit.replacingText("\"value\": \"3\"", with: "\"value\": \"3x\"", in: bytes)
        bytes = try RecordEdit.replacingText("\"kind\": \"count\"", with: "\"kind\": \"weird\"", in: bytes)
        let findings = ExtractValidator().findings(inJSON: bytes, file: "broken.json")
        #expect(findings.map(\.pointer) == ["/title", "/sections/0/figures/0/value", "/sections/0/figures/0/kind"])
        #expect(findings.allSatisfy { $0.code == "schema" && $0.severity == .error && $0.file == "broken.json" })
        for (finding, value) in zip(findings, ["7", "\"3x\"", "\"weird\""]) {
            let place = try #require(RecordEdit.position(of: ": " + value, in: bytes))
            #expect(finding.line == place.line, "\(finding.pointer)")
            #expect(finding.column == place.column + 2, "\(finding.pointer)")
        }
    }

    @Test func missingFieldsAndUnknownFieldsAreAllReported() throws {
        var bytes = try RecordEdit.removing("/sections/0/figures/0/unit", in: RuleRecords.cleanJSON)
        bytes = try RecordEdit.removing("/captions", in: bytes)
        bytes = try RecordEdit.setting("/sections/1/colour", to: "red", in: bytes)
        let pointers = ExtractValidator().findings(inJSON: bytes, file: "broken.json").map(\.pointer)
        #expect(Set(pointers) == ["/sections/0/figures/0/unit", "/captions", "/sections/1/colour"])
        #expect(pointers.count == 3)
    }

    @Test func syntaxErrorSaysWhere() throws {
        let bytes = Array("{\n  \"title\": \"通知\",\n  \"lead\": [1, 2,]\n}\n".utf8)
        let findings = ExtractValidator().findings(inJSON: bytes, file: "bad.json")
        let finding = try #require(findings.first)
        #expect(findings.map(\.code) == ["json-syntax"])
        #expect(finding.line == 3)
        #expect(finding.column == 17)
    }

    @Test func badNDJSONLineIsReportedAndTheOthersStillChecked() throws {
        let good = JSONEmitter.bytes(RuleRecords.clean, pretty: false)
        var untitled = RuleRecords.clean
        untitled.title = nil
        let lines: [[UInt8]] = [
            good, [], Array("{\"schemaVersion\": \"1.0\", ".utf8), JSONEmitter.bytes(untitled, pretty: false), good,
        ]
        let bytes = Array(lines.joined(separator: [0x0A]))
        let findings = ExtractValidator().findings(inNDJSON: bytes, file: "batch.ndjson")
        #expect(findings.map(\.code) == ["json-syntax", "no-title"], "findings: \(findings)")
        let syntax = try #require(findings.first)
        #expect(syntax.record == 3)
        #expect(syntax.line == 3)
        #expect((syntax.column ?? 0) > 0)
        let title = try #require(findings.last)
        #expect(title.record == 4)
        #expect(title.line == 4)
        #expect(title.pointer == "/title")
    }

    @Test func findingAboutAWholeNDJSONRecordIsOnItsLine() throws {
        let good = JSONEmitter.bytes(RuleRecords.clean, pretty: false)
        let untitled = try RecordEdit.compact(try RecordEdit.removing("/title", in: good))
        let bytes = Array([good, good, untitled].joined(separator: [0x0A]))
        let findings = ExtractValidator().findings(inNDJSON: bytes, file: "batch.ndjson")
        let missing = try #require(findings.first, "no finding for the record without a title")
        #expect(missing.pointer == "/title")
        #expect(missing.record == 3)
        #expect(missing.line == 3)
    }

    @Test func lineOfAControlCharacterDoesNotHideTheNextRecord() throws {
        let good = JSONEmitter.bytes(RuleRecords.clean, pretty: false)
        let untitled = try RecordEdit.compact(try RecordEdit.removing("/title", in: good))
        let bytes = Array([good, [0x0C], untitled].joined(separator: [0x0A]))
        let findings = ExtractValidator().findings(inNDJSON: bytes, file: "batch.ndjson")
        #expect(!findings.contains { $0.record == 1 }, "\(findings)")
        #expect(findings.contains { $0.record == 3 && $0.pointer == "/title" && $0.code == "schema" }, "\(findings)")
    }

    @Test func numberWithALeadingZeroIsASyntaxError() throws {
        let bytes = try RecordEdit.replacingText("\"bytes\": 120", with: "\"bytes\": 0120", in: RuleRecords.cleanJSON)
        let place = try #require(RecordEdit.position(of: "0120", in: bytes))
        let findings = ExtractValidator().findings(inJSON: bytes, file: "zero.json")
        #expect(!findings.isEmpty)
        #expect(findings.map(\.code) == ["json-syntax"], "\(findings)")
        #expect(findings.first?.line == place.line)
    }

    @Test func ruleTurnedOffIsDropped() {
        let settings = ValidationSettings(overrides: ["no-title": Diagnostic.Severity?.none])
        let document = SampleDocument.make(title: nil, sections: RuleRecords.clean.sections)
        #expect(ExtractValidator().findings(for: document, file: "a.txt").map(\.code) == ["no-title"])
        #expect(ExtractValidator(settings: settings).findings(for: document, file: "a.txt") == [])
    }

    @Test func structuralRuleCanBeTurnedOffToo() throws {
        let bytes = try RecordEdit.setting("/schemaVersion", to: "0.9", in: RuleRecords.cleanJSON)
        let settings = ValidationSettings(overrides: ["schema-version": Diagnostic.Severity?.none])
        #expect(ExtractValidator().findings(inJSON: bytes, file: "old.json").map(\.code) == ["schema-version"])
        #expect(ExtractValidator(settings: settings).findings(inJSON: bytes, file: "old.json") == [])
    }

    @Test func ruleGivenAnotherSeverityIsReportedAtIt() throws {
        let settings = ValidationSettings(overrides: ["no-title": .error, "figure-value": .info])
        var document = SampleDocument.make(title: nil, sections: RuleRecords.clean.sections)
        document.sections[0].figures[0].value = "5"
        let findings = ExtractValidator(settings: settings).findings(for: document, file: "a.txt")
        #expect(findings.map(\.code) == ["no-title", "figure-value"])
        #expect(findings.map(\.severity) == [.error, .info])
    }

    @Test func strictMakesWarningsFail() {
        let relaxed = ValidationSettings()
        let strict = ValidationSettings(strict: true)
        #expect(relaxed.fails(.error))
        #expect(!relaxed.fails(.warning))
        #expect(strict.fails(.warning))
        #expect(!strict.fails(.info))
    }

    @Test func severityFallsBackToTheRuleThenToTheFinding() {
        let settings = ValidationSettings(overrides: ["lead-count": .error])
        #expect(settings.severity(for: "lead-count", default: .info) == .error)
        #expect(settings.severity(for: "no-title", default: .error) == .warning)
        #expect(settings.severity(for: "encoding-overridden", default: .info) == .info)
    }
}

@Suite struct ValidationConfigTests {
    @Test func settingsTurnRulesOffRaiseThemAndSetStrict() throws {
        let settings = try ValidationConfig.settings(
            strict: true, rules: ["duplicate-item": "off", "lead-count": "error", "no-title": "INFO"])
        #expect(settings.strict)
        #expect(
            settings.overrides == [
                "duplicate-item": Diagnostic.Severity?.none, "lead-count": .error, "no-title": .info,
            ])
    }

    @Test func onRestoresTheRuleSeverityAndNilStrictKeepsTheBase() throws {
        let base = ValidationSettings(strict: true, overrides: ["section-empty": Diagnostic.Severity?.none])
        let settings = try ValidationConfig.settings(strict: nil, rules: ["section-empty": "on"], base: base)
        #expect(settings.overrides["section-empty"] == .some(.warning))
        #expect(settings.strict)
    }

    @Test func unknownRuleOrSeverityIsAnError() {
        #expect(throws: GazetteError.badSetting(".gazette.yml", reason: "no rule is called no-such-rule")) {
            try ValidationConfig.settings(strict: nil, rules: ["no-such-rule": "off"])
        }
        #expect(
            throws: GazetteError.badSetting(
                ".gazette.yml", reason: "rule lead-count: loud is none of off, on, info, warning, error")
        ) {
            try ValidationConfig.settings(strict: nil, rules: ["lead-count": "loud"])
        }
    }

    @Test func ruleArgumentOff() throws {
        let (code, severity) = try ValidationConfig.override("caption-in-body=off")
        #expect(code == "caption-in-body")
        #expect(severity == nil)
    }

    @Test func ruleArgumentWithSeverity() throws {
        let (code, severity) = try ValidationConfig.override("organization-name=ERROR")
        #expect(code == "organization-name")
        #expect(severity == .error)
    }

    @Test func badRuleArguments() {
        #expect(throws: GazetteError.badSetting("--rule", reason: "no rule is called nope")) {
            try ValidationConfig.override("nope=off")
        }
        #expect(
            throws: GazetteError.badSetting(
                "--rule", reason: "rule no-title: sometimes is none of off, on, info, warning, error")
        ) {
            try ValidationConfig.override("no-title=sometimes")
        }
        #expect(throws: GazetteError.self) { try ValidationConfig.override("no-title") }
    }
}
