import Testing

@testable import Gazette

/// Markdown whose marks pile up without end: each is read to the end without crashing or
/// recursing, with the text kept. How long they take is for the benchmarks; these inputs once
/// took seconds to minutes, read quadratically or worse.
@Suite struct MarkdownRobustnessTests {
    private static func repeated(_ piece: String, _ count: Int = 100_000) -> String {
        String(repeating: piece, count: count)
    }

    @Test(arguments: ["[", "![", "<", "(", "`a``", "*a", "&"])
    func anUnclosedMarkRepeatedStaysText(piece: String) {
        let blocks = MarkdownReader.read(Self.repeated(piece)).blocks
        #expect(blocks.count == 1)
        #expect((blocks.first?.text.unicodeScalars.count ?? 0) >= 100_000)
    }

    @Test func deeplyNestedLinksKeepTheirInnermostText() {
        let markdown = Self.repeated("[", 50_000) + "正文" + Self.repeated("](a)", 50_000)
        #expect(MarkdownReader.read(markdown).blocks.map(\.text) == ["正文"])
    }

    @Test func deeplyNestedQuotesAreReadAsTheirText() {
        let markdown = (1...3_000).map { String(repeating: "> ", count: $0) + "第\($0)行。" }.joined(separator: "\n")
        let blocks = MarkdownReader.read(markdown).blocks
        #expect(blocks.count == 3_000)
        #expect(blocks.last?.text == "第3000行。")
    }

    @Test func aParagraphOfManyWrappedLinesIsOneBlock() {
        let markdown = Array(repeating: "甲乙丙", count: 100_000).joined(separator: "\n")
        let blocks = MarkdownReader.read(markdown).blocks
        #expect(blocks.count == 1)
        #expect(blocks.first?.text.unicodeScalars.count == 300_000)
    }
}
