import Testing

@testable import Gazette

/// Each of the `Limits`, set low, on a document just past it and one just within it.
@Suite struct LimitsTests {
    func convert(_ text: String, name: String = "limits.txt", _ adjust: (inout Limits) -> Void) throws -> Document {
        var limits = Limits()
        adjust(&limits)
        return try Pipeline(limits: limits).document(from: Array(text.utf8), name: name)
    }

    func overLimit(_ text: String, name: String = "limits.txt", _ adjust: (inout Limits) -> Void) -> String? {
        do {
            _ = try convert(text, name: name, adjust)
            return nil
        } catch let error as GazetteError {
            guard case .overLimit = error else { return "unexpected: \(error)" }
            return error.description
        } catch {
            return "unexpected: \(error)"
        }
    }

    static let fiveParagraphs = "区里召开会议。\n\n第一段写了工作。\n\n第二段写了成效。\n\n第三段写了计划。\n\n第四段写了要求。\n"

    @Test func paragraphsPastTheLimitAreRefused() throws {
        #expect(
            overLimit(Self.fiveParagraphs) { $0.maximumParagraphs = 4 }
                == "limits.txt: over a limit: 5 paragraphs, more than 4")
        let document = try convert(Self.fiveParagraphs) { $0.maximumParagraphs = 5 }
        #expect(([document.title].compactMap { $0 } + document.lead.paragraphs).count == 5)
    }

    @Test func aParagraphPastTheByteLimitIsRefused() throws {
        // "第一段写了工作。" is 24 bytes, the longest paragraph.
        #expect(
            overLimit(Self.fiveParagraphs) { $0.maximumParagraphBytes = 23 }
                == "limits.txt: over a limit: a paragraph of 24 bytes, longer than 23")
        #expect(throws: Never.self) { try convert(Self.fiveParagraphs) { $0.maximumParagraphBytes = 24 } }
    }

    static let threeSections = """
        区里发布民生举措

        一、优化服务
        窗口办理时间缩短30%。

        二、加强治理
        新增网格员120名。

        三、改善民生
        新建口袋公园8个。
        """

    @Test func sectionsPastTheLimitAreRefused() throws {
        #expect(
            overLimit(Self.threeSections) { $0.maximumSections = 2 }
                == "limits.txt: over a limit: 3 sections, more than 2")
        #expect(try convert(Self.threeSections) { $0.maximumSections = 3 }.sections.count == 3)
    }

    @Test func figuresPastTheLimitAreRefused() throws {
        #expect(
            overLimit(Self.threeSections) { $0.maximumFigures = 2 } == "limits.txt: over a limit: more than 2 figures")
        let document = try convert(Self.threeSections) { $0.maximumFigures = 3 }
        #expect(document.sections.flatMap(\.figures).map(\.value) == ["30", "120", "8"])
    }

    @Test func tableFiguresCountTowardsTheLimit() {
        let page = """
            <html><body><article><h1>区重点项目进展情况</h1><p>全区重点项目进展顺利，情况如下表。</p>
            <table><tr><th>项目</th><th>投资（万元）</th></tr><tr><td>甲</td><td>120</td></tr><tr><td>乙</td><td>80</td></tr>
            <tr><td>丙</td><td>45</td></tr></table></article></body></html>
            """
        #expect(
            overLimit(page, name: "table.html") { $0.maximumFigures = 2 }
                == "table.html: over a limit: more than 2 figures")
    }

    @Test func nestingPastTheLimitIsFlattenedWithItsTextKept() throws {
        let inner = "<p>街道在深处的段落里写下了一句足够长的正文。</p><script>var leaked = 1;</script>"
        let page =
            "<html><body>" + String(repeating: "<div>", count: 40) + inner + String(repeating: "</div>", count: 40)
            + "</body></html>"
        let document = try convert(page, name: "deep.html") { $0.maximumNesting = 10 }
        let text = (document.lead.paragraphs + document.sections.flatMap(\.paragraphs)).joined()
        #expect(text.includes("街道在深处的段落里写下了一句足够长的正文。"))
        #expect(!text.includes("leaked"))
        let diagnostic = try #require(document.diagnostics.first { $0.code == "nesting-flattened" })
        #expect(
            diagnostic.message.hasPrefix("3")
                && diagnostic.message.hasSuffix("deeper than 10 were read as text of the element above them"))

        let shallow = try convert(page, name: "deep.html") { $0.maximumNesting = 100 }
        #expect(!shallow.diagnostics.contains { $0.code == "nesting-flattened" })
        #expect((shallow.lead.paragraphs + shallow.sections.flatMap(\.paragraphs)).joined() == text)
    }

    @Test func theDefaultsAreTheDocumentedOnes() {
        let limits = Limits.standard
        #expect(limits.maximumBytes == 64 * 1024 * 1024)
        #expect(limits.maximumNesting == 4096)
        #expect(limits.maximumParagraphs == 500_000)
        #expect(limits.maximumParagraphBytes == 4 * 1024 * 1024)
        #expect(limits.maximumSections == 200_000)
        #expect(limits.maximumFigures == 500_000)
    }
}
