import Testing
@testable import Gazette

/// Text wrapped at a fixed width, as bulletin boards and mail print it, is read in paragraphs.
@Suite struct HardWrappedTextTests {
    static let wrapped = """
    关于做好冬季道路交通安全工作的通知

    各区县公安交通管理部门：
        冬季是雨雪雾等恶劣天气的多发期，道路通行条件明显下降，交通事故风险随之
    上升。为切实做好冬季道路交通安全管理工作，保障群众安全出行，现将有关事项通
    知如下：
        一、加强宣传提示。各地要充分利用广播电视、新媒体和交通诱导屏等渠道，及时
    发布恶劣天气预警和路况信息，提醒驾驶人减速慢行、保持车距，切实增强安全意识
    和自我防护能力。
        二、强化路面管控。遇有团雾、冰雪等恶劣天气时，要果断采取限速、间断放行、
    临时封闭等管控措施，增派警力加强巡逻，及时疏导滞留车辆，防止发生连环追尾事
    故。
    """

    @Test func wrappedParagraphsAreJoined() {
        let blocks = TextBlockReader.blocks(from: Self.wrapped).map(\.text)
        #expect(blocks.count == 5)
        #expect(blocks[3] == "一、加强宣传提示。各地要充分利用广播电视、新媒体和交通诱导屏等渠道，及时发布恶劣天气预警和路况信息，提醒驾驶人减速慢行、保持车距，切实增强安全意识和自我防护能力。")
        #expect(blocks[4].hasSuffix("防止发生连环追尾事故。"))
    }

    @Test func textWithOneParagraphALineIsLeftAsItIs() {
        let text = "第一段文字。\n第二段文字，内容较短。\n第三段。\n"
        #expect(TextBlockReader.blocks(from: text).map(\.text) == ["第一段文字。", "第二段文字，内容较短。", "第三段。"])
    }

    @Test func widthCountsChineseAsTwoColumns() {
        #expect(HardWrappedText.width(Substring("通知ab  ").unicodeScalars) == 6)
    }

    @Test func aPostsHeaderAndSignatureFrameTheArticle() throws {
        let post = """
        日月光华 -- 交通信息精华区文章阅读
        发信人: someone (路人), 信区: Traffic
        标  题: 关于做好冬季道路交通安全工作的通知
        发信站: 日月光华 (2002年09月10日18:07:23 星期二)

        关于做好冬季道路交通安全工作的通知
        一、加强宣传提示。各地要及时发布预警。
        二、强化路面管控。各地要增派警力。
        --
        一句签名档
        ※ 来源:·日月光华 bbs.example.edu.cn
        """
        let document = try Pipeline().document(from: Array(post.utf8), name: "post.txt")
        #expect(document.title == "关于做好冬季道路交通安全工作的通知")
        #expect(document.lead.paragraphs.isEmpty)
        #expect(document.sections.last?.paragraphs == ["各地要增派警力。"])
        #expect(document.trailer.contains("一句签名档"))
    }
}
