import Testing

@testable import Gazette

/// The structures of official documents, one at a time: how the title rule reads each kind of
/// item, how lists, numbering that runs on, chapters and articles nest, and the parts around
/// the numbered text (addressee, closing, attachments, signature).
@Suite struct OfficialStructureTests {
    private func outline(_ lines: [String]) -> Outline {
        Segmenter().outline(of: lines.map { Block($0) })
    }

    private func forms(_ nodes: [Outline.Node]) -> [Section.TitleForm] { nodes.map(\.titleForm) }

    @Test(
        arguments: [
            // A heading line, a run-in heading, one with a comma, a label before a colon.
            ("加强组织领导", "加强组织领导", Section.TitleForm.heading, ""),
            ("加强就业服务。对登记失业人员提供免费服务。", "加强就业服务", .runIn, "对登记失业人员提供免费服务。"),
            ("着力扩大有效投资，发展后劲持续增强。全年实施项目126个。", "着力扩大有效投资，发展后劲持续增强", .runIn, "全年实施项目126个。"),
            ("元旦：1月1日至3日放假调休，共3天。", "元旦", .label, "1月1日至3日放假调休，共3天。"),
            ("动员部署阶段（2025年3月至4月）。各街道完成摸底。", "动员部署阶段（2025年3月至4月）", .runIn, "各街道完成摸底。"),
            // Untitled: a condition, a figure in the first sentence, a long running sentence.
            ("对符合条件的小微企业，按每人1500元给予补贴，同一人员只能享受1次。", "", .none, "对符合条件的小微企业，按每人1500元给予补贴，同一人员只能享受1次。"),
            ("自本通告发布之日起，新迁入的人口不享有补偿政策。另行通知。", "", .none, "自本通告发布之日起，新迁入的人口不享有补偿政策。另行通知。"),
            ("全年新增就业6840人。其中高校毕业生2100人。", "", .none, "全年新增就业6840人。其中高校毕业生2100人。"),
        ] as [(String, String, Section.TitleForm, String)])
    func theTitleRuleReadsEachKindOfItem(rest: String, title: String, form: Section.TitleForm, body: String) {
        let read = SectionTitle.read(rest, maximumTitleLength: 64)
        #expect(read.title == title)
        #expect(read.form == form)
        #expect(read.body == body)
    }

    @Test func oneSentenceItemsOfAListAreUntitledAndTheTextAfterThemIsTheParents() {
        let result = outline([
            "管理办法",
            "第一条 有下列情形之一的，予以注销：",
            "（一）开展虚假登记；",
            "（二）擅自篡改登记结果；",
            "（三）其他违法情形。",
            "注销结果应当在平台公示。",
            "第二条 本办法自公布之日起施行。",
        ])
        let article = result.sections[0]
        #expect(article.children.map(\.title) == ["", "", ""])
        #expect(forms(article.children) == [.none, .none, .none])
        #expect(article.children.map(\.paragraphs) == [["开展虚假登记；"], ["擅自篡改登记结果；"], ["其他违法情形。"]])
        #expect(article.paragraphs == ["有下列情形之一的，予以注销：", "注销结果应当在平台公示。"])
        #expect(article.paragraphsBeforeChildren == 1)
        #expect(result.sections.map(\.marker.text) == ["第一条", "第二条"])
    }

    @Test func anArticleMayHoldTwoListsEachCountedFromOne() {
        let result = outline([
            "实施办法",
            "第一条 有下列情形之一的，不予受理：",
            "（一）材料不全的；",
            "（二）超过期限的。",
            "有下列情形之一的，予以撤销：",
            "（一）以欺骗手段取得的；",
            "（二）超越职权作出的；",
            "（三）其他依法应当撤销的。",
            "第二条 本办法自公布之日起施行。",
        ])
        let article = result.sections[0]
        #expect(article.children.map(\.marker.number) == [1, 2, 1, 2, 3])
        #expect(article.paragraphs == ["有下列情形之一的，不予受理：", "有下列情形之一的，予以撤销："])
        #expect(result.sections.count == 2)
    }

    @Test func shortItemsAmongSentencesAreSentencesToo() {
        let result = outline([
            "办事指南",
            "一、申请材料",
            "1）高新技术企业认定证书",
            "2）进入市级培育库的证书或认定通知；",
            "3）科技项目立项证明材料。",
        ])
        #expect(forms(result.sections[0].children) == [.none, .none, .none])
        #expect(result.sections[0].children[0].paragraphs == ["高新技术企业认定证书"])
    }

    @Test func numberingThatRunsOnAcrossParentsNests() {
        let result = outline([
            "实施意见",
            "一、发展民生事业",
            "（一）扩大助餐服务。新建助餐点100个。",
            "（二）拓展居家服务。每年改造1万户。",
            "二、强化要素保障",
            "（三）加大用地支持。按标准配建设施。",
        ])
        #expect(result.sections.map(\.children.count) == [2, 1])
        #expect(result.sections[1].children.map(\.marker.number) == [3])
        #expect(result.sections[1].children.map(\.title) == ["加大用地支持"])
    }

