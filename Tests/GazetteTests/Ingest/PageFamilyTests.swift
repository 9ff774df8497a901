import Foundation
import Testing

@testable import Gazette

/// One HTML sample of each page family (government portal in UTF-8 and GBK, a portal whose
/// declared charset lies, a WeChat article, a Word export, a news page with comments), read
/// through the whole pipeline and held against what a careful reader of the page sees.
/// The outline comes from `Samples/NAME.gold.json`; the rest is stated here, page by page.
@Suite struct PageFamilyTests {
    /// What a reader of one sample page sees besides its outline.
    struct Page: Sendable, CustomTestStringConvertible {
        var name: String
        var encoding: String
        var encodingSource: String
        /// Diagnostic codes the page must produce (others may follow).
        var diagnostics: [String] = []
        var publishedAt: String?
        var source: String?
        /// How the last lead paragraph ends on the page.
        var leadEndsWith: String
        /// The image each caption stands under, in order.
        var captionImages: [String]
        /// Text of the page's chrome (nav, breadcrumb, footer, related links, comments, share
        /// bar, QR-code block, scripts, styles) that must not reach the article.
        var boilerplate: [String]

        var testDescription: String { name }
    }

    static let pages: [Page] = [
        Page(
            name: "portal-page-utf8.html", encoding: "UTF-8", encodingSource: "declared",
            publishedAt: "2025-03-18T09:30:00+08:00", source: "松岚区发展改革委",
            leadEndsWith: "的滚动推进格局。",
            captionImages: ["/uploads/2025/03/18/xmjs01.jpg"],
            boilerplate: [
                "当前位置", "走进松岚", "松岚区召开2025年重大项目集中开工动员会", "渝ICP备05001234号-1", "siteConfig",
                "字号", "版权所有",
            ]),
        Page(
            name: "portal-page-gbk.html", encoding: "GB18030", encodingSource: "declared",
            publishedAt: "2025-04-09T16:05:00+08:00", source: "嘉溪区民生实事办",
            leadEndsWith: "现予以通报。",
            captionImages: ["/uploads/image/20250409/kfhw.jpg"],
            boilerplate: [
                "无障碍", "政民互动", "当前位置", "嘉溪区2025年十大民生实事出炉", "渝ICP备13004567号", "setFont", "责任编辑",
            ]),
        Page(
            name: "portal-gb-mislabeled.html", encoding: "GB18030", encodingSource: "detected",
            diagnostics: ["encoding-overridden"],
            publishedAt: "2025-04-08T10:20:00+08:00", source: "栖湖区人力社保局",
            leadEndsWith: "基金运行总体平稳。",
            captionImages: ["/images/2025-04/08/5208814_01.jpg"],
            boilerplate: [
                "欢迎访问栖湖区人民政府网站", "请输入关键字", "您当前的位置", "打印本页", "栖湖区举办2025年社保政策进企业宣讲活动",
                "蜀ICP备12008732号-1", "TRS_Editor", "浏览次数",
            ]),
        Page(
            name: "wechat-article.html", encoding: "UTF-8", encodingSource: "declared",
            publishedAt: "2025-05-09T18:30:00+08:00", source: "青枫区商务委",
            leadEndsWith: "力争到年底实现城市社区全覆盖。",
            captionImages: [
                "https://mmbiz.qpic.cn/mmbiz_jpg/Qf3kT9xLmP2aR7vYcB1nE0sW4uJ6hD8g/640?wx_fmt=jpeg&from=appmsg",
                "https://mmbiz.qpic.cn/mmbiz_jpg/Qf3kT9xLmP2aR7vYcB1nE0sW4uJ6hD8g/641?wx_fmt=jpeg&from=appmsg",
            ],
            boilerplate: [
                "长按识别二维码关注", "微信扫一扫", "预览时标签不可点", "阅读原文", "qingfeng_fabu", "功能介绍", "__appmsgCgiData",
                "权威发布",
            ]),
        Page(
            name: "word-export.html", encoding: "UTF-8", encodingSource: "declared",
            publishedAt: "2025-01-15", source: nil,
            leadEndsWith: "如下。",
            captionImages: [],
            boilerplate: [
                "区城市管理局综合科", "Microsoft Word", "mso-", "Times New Roman", "各街道项目完成情况", "9864.5", "枫桥街道",
            ]),
        Page(
            name: "news-with-comments.html", encoding: "UTF-8", encodingSource: "declared",
            publishedAt: "2025-05-12T08:45:00+08:00", source: "澜州日报",
            leadEndsWith: "劳动者约3.9万人。",
            captionImages: ["//img.lanzhounews.cn/2025/05/12/1184627_01.jpg"],
            boilerplate: [
                "网友评论", "我家孩子去年参加见习后留用了", "文明上网", "澜州地铁5号线二期今日试运行", "全市新增就业12.3万人",
                "澜ICP备09012345号-2", "分享到", "审核：韦东",
            ]),
    ]

