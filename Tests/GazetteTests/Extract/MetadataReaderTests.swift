import Testing

@testable import Gazette

@Suite struct MetadataReaderTests {
    /// One reading: what the page or text gave the reader, and the whole record expected.
    struct Case: Sendable, CustomTestStringConvertible {
        var label: String
        var bylines: [String] = []
        var lines: [String] = []
        /// Lines right after a page's article.
        var postamble: [String] = []
        var meta: [String: String] = [:]
        var canonicalURL: String?
        var expected: Metadata

        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(
            label: "a reprint credited to the issue of a newspaper",
            lines: ["《江城日报》（ 2023年05月09日 04版）", "（网站编辑 李明）"],
            expected: Metadata(publishedAt: "2023-05-09", publishedAtSource: "byline", source: "江城日报")),
        Case(
            label: "a title in guillemets with a date but no page is no credit",
            lines: ["《关于2023年5月9日停水的通知》"],
            expected: Metadata()),
        Case(
            label: "portal byline with a font-size bar",
            bylines: ["发布时间：2025-03-18 09:30 来源：区发展改革委 字号：大 中 小"],
            expected: Metadata(publishedAt: "2025-03-18T09:30:00+08:00", publishedAtSource: "byline", source: "区发展改革委")),
        Case(
            label: "news byline: source, unlabelled time, author",
            bylines: ["来源：某某日报 2025-05-12 08:45 作者：张三"],
            expected: Metadata(
                publishedAt: "2025-05-12T08:45:00+08:00", publishedAtSource: "byline", source: "某某日报", author: "张三")),
        Case(
            label: "editor and reviewer separated by a bar",
            lines: ["编辑：李四 | 审核：王五"],
            expected: Metadata(author: "李四", reviewer: "王五")),
        Case(
            label: "full-width colons and a bracketed credit line",
            lines: ["（区融媒体中心供稿　责任编辑：赵六）"],
            expected: Metadata(author: "赵六")),
        Case(
            label: "PubDate meta tag",
            meta: ["PubDate": "2025-04-01 10:00"],
            expected: Metadata(publishedAt: "2025-04-01T10:00:00+08:00", publishedAtSource: "meta")),
        Case(
            label: "Open Graph time with its own zone is kept",
            meta: ["article:published_time": "2025-04-01T10:00:00+08:00"],
            expected: Metadata(publishedAt: "2025-04-01T10:00:00+08:00", publishedAtSource: "meta")),
        Case(
            label: "a byline wins over meta tags",
            bylines: ["发布时间：2025-03-18 09:30"],
            meta: ["PubDate": "2025-03-17 18:00", "ContentSource": "区政府办公室"],
            expected: Metadata(publishedAt: "2025-03-18T09:30:00+08:00", publishedAtSource: "byline", source: "区政府办公室")),
        Case(
            label: "canonical link passed through",
            canonicalURL: "https://www.example.gov.cn/zwgk/2025/0318/a.html",
            expected: Metadata(canonicalURL: "https://www.example.gov.cn/zwgk/2025/0318/a.html")),
        Case(
            label: "document number line",
            lines: ["渝中府办发〔2025〕12号"],
            expected: Metadata(documentNumber: "渝中府办发〔2025〕12号")),
        Case(
            label: "date-only signature line",
            lines: ["某某区人民政府", "2025年4月2日"],
            expected: Metadata(publishedAt: "2025-04-02", publishedAtSource: "header-date")),
        Case(
            label: "a sentence that mentions a date is no date line",
            lines: ["区政府于2025年3月18日召开常务会议，研究部署全年重点工作。"],
            expected: Metadata()),
        Case(
            label: "a visible byline time wins over a modification time in the meta tags",
            bylines: ["2024年05月10日 00:26 某某经济新闻"],
            meta: ["article:published_time": "2024-05-10T05:54:20+08:00"],
            expected: Metadata(publishedAt: "2024-05-10T00:26:00+08:00", publishedAtSource: "byline")),
        Case(
            label: "a byline line that opens with a date gives the date alone",
            bylines: ["2004-12-10 阅读10544次"],
            expected: Metadata(publishedAt: "2004-12-10", publishedAtSource: "byline")),
        Case(
            label: "a signature's date beside its source yields to the meta tags",
            lines: ["某某股份有限公司董事会", "2005年8月25日（来源：某某证券报）"],
            meta: ["article:published_time": "2005-08-26 05:39:00"],
            expected: Metadata(publishedAt: "2005-08-26T05:39:00+08:00", publishedAtSource: "meta", source: "某某证券报")),
        Case(
            label: "JSON-LD datePublished ranks above other meta tags",
            meta: ["json-ld:datePublished": "2024-03-01T08:00:00+08:00", "PubDate": "2024-03-02 09:00"],
            expected: Metadata(publishedAt: "2024-03-01T08:00:00+08:00", publishedAtSource: "json-ld")),
        Case(
            label: "a time under the article (a comment's) yields to the meta tags",
            postamble: ["2024-05-11 10:46"],
            meta: ["og:release_date": "2024-05-08 23:23:53"],
            expected: Metadata(publishedAt: "2024-05-08T23:23:53+08:00", publishedAtSource: "meta")),
        Case(
            label: "a meta name written with a trailing blank",
            meta: ["og:time ": "2024-01-25 18:03:35"],
            expected: Metadata(publishedAt: "2024-01-25T18:03:35+08:00", publishedAtSource: "meta")),
        Case(
            label: "a <time> element when nothing else dates the page",
            meta: ["time:datetime": "2024-05-08 23:23"],
            expected: Metadata(publishedAt: "2024-05-08T23:23:00+08:00", publishedAtSource: "time-element")),
        Case(
            label: "the address when nothing else dates the page",
            canonicalURL: "https://www.example.gov.cn/art/2025/6/3/art_1_2.html",
            expected: Metadata(
                publishedAt: "2025-06-03", publishedAtSource: "url",
                canonicalURL: "https://www.example.gov.cn/art/2025/6/3/art_1_2.html")),
        Case(
            label: "a button's label glued to the source, a system account as the author",
            bylines: ["来源：溪山日报 举报 作者：系统管理员"],
            expected: Metadata(source: "溪山日报")),
        Case(
            label: "a user id is no author; the site's name neither",
            lines: ["作者：user10086"],
            meta: ["author": "溪山网", "og:site_name": "溪山网"],
            expected: Metadata(source: "溪山网")),
        Case(
            label: "nothing stated",
            lines: ["某某区人民政府"],
            expected: Metadata()),
    ]

