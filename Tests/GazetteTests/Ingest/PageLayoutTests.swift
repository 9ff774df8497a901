import Foundation
import Testing

@testable import Gazette

/// Pages laid out the many ways news and government sites lay them out (Tests/Pages: portal
/// templates, old table layouts, Word exports, WeChat, comments and related lists, titles only
/// in meta tags, subtitles after a `<br>`…), each with what a careful reader takes from it:
/// the title, where the body starts and ends, the boilerplate that must stay out, and the
/// publication time.
@Suite struct PageLayoutTests {
    struct Expectation: Decodable {
        var title: String
        var subtitle: String?
        var bodyStartsWith: String
        var bodyEndsWith: String
        var publishedAt: String?
        var mustNotContain: [String]
        // Checked when the page's expectation states them.
        var source: String?
        var author: String?
        var documentNumber: String?
        var encoding: String?
        /// Titles of the top-level sections, in order.
        var sections: [String]?
        /// Texts that must stand in the body.
        var mustContain: [String]?
        /// Body paragraphs, lead and sections together.
        var paragraphs: Int?
        var captions: [String]?
        var reviewer: String?
        /// Data tables, and the rows of the first one (header row not counted).
        var tables: Int?
        var tableRows: Int?
        /// Top-level sections.
        var sectionCount: Int?
        /// No control character (a stray carriage return) in any body paragraph.
        var noControlChars: Bool?
        /// What Gazette does not get right on this page yet: its checks run as a known issue.
        var knownIssue: String?
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Pages")

    static let pages: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".html") }.map { String($0.dropLast(5)) }.sorted()
    }()

    static func squash(_ text: String) -> String {
        String(text.unicodeScalars.filter { !TextCleaner.isBlank($0) && $0 != " " && $0 != "\n" })
    }

    /// The text as a reader sees it: addressee, lead, section paragraphs depth first, closing.
    static func body(_ document: Document) -> [String] {
        var paragraphs = (document.addressee.map { [$0] } ?? []) + document.lead.paragraphs
        func walk(_ sections: [Section]) {
            for section in sections {
                paragraphs += section.paragraphs[..<section.paragraphsBeforeSections]
                walk(section.sections)
                paragraphs += section.paragraphs[section.paragraphsBeforeSections...]
            }
        }
        walk(document.sections)
        return paragraphs + document.closing.paragraphs
    }

    @Test func thereArePagesToRead() {
        #expect(Self.pages.count >= 12)
    }

    @Test(arguments: pages)
    func pageReadsAsAReaderSeesIt(_ name: String) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("\(name).expect.json"))
        let expected = try JSONDecoder().decode(Expectation.self, from: data)
        let document = try Pipeline().document(atPath: Self.folder.appendingPathComponent("\(name).html").path)
        if let reason = expected.knownIssue {
            withKnownIssue(Comment(rawValue: reason)) { check(document, against: expected) }
        } else {
            check(document, against: expected)
        }
    }

    func check(_ document: Document, against expected: Expectation) {
        #expect(document.title == expected.title)
        #expect(document.subtitle == expected.subtitle)
        let paragraphs = Self.body(document)
        let body = Self.squash(paragraphs.joined())
        #expect(body.hasPrefix(Self.squash(expected.bodyStartsWith)), "body starts: \(body.prefix(30))")
        #expect(body.hasSuffix(Self.squash(expected.bodyEndsWith)), "body ends: \(body.suffix(30))")
        for boilerplate in expected.mustNotContain {
            #expect(!paragraphs.contains { $0.includes(boilerplate) }, "boilerplate in the body: \(boilerplate)")
        }
        #expect(document.metadata.publishedAt == expected.publishedAt)
        if let source = expected.source { #expect(document.metadata.source == source) }
        if let author = expected.author { #expect(document.metadata.author == author) }
        if let number = expected.documentNumber { #expect(document.metadata.documentNumber == number) }
        if let encoding = expected.encoding { #expect(document.source.encoding == encoding) }
        if let sections = expected.sections { #expect(document.sections.map(\.title) == sections) }
        for text in expected.mustContain ?? [] {
            #expect(body.includes(Self.squash(text)), "missing from the body: \(text)")
        }
        if let count = expected.paragraphs { #expect(paragraphs.count == count) }
        if let captions = expected.captions { #expect(document.captions.map(\.text) == captions) }
        if let reviewer = expected.reviewer { #expect(document.metadata.reviewer == reviewer) }
        if let tables = expected.tables { #expect(document.tables.count == tables) }
        if let rows = expected.tableRows { #expect(document.tables.first?.rows.count == rows) }
        if let count = expected.sectionCount { #expect(document.sections.count == count) }
        if expected.noControlChars == true {
            #expect(!paragraphs.contains { $0.unicodeScalars.contains { $0.value < 0x20 } })
        }
    }
}
