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

    /// A text printed with a left margin: every line is indented, and an entry opens further in.
    @Test func aLeftMarginIsNoParagraphIndent() {
        let margin = String(repeating: " ", count: 10)
        let entry = String(repeating: " ", count: 14)
        let lines = [
            entry + "李华  女，２３岁，省滑雪队运动员。她去年２月在国际雪联的比",
            margin + "赛中，以１分５８秒２１的成绩获得大回转银牌，这是本队在该项",
            margin + "目上取得的最好成绩。同年３月，她又在全国锦标赛上获得回转和",
            margin + "大回转两枚金牌。",
            entry + "赵明  男，２６岁，省滑雪队运动员。他在全国锦标赛越野滑雪１",
            margin + "５公里比赛中，以４２分１７秒６的成绩夺得金牌，还和队友合作",
            margin + "在４０公里接力中获得铜牌。今年他将代表本队参加全国冬季运动会",
            margin + "的全部越野项目。",
        ]
        let blocks = TextBlockReader.blocks(from: lines.joined(separator: "\n")).map(\.text)
        #expect(blocks.count == 2)
        #expect(blocks.first?.contains("以１分５８秒２１的成绩") == true)
        #expect(blocks.last?.hasSuffix("参加全国冬季运动会的全部越野项目。") == true)
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