    @Test(arguments: cases)
    func metadataIsReadFromWhatTheSourceStates(reading: Case) {
        let metadata = MetadataReader.read(
            bylines: reading.bylines, lines: reading.lines, postamble: reading.postamble, meta: reading.meta,
            canonicalURL: reading.canonicalURL)
        #expect(metadata == reading.expected)
    }

    /// Dates in the body of an announcement say when something happened, not when the
    /// announcement was published.
    @Test func dateInABodySentenceIsNotThePublicationTime() throws {
        let text = """
            关于开展夏季消防安全检查的通知
            各街道、各部门：
            区政府定于2025年6月3日起开展为期一个月的夏季消防安全检查，请各单位做好自查。
            一、检查范围
            人员密集场所、高层建筑和老旧小区，重点检查消防通道是否畅通。
            """
        let document = try Pipeline().document(from: Array(text.utf8), name: "notice.txt")
        #expect(document.metadata.publishedAt == nil)
        #expect(document.metadata.source == nil)
    }

    @Test func signatureDateOfATextIsThePublicationTime() throws {
        let text = """
            关于开展夏季消防安全检查的通知
            各街道、各部门：
            区政府定于2025年6月3日起开展为期一个月的夏季消防安全检查，请各单位做好自查。
            一、检查范围
            人员密集场所、高层建筑和老旧小区，重点检查消防通道是否畅通。
            某某区人民政府办公室
            2025年5月28日
            """
        let document = try Pipeline().document(from: Array(text.utf8), name: "notice.txt")
        #expect(document.metadata.publishedAt == "2025-05-28")
    }

