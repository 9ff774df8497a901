import Foundation
import GazetteTestSupport
import Testing

@testable import Gazette

/// Review pages: escaped text, every figure marked once at its offsets, offsets that cannot be
/// placed survive as notes, every finding links to an id on the page, nothing is loaded.
@Suite struct ReviewPageTests {
    static func source(_ name: String = "a.txt") -> SourceInfo {
        SourceInfo(name: name, format: .text, encoding: "UTF-8", sha256: String(repeating: "0", count: 64), bytes: 10)
    }

    static func figure(_ text: String, _ start: Int, _ end: Int, paragraph: Int = 0) -> Figure {
        Figure(text: text, value: "1", unit: "个", kind: .count, paragraph: paragraph, start: start, end: end)
    }

    static func html(_ document: Document, findings: [Diagnostic] = []) -> String {
        String(decoding: ReviewPage(document: document, findings: findings).html(), as: UTF8.self)
    }

    /// The `id`s of the page and the targets of its `href="#…"` links.
    static func ids(in html: String) -> Set<String> {
        Set(html.matches(of: /\sid="([^"]*)"/).map { String($0.1) })
    }

    static func fragmentLinks(in html: String) -> [String] {
        html.matches(of: /href="#([^"]*)"/).map { String($0.1) }
    }

    /// The text of each `<mark class="fig…" id="ID" …>TEXT</mark>`, by id, in page order.
    static func figureMarks(in html: String) -> [(id: String, text: String)] {
        html.matches(of: /<mark class="fig[^"]*" id="([^"]*)"[^>]*>([^<]*)<\/mark>/).map {
            (String($0.1), String($0.2))
        }
    }

    // MARK: Escaping

    @Test func textAndAttributesAreEscaped() {
        var writer = HTMLWriter()
        writer.text("<script>alert('x') & \"y\"</script>")
        writer.attribute("title", "a\"b<c>")
        let written = String(decoding: writer.bytes, as: UTF8.self)
        #expect(
            written
                == "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt; title=\"a&quot;b&lt;c&gt;\"")
    }

    @Test func controlCharactersBecomeReplacementCharacters() {
        var writer = HTMLWriter()
        writer.text("a\u{0}b\u{7}c\td\n汉字")
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "a\u{FFFD}b\u{FFFD}c\td\n汉字")
    }

    @Test func markupInTheRecordIsShownAsText() {
        let document = Document(
            source: Self.source(), title: "<b>标题</b>", subtitle: nil,
            lead: Lead(paragraphs: ["<img src=x onerror=alert(1)>共3个"], figures: [Self.figure("3个", 29, 31)]),
            sections: [], captions: [])
        let html = Self.html(document)
        #expect(!html.contains("<b>标题"))
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;共"))
        #expect(Self.figureMarks(in: html).map(\.text) == ["3个"])
    }

    @Test func linkNamesArePercentEncoded() {
        #expect(HTMLWriter.pathSegment("a b#1?.html") == "a%20b%231%3F.html")
        #expect(HTMLWriter.pathSegment("通知.html") == "%E9%80%9A%E7%9F%A5.html")
    }

    // MARK: Figures

    @Test func everyFigureOfTheCommittedRecordsIsMarkedOnceWithItsText() {
        #expect(!CommittedOutput.documents.isEmpty)
        for document in CommittedOutput.documents { expectEveryFigureMarkedOnce(document) }
    }

    private func expectEveryFigureMarkedOnce(_ document: Document) {
        let html = Self.html(document)
        let marks = Self.figureMarks(in: html)
        var expected: [(id: String, text: String)] = []
        for (index, figure) in document.titleFigures.enumerated() { expected.append(("f-t-\(index)", figure.text)) }
        for (index, figure) in document.lead.figures.enumerated() { expected.append(("f-l-\(index)", figure.text)) }
        var positions: [(path: [Int], section: Section)] = []
        func walk(_ sections: [Section], _ prefix: [Int]) {
            for (offset, section) in sections.enumerated() {
                positions.append((prefix + [offset + 1], section))
                walk(section.sections, prefix + [offset + 1])
            }
        }
        walk(document.sections, [])
        for (path, section) in positions {
            let part = ReviewAnchors.section(path)
            for (index, figure) in section.figures.enumerated() { expected.append(("f-\(part)-\(index)", figure.text)) }
        }
        for (index, figure) in document.closing.figures.enumerated() { expected.append(("f-c-\(index)", figure.text)) }
        for (position, caption) in document.captions.enumerated() {
            for (index, figure) in caption.figures.enumerated() {
                expected.append(("f-cap-\(position + 1)-\(index)", figure.text))
            }
        }
        let byID = Dictionary(grouping: marks, by: \.id)
        for (id, text) in expected {
            #expect(byID[id]?.count == 1, "\(document.source.name): \(id) is marked \(byID[id]?.count ?? 0) times")
            #expect(byID[id]?.first?.text == text, "\(document.source.name): \(id)")
        }
        #expect(!html.contains("Page notes"), "\(document.source.name): a mark could not be placed")
    }

    @Test func overlappingAndOutOfRangeOffsetsAreLeftOutAndNoted() {
        let paragraph = "共有12个社区和3个街道"
        let figures = [
            Self.figure("12个", 2, 5),  // placed
            Self.figure("2个", 3, 5),  // overlaps the first
            Self.figure("3个", 8, 10),  // placed
            Self.figure("街道", 11, 40),  // past the end
            Self.figure("共", -1, 1),  // before the start
            Self.figure("社区", 6, 6),  // empty
            Self.figure("和", 6, 7),  // wrong text at its offsets
            Self.figure("3个", 8, 10, paragraph: 5),  // no such paragraph
        ]
        let dates = [DateMention(text: "12个社", value: "2012", start: 2, end: 6)]  // overlaps a figure
        let document = Document(
            source: Self.source(), title: "标题", subtitle: nil,
            lead: Lead(paragraphs: [paragraph], figures: figures, dates: dates), sections: [], captions: [])
        let html = Self.html(
            document,
            findings: [Diagnostic(code: "figure-offset", severity: .error, message: "m", path: "/lead/figures/1/start")]
        )
        #expect(Self.figureMarks(in: html).map(\.id) == ["f-l-0", "f-l-2"])
        #expect(html.contains(">共有<mark") && html.contains("</mark>社区和<mark"))
        #expect(html.components(separatedBy: "<mark").count == html.components(separatedBy: "</mark>").count)
        #expect(html.components(separatedBy: "is not marked").count - 1 == 7)
        // The finding about the figure left out links to the lead instead.
        #expect(Self.fragmentLinks(in: html).contains("lead"))
    }

    @Test func datesAndLeadUnitsAreMarked() {
        let section = Section(
            number: 1, marker: "一、", level: 1, title: "推进", leadOrganizations: ["区民政局"],
            paragraphs: ["由区民政局牵头，2025年完成。"],
            dates: [DateMention(text: "2025年", value: "2025", start: 8, end: 13)])
        let document = Document(
            source: Self.source(), title: "标题", subtitle: nil, lead: Lead(), sections: [section], captions: [])
        let html = Self.html(document)
        #expect(html.contains("由<span class=\"org\">区民政局</span>牵头"))
        #expect(html.contains("id=\"d-s-1-0\""))
        #expect(html.contains(">2025年</mark>"))
        #expect(html.contains("<span class=\"marker\">一、</span>"))
    }

    // MARK: Findings

    @Test func everyFindingLinksToAnIdThatExists() {
        let child = Section(
            number: 1, marker: "（一）", level: 2, title: "子", paragraphs: ["有5个"], figures: [Self.figure("5个", 1, 3)])
        let sections = [
            Section(number: 1, marker: "一、", level: 1, title: "甲", paragraphs: ["文"], sections: [child]),
            Section(number: 1, marker: "一、", level: 1, title: "乙", paragraphs: []),
        ]
        let document = Document(
            source: Self.source(), title: nil, subtitle: nil, lead: Lead(paragraphs: ["引言"]), sections: sections,
            captions: [Caption(marker: "①", text: "图")])
        let pointers = [
            "", "/title", "/subtitle", "/lead", "/lead/figures/9/value", "/sections/0/sections/0/figures/0/value",
            "/sections/0/sections/0/figures/7/start", "/sections/1/number", "/sections/9/title", "/captions/0/text",
            "/tables/3", "/closing/figures/0", "/signature", "/metadata/publishedAt", "/no/such/place",
        ]
        let findings = pointers.map { Diagnostic(code: "x", severity: .warning, message: "at \($0)", path: $0) }
        let html = Self.html(document, findings: findings)
        let ids = Self.ids(in: html)
        let links = Self.fragmentLinks(in: html)
        #expect(links.count >= pointers.count)
        for link in links { #expect(ids.contains(link), "#\(link) has no element") }
        #expect(html.contains("href=\"#f-s-1-1-0\""))
        #expect(html.contains("href=\"#s-2\""))
        #expect(html.contains("href=\"#cap-1\""))
        #expect(ids.count == html.matches(of: /\sid="/).count, "an id is used twice")
    }

    @Test func findingsAreListedOnceMostSeriousFirst() {
        let duplicate = Diagnostic(
            code: "no-title", severity: .warning, message: "the document has no title", path: "/title")
        var document = Document(
            source: Self.source(), title: nil, subtitle: nil, lead: Lead(), sections: [], captions: [])
        document.diagnostics = [duplicate, Diagnostic(code: "i", severity: .info, message: "m", path: "")]
        let merged = ReviewPage.findings(
            of: document, validation: [duplicate, Diagnostic(code: "empty-document", severity: .error, message: "e")])
        #expect(merged.map(\.code) == ["empty-document", "no-title", "i"])
    }

    @Test func anchorsOfPointers() {
        #expect(
            ReviewAnchors.candidates(for: "/sections/1/sections/0/figures/2/value") == [
                "f-s-2-1-2", "s-2-1", "s-2", "top",
            ])
        #expect(ReviewAnchors.candidates(for: "/titleFigures/0/start") == ["f-t-0", "title", "top"])
        #expect(ReviewAnchors.candidates(for: "/lead/dates/3") == ["d-l-3", "lead", "top"])
        #expect(ReviewAnchors.candidates(for: "/captions/2/figures/0") == ["f-cap-3-0", "cap-3", "top"])
        #expect(ReviewAnchors.candidates(for: "") == ["top"])
        #expect(ReviewAnchors.candidates(for: "/sections/x") == ["top"])
    }

    // MARK: Nothing loaded

    @Test func pagesLoadNothingFromOutside() {
        for document in CommittedOutput.documents { expectNothingLoaded(document) }
    }

    private func expectNothingLoaded(_ document: Document) {
        let html = Self.html(document, findings: document.diagnostics)
        #expect(!html.contains("src="))
        #expect(!html.contains("url("))
        #expect(!html.contains("@import"))
        #expect(!html.contains("<link"))
        for link in html.matches(of: /href="([^"]*)"/).map({ String($0.1) }) {
            #expect(link.hasPrefix("#") || link == "index.html", "\(link)")
        }
        #expect(html.utf8.count < 2_000_000)
    }

    @Test func theIndexListsFailingDocumentsFirstAndLinksEachPage() {
        let rows = [
            ReviewSummary(name: "b.txt", page: "b.html", sections: 2, figures: 3),
            ReviewSummary(name: "c.txt", page: "c.html", warnings: 1),
            ReviewSummary(name: "d.txt", page: "d.html", errors: 2),
            ReviewSummary(name: "a <x>.json", problem: "a <x>.json: not a valid Gazette record"),
        ]
        #expect(ReviewIndex.ordered(rows).map(\.name) == ["a <x>.json", "d.txt", "c.txt", "b.txt"])
        let html = String(decoding: ReviewIndex.html(rows), as: UTF8.self)
        #expect(html.contains("href=\"d.html\"") && html.contains("href=\"b.html\""))
        #expect(html.contains("a &lt;x&gt;.json"))
        #expect(!html.contains("src="))
    }
}
