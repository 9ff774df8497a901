import Testing

@testable import Gazette

/// The labelled header of newspaper corpora gives title, date and author, and is no paragraph.
@Suite struct BracketHeaderTests {
    static let article = """
        【 日  期 】19980312
        【 版  号 】2
        【 标  题 】溪山县春耕备耕有序推进
        【 作  者 】本报记者
        【 正  文 】
            去年11月以来，溪山县共调运化肥3.2万吨，比上年同期增长8%。
            3月10日，全县春播面积已达12万亩。
        """

    @Test func titleDateAndAuthorComeFromTheHeader() throws {
        let document = try Pipeline().document(from: Array(Self.article.utf8), name: "1998-03-12.txt")
        #expect(document.title == "溪山县春耕备耕有序推进")
        #expect(document.metadata.publishedAt == "1998-03-12")
        #expect(document.metadata.author == "本报记者")
        #expect(document.lead.paragraphs.first?.hasPrefix("去年11月以来") == true)
        #expect(!document.lead.paragraphs.contains { $0.contains("【") })
        // 去年 is the year before the header's date.
        #expect(document.lead.dates.map(\.value).prefix(1) == ["1997-11"])
    }

    @Test func theBodyMayStartOnTheBodyLine() throws {
        let (fields, body) = try #require(BracketHeader.split("x【 标 题 】某县召开会议\n【 正 文 】会议指出，要抓好落实。\n第二段。"))
        #expect(fields == ["title": "某县召开会议"])
        #expect(body == "会议指出，要抓好落实。\n第二段。")
    }

    @Test func indentedLinesUnderTheTitleOpenTheBody() throws {
        let text = "【 日  期 】19960628\n【 标  题 】某线开行快速列车\n    继某线之后，\n    7月1日起再提速\n【 正  文 】\n    正文第一段。"
        let (fields, body) = try #require(BracketHeader.split(text))
        #expect(fields["title"] == "某线开行快速列车")
        #expect(body.hasPrefix("继某线之后，7月1日起再提速\n\n"))
        #expect(body.hasSuffix("正文第一段。"))
    }

    @Test(arguments: ["【通知】关于开展检查的通知\n各单位：", "正文第一段。\n【 标 题 】不在开头", "【 标 题 】没有正文的标题\n第一段。"])
    func textWithoutTheHeaderIsLeftAlone(_ text: String) {
        #expect(BracketHeader.split(text) == nil)
    }
}