    // MARK: - Timestamps

    @Test(
        arguments: [
            ("2025-03-18 09:30", "2025-03-18T09:30:00+08:00"),
            ("2025-03-18 09:30:15", "2025-03-18T09:30:15+08:00"),
            ("2025年3月18日", "2025-03-18"),
            ("2025年3月18日 09:30", "2025-03-18T09:30:00+08:00"),
            ("2025年3月18日09时30分", "2025-03-18T09:30:00+08:00"),
            ("2025/3/8 7:05", "2025-03-08T07:05:00+08:00"),
            ("发布时间：2025-03-18　09：30", "2025-03-18T09:30:00+08:00"),
            ("2025-04-01T10:00:00+08:00", "2025-04-01T10:00:00+08:00"),
            ("2025-04-01T02:00:00Z", "2025-04-01T02:00:00Z"),
            ("2025-03-18 25:10", "2025-03-18"),
            ("二〇二五年三月十八日", "2025-03-18"),
            // Clocks as people read them: a weekday between date and time, a part of the day
            // before the clock, .NET's month/day/year with AM or PM, and English dates.
            ("2024年5月22日週三 上午8:21", "2024-05-22T08:21:00+08:00"),
            ("2024年5月22日（星期三）下午3:05", "2024-05-22T15:05:00+08:00"),
            ("2025-01-09 周四 10:15", "2025-01-09T10:15:00+08:00"),
            ("2025年1月9日 中午12:10", "2025-01-09T12:10:00+08:00"),
            ("7/5/2005 9:23:57 PM", "2005-07-05T21:23:57+08:00"),
            ("发布日期： 9/17/2004 5:54:13 AM", "2004-09-17T05:54:13+08:00"),
            ("12/1/2010 12:05:00 AM", "2010-12-01T00:05:00+08:00"),
            ("Sunday, March 16th, 2014 | Posted by admin", "2014-03-16"),
            ("Published: Mar 3, 2021 at 10:30 am", "2021-03-03T10:30:00+08:00"),
            ("16 September 2019", "2019-09-16"),
        ] as [(String, String)])
    func timestampsBecomeISO(text: String, iso: String) {
        #expect(Timestamp.iso(from: text) == iso)
    }

    @Test(arguments: ["2025年3月", "2025年", "今天上午九点", "09:30", "2025年2月30日"])
    func textWithoutAFullDateHasNoTimestamp(text: String) {
        #expect(Timestamp.iso(from: text) == nil)
    }

    /// Zones written in ways common on the web: the basic form "+0900" and a UTC time with
    /// milliseconds, as JavaScript's `toISOString()` writes it.
    @Test(
        arguments: [
            ("2025-04-01T10:00:00+0900", "2025-04-01T10:00:00+09:00"),
            ("2025-04-01T02:00:00.000Z", "2025-04-01T02:00:00Z"),
        ] as [(String, String)])
    func zonesOfOtherFormsAreNotReplacedByChinaTime(text: String, iso: String) {
        #expect(Timestamp.iso(from: text) == iso)
    }

    /// An open-government table prints each label and its value in separate cells; its
    /// generated date is the page's date, ahead of a page-generation stamp in the meta tags.
    @Test func aLabelAloneTakesTheValueInTheNextCell() {
        let metadata = MetadataReader.read(
            lines: [],
            preamble: ["索 引 号：", "0147/2023-0042", "生成日期：", "2023-05-11", "公开方式：", "主动公开", "责任部门：", "某县统计局"],
            meta: ["PubDate": "2023-08-16 10:33:59"])
        #expect(metadata.publishedAt == "2023-05-11")
        #expect(metadata.publishedAtSource == "byline")
        #expect(MetadataReader.joiningLoneLabels(["来源：", "某某日报", "正文第一句。"]) == ["来源：某某日报", "正文第一句。"])
    }

