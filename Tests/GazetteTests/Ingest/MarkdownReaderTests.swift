import Testing

@testable import Gazette

/// Markdown is read by its marks: headings and list items keep their kind, emphasis and link
/// addresses go, tables and images become tables and captions, and the announcement's own
/// markers still make the outline.
@Suite struct MarkdownReaderTests {
    static func blocks(_ markdown: String) -> [Block] {
        MarkdownReader.read(markdown).blocks
    }

    @Test func atxAndSetextHeadingsKeepTheirLevel() {
        let blocks = Self.blocks(
            """
            澄湖县农业农村局工作总结
            ========================

            ## 一、主要成效 ##

            ### （一）粮食生产

            全年粮食播种面积稳定在21万亩。
            """)
        #expect(blocks.map(\.kind) == [.heading(1), .heading(2), .heading(3), .paragraph])
        #expect(blocks.map(\.text) == ["澄湖县农业农村局工作总结", "一、主要成效", "（一）粮食生产", "全年粮食播种面积稳定在21万亩。"])
    }

    @Test func aRuleUnderASentenceIsARuleNotAHeading() {
        let blocks = Self.blocks(
            """
            ## 一、工作进展

            全区新建充电桩420个，完成年度任务的105%。
            ---
            第二部分的正文。
            """)
        #expect(blocks.map(\.kind) == [.heading(2), .paragraph, .paragraph])
        #expect(blocks.map(\.text) == ["一、工作进展", "全区新建充电桩420个，完成年度任务的105%。", "第二部分的正文。"])
    }

