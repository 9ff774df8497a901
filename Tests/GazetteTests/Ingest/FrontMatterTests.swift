import Foundation
import Testing

@testable import Gazette

/// Front matter above an article gives its title, date and author, and is no paragraph.
@Suite struct FrontMatterTests {
    static let article = """
        ---
        title: "四间巴士公司下月加价　分阶段加12%"
        date: "2021-03-16"
        author: 本报记者
        tags:
          - 巴士
          - 票价
        ---

        四间巴士公司获准加价，下月4日生效，明年1月2日再加3.2%。

        政府预计加价后，每程车费平均增加约0.5元。
        """

    @Test func titleDateAndAuthorComeFromTheFrontMatter() throws {
        let document = try Pipeline().document(from: Array(Self.article.utf8), name: "fares.md")
        #expect(document.title == "四间巴士公司下月加价　分阶段加12%")
        #expect(document.metadata.publishedAt == "2021-03-16")
        #expect(document.metadata.publishedAtSource == "meta")
        #expect(document.metadata.author == "本报记者")
        #expect(document.lead.paragraphs.first?.hasPrefix("四间巴士公司获准加价") == true)
        // The page's year dates the month-days of its text: 明年 is the year after it.
        #expect(document.lead.dates.map(\.value) == ["2022-01-02"])
        #expect(document.titleFigures.map(\.value) == ["4", "12"])
    }

    @Test func windowsLineEndsCloseTheBlockToo() throws {
        let text = "---\r\ntitle: \"测试标题\"\r\ndate: 2021-03-16\r\n---\r\n\r\n正文第一段，共3家企业。\r\n"
        let (fields, body) = try #require(FrontMatter.split(text))
        #expect(fields == ["title": "测试标题", "date": "2021-03-16"])
        #expect(body.trimmingCharacters(in: .whitespacesAndNewlines) == "正文第一段，共3家企业。")
    }

    @Test(arguments: [
        "---\n\n正文第一段。\n",  // a rule, and nothing after it closes a block
        "---\n标题：通知\n---\n正文。\n",  // no key: value pairs of ASCII keys
        "正文。\n---\ntitle: x\n---\n",  // not at the top
    ])
    func textsWithoutFrontMatterAreLeftAlone(text: String) {
        #expect(FrontMatter.split(text) == nil)
    }
}