    /// A date label of four characters that runs straight into its date.
    @Test func aDateLabelWithoutAColonStillLabels() {
        let metadata = MetadataReader.read(bylines: ["[发布时间2019年3月19日] [浏览次数：36]"], lines: [])
        #expect(metadata.publishedAt == "2019-03-19")
        #expect(BylineFields.fields(in: "时间2019年").isEmpty)
    }

    /// A byline that opens with an English date dates the page.
    @Test func aBylineOpeningWithAnEnglishDateDatesThePage() {
        let metadata = MetadataReader.read(bylines: ["Sunday, March 16th, 2014 | Posted by admin"], lines: [])
        #expect(metadata.publishedAt == "2014-03-16")
        #expect(metadata.publishedAtSource == "byline")
    }

    /// A short line between title and article with a site's name and a date dates the page,
    /// below tags that give the time as well.
    @Test func aShortBylineWithADateRanksBelowTimedTags() {
        let bare = MetadataReader.read(bylines: ["新华网 2019-03-19"], lines: [])
        #expect(bare.publishedAt == "2019-03-19")
        #expect(bare.publishedAtSource == "header-date")
        let tagged = MetadataReader.read(bylines: ["新华网 2019-03-19"], lines: [], meta: ["PubDate": "2019-03-19 08:30"])
        #expect(tagged.publishedAt == "2019-03-19T08:30:00+08:00")
        #expect(tagged.publishedAtSource == "meta")
        let sentence = MetadataReader.read(bylines: ["2019年3月19日，市政府召开常务会议，研究部署春季农业生产工作。"], lines: [])
        #expect(sentence.publishedAtSource != "header-date")
    }

    @Test func englishWordsThatAreNoDateGiveNone() {
        #expect(Timestamp.iso(from: "May 2020 brought 3 new parks") == nil)
        #expect(Timestamp.iso(from: "March 40, 2014") == nil)
    }

    /// Month/day/year stays unread without a clock that settles the order ("7/5/2005" may be
    /// the 7th of May).
    @Test func slashedDateWithoutAClockIsNotGuessed() {
        #expect(Timestamp.iso(from: "7/5/2005") == nil)
        #expect(Timestamp.iso(from: "7/5/2005 21:23") == nil)
    }

    // MARK: - Document numbers

    @Test(
        arguments: [
            ("渝中府办发〔2025〕12号", "渝中府办发〔2025〕12号"),
            ("关于印发实施方案的通知（渝中府办发〔2025〕12号）", "渝中府办发〔2025〕12号"),
            ("某某府发[2024]3号", "某某府发[2024]3号"),
            ("某某教发［2023］105号", "某某教发［2023］105号"),
        ] as [(String, String)])
    func documentNumbersAreFound(line: String, number: String) {
        #expect(DocumentNumber.find(in: line) == number)
    }

    @Test(arguments: [
        "〔2025〕12号",
        "2025年12号楼完成改造",
        "渝中府办发〔2025〕号",
        "渝中府办发〔25〕12号",
        "全区共有住宅小区（2025）12个",
    ])
    func linesWithoutADocumentNumberHaveNone(line: String) {
        #expect(DocumentNumber.find(in: line) == nil)
    }

    @Test(arguments: [
        ("https://www.example.gov.cn/art/2025/6/3/art_1482_603917.html", "2025-06-03"),
        ("http://www.example.gov.cn/xwzx/202506/t20250603_123456.html", "2025-06-03"),
        ("https://news.example.com/shehui/2025-05/20/content_8712.htm", "2025-05-20"),
        ("https://example.com/a/20250412/99.html", "2025-04-12"),
    ])
    func datesInAddressesArePublicationDates(url: String, date: String) {
        #expect(Timestamp.dateInURL(url) == date)
    }

    @Test(arguments: [
        "https://www.example.gov.cn/col/col1482/index.html",
        "https://example.com/a/20251340/1.html",
        "https://example.com/item/12345678901",
    ])
    func addressesWithoutADateHaveNone(url: String) {
        #expect(Timestamp.dateInURL(url) == nil)
    }