    @Test func emphasisCodeEscapesAndLinkAddressesGo() {
        let blocks = Self.blocks(
            #"""
            **1.压实工作责任。**各乡镇要在`6月底`前报送方案，详见[附件2](files/plan.pdf)，3\*4 不是强调，file_name 保留。
            """#)
        #expect(blocks.map(\.text) == ["1.压实工作责任。各乡镇要在6月底前报送方案，详见附件2，3*4 不是强调，file_name 保留。"])
    }

    @Test func anUnpairedMarkStaysAsWritten() {
        #expect(Self.blocks("增长率*为初步数").map(\.text) == ["增长率*为初步数"])
        #expect(Self.blocks("__init__ 与 **").map(\.text) == ["init 与 **"])
    }

    @Test func orderedItemsKeepTheirNumberAndBulletsLoseTheirDash() {
        let blocks = Self.blocks(
            """
            1. 加强组织领导。
            2) 强化资金保障。
            - 新建村级服务站12个；
            * [x] 已完成验收
            """)
        #expect(blocks.map(\.text) == ["1. 加强组织领导。", "2) 强化资金保障。", "新建村级服务站12个；", "已完成验收"])
        #expect(blocks.allSatisfy { $0.kind == .listItem })
    }

    @Test func wrappedLinesJoinWithoutASpaceBetweenChineseCharacters() {
        let blocks = Self.blocks(
            """
            全县新增城镇就业3200人，
            城镇调查失业率控制在5%以内，
            完成 annual
            review 工作。
            """)
        #expect(blocks.map(\.text) == ["全县新增城镇就业3200人，城镇调查失业率控制在5%以内，完成 annual review 工作。"])
    }

    @Test func aMarkedLineInsideAParagraphStartsABlock() {
        // Converters that drop blank lines still leave each point on its own line.
        let blocks = Self.blocks(
            """
            现将有关事项通知如下：
            一、申报范围
            二、申报程序
            """)
        #expect(blocks.map(\.text) == ["现将有关事项通知如下：", "一、申报范围", "二、申报程序"])
    }

    @Test func blockQuotesAreReadAsTheirText() {
        let blocks = Self.blocks(
            """
            > 要在**3年内**建成全域“一刻钟便民生活圈”。
            > > 引文中的引文
            """)
        #expect(blocks.map(\.text) == ["要在3年内建成全域“一刻钟便民生活圈”。", "引文中的引文"])
    }

    @Test func aPipeTableBecomesATableWithTheCaptionLineAboveIt() {
        let page = MarkdownReader.read(
            """
            表2 各镇完成情况（单位：万元）

            | 镇 | 计划投资 | 完成率（%） |
            |:---|---:|:---:|
            | 东坝镇 | 1,250 | 96.5 |
            | 西河镇 | 980 \\| 待核 | 88 |
            尾注：数据截至11月底。
            """)
        #expect(page.tables.count == 1)
        #expect(page.tables.first?.caption == "表2 各镇完成情况（单位：万元）")
        #expect(page.tables.first?.header == ["镇", "计划投资", "完成率（%）"])
        #expect(page.tables.first?.rows == [["东坝镇", "1,250", "96.5"], ["西河镇", "980 | 待核", "88"]])
        #expect(page.blocks.map(\.kind) == [.table(0), .paragraph])
    }

    @Test func anEmptyHeaderRowIsNoHeader() {
        let page = MarkdownReader.read(
            """
            |  |  |
            |--|--|
            | 指标 | 数值 |
            """)
        #expect(page.tables.first?.header == [])
        #expect(page.tables.first?.rows == [["指标", "数值"]])
    }

    @Test func imagesBecomeCaptionsFromTheirAltTextOrTheLineUnderThem() {
        let blocks = Self.blocks(
            """
            ![图1 新建成的社区食堂](img/canteen.jpg "食堂")

            ![](img/2.png)
            ▲ 志愿者为老人送餐

            ![image](img/3.png)

            正文继续，全年送餐1.6万份。
            """)
        #expect(
            blocks == [
                Block("图1 新建成的社区食堂", kind: .caption, image: "img/canteen.jpg"),
                Block("▲ 志愿者为老人送餐", kind: .caption, image: "img/2.png"),
                Block("正文继续，全年送餐1.6万份。"),
            ])
    }

    @Test func frontMatterGivesTheTitleAndThePageFields() {
        let page = MarkdownReader.read(
            """
            ---
            title: 关于做好秋冬季森林防火工作的通知
            date: 2025-10-09
            source: 县应急管理局
            ---

            # 关于做好秋冬季森林防火工作的通知
            """)
        #expect(page.title == "关于做好秋冬季森林防火工作的通知")
        #expect(page.hints.meta["date"] == "2025-10-09")
        #expect(page.hints.meta["source"] == "县应急管理局")
    }

    @Test func fencesKeepTheirLinesAndCommentsRulesAndDefinitionsGo() {
        let blocks = Self.blocks(
            """
            <!-- 导出自某编辑器 -->
            ```
            代码行 **不处理**
            ```

            ***
            [1]: https://example.org/a
            最后一段。
            """)
        #expect(blocks.map(\.text) == ["代码行 **不处理**", "最后一段。"])
    }

    @Test func aWhollyBoldShortLineReadsAsAHeading() {
        let blocks = Self.blocks("**——2025年第一批**\n\n**1.加强领导。**正文。")
        #expect(blocks.map(\.kind) == [.heading(MarkdownBlocks.strongLineLevel), .paragraph])
    }

    @Test func entitiesAndInlineTagsAreText() {
        #expect(Self.blocks("增幅&gt;5%<br/>达到&#20013;等").map(\.text) == ["增幅>5% 达到中等"])
    }

    @Test func markdownIsSniffedWhenTheNameSaysNothing() {
        #expect(Ingest.detectFormat(name: "notice", bytes: Array("# 标题\n\n## 一、范围\n\n正文".utf8)) == .markdown)
        #expect(Ingest.detectFormat(name: "notice", bytes: Array("# 标题\n\n正文见[附件](a.pdf)".utf8)) == .markdown)
        #expect(Ingest.detectFormat(name: "notice", bytes: Array("#话题#\n\n一、正文".utf8)) == .text)
        #expect(Ingest.detectFormat(name: "notice.txt", bytes: Array("# 标题\n\n## 一、范围".utf8)) == .text)
        #expect(Ingest.detectFormat(name: "notice.MD", bytes: Array("正文".utf8)) == .markdown)
    }

    @Test func theOutlineComesFromTheAnnouncementsMarkers() throws {
        let markdown = """
            # 青川区2025年为民办实事项目完成情况

            **——区政府办公室**

            今年确定的10件民生实事已全部完成。

            ## 一、教育提质

            （由区教育局牵头）

            新建幼儿园3所，新增学位1080个。

            ### （一）午餐补助

            惠及学生约2.4万人。

            ## 二、医疗便民

            建成社区医院2家。
            """
        let document = try Pipeline().document(from: Array(markdown.utf8), name: "tasks.md")
        #expect(document.source.format == .markdown)
        #expect(document.title == "青川区2025年为民办实事项目完成情况")
        #expect(document.subtitle == "区政府办公室")
        #expect(document.sections.map(\.marker) == ["一、", "二、"])
        #expect(document.sections.first?.title == "教育提质")
        #expect(document.sections.first?.leadOrganizations == ["区教育局"])
        #expect(document.sections.first?.sections.map(\.title) == ["午餐补助"])
        #expect(document.sections.first?.figures.map(\.text) == ["3所", "1080个"])
    }

    @Test func anUnmarkedHeadingAsHighAsTheSectionsClosesThem() throws {
        let markdown = """
            # 关于开展冬季消防安全检查的通知

            云台发布 2025年11月03日 09:15

            各乡镇，县级各部门：

            为防范火灾事故，现就有关事项通知如下：

            ### 一、检查范围

            全县62家人员密集场所。

            #### （一）重点对象

            养老机构14家。

            ### 二、检查方式

            采取“四不两直”方式，每月抽查1次。

            ## 有关要求

            检查结果于12月10日前报送。

            县安委会办公室

            2025年11月3日

            👇点击“阅读原文”，下载检查表
            """
        let document = try Pipeline().document(from: Array(markdown.utf8), name: "fire.md")
        #expect(document.addressee == "各乡镇，县级各部门：")
        #expect(document.sections.map(\.title) == ["检查范围", "检查方式"])
        #expect(document.sections.last?.paragraphs == ["采取“四不两直”方式，每月抽查1次。"])
        #expect(document.closing.paragraphs == ["有关要求", "检查结果于12月10日前报送。"])
        #expect(document.signature?.organizations == ["县安委会办公室"])
        #expect(document.metadata.publishedAt == "2025-11-03T09:15:00+08:00")
        #expect(document.trailer.contains("👇点击“阅读原文”，下载检查表"))
    }

    @Test func aBoldLineWithoutAMarkerDoesNotCloseTheSections() throws {
        let markdown = """
            # 工作简报

            ## 一、主要做法

            **典型经验**

            新建驿站5个。

            ## 二、下步打算

            再建3个。
            """
        let document = try Pipeline().document(from: Array(markdown.utf8), name: "brief.md")
        #expect(document.sections.map(\.title) == ["主要做法", "下步打算"])
        #expect(document.closing.paragraphs.isEmpty)
    }

    @Test func anImageWithAltTextAndACaptionLineHasOneCaption() {
        let blocks = Self.blocks(
            """
            ![图1 产业园](img/park.jpg)

            图1 智能装备产业园一期厂房，当年拿地当年投产。
            """)
        #expect(blocks == [Block("图1 智能装备产业园一期厂房，当年拿地当年投产。", kind: .caption, image: "img/park.jpg")])
    }
}
