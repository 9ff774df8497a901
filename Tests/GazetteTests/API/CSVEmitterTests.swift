import Foundation
import GazetteTestSupport
import Testing

@testable import Gazette

@Suite struct CSVEmitterTests {
    static let document: Document = {
        var first = SampleDocument.section(
            1, title: "完善设施，提升\"品质\"", paragraphs: [SampleDocument.figureParagraph], figures: [SampleDocument.figure])
        first.leadOrganizations = ["区教委", "区财政局"]
        first.references = ["甲条例", "乙办法"]
        first.sections = [
            SampleDocument.section(1, title: "子项一", paragraphs: ["新建学校3所。"], figures: [SampleDocument.figure])
        ]
        let leadFigure = Figure(
            text: "1460万元", value: "14600000", unit: "元", kind: .money, paragraph: 0, start: 4, end: 10)
        var document = SampleDocument.make(
            lead: Lead(
                paragraphs: ["今年投入1460万元，用于改造。"], figures: [leadFigure],
                dates: [DateMention(text: "2025年", value: "2025", paragraph: 0, start: 0, end: 5)]),
            sections: [first, SampleDocument.section(2, title: "多行\n标题")])
        document.captions = [Caption(marker: "①", text: "改造后的小区")]
        return document
    }()

    private func table(_ name: String, _ documents: [Document] = [document]) throws -> CSVTable {
        try #require(CSVEmitter.tables(for: documents).first { $0.name == name })
    }

    /// The records of a table as read back from its CSV bytes, each a column name → field map.
    private func records(_ name: String, _ documents: [Document] = [document]) throws -> [[String: String]] {
        let records = RFC4180.records(String(decoding: try table(name, documents).data(), as: UTF8.self))
        let header = try #require(records.first)
        return records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    @Test func tablesComeInAFixedOrder() {
        #expect(
            CSVEmitter.tables(for: [Self.document]).map(\.name) == [
                "documents", "names", "sections", "paragraphs", "figures", "dates", "organizations", "responsibilities",
                "attachments",
                "captions", "diagnostics",
            ])
    }

    @Test(
        arguments: [
            (
                "documents",
                [
                    "document_id", "name", "format", "encoding", "bytes", "title", "subtitle", "published_at",
                    "published_date", "source", "author",
                    "lead_paragraphs", "sections", "figures", "diagnostics", "addressee", "document_number", "issuer",
                    "written_at", "index_number",
                    "signature_organizations", "signature_date", "release_note", "closing_paragraphs",
                    "gazette_version",
                ]
            ),
            ("names", ["document_id", "name"]),
            (
                "sections",
                [
                    "document_id", "section", "parent", "number", "marker", "level", "title", "title_form", "lead",
                    "paragraphs", "figures",
                    "references_to",
                ]
            ),
            ("paragraphs", ["document_id", "section", "ordinal", "text"]),
            ("responsibilities", ["document_id", "section", "ordinal", "name", "leads"]),
            ("attachments", ["document_id", "ordinal", "title"]),
            (
                "figures",
                [
                    "document_id", "section", "ordinal", "text", "value", "value_max", "value_number", "value_yuan",
                    "unit", "kind",
                    "qualifier", "change", "comparison", "paragraph", "start_offset", "end_offset", "table_index",
                    "table_row",
                    "table_column", "context",
                ]
            ),
            ("organizations", ["document_id", "section", "ordinal", "name"]),
            ("captions", ["document_id", "ordinal", "marker", "text", "image"]),
            (
                "dates",
                ["document_id", "section", "ordinal", "text", "value", "paragraph", "start_offset", "end_offset"]
            ),
            ("diagnostics", ["document_id", "ordinal", "code", "severity", "message", "path"]),
        ] as [(String, [String])])
    func headerRowsNameTheColumnsInOrder(name: String, header: [String]) throws {
        let table = try table(name)
        #expect(table.header == header)
        let records = RFC4180.records(String(decoding: try table.data(), as: UTF8.self))
        #expect(records.first == header)
        #expect(records.dropFirst().allSatisfy { $0.count == header.count })
    }

    @Test func fieldsWithCommaQuoteAndNewlineAreQuoted() throws {
        var table = CSVTable(name: "t", header: ["a", "b", "c", "d"])
        table.rows = [["逗号,在内", "引号\"在内", "换行\n在内", "普通"]]
        let text = String(decoding: try table.data(), as: UTF8.self)
        #expect(text == "a,b,c,d\r\n\"逗号,在内\",\"引号\"\"在内\",\"换行\n在内\",普通\r\n")
        #expect(RFC4180.records(text) == [["a", "b", "c", "d"], ["逗号,在内", "引号\"在内", "换行\n在内", "普通"]])
    }