    @Test func metaPublicationTimeOutranksASignatureDate() {
        let metadata = MetadataReader.read(lines: ["澜溪区财政局", "2025年3月17日"], meta: ["PubDate": "2025-03-18 09:30"])
        #expect(metadata.publishedAt == "2025-03-18T09:30:00+08:00")
        let unlabelled = MetadataReader.read(lines: ["澜溪区财政局", "2025年3月17日"])
        #expect(unlabelled.publishedAt == "2025-03-17")
    }

    @Test func viewCountsDoNotRunIntoTheSource() {
        let metadata = MetadataReader.read(bylines: ["2025-05-28 16:47 来源：高新区管委会 浏览：326"], lines: [])
        #expect(metadata.source == "高新区管委会")
    }

    @Test func aDateInPiecesBeforeTheTitleDatesThePage() {
        let metadata = MetadataReader.read(lines: [], preamble: ["首页 > 时政", "2025 04/10 09:30:12", "来源：新华网"])
        #expect(metadata.publishedAt == "2025-04-10T09:30:12+08:00")
        #expect(metadata.source == "新华网")
    }

    @Test func thePublicationDateOutranksTheDateOfSigning() {
        let rows = ["索引号：11330100MB0000000X/2025-00012", "成文日期：2025-04-08", "发文字号：澜政发〔2025〕6号", "发布日期：2025-04-11"]
        let metadata = MetadataReader.read(lines: [], preamble: rows)
        #expect(metadata.publishedAt == "2025-04-11")
        #expect(metadata.documentNumber == "澜政发〔2025〕6号")
        #expect(MetadataReader.read(lines: [], preamble: Array(rows.prefix(3))).publishedAt == "2025-04-08")
    }

    @Test func aListOfOtherArticlesBeforeTheTitleDoesNotDateThePage() {
        let metadata = MetadataReader.read(lines: [], preamble: ["区里召开防汛会议 2025-06-10 09:00", "城东泵站完成检修 2025-06-03"])
        #expect(metadata.publishedAt == nil)
    }

    @Test func publishingSystemsKeepTheTimeInTheirScripts() {
        let page = Array(
            """
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished": "2024-03-01T08:00:00+08:00"}</script>
            <script>ARTICLE_INFO = { site:'news', pubtime:'2014-01-04 08:07', xpublishTime: '1999-01-01' };
            var pubdata='2017年07月10日'; if(pubdata!=''){ document.write(pubdata); }</script>
            """.utf8)
        let dates = PageHints.scriptDates(in: page)
        #expect(dates["datePublished"] == "2024-03-01T08:00:00+08:00")
        #expect(dates["pubtime"] == "2014-01-04 08:07")
        #expect(dates["pubdata"] == "2017年07月10日")
        #expect(dates["publishTime"] == nil)
    }

    @Test func aWeChatArticlesScriptTimeIsItsPublicationTime() {
        let page = Array(
            #"<script>var appmsg_type = "9"; var ct = "1744246800"; var publish_time = "" || "";</script>"#.utf8)
        #expect(PageHints.scriptTime(in: page) == "2025-04-10T09:00:00+08:00")
        #expect(PageHints.scriptTime(in: Array(#"<script>var ct = "";</script>"#.utf8)) == nil)
        #expect(PageHints.beijingTime(0) == "1970-01-01T08:00:00+08:00")
        #expect(PageHints.beijingTime(951_782_400) == "2000-02-29T08:00:00+08:00")
    }

    @Test func labelsWithABarReadLikeLabelsWithAColon() {
        let metadata = MetadataReader.read(lines: ["编辑 | 林某　审核 | 黄某"])
        #expect(metadata.author == "林某")
        #expect(metadata.reviewer == "黄某")
        #expect(TrailerLines.isMetadata("编辑 | 林某　审核 | 黄某"))
        #expect(TrailerLines.isMetadata("来源 | 溪宁县统计局"))
        #expect(!TrailerLines.isMetadata("产值 | 增速 | 占比"))
    }
}