    @Test func chaptersHoldPartsAndArticlesRunOnAcrossThem() {
        let result = outline([
            "开放管理办法",
            "第一章　总　则",
            "第一条　为了规范公共数据开放，制定本办法。",
            "第二章　开放管理",
            "第一节　开放目录",
            "第二条　市大数据局负责编制开放目录。",
            "第二节　开放平台",
            "第三条（平台建设）市大数据局建设开放平台。",
        ])
        #expect(result.sections.map(\.title) == ["总则", "开放管理"])
        let chapter = result.sections[1]
        #expect(chapter.children.map(\.marker.text) == ["第一节", "第二节"])
        #expect(chapter.children.map { $0.children.map(\.marker.text) } == [["第二条"], ["第三条"]])
        #expect(result.sections[0].children[0].title == "")
        #expect(result.sections[0].children[0].paragraphs == ["为了规范公共数据开放，制定本办法。"])
        // A caption in brackets names its article.
        #expect(chapter.children[1].children[0].title == "平台建设")
        #expect(chapter.children[1].children[0].paragraphs == ["市大数据局建设开放平台。"])
    }

    @Test func aNoticeHasItsPartsAroundTheNumberedText() {
        let result = outline([
            "澜江省人民政府办公厅关于进一步稳定和扩大",
            "就业若干措施的通知",
            "澜政办发〔2025〕9号",
            "各市、县（区）人民政府，省政府各部门、各直属机构：",
            "经省政府同意，现提出以下措施。",
            "一、支持企业稳定岗位",
            "（一）延续稳岗返还。对不裁员的企业返还失业保险费。",
            "各地区、各部门要确保各项措施落地见效。",
            "本通知自印发之日起施行。",
            "附件：1．2025年就业补贴项目清单",
            "2．稳岗返还申领流程",
            "澜江省人民政府办公厅",
            "2025年3月12日",
            "（此件公开发布）",
        ])
        #expect(result.title == "澜江省人民政府办公厅关于进一步稳定和扩大就业若干措施的通知")
        #expect(result.addressee == "各市、县（区）人民政府，省政府各部门、各直属机构：")
        #expect(result.lead == ["经省政府同意，现提出以下措施。"])
        #expect(result.sections[0].children[0].paragraphs == ["对不裁员的企业返还失业保险费。"])
        #expect(result.closing == ["各地区、各部门要确保各项措施落地见效。", "本通知自印发之日起施行。"])
        #expect(result.attachments == ["2025年就业补贴项目清单", "稳岗返还申领流程"])
        #expect(result.signature == Signature(organizations: ["澜江省人民政府办公厅"], date: "2025-03-12", release: "此件公开发布"))
    }

    /// A notice that issues a document is signed before the document it issues.
    @Test func aCoverNoticeIsSignedBeforeTheDocumentItIssues() {
        let result = outline([
            "国家数据局关于印发《公共数据资源登记管理暂行办法》的通知",
            "各省、自治区、直辖市和新疆生产建设兵团数据管理部门（局、委）：",
            "现将《公共数据资源登记管理暂行办法》印发给你们，请认真贯彻执行。",
            "国家数据局",
            "2025年3月24日",
            "公共数据资源登记管理暂行办法",
            "第一条 为了规范登记工作，制定本办法。",
            "第二条 本办法自公布之日起施行。",
        ])
        #expect(result.addressee == "各省、自治区、直辖市和新疆生产建设兵团数据管理部门（局、委）：")
        #expect(result.lead == ["现将《公共数据资源登记管理暂行办法》印发给你们，请认真贯彻执行。"])
        #expect(result.signature == Signature(organizations: ["国家数据局"], date: "2025-03-24"))
        #expect(result.attachments == ["公共数据资源登记管理暂行办法"])
        #expect(result.sections.map(\.marker.text) == ["第一条", "第二条"])
    }

    /// A joint document: a long addressee naming places before their units, a request as the
    /// closing, and eight organs over the date.
    @Test func aJointNoticeNamesManyUnits() {
        let organs = ["国家发展改革委", "国家数据局", "中央网信办", "交通运输部", "海关总署", "国家铁路局", "中国民航局", "中国国家铁路集团有限公司"]
        let result = outline(
            [
                "关于开展物流数据开放互联试点工作的通知",
                "天津市、河北省发展改革委、数据管理部门，天津、石家庄、宁波、合肥海关，沈阳、上海铁路监督管理局：",
                "为推动物流数据开放互联，现就试点工作通知如下。",
                "一、试点目标",
                "形成一批可复制的经验。",
                "请各试点地区于2月14日前反馈联络人。",
            ] + organs + ["2025年2月7日"])
        #expect(result.addressee?.hasPrefix("天津市、河北省") == true)
        #expect(result.closing == ["请各试点地区于2月14日前反馈联络人。"])
        #expect(result.signature?.organizations == organs)
        #expect(result.signature?.date == "2025-02-07")
    }

