import Testing

@testable import Gazette

@Suite struct SegmenterTests {
    private func outline(_ lines: [String], titleHint: String? = nil) -> Outline {
        Segmenter().outline(of: lines.map { Block($0) }, titleHint: titleHint)
    }

    @Test func titleAndSubtitleAreTheFirstShortLines() {
        let result = outline([
            "青石区2025年为民办实事项目实施方案",
            "（2025年3月18日区政府第9次常务会议审议通过）",
            "为持续增进民生福祉，制定本方案。",
            "一、工作目标",
            "全年办好十件民生实事。",
        ])
        #expect(result.title == "青石区2025年为民办实事项目实施方案")
        #expect(result.subtitle == "（2025年3月18日区政府第9次常务会议审议通过）")
        #expect(result.lead == ["为持续增进民生福祉，制定本方案。"])
        #expect(result.sections.map(\.title) == ["工作目标"])
    }

    @Test func aSentenceAfterTheTitleIsNoSubtitle() {
        let result = outline(["关于开展春季爱国卫生运动的通知", "各街道、各部门要按照要求开展春季爱国卫生运动。", "一、时间安排"])
        #expect(result.title == "关于开展春季爱国卫生运动的通知")
        #expect(result.subtitle == nil)
        #expect(result.lead == ["各街道、各部门要按照要求开展春季爱国卫生运动。"])
    }

    @Test func aFirstLineThatIsASentenceIsNoTitle() {
        let result = outline(["今年以来，全区上下扎实推进各项工作。", "一、主要成效", "成效明显。"])
        #expect(result.title == nil)
        #expect(result.lead == ["今年以来，全区上下扎实推进各项工作。"])
    }

    @Test func titleHintFromHTMLIsUsedAndItsBlockRemoved() {
        let result = outline(["首页通知", "关于开展春季爱国卫生运动的通知", "各街道要认真组织实施。"], titleHint: "关于开展春季爱国卫生运动的通知")
        #expect(result.title == "关于开展春季爱国卫生运动的通知")
        #expect(!result.lead.contains("关于开展春季爱国卫生运动的通知"))
        #expect(result.lead.contains("各街道要认真组织实施。"))
    }

    @Test func captionsBetweenSectionsNeverLandInASectionBody() {
        let result = outline([
            "某某区社区治理工作综述",
            "一、完善议事机制",
            "各社区普遍建立了居民议事会。",
            "①居民在议事会上发言",
            "▲社区工作人员整理意见",
            "二、提升服务能力",
            "图1 新建的便民服务站",
            "新建便民服务站12个。",
        ])
        #expect(result.captions.map(\.marker) == ["①", "▲", "图1"])
        #expect(result.sections.count == 2)
        #expect(result.sections[0].paragraphs == ["各社区普遍建立了居民议事会。"])
        #expect(result.sections[1].paragraphs == ["新建便民服务站12个。"])
    }

    @Test func subItemsNestUnderTheirItem() {
        let result = outline([
            "工作方案",
            "一、重点任务",
            "（一）改造老旧管网",
            "完成管网改造。",
            "（二）增设停车位",
            "新增停车位。",
            "二、保障措施",
            "（一）加强组织领导",
        ])
        #expect(result.sections.map(\.marker.text) == ["一、", "二、"])
        #expect(result.sections.map(\.level) == [1, 1])
        #expect(result.sections[0].children.map(\.title) == ["改造老旧管网", "增设停车位"])
        #expect(result.sections[0].children.map(\.level) == [2, 2])
        #expect(result.sections[0].children[1].paragraphs == ["新增停车位。"])
        #expect(result.sections[1].children.map(\.marker.number) == [1])
    }

    @Test func threeLevelsNest() {
        let result = outline(["方案", "一、任务", "（一）改造", "1.管网", "2.道路", "（二）管理"])
        let first = result.sections[0].children[0]
        #expect(first.children.map(\.title) == ["管网", "道路"])
        #expect(first.children.map(\.level) == [3, 3])
        #expect(result.sections[0].children.map(\.title) == ["改造", "管理"])
    }

    @Test func strayNumberThatDoesNotContinueNumberingStaysAParagraph() {
        let result = outline([
            "工作方案",
            "一、工作要求",
            "各单位要认真落实。",
            "3.各单位要于月底前报送工作进展。",
            "二、其他",
        ])
        #expect(result.sections.count == 2)
        #expect(result.sections[0].children.isEmpty)
        #expect(result.sections[0].paragraphs == ["各单位要认真落实。", "3.各单位要于月底前报送工作进展。"])
    }

    @Test func markerThatSkipsANumberIsNoSection() {
        let result = outline(["方案", "一、目标", "正文。", "三、措施", "正文。"])
        #expect(result.sections.count == 1)
        #expect(result.sections[0].paragraphs == ["正文。", "三、措施", "正文。"])
    }

