import Foundation
import GazetteTestSupport
import Testing

@testable import Gazette

@Suite struct JSONEmitterTests {
    static let fullDocument: Document = {
        var section = SampleDocument.section(
            1, paragraphs: [SampleDocument.figureParagraph], figures: [SampleDocument.figure])
        section.leadOrganizations = ["区教委", "区财政局"]
        section.lead = SampleDocument.figureParagraph
        section.references = ["某某市教育条例"]
        section.dates = [DateMention(text: "2025年", value: "2025", paragraph: 0, start: 0, end: 5)]
        section.sections = [SampleDocument.section(1, title: "子项")]
        let range = Figure(
            text: "3至5年", value: "3", valueMax: "5", unit: "年", kind: .duration, qualifier: .approx,
            change: .increase, comparison: .yearOnYear, paragraph: 0, start: 2, end: 6)
        var document = SampleDocument.make(
            lead: Lead(paragraphs: ["用时3至5年。"], figures: [range], dates: []), sections: [section])
        document.subtitle = "（区政府常务会议审议通过）"
        document.captions = [Caption(marker: "①", text: "改造后的小区"), Caption(marker: nil, text: "图为新建的食堂")]
        document.trailer = ["某某区人民政府", "2025年4月2日"]
        document.diagnostics = [Diagnostic(code: "section-gap", severity: .warning, message: "跳号", path: "/sections/1")]
        return document
    }()

    @Test(arguments: [true, false])
    func roundTripGivesTheSameDocument(pretty: Bool) throws {
        let data = try JSONEmitter.data(Self.fullDocument, pretty: pretty)
        #expect(try JSONEmitter.document(from: data) == Self.fullDocument)
    }

    @Test func absentTitleIsWrittenAsNull() throws {
        let document = SampleDocument.make(title: nil, sections: [SampleDocument.section(1)])
        let data = try JSONEmitter.data(document, pretty: false)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object.keys.contains("title"))
        #expect(object["title"] is NSNull)
        #expect(object["subtitle"] is NSNull)
        #expect(String(decoding: data, as: UTF8.self).contains("\"title\":null"))
    }

    @Test func absentSectionLeadAndCaptionMarkerAreWrittenAsNull() throws {
        var document = SampleDocument.make(sections: [SampleDocument.section(1, paragraphs: [])])
        document.captions = [Caption(marker: nil, text: "图为新建的食堂")]
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEmitter.data(document)) as? [String: Any])
        let section = try #require((object["sections"] as? [[String: Any]])?.first)
        #expect(section["lead"] is NSNull)
        let caption = try #require((object["captions"] as? [[String: Any]])?.first)
        #expect(caption["marker"] is NSNull)
    }

    @Test func topLevelKeysAreTheContract() throws {
        let object = try #require(
            try JSONSerialization.jsonObject(with: JSONEmitter.data(Self.fullDocument)) as? [String: Any])
        #expect(
            Set(object.keys) == [
                "schemaVersion", "gazetteVersion", "source", "title", "subtitle", "titleFigures", "titleDates",
                "addressee", "lead", "sections", "closing", "signature", "attachments",
                "captions", "tables", "metadata", "trailer", "diagnostics",
            ])
        #expect(object["schemaVersion"] as? String == Document.currentSchemaVersion)
    }

    @Test func sameDocumentGivesTheSameBytes() throws {
        #expect(try JSONEmitter.data(Self.fullDocument) == JSONEmitter.data(Self.fullDocument))
    }

    @Test func keysFollowTheContractOrderAndChineseIsNotEscaped() throws {
        let text = String(decoding: try JSONEmitter.data(Self.fullDocument), as: UTF8.self)
        #expect(text.contains("关于开展安全检查的通知"))
        #expect(!text.contains("\\u"))
        let keys = [
            "\"schemaVersion\"", "\"source\"", "\"title\"", "\"addressee\"", "\"lead\"", "\"sections\"", "\"closing\"",
            "\"signature\"",
            "\"attachments\"", "\"captions\"", "\"trailer\"", "\"diagnostics\"",
        ]
        let positions = try keys.map { try #require(text.range(of: $0)).lowerBound }
        #expect(positions == positions.sorted())
    }

    /// Records of schema 1.2 have no figures or dates of titles and captions; they still read.
    @Test func recordsOfSchema12StillRead() throws {
        var document = Self.fullDocument
        document.captions = [Caption(marker: "①", text: "约300家企业参会")]
        var bytes = Array(try JSONEmitter.data(document))
        bytes = try RecordEdit.setting("/schemaVersion", to: "1.2", in: bytes)
        for pointer in ["/titleFigures", "/titleDates", "/captions/0/figures", "/captions/0/dates"] {
            bytes = try RecordEdit.removing(pointer, in: bytes)
        }
        let read = try JSONEmitter.document(from: Data(bytes))
        #expect(read.schemaVersion == "1.2")
        #expect(read.titleFigures == [] && read.titleDates == [])
        #expect(read.captions == [Caption(marker: "①", text: "约300家企业参会")])
        #expect(SchemaChecker.record.problems(in: try JSONTree.parse(bytes)).isEmpty)
    }

    @Test func controlCharactersAndQuotesAreEscaped() throws {
        var document = Self.fullDocument
        document.title = "引号\"反斜杠\\换行\n制表\t响铃\u{07}"
        let data = try JSONEmitter.data(document, pretty: false)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""title":"引号\"反斜杠\\换行\n制表\t响铃\u0007""#))
        #expect(try JSONEmitter.document(from: data).title == document.title)
    }

    @Test func compactJSONIsOneLine() throws {
        let text = String(decoding: try JSONEmitter.data(Self.fullDocument, pretty: false), as: UTF8.self)
        #expect(!text.contains("\n"))
    }

    /// A record read back may state any source size; writing it again neither overflows nor
    /// asks for that much memory (found by fuzzing: Fuzz/regressions/fuzz-json).
    @Test(arguments: [Int.max, 1_000_000_000_000, -5, Int.min])
    func anyStatedSourceSizeIsWritten(bytes: Int) throws {
        var document = try Pipeline().document(from: Array("区里召开会议\n\n会议新增网格员120名。\n".utf8), name: "a.txt")
        document.source.bytes = bytes
        let json = JSONEmitter.bytes(document, pretty: false)
        #expect(String(decoding: json, as: UTF8.self).includes("\"bytes\":\(bytes)"))
    }
}
