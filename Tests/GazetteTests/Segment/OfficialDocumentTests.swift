import Foundation
import Testing

@testable import Gazette

/// Official documents as they are printed, one sample for each structure: a 通知 whose title
/// runs over two lines, with untitled items, responsibility notes, a closing, attachments and a
/// signature; a holiday notice with label titles; a work report with run-in headings and a
/// closing appeal; rules in chapters, 节 and articles; a statistical bulletin with notes; a
/// government page with its information table. Everything is held against `Samples/NAME.gold.json`.
@Suite struct OfficialDocumentTests {
    static let samples = [
        "province-notice-measures.txt", "holiday-arrangement.txt", "county-work-report.txt",
        "data-rules-regulation.txt",
        "county-statistics-bulletin.txt", "gov-portal-opinions.html",
    ]

    @Test(arguments: samples)
    func recordMatchesTheGoldFile(name: String) throws {
        let document = try PageFamilyTests.document(name)
        let gold = try PageFamilyTests.gold(name)
        #expect(document.title == gold["title"] as? String)
        #expect(document.subtitle == gold["subtitle"] as? String)
        #expect(document.addressee == gold["addressee"] as? String)
        let lead = try #require(gold["lead"] as? [String: Any])
        #expect(document.lead.paragraphs.count == lead["paragraphCount"] as? Int)
        try PageFamilyTests.compare(
            document.sections, with: try #require(gold["sections"] as? [[String: Any]]), path: "")
        let closing = try #require(gold["closing"] as? [String: Any])
        #expect(document.closing.paragraphs.count == closing["paragraphCount"] as? Int)
        if let start = closing["firstParagraphStartsWith"] as? String {
            #expect(document.closing.paragraphs.first?.hasPrefix(start) == true)
        }
        #expect(document.attachments == gold["attachments"] as? [String])
        if let signature = gold["signature"] as? [String: Any] {
            #expect(document.signature?.organizations == signature["organizations"] as? [String])
            #expect(document.signature?.date == signature["date"] as? String)
            #expect(document.signature?.release == signature["release"] as? String)
        } else {
            #expect(document.signature == nil)
        }
        // ①②③ and 一是……二是…… inside a paragraph enumerate points: no captions.
        #expect(
            document.captions.map(\.text)
                == (gold["captions"] as? [[String: Any]] ?? []).map { $0["text"] as? String ?? "" })
        let metadata = try #require(gold["metadata"] as? [String: Any])
        #expect(document.metadata.documentNumber == metadata["documentNumber"] as? String)
        #expect(document.metadata.issuer == metadata["issuer"] as? String)
        #expect(document.metadata.writtenAt == metadata["writtenAt"] as? String)
        #expect(document.metadata.index == metadata["index"] as? String)
    }

    /// Untitled items, articles and parents without text of their own are no findings.
    @Test(arguments: samples)
    func theStructuresRaiseNoFindings(name: String) throws {
        let document = try PageFamilyTests.document(name)
        #expect(document.diagnostics.filter { $0.severity != .info }.map(\.code) == [])
    }
}
