import Foundation
import Testing
@testable import Gazette

/// A small RFC 4180 reader: quoted fields, doubled quotes, CRLF records.
enum RFC4180 {
    static func records(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return scalars.next()
        }
        while let scalar = next() {
            if quoted {
                if scalar == "\"" {
                    let following = next()
                    if following == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = following }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" && field.isEmpty {
                quoted = true
            } else if scalar == "," {
                record.append(field)
                field = ""
            } else if scalar == "\r" {
                let following = next()
                precondition(following == "\n", "a bare CR outside quotes")
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else {
                precondition(scalar != "\n", "a bare LF outside quotes")
                field.unicodeScalars.append(scalar)
            }
        }
        precondition(record.isEmpty && field.isEmpty, "the last record must end with CRLF")
        return records
    }
}

@Suite struct CSVEmitterTests {
    static let document: Document = {
        var first = SampleDocument.section(1, title: "完善设施，提升\"品质\"", paragraphs: [SampleDocument.figureParagraph], figures: [SampleDocument.figure])
        first.leadOrganizations = ["区教委", "区财政局"]
        first.references = ["甲条例", "乙办法"]
        first.sections = [SampleDocument.section(1, title: "子项一", paragraphs: ["新建学校3所。"], figures: [SampleDocument.figure])]
        let leadFigure = Figure(text: "1460万元", value: "14600000", unit: "元", kind: .money, paragraph: 0, start: 4, end: 10)
        var document = SampleDocument.make(
            lead: Lead(paragraphs: ["今年投入1460万元，用于改造。"], figures: [leadFigure],
                       dates: [DateMention(text: "2025年", value: "2025", paragraph: 0, start: 0, end: 5)]),
            sections: [first, SampleDocument.section(2, title: "多行\n标题")])
        document.captions = [Caption(marker: "①", text: "改造后的小区")]
        return document
    }()

    private func table(_ name: String, _ documents: [Document] = [document]) throws -> CSVTable {
        try #require(CSVEmitter.tables(for: documents).first { $0.name == name })
    }

    @Test func tablesComeInAFixedOrder() {
        #expect(CSVEmitter.tables(for: [Self.document]).map(\.name) == [
            "documents", "sections", "figures", "organizations", "responsibilities", "attachments", "captions", "dates",
        ])
    }

    @Test(arguments: [
        ("documents", [
            "document_id", "name", "format", "encoding", "bytes", "title", "subtitle", "lead_paragraphs", "sections", "figures", "diagnostics",
            "addressee", "document_number", "issuer", "written_at", "index_number", "signature_organizations", "signature_date", "release_note",
            "closing_paragraphs",
        ]),
        ("sections", ["document_id", "section", "parent", "number", "marker", "level", "title", "title_form", "lead", "paragraphs", "figures", "references"]),
        ("responsibilities", ["document_id", "section", "ordinal", "name", "leads"]),
        ("attachments", ["document_id", "ordinal", "title"]),
        ("figures", ["document_id", "section", "ordinal", "text", "value", "value_max", "unit", "kind", "qualifier", "change", "comparison", "paragraph", "start", "end", "context"]),
        ("organizations", ["document_id", "section", "ordinal", "name"]),
        ("captions", ["document_id", "ordinal", "marker", "text"]),
        ("dates", ["document_id", "section", "ordinal", "text", "value", "paragraph", "start", "end"]),
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
        #expect(RFC4180.records(String(decoding: try table.data(), as: UTF8.self)) == [["text"], ["第一行\r\n第二行"], ["末尾"]])
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
        let records = RFC4180.records(String(decoding: try table("figures").data(), as: UTF8.self)).dropFirst()
        #expect(records.map { $0[1] } == ["", "1", "1.1"])
        #expect(records.map { $0[3] } == ["1460万元", "3所", "3所"])
        #expect(records.first?[14] == "今年投入1460万元")
    }

    @Test func sectionsAreListedDepthFirstWithPathAndParent() throws {
        let records = Array(RFC4180.records(String(decoding: try table("sections").data(), as: UTF8.self)).dropFirst())
        #expect(records.map { $0[1] } == ["1", "1.1", "2"])
        #expect(records.map { $0[2] } == ["", "1", ""])
        #expect(records.map { $0[6] } == ["完善设施，提升\"品质\"", "子项一", "多行\n标题"])
        #expect(records[0][11] == "甲条例|乙办法")
    }

    @Test func documentRowCountsTheRecord() throws {
        let records = RFC4180.records(String(decoding: try table("documents").data(), as: UTF8.self))
        #expect(records.count == 2)
        let row = records[1]
        #expect(row[0] == Self.document.id)
        #expect(row[1] == "notice.txt")
        #expect(row[5] == "关于开展安全检查的通知")
        #expect(row[6] == "")
        #expect(row[8] == "3")   // sections, nested ones included
        #expect(row[9] == "3")   // figures, lead included
    }

    @Test func organizationsAndDatesAreKeyedBySection() throws {
        let organizations = RFC4180.records(String(decoding: try table("organizations").data(), as: UTF8.self)).dropFirst()
        #expect(organizations.map { Array($0[1...]) } == [["1", "1", "区教委"], ["1", "2", "区财政局"]])
        let dates = RFC4180.records(String(decoding: try table("dates").data(), as: UTF8.self)).dropFirst()
        #expect(dates.map { $0[1] } == [""])
        #expect(dates.map { $0[4] } == ["2025"])
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
        let records = RFC4180.records(String(decoding: try table("documents", [Self.document, other]).data(), as: UTF8.self))
        #expect(records.dropFirst().map { $0[1] } == ["notice.txt", "second.txt"])
    }
}
