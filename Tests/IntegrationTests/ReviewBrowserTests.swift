import Foundation
import GazetteTestSupport
import Testing

@testable import Gazette

/// Review pages as a real browser reads them: headless Chromium loads each page and dumps the
/// DOM it built, and the tests check that DOM against the record. Every figure is one `mark`
/// holding its text, every finding's link has its element, and nothing names an outside
/// resource.
@Suite(.serialized, .needs(.chromium)) struct ReviewBrowserTests {
    static let root = GazetteBinary.repositoryRoot
    /// Samples of each shape: `案例` items with captions, a work report, a page with a table,
    /// an official notice, GB18030 HTML, Markdown with photos.
    static let samples = [
        "cases-bulletin.txt", "work-report-sections.txt", "word-export.html", "province-notice-measures.txt",
        "portal-page-gbk.html", "md-wechat-notice.md",
    ]

    struct BrowserFailed: Error, CustomStringConvertible {
        var description: String
    }

    /// The DOM Chromium builds from the page at `path`, as HTML.
    static func dom(of path: String, scratch: TemporaryFolder) throws -> String {
        let chromium = try #require(OutsideTool.chromiumExecutable, "chromium is not on PATH")
        let run = try ChildProcess.run(
            chromium,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                "--user-data-dir=" + scratch.path("profile"), "--dump-dom", URL(fileURLWithPath: path).absoluteString,
            ], deadline: 120)
        guard run.status == 0, !run.timedOut, run.stdout.contains("</html>") else {
            throw BrowserFailed(description: "chromium failed (status \(run.status)): \(run.stderr.suffix(2000))")
        }
        return run.stdout
    }

    /// `(id, text)` of every figure mark in a DOM, in document order.
    static func figureMarks(in dom: String) -> [(id: String, text: String)] {
        dom.matches(of: /<mark class="fig[^"]*" id="([^"]*)"[^>]*>([^<]*)<\/mark>/).map {
            (String($0.1), unescaped(String($0.2)))
        }
    }

    static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&nbsp;", with: "\u{A0}").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The ids of every figure a record holds outside its tables, as the page names them, with its text.
    static func figures(of document: Document) -> [(id: String, text: String)] {
        var found: [(id: String, text: String)] = []
        func add(_ figures: [Figure], part: String) {
            for (index, figure) in figures.enumerated() {
                found.append((ReviewAnchors.figure(part, index), figure.text))
            }
        }
        add(document.titleFigures, part: "t")
        add(document.lead.figures, part: "l")
        func walk(_ sections: [Section], _ positions: [Int]) {
            for (offset, section) in sections.enumerated() {
                let here = positions + [offset + 1]
                add(section.figures, part: ReviewAnchors.section(here))
                walk(section.sections, here)
            }
        }
        walk(document.sections, [])
        add(document.closing.figures, part: "c")
        for (offset, caption) in document.captions.enumerated() {
            add(caption.figures, part: ReviewAnchors.caption(offset + 1))
        }
        return found
    }

    /// What every page must satisfy: links that land, ids used once, nothing from outside. Only
    /// tags are read (text, such as an HTML source shown as text, has its `<` escaped), and the
    /// style sheets.
    static func expectSelfContained(_ dom: String, page: String) {
        let tags = dom.matches(of: /<[a-zA-Z][^>]*>/).map { String($0.0) }
        let ids = tags.flatMap { $0.matches(of: /\sid="([^"]*)"/).map { String($0.1) } }
        #expect(Set(ids).count == ids.count, "\(page): an id is used twice")
        for tag in tags {
            for target in tag.matches(of: /\shref="#([^"]*)"/).map({ String($0.1) }) {
                #expect(ids.contains(target), "\(page): the link #\(target) has no element")
            }
            for match in tag.matches(of: /\s(src|srcset|href|action|poster|data|background)="([^"]*)"/) {
                let value = String(match.2).lowercased()
                #expect(
                    !(value.hasPrefix("http:") || value.hasPrefix("https:") || value.hasPrefix("//")),
                    "\(page): \(match.1)=\(value) loads from outside")
                #expect(match.1 == "href", "\(page): \(tag) loads a file")
            }
            #expect(!tag.hasPrefix("<link") && !tag.hasPrefix("<iframe") && !tag.hasPrefix("<img"), "\(page): \(tag)")
        }
        for style in dom.matches(of: /<style>([^<]*)<\/style>/).map({ String($0.1) }) {
            #expect(!style.contains("url(") && !style.contains("@import") && !style.contains("@font-face"))
        }
    }

    @Test func everyFigureIsMarkedOnceAtItsTextAndEveryLinkLands() throws {
        let folder = try TemporaryFolder()
        let inputs = Self.samples.map { Self.root.appendingPathComponent("Samples/" + $0).path }
        let run = try GazetteBinary.run(["review"] + inputs + ["--out", folder.path("out"), "-q"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let records = Dictionary(
            CommittedOutput.documents.map { ($0.source.name, $0) }, uniquingKeysWith: { first, _ in first })
        for sample in Self.samples {
            let page = sample.split(separator: ".").dropLast().joined(separator: ".") + ".html"
            let dom = try Self.dom(of: folder.path("out/" + page), scratch: folder)
            let record = try #require(records[sample], "no committed record for \(sample)")
            let marks = Dictionary(grouping: Self.figureMarks(in: dom), by: \.id)
            let expected = Self.figures(of: record)
            #expect(!expected.isEmpty, "\(sample) has figures to check")
            for (id, text) in expected {
                #expect(marks[id]?.count == 1, "\(sample): figure \(id) is marked \(marks[id]?.count ?? 0) times")
                #expect(marks[id]?.first?.text == text, "\(sample): figure \(id) marks the wrong text")
            }
            Self.expectSelfContained(dom, page: page)
        }
    }

    @Test func aFindingLinksToTheFigureItConcerns() throws {
        let folder = try TemporaryFolder()
        let record = Self.root.appendingPathComponent("Output/portal-cases-01.json")
        let broken = try RecordEdit.setting(
            "/sections/1/figures/1/value", to: "987654321", in: Array(try Data(contentsOf: record)))
        try folder.write(broken, to: "in/portal-cases-01.json")
        let run = try GazetteBinary.run([
            "review", folder.path("in"), "--sources", Self.root.appendingPathComponent("Samples").path, "--out",
            folder.path("out"), "-q",
        ])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let dom = try Self.dom(of: folder.path("out/portal-cases-01.html"), scratch: folder)
        #expect(dom.contains("href=\"#f-s-2-1\""), "the figure-value finding links to the figure")
        #expect(dom.contains("<mark class=\"fig flagged\" id=\"f-s-2-1\""))
        #expect(dom.contains("<details class=\"source\" id=\"source\">"))
        Self.expectSelfContained(dom, page: "portal-cases-01.html")
        let index = try Self.dom(of: folder.path("out/index.html"), scratch: folder)
        #expect(index.contains("href=\"portal-cases-01.html\""))
        #expect(index.contains("✖ fails"))
        Self.expectSelfContained(index, page: "index.html")
    }
}