    /// The repository root, from this file's location (Tests/GazetteTests/Ingest/…).
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func document(_ name: String) throws -> Document {
        try Pipeline().document(atPath: repositoryRoot.appendingPathComponent("Samples/\(name)").path)
    }

    /// The sample's gold file as a JSON object.
    static func gold(_ name: String) throws -> [String: Any] {
        let stem = name.split(separator: ".").dropLast().joined(separator: ".")
        let data = try Data(contentsOf: repositoryRoot.appendingPathComponent("Samples/\(stem).gold.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// Every text a reader would count as the article: lead and section paragraphs, section
    /// titles and captions.
    static func articleTexts(_ document: Document) -> [String] {
        document.lead.paragraphs + document.allSections.flatMap { [$0.section.title] + $0.section.paragraphs }
            + document.captions.map(\.text)
    }

    @Test(arguments: pages)
    func outlineMatchesTheGoldFile(page: Page) throws {
        let document = try Self.document(page.name)
        let gold = try Self.gold(page.name)
        #expect(document.title == gold["title"] as? String)
        #expect(document.subtitle == gold["subtitle"] as? String)
        let lead = try #require(gold["lead"] as? [String: Any])
        #expect(document.lead.paragraphs.count == lead["paragraphCount"] as? Int)
        if let start = lead["firstParagraphStartsWith"] as? String {
            #expect(
                document.lead.paragraphs.first?.hasPrefix(start) == true,
                "lead starts \(document.lead.paragraphs.first ?? "nil")")
        }
        #expect(
            document.lead.paragraphs.last?.hasSuffix(page.leadEndsWith) == true,
            "lead ends \(document.lead.paragraphs.last ?? "nil")")
        try Self.compare(document.sections, with: try #require(gold["sections"] as? [[String: Any]]), path: "")
        let captions = try #require(gold["captions"] as? [[String: Any]])
        #expect(document.captions.map(\.marker) == captions.map { $0["marker"] as? String })
        #expect(document.captions.map(\.text) == captions.map { $0["text"] as? String })
    }

    /// Compares sections level by level: count, markers, titles, and how the body starts and ends.
    static func compare(_ sections: [Section], with gold: [[String: Any]], path: String) throws {
        #expect(
            sections.map(\.marker) == gold.map { $0["marker"] as? String ?? "" },
            "markers under \(path.isEmpty ? "/" : path)")
        #expect(
            sections.map(\.title) == gold.map { $0["title"] as? String ?? "" },
            "titles under \(path.isEmpty ? "/" : path)")
        for (offset, (section, expected)) in zip(sections, gold).enumerated() {
            let here = "\(path)/\(offset + 1)"
            #expect(section.number == expected["number"] as? Int, "number of \(here)")
            #expect(
                section.leadOrganizations == expected["leadOrganizations"] as? [String], "lead organizations of \(here)"
            )
            if let form = expected["titleForm"] as? String {
                #expect(section.titleForm.rawValue == form, "title form of \(here)")
            }
            if let units = expected["responsibleOrganizations"] as? [String] {
                #expect(section.responsibleOrganizations == units, "responsible organizations of \(here)")
            }
            if let start = expected["bodyStartsWith"] as? String {
                #expect(
                    section.paragraphs.first?.hasPrefix(start) == true,
                    "\(here) starts \(section.paragraphs.first ?? "nil")")
            }
            if let end = expected["bodyEndsWith"] as? String {
                #expect(
                    section.paragraphs.last?.hasSuffix(end) == true, "\(here) ends \(section.paragraphs.last ?? "nil")")
            }
            try compare(section.sections, with: expected["sections"] as? [[String: Any]] ?? [], path: here)
        }
    }

    @Test(arguments: pages)
    func pageChromeNeverReachesTheArticle(page: Page) throws {
        let texts = Self.articleTexts(try Self.document(page.name))
        #expect(!texts.isEmpty)
        for fragment in page.boilerplate {
            let holders = texts.filter { $0.contains(fragment) }
            #expect(holders.isEmpty, "“\(fragment)” reached the article: \(holders)")
        }
    }

    @Test(arguments: pages)
    func metadataIsWhatThePageStates(page: Page) throws {
        let metadata = try Self.document(page.name).metadata
        #expect(metadata.publishedAt == page.publishedAt)
        #expect(metadata.source == page.source)
    }

    @Test(arguments: pages)
    func encodingIsReportedWithTheRuleThatDecidedIt(page: Page) throws {
        let document = try Self.document(page.name)
        #expect(document.source.format == .html)
        #expect(document.source.encoding == page.encoding)
        #expect(document.source.encodingSource == page.encodingSource)
        let codes = document.diagnostics.map(\.code)
        for code in page.diagnostics {
            #expect(codes.contains(code), "diagnostics: \(codes)")
        }
        if page.diagnostics.isEmpty {
            #expect(!codes.contains("encoding-overridden"))
            #expect(!codes.contains("undecodable-bytes"))
        }
    }

    @Test(arguments: pages)
    func captionsCarryTheirImage(page: Page) throws {
        let document = try Self.document(page.name)
        #expect(document.captions.map(\.image) == page.captionImages.map { Optional($0) })
    }

    /// Word's export of the report: one data table under section 一, its caption row lifted out,
    /// money columns scaled by the caption's "单位：万元", the rate column in per cent.
    @Test func wordExportTableKeepsItsCaptionHeaderRowsAndUnits() throws {
        let document = try Self.document("word-export.html")
        try #require(document.tables.count == 1)
        let table = document.tables[0]
        #expect(table.caption == "表1 各街道项目完成情况（单位：万元）")
        #expect(table.header == ["街道", "计划投资", "完成投资", "完成率（%）", "项目个数"])
        #expect(
            table.rows == [
                ["枫桥街道", "10250", "9864.5", "96.2", "24"],
                ["南浦街道", "9600", "9146.3", "95.3", "21"],
                ["柳塘街道", "7380", "6512.8", "88.2", "22"],
                ["石门街道", "7150", "7076.4", "99.0", "19"],
            ])
        #expect(table.section == "1")

        let money = table.figures.filter { $0.column == 1 || $0.column == 2 }
        #expect(
            money.map { "\($0.row),\($0.column)=\($0.value)" } == [
                "0,1=102500000", "0,2=98645000", "1,1=96000000", "1,2=91463000",
                "2,1=73800000", "2,2=65128000", "3,1=71500000", "3,2=70764000",
            ])
        #expect(money.allSatisfy { $0.unit == "元" && $0.kind == .money })
        #expect(money.map(\.context) == Array(repeating: ["计划投资", "完成投资"], count: 4).flatMap { $0 })

        let rates = table.figures.filter { $0.column == 3 }
        #expect(rates.map(\.value) == ["96.2", "95.3", "88.2", "99"])
        #expect(rates.allSatisfy { $0.unit == "%" && $0.kind == .percent })

        // The count column and the street names are not money.
        #expect(!table.figures.contains { $0.column == 0 })
        #expect(!table.figures.contains { $0.column == 4 && ($0.unit == "元" || $0.kind == .money) })
        // The table's cells stay out of the section body.
        #expect(!document.sections[0].paragraphs.contains { $0.contains("10250") })
    }

    /// Word wraps its source lines inside Chinese text ("报告\n如下"); a browser joins the two
    /// halves without a blank (CSS Text 3: a segment break between wide characters is removed).
    @Test func wordExportLineWrapsInsideChineseTextLeaveNoBlank() throws {
        let document = try Self.document("word-export.html")
        #expect(document.lead.paragraphs.last?.hasSuffix("现将有关情况报告如下。") == true, "\(document.lead.paragraphs)")
        #expect(document.sections.last?.paragraphs.first?.hasSuffix("出现不同程度损坏。") == true)
    }

    /// The trailer keeps the byline lines under the WeChat article, not the account's slogan
    /// printed under its QR code.
    @Test func wechatTrailerHoldsOnlyTheBylines() throws {
        let document = try Self.document("wechat-article.html")
        #expect(document.metadata.author == "林小禾")
        #expect(document.metadata.reviewer == "周启明")
        #expect(document.trailer.prefix(2) == ["来源：青枫区商务委", "编辑：林小禾 | 审核：周启明"])
        #expect(document.trailer == ["来源：青枫区商务委", "编辑：林小禾 | 审核：周启明"])
    }
}