    @Test func titleAndBodyOnOneLineAreSplitAtTheFirstStop() throws {
        let result = outline(["方案", "一、保障措施", "（一）加强组织领导。各街道要成立工作专班，明确专人负责。"])
        let item = try #require(result.sections.first?.children.first)
        #expect(item.title == "加强组织领导")
        #expect(item.paragraphs == ["各街道要成立工作专班，明确专人负责。"])
    }

    @Test func titleOnTheLineAfterABareMarker() throws {
        let result = outline(["年度工作综述", "01", "稳住经济基本盘", "全年地区生产总值稳步增长。", "02", "办好民生实事", "新建学校两所。"])
        #expect(result.sections.map(\.title) == ["稳住经济基本盘", "办好民生实事"])
        #expect(result.sections.map(\.paragraphs) == [["全年地区生产总值稳步增长。"], ["新建学校两所。"]])
    }

    @Test func closingSignatureAndDateGoToTheTrailer() {
        let result = outline([
            "关于开展安全检查的通知",
            "各街道：",
            "一、检查范围",
            "全区各类生产经营单位。",
            "某某区安全生产委员会办公室",
            "2025年4月2日",
        ])
        #expect(result.trailer == ["某某区安全生产委员会办公室", "2025年4月2日"])
        #expect(result.sections[0].paragraphs == ["全区各类生产经营单位。"])
    }

    @Test func sourceAndEditorLinesGoToTheTrailer() {
        let result = outline([
            "某某区召开河长制工作会议",
            "来源：某某区融媒体中心",
            "会议总结了去年工作，部署了今年任务。",
            "一、巩固治理成效",
            "持续开展河道清理。",
            "编辑：王某某",
            "（责任编辑：李某）",
        ])
        #expect(result.trailer.contains("来源：某某区融媒体中心"))
        #expect(result.trailer.contains("编辑：王某某"))
        #expect(result.trailer.contains("（责任编辑：李某）"))
        #expect(result.lead == ["会议总结了去年工作，部署了今年任务。"])
        #expect(result.sections[0].paragraphs == ["持续开展河道清理。"])
    }

    @Test func bodySentenceStartingWithABylineWordStaysInTheBody() {
        let sentence = "通讯员队伍不断壮大，全年发稿300篇。"
        let result = outline(["宣传工作总结", sentence])
        #expect(result.lead == [sentence])
        #expect(!result.trailer.contains(sentence))
    }

    @Test func numbersInTableCellsOpenNoSection() {
        let blocks = [
            Block("关于公布示范社区名单的通知"),
            Block("现将示范社区名单公布如下。"),
            Block("序号", kind: .tableCell), Block("社区", kind: .tableCell),
            Block("1", kind: .tableCell), Block("幸福里社区", kind: .tableCell),
            Block("2", kind: .tableCell), Block("和平社区", kind: .tableCell),
        ]
        let result = Segmenter().outline(of: blocks)
        #expect(result.sections.isEmpty)
        #expect(result.lead.contains("幸福里社区"))
    }

    @Test func aDateInsideASentenceIsNoSignature() {
        let result = outline(["通知", "一、时间", "活动定于2025年4月2日举行。"])
        #expect(result.trailer.isEmpty)
        #expect(result.sections[0].paragraphs == ["活动定于2025年4月2日举行。"])
    }

    @Test func caseMarkersMakeSections() {
        let result = outline(["优秀案例汇编", "案例一：社区食堂暖人心", "食堂每天供餐300人次。", "案例二：小院议事解民忧", "议事会化解纠纷。"])
        #expect(result.sections.map(\.marker.style) == [.caseNumber, .caseNumber])
        #expect(result.sections.map(\.title) == ["社区食堂暖人心", "小院议事解民忧"])
    }

    /// A page whose article opens with a data table without a caption: the placeholder has no
    /// text and is neither title nor subtitle (it used to stop the program).
    @Test func aTablePlaceholderFirstIsNoTitle() {
        let blocks = [Block("", kind: .table(0)), Block("全市主要农产品产量保持稳定。", kind: .paragraph), Block("粮食产量再创新高。")]
        let outline = Segmenter().outline(of: blocks)
        #expect(outline.title == nil)
        #expect(outline.lead == ["全市主要农产品产量保持稳定。", "粮食产量再创新高。"])
        let hinted = Segmenter().outline(
            of: [Block("产量统计", kind: .heading(1)), Block("表1 主要农产品产量", kind: .table(0))] + blocks.dropFirst(),
            titleHint: "产量统计")
        #expect(hinted.title == "产量统计")
        #expect(hinted.subtitle == nil)
    }

    @Test func aSubtitleLosesItsLeadingDash() {
        let outline = Segmenter().outline(of: [
            Block("向海图强三十年", kind: .heading(1)), Block("——澜州港开港三十周年发展纪实"), Block("三十年前，澜州港迎来第一艘货轮。"),
        ])
        #expect(outline.subtitle == "澜州港开港三十周年发展纪实")
    }
}
