import Testing

@testable import Gazette

@Suite struct TextBlockReaderTests {
    private func texts(_ input: String) -> [String] {
        TextBlockReader.blocks(from: input).map(\.text)
    }

    @Test(arguments: [
        ("LF", "区里召开会议。\n会议部署了工作。\n"),
        ("CRLF", "区里召开会议。\r\n会议部署了工作。\r\n"),
        ("CR", "区里召开会议。\r会议部署了工作。\r"),
        ("mixed", "区里召开会议。\r\n会议部署了工作。\r"),
    ])
    func everyLineEndingSplitsParagraphs(ending: String, input: String) {
        #expect(texts(input) == ["区里召开会议。", "会议部署了工作。"])
    }

    @Test func crlfMakesNoEmptyParagraphBetweenCarriageReturnAndNewline() {
        let blocks = TextBlockReader.blocks(from: "甲街道完成排查。\r\n\r\n乙街道完成整改。\r\n\r\n")
        #expect(blocks.map(\.text) == ["甲街道完成排查。", "乙街道完成整改。"])
        #expect(blocks.allSatisfy { !$0.text.contains("\r") && !$0.text.contains("\n") })
    }

    @Test func blankLineAndSingleNewlineParagraphsGiveTheSameBlocks() {
        let blankLines = "一、工作目标\n\n全年完成改造任务。\n\n\n二、工作措施\n\n加强统筹协调。"
        let singleLines = "一、工作目标\n全年完成改造任务。\n二、工作措施\n加强统筹协调。"
        #expect(texts(blankLines) == texts(singleLines))
        #expect(texts(singleLines).count == 4)
    }

    @Test func fullWidthSpacesAreTrimmedAtBothEnds() {
        #expect(texts("　　各街道要加强协调配合。　　\n") == ["各街道要加强协调配合。"])
    }

    @Test func innerRunsOfBlanksBecomeOneSpace() {
        #expect(texts("清河区人民政府 \u{3000}\t 办公室") == ["清河区人民政府 办公室"])
    }

    @Test func linesOfOnlyBlanksAreDropped() {
        #expect(texts("　　\n \t \n正文内容。\n\u{00A0}\n") == ["正文内容。"])
    }

    @Test func everyBlockIsAPlainParagraph() {
        let blocks = TextBlockReader.blocks(from: "标题\n正文。")
        #expect(blocks.allSatisfy { $0.kind == .paragraph })
    }

    @Test func controlCharactersAreDropped() {
        #expect(texts("正文\u{0007}内容\u{007F}。") == ["正文内容。"])
    }

    /// Texts collected from Markdown sources keep heading marks and comment lines.
    @Test func markdownHeadingMarksAndCommentsAreDropped() {
        let text = "# 退役安置条例\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n### 第一节 自主就业\n\n#话题# 不是标题\n"
        #expect(TextBlockReader.blocks(from: text).map(\.text) == ["退役安置条例", "第一章 总则", "第一节 自主就业", "#话题# 不是标题"])
    }
}