    @Test func crlfInsideAFieldSurvivesTheRoundTrip() throws {
        var table = CSVTable(name: "t", header: ["text"])
        table.rows = [["第一行\r\n第二行"], ["末尾"]]
        #expect(
            RFC4180.records(String(decoding: try table.data(), as: UTF8.self)) == [["text"], ["第一行\r\n第二行"], ["末尾"]])
    }

    @Test func everyRecordEndsWithCRLF() throws {
        for table in CSVEmitter.tables(for: [Self.document]) {
            let bytes = [UInt8](try table.data())
            #expect(bytes.suffix(2) == [0x0D, 0x0A], "\(table.name) must end with CRLF")
            // Outside quoted fields every LF follows a CR (the reader checks it).
            _ = RFC4180.records(String(decoding: bytes, as: UTF8.self))
        }
    }

    @Test func headerOnlyTableIsOneRecord() throws {
        let empty = CSVTable(name: "t", header: ["x", "y"])
        #expect(String(decoding: try empty.data(), as: UTF8.self) == "x,y\r\n")
    }

    @Test func leadFiguresHaveAnEmptySectionColumn() throws {
        let figures = try records("figures")
        #expect(figures.map { $0["section"] } == ["", "1", "1.1"])
        #expect(figures.map { $0["text"] } == ["1460万元", "3所", "3所"])
        #expect(figures.first?["context"] == "今年投入1460万元")
        #expect(figures.first?["value_yuan"] == "14600000")
        #expect(figures.map { $0["value_yuan"] }.dropFirst() == ["", ""])
        #expect(figures.first?["start_offset"] == "4")
        #expect(figures.first?["table_index"] == "")
    }

    @Test func paragraphsAreKeyedBySectionAndOrdinal() throws {
        let paragraphs = try records("paragraphs")
        #expect(
            paragraphs.map { [$0["section"]!, $0["ordinal"]!] } == [
                ["", "1"], ["1", "1"], ["1.1", "1"], ["2", "1"],
            ])
        #expect(paragraphs.first?["text"] == "今年投入1460万元，用于改造。")
    }

    @Test func tableFiguresCountForTheirSectionAndSayWhereTheyCameFrom() throws {
        var document = Self.document
        document.tables = [
            Table(
                caption: nil, header: ["项目", "资金（万元）"], rows: [["改造", "120"]],
                figures: [
                    TableFigure(
                        row: 1, column: 1, context: "资金（万元）", text: "120", value: "1200000", unit: "元",
                        kind: .money)
                ],
                section: "1")
        ]
        let figures = try records("figures", [document]).filter { $0["section"] == "1" }
        #expect(figures.map { $0["ordinal"] } == ["1", "2"])
        #expect(figures.last?["table_index"] == "1")
        #expect(figures.last?["table_row"] == "1")
        #expect(figures.last?["table_column"] == "1")
        #expect(figures.last?["paragraph"] == "")
        #expect(figures.last?["value_yuan"] == "1200000")
        #expect(try records("documents", [document]).first?["figures"] == "4")
    }

    @Test func aListCountedFromOneAgainKeepsARowForEachSection() throws {
        var document = Self.document
        document.sections = [
            SampleDocument.section(1, title: "甲"), SampleDocument.section(2, title: "乙"),
            SampleDocument.section(1, title: "丙"), SampleDocument.section(2, title: "丁"),
        ]
        let sections = try records("sections", [document])
        #expect(sections.map { $0["section"] } == ["1", "2", "1~2", "2~2"])
        #expect(sections.map { $0["title"] } == ["甲", "乙", "丙", "丁"])
        #expect(Set(sections.map { $0["section"] }).count == sections.count)
    }

    @Test func publicationTimesAreTimestampsAndDays() {
        #expect(RecordTables.timestamp("2025-03-18T09:30:00+08:00") == "2025-03-18T09:30:00+08:00")
        #expect(RecordTables.timestamp("2025-03-18") == "2025-03-18T00:00:00+08:00")
        #expect(RecordTables.calendarDate("2025-03-18 09:30") == "2025-03-18")
        #expect(RecordTables.timestamp("2025-03") == nil)
        #expect(RecordTables.calendarDate("--03-27") == nil)
        #expect(RecordTables.timestamp(nil) == nil)
    }

    @Test func sectionsAreListedDepthFirstWithPathAndParent() throws {
        let sections = try records("sections")
        #expect(sections.map { $0["section"] } == ["1", "1.1", "2"])
        #expect(sections.map { $0["parent"] } == ["", "1", ""])
        #expect(sections.map { $0["title"] } == ["完善设施，提升\"品质\"", "子项一", "多行\n标题"])
        #expect(sections[0]["references_to"] == "甲条例|乙办法")
    }

    @Test func documentRowCountsTheRecord() throws {
        let documents = try records("documents")
        #expect(documents.count == 1)
        let row = documents[0]
        #expect(row["document_id"] == Self.document.id)
        #expect(row["name"] == "notice.txt")
        #expect(row["title"] == "关于开展安全检查的通知")
        #expect(row["subtitle"] == "")
        #expect(row["sections"] == "3")  // nested ones included
        #expect(row["figures"] == "3")  // lead included
        #expect(try records("names").map { $0["name"] } == ["notice.txt"])
    }

    @Test func organizationsAndDatesAreKeyedBySection() throws {
        let organizations = try records("organizations")
        #expect(
            organizations.map { [$0["section"]!, $0["ordinal"]!, $0["name"]!] } == [
                ["1", "1", "区教委"], ["1", "2", "区财政局"],
            ])
        let dates = try records("dates")
        #expect(dates.map { $0["section"] } == [""])
        #expect(dates.map { $0["value"] } == ["2025"])
    }

    @Test func sameInputTwiceGivesIdenticalBytes() throws {
        let first = try CSVEmitter.tables(for: [Self.document, JSONEmitterTests.fullDocument]).map { try $0.data() }
        let second = try CSVEmitter.tables(for: [Self.document, JSONEmitterTests.fullDocument]).map { try $0.data() }
        #expect(first == second)
    }

    @Test func documentsKeepTheirInputOrder() throws {
        var other = Self.document
        other.source.name = "second.txt"
        other.source.sha256 = String(repeating: "cd", count: 32)
        #expect(try records("documents", [Self.document, other]).map { $0["name"] } == ["notice.txt", "second.txt"])
    }
}