    @Test func aSectionsOwnFirstParagraphIsNeverTheClosing() {
        let result = outline(["通知", "一、工作要求", "各地区、各部门要高度重视，抓好落实。"])
        #expect(result.sections[0].paragraphs == ["各地区、各部门要高度重视，抓好落实。"])
        #expect(result.closing.isEmpty)
    }

    @Test func notesAfterTheLastPartAreTheClosingAndNoSections() {
        let result = outline([
            "统计公报", "一、综合", "全年地区生产总值286.4亿元。", "注释：", "1.本公报中数据均为初步统计数。", "2.增长速度按不变价格计算。",
        ])
        #expect(result.sections.count == 1)
        #expect(result.sections[0].children.isEmpty)
        #expect(result.closing == ["注释：", "1.本公报中数据均为初步统计数。", "2.增长速度按不变价格计算。"])
    }

    @Test func attachmentsPrintedAfterTheTextAreNoSections() {
        let result = outline([
            "办事指南", "一、办理流程", "1.企业申报。企业在线提交材料。", "2.部门核查。部门审核材料。",
            "附件1.封面模板", "1.申请表……………1", "2.营业执照……………2",
        ])
        #expect(result.sections[0].children.map(\.title) == ["企业申报", "部门核查"])
        #expect(result.attachments == ["封面模板"])
        #expect(result.trailer.contains("附件1.封面模板"))
    }

    @Test func aReportsSpeakerAndSalutationAreNoLead() {
        let result = outline([
            "政府工作报告", "——2025年1月15日在青崖县第十八届人民代表大会第五次会议上", "青崖县人民政府县长　苏明远", "各位代表：",
            "现在，我代表县人民政府向大会报告工作。", "一、工作回顾", "过去一年，经济运行总体平稳。", "各位代表！让我们团结一心，不懈奋斗！",
        ])
        #expect(result.subtitle == "2025年1月15日在青崖县第十八届人民代表大会第五次会议上")
        #expect(result.trailer.contains("青崖县人民政府县长　苏明远"))
        #expect(result.addressee == "各位代表：")
        #expect(result.lead == ["现在，我代表县人民政府向大会报告工作。"])
        #expect(result.closing == ["各位代表！让我们团结一心，不懈奋斗！"])
    }

    /// A law's title, the line that records how it was made, and "自主就业" (no "自……起" condition).
    @Test func aLawsEnactmentLineIsNoLead() {
        let result = outline([
            "退役安置条例", "2011年10月29日 国务院令第608号公布", "第一章 总则", "第一条 为了规范安置工作，制定本条例。",
            "第二章 安置", "第一节 自主就业", "第二条 由人民政府扶持自主就业。",
        ])
        #expect(result.lead.isEmpty)
        #expect(result.trailer.contains("2011年10月29日 国务院令第608号公布"))
        #expect(result.sections[1].children.map(\.title) == ["自主就业"])
    }

    /// A page's metadata table printed as text: spaced labels, the title again under it.
    @Test func theTitleRepeatedUnderAMetadataTableIsOneTitle() {
        let result = outline([
            "国务院关于调整生产许可证管理目录的决定",
            "索引号：000014349/2019-00012　　主题分类：工业、交通",
            "标　　题：国务院关于调整生产许可证管理目录的决定",
            "国务院关于调整生产许可证管理目录的决定",
            "国发〔2019〕19号",
            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
            "国务院决定对管理目录作出调整。",
        ])
        #expect(result.title == "国务院关于调整生产许可证管理目录的决定")
        #expect(result.subtitle == nil)
        #expect(result.lead == ["国务院决定对管理目录作出调整。"])
        #expect(MetadataReader.read(lines: result.trailer).index == "000014349/2019-00012")
    }

    /// Points of a paragraph printed one a line: "①…；" is an enumeration, no photo caption.
    @Test func enumeratedPointsAreNoCaptions() {
        let result = outline([
            "工作报告", "一、民生", "民生支出占一般公共预算支出的78.6%。", "①城镇新增就业6840人；", "②新建幼儿园5所；", "③完成老旧小区改造43个。",
        ])
        #expect(result.captions.isEmpty)
        #expect(result.sections[0].paragraphs.count == 4)
    }

    @Test func anIssuerOverItsDateUnderTheTitleIsNoSubtitle() {
        let result = outline(["青崖县2024年统计公报", "青崖县统计局", "2025年3月20日", "2024年，经济运行稳中有进。", "一、综合", "全年增长5.8%。"])
        #expect(result.subtitle == nil)
        #expect(result.lead == ["2024年，经济运行稳中有进。"])
    }

    @Test(arguments: [
        ("各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", true),
        ("各镇人民政府、各街道办事处，区政府各部门，有关单位：", true),
        ("同志们：", true),
        ("现将有关事项通知如下：", false),
        ("申报主体须同时满足以下条件：", false),
    ])
    func addresseeLines(line: String, isAddressee: Bool) {
        #expect(OfficialParts.isAddressee(line) == isAddressee)
    }
}
