import Testing

@testable import Gazette

@Suite struct HTMLReaderTests {
    private static let firstParagraph = "3月18日，望湖区召开安全生产工作会议，部署近期重点工作。"
    private static let secondParagraph = "会议要求，各街道要压紧压实责任，全面排查隐患，确保不发生较大事故。"

    @Test func portalChromeIsLeftOutAndOnlyTheArticleRemains() {
        let page = """
            <html><head><title>望湖区召开安全生产工作会议_某某区人民政府</title></head>
            <body>
            <div class="nav"><a href="/">首页</a> <a href="/gk">政务公开</a> <a href="/fw">办事服务</a> <a href="/hd">互动交流</a></div>
            <div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/dt">工作动态</a></div>
            <div class="article">
            <h1>望湖区召开安全生产工作会议</h1>
            <p>\(Self.firstParagraph)</p>
            <p>\(Self.secondParagraph)</p>
            </div>
            <div id="footer">版权所有：某某区人民政府，地址：某某路1号，联系电话：12345。</div>
            </body></html>
            """
        let result = HTMLReader.read(page)
        #expect(result.blocks.map(\.text) == ["望湖区召开安全生产工作会议", Self.firstParagraph, Self.secondParagraph])
        #expect(result.blocks.first?.kind == .heading(1))
        #expect(result.title == "望湖区召开安全生产工作会议")
    }

    @Test func boilerplateElementsNeverReachBlocks() {
        let hidden = [
            "script": "脚本里的文字，不应出现。",
            "style": "样式里的文字，不应出现。",
            "nav": "导航里的文字，不应出现。",
            "footer": "页脚里的文字，不应出现。",
            "header": "页眉里的文字，不应出现。",
            "aside": "侧栏里的文字，不应出现。",
            "form": "表单里的文字，不应出现。",
        ]
        var body = ""
        for (element, text) in hidden.sorted(by: { $0.key < $1.key }) {
            body += "<\(element)>\(text)\(text)\(text)</\(element)>\n"
        }
        let page = """
            <html><head><title>通知</title><style>p { color: red }</style></head><body>
            <header>\(hidden["header"]!)</header>
            <div class="content"><p>\(Self.firstParagraph)</p>\(body)<p>\(Self.secondParagraph)</p></div>
            </body></html>
            """
        let blocks = HTMLReader.read(page).blocks.map(\.text)
        #expect(blocks.contains(Self.firstParagraph))
        #expect(blocks.contains(Self.secondParagraph))
        for (element, text) in hidden {
            #expect(!blocks.contains { $0.contains(text) }, "text inside <\(element)> reached the blocks")
        }
        #expect(!blocks.contains { $0.contains("color") })
    }

    @Test func entitiesAreDecoded() {
        let page = """
            <html><body><div class="content">
            <p>区长强调&ldquo;要抓好落实&rdquo;&mdash;&mdash;这是关键&nbsp;所在，各单位要认真执行。</p>
            </div></body></html>
            """
        let blocks = HTMLReader.read(page).blocks.map(\.text)
        #expect(blocks == ["区长强调“要抓好落实”——这是关键 所在，各单位要认真执行。"])
    }

    @Test func lineBreaksSplitBlocks() {
        let page = """
            <html><body><div class="content"><p>第一行说明了工作背景，内容较长。<br>第二行说明了工作目标，内容较长。<br/>第三行说明了工作要求，内容较长。</p></div></body></html>
            """
        let blocks = HTMLReader.read(page).blocks.map(\.text)
        #expect(blocks == ["第一行说明了工作背景，内容较长。", "第二行说明了工作目标，内容较长。", "第三行说明了工作要求，内容较长。"])
    }

    @Test func titleComesFromTheHeadingThatMatchesThePageTitle() {
        let page = """
            <html><head><title>关于做好汛期安全防范工作的通知_某某区人民政府</title></head><body>
            <div class="content">
            <h2>通知公告</h2>
            <h1>关于做好汛期安全防范工作的通知</h1>
            <p>各街道、各部门：近期降雨频繁，请切实做好汛期安全防范工作，确保群众安全。</p>
            </div></body></html>
            """
        #expect(HTMLReader.read(page).title == "关于做好汛期安全防范工作的通知")
    }

    @Test func withoutAHeadingTheTitleIsThePageTitleWithoutTheSiteSuffix() {
        let page = """
            <html><head><title>关于做好汛期安全防范工作的通知_某某区人民政府</title></head><body>
            <div class="content">
            <p>各街道、各部门：近期降雨频繁，请切实做好汛期安全防范工作，确保群众安全。</p>
            </div></body></html>
            """
        let result = HTMLReader.read(page)
        #expect(result.title == "关于做好汛期安全防范工作的通知")
        #expect(result.blocks.first == Block("关于做好汛期安全防范工作的通知", kind: .heading(1)))
    }

    @Test(arguments: [
        ("关于做好防汛工作的通知_某某区人民政府", "关于做好防汛工作的通知"),
        ("关于做好防汛工作的通知 - 某某区人民政府", "关于做好防汛工作的通知"),
        ("某某区人民政府|关于做好防汛工作的通知", "关于做好防汛工作的通知"),
        ("关于做好防汛工作的通知", "关于做好防汛工作的通知"),
        ("区长调研防汛工作 - 澜溪区人民政府门户网站", "区长调研防汛工作"),
        ("区长调研防汛工作 -- 澜溪区人民政府门户网站", "区长调研防汛工作"),
        ("区长调研防汛工作_工作动态_澜州市人民政府", "区长调研防汛工作"),
    ])
    func siteSuffixIsRemovedFromThePageTitle(pageTitle: String, article: String) {
        #expect(HTMLTitleFinder.articlePart(of: pageTitle) == article)
    }

    @Test(arguments: [
        ("盛开的杜鹃花与远处云海相映", true), ("图为志愿者在社区服务站为老人测量血压", true), ("▲ 新建成的口袋公园", true),
        ("（柳某某摄）", true), ("早上好~", false), ("“上次说的那个岗位，给你发offer了？”", false),
        ("那么，鸿蒙开发凭什么成为今年的就业黑马？", false), ("又是美好的周末，又是可爱的我们和你们相见~", false),
        ("会议指出，要压实责任，强化督导，确保各项工作落到实处", false),
    ])
    func aLineUnderAnImageIsACaptionOnlyWhenItDescribesIt(line: String, isCaption: Bool) {
        #expect(HTMLBlockFlattener.readsAsCaption(line) == isCaption)
    }

    @Test func aLabelledTimeAnywhereOnThePageDatesIt() {
        let page = """
            <html><head><title>望湖区召开安全生产工作会议_某某区人民政府</title></head><body>
            <div class="content"><h1>望湖区召开安全生产工作会议</h1><p>\(Self.firstParagraph)</p><p>\(Self.secondParagraph)</p></div>
            <div class="side"><span>发布时间：</span><span>2025-03-18 09:30</span></div>
            </body></html>
            """
        let result = HTMLReader.read(page)
        #expect(MetadataReader.read(lines: [], meta: result.hints.meta).publishedAt == "2025-03-18T09:30:00+08:00")
    }

    @Test func theFirstDateTimeBeforeTheArticleEndsIsTheLastResortButNotAListEntry() {
        let page = """
            <html><head><title>望湖区召开安全生产工作会议_某某区人民政府</title></head><body>
            <ul class="hot"><li><a href="/1.html">区里召开防汛会议</a> <span>2025-06-10 09:00</span></li></ul>
            <div class="info"><span class="t">2025-03-18 09:30</span></div>
            <div class="content"><h1>望湖区召开安全生产工作会议</h1><p>\(Self.firstParagraph)</p><p>\(Self.secondParagraph)</p></div>
            </body></html>
            """
        let result = HTMLReader.read(page)
        #expect(result.hints.meta["page:firstDateTime"] == "2025-03-18T09:30:00+08:00")
        let metadata = MetadataReader.read(lines: [], meta: result.hints.meta)
        #expect(metadata.publishedAt == "2025-03-18T09:30:00+08:00")
        #expect(metadata.publishedAtSource == "header-date")
    }

    @Test func anArticleOnlyAScriptShowsIsRead() {
        let page = """
            <html><head><title>望湖区召开安全生产工作会议_某某区人民政府</title></head><body>
            <div class="nav"><a href="/">首页</a></div>
            <div id="main" style="display: none"><h1>望湖区召开安全生产工作会议</h1><p>\(Self.firstParagraph)</p></div>
            <script>document.getElementById("main").style.display = "block";</script>
            </body></html>
            """
        #expect(HTMLReader.read(page).blocks.map(\.text).contains(Self.firstParagraph))
    }

    @Test func aHiddenArticleOutweighsAFewVisibleLines() {
        let page = """
            <html><head><title>望湖区召开安全生产工作会议_某某区人民政府</title></head><body>
            <div class="login">用户名：<input name="u"> 密码：<input name="p"> 注册，找回密码。</div>
            <td id="DivDisplay" style="display:none"><div><strong>望湖区召开安全生产工作会议</strong></div>
            <div>　　\(Self.firstParagraph)<br>　　\(Self.secondParagraph)<br>　　\(Self.firstParagraph)<br>　　\(Self.secondParagraph)
            <br>　　\(Self.firstParagraph)<br>　　\(Self.secondParagraph)</div></td>
            </body></html>
            """
        #expect(HTMLReader.read(page).blocks.map(\.text).contains(Self.secondParagraph))
    }

    @Test func hiddenTextStaysOutWhenTheArticleIsVisible() {
        let page = """
            <html><head><title>望湖区召开安全生产工作会议_某某区人民政府</title></head><body>
            <div class="content"><p>\(Self.firstParagraph)</p><p>\(Self.secondParagraph)</p></div>
            <div style="display:none"><p>隐藏的文字，不应出现在正文里，无论它有多长。</p></div>
            </body></html>
            """
        let texts = HTMLReader.read(page).blocks.map(\.text)
        #expect(texts.suffix(2) == [Self.firstParagraph, Self.secondParagraph])
        #expect(!texts.contains { $0.includes("隐藏的文字") })
    }

    @Test(arguments: [
        ("<h1>溪山县部署春耕生产<span class=\"badge\">原创</span></h1>", "溪山县部署春耕生产"),
        ("<h1><span>独家</span> 溪山县部署春耕生产</h1>", "溪山县部署春耕生产"),
    ])
    func aBadgeInTheHeadlineIsNoPartOfTheTitle(heading: String, title: String) {
        let page = """
            <html><head><title>溪山县部署春耕生产_溪山网</title></head><body>\(heading)
            <div class="content"><p>\(Self.firstParagraph)</p><p>\(Self.secondParagraph)</p></div></body></html>
            """
        #expect(HTMLReader.read(page).title == title)
    }

    @Test func aBadgeTheStatedTitleCarriesStays() {
        #expect(HTMLTitleFinder.withoutBadge("溪山县今年最值得去的地方推荐", unlike: []) == "溪山县今年最值得去的地方推荐")
        #expect(HTMLTitleFinder.withoutBadge("独家专访：溪山县县长谈春耕", unlike: ["独家专访：溪山县县长谈春耕"]) == "独家专访：溪山县县长谈春耕")
    }

    @Test func aHeadingWrittenWithOtherDashesMatchesThePageTitle() {
        let page = """
            <html><head><title>溪山观察丨春耕有了新帮手-无人机飞防覆盖十万亩-溪山头条</title></head><body>
            <h1>溪山观察丨春耕有了新帮手——无人机飞防覆盖十万亩</h1>
            <div class="content"><p>\(Self.firstParagraph)</p><p>\(Self.secondParagraph)</p></div>
            </body></html>
            """
        #expect(HTMLReader.read(page).title == "溪山观察丨春耕有了新帮手——无人机飞防覆盖十万亩")
    }

    @Test func aPageTitledOnlyBySiteAndChannelTakesTheLineAboveItsByline() {
        let page = """
            <html><head><title>溪山市注册会计师协会-要闻</title></head><body>
            <table><tr><td><a href="/">首页</a> <a href="/yw">要闻</a> <a href="/tz">通知</a></td></tr>
            <tr><td><font size="4">协会召开2025年度行业发展座谈会</font></td></tr>
            <tr><td>发布时间：2025-03-06 10:12</td></tr>
            <tr><td><p>\(Self.firstParagraph)</p><p>\(Self.secondParagraph)</p></td></tr></table>
            </body></html>
            """
        let result = HTMLReader.read(page)
        #expect(result.title == "协会召开2025年度行业发展座谈会")
        #expect(result.blocks.map(\.text).suffix(2) == [Self.firstParagraph, Self.secondParagraph])
    }

    static let pageWithPhotoBeforeASection = """
        <html><head><title>城东街道推进老旧小区改造_某某区人民政府</title></head><body>
        <div class="content">
        <h1>城东街道推进老旧小区改造</h1>
        <p>今年以来，城东街道扎实推进老旧小区改造，取得阶段性成效。</p>
        <p><img src="a.jpg"></p>
        <p>一、主要做法</p>
        <p>街道成立工作专班，逐户走访征求意见，改造小区12个。</p>
        <p>二、下一步打算</p>
        <p>继续推进剩余小区改造，确保年底前全面完工。</p>
        </div></body></html>
        """

    @Test func photoWithARealCaptionMarksItAsCaption() {
        let page = """
            <html><body><div class="content"><p>今年以来，城东街道扎实推进老旧小区改造，取得阶段性成效。</p>
            <p><img src="a.jpg"></p><p>改造后的小区</p></div></body></html>
            """
        #expect(HTMLReader.read(page).blocks.last == Block("改造后的小区", kind: .caption, image: "a.jpg"))
    }

    @Test func sectionHeadingAfterAPhotoIsNoCaption() throws {
        let blocks = HTMLReader.read(Self.pageWithPhotoBeforeASection).blocks
        let heading = try #require(blocks.first { $0.text == "一、主要做法" })
        #expect(heading.kind == .paragraph)
    }

    @Test func hiddenElementsAreLeftOut() {
        let page = """
            <html><body><div class="content">
            <p>\(Self.firstParagraph)</p>
            <div style="display: none">隐藏的文字不应出现，隐藏的文字不应出现。</div>
            <p hidden>另一段隐藏的文字，也不应出现在结果中。</p>
            </div></body></html>
            """
        let blocks = HTMLReader.read(page).blocks.map(\.text)
        #expect(blocks == [Self.firstParagraph])
    }

    @Test func aPageWithoutTextHasNoBlocks() {
        let page = "<html><head><script>var a = 1;</script></head><body><div><img src=\"a.png\"></div></body></html>"
        let result = HTMLReader.read(page)
        #expect(result.blocks.isEmpty)
        #expect(result.diagnostics.map(\.code) == ["no-article"])
    }

    @Test func aListOfLinksWithTheirDatesStaysOutOfTheBody() {
        let page = """
            <html><head><title>区里召开防汛会议_某某区人民政府</title></head><body><div>
            <h1>区里召开防汛会议</h1>
            <p>会议强调，各街道要压实防汛责任，加强值班值守，确保安全度汛。</p>
            <p>会议还部署了汛前隐患排查工作，要求逐项整改到位。</p>
            <ul><li><a href="/a.html">区里开展防汛演练</a><span>2025-06-10</span></li>
            <li><a href="/b.html">城东泵站完成检修</a><span>[2025-06-03]</span></li></ul>
            </div></body></html>
            """
        let texts = HTMLReader.read(page).blocks.map(\.text)
        #expect(texts.contains("会议还部署了汛前隐患排查工作，要求逐项整改到位。"))
        #expect(!texts.contains { $0.includes("防汛演练") || $0.includes("泵站") })
    }

    @Test func aBreakInsideTheHeadingPartsTitleAndSubtitle() {
        let page = """
            <html><head><title>澜州市召开优化营商环境大会_澜州市人民政府</title></head><body>
            <h1>澜州市召开优化营商环境大会<br>奋力打造办事不求人城市品牌</h1>
            <div class="content"><p>3月4日，澜州市召开优化营商环境大会，总结去年工作，部署今年任务。</p></div>
            </body></html>
            """
        let blocks = HTMLReader.read(page).blocks
        #expect(
            Array(blocks.prefix(2)) == [
                Block("澜州市召开优化营商环境大会", kind: .heading(1)), Block("奋力打造办事不求人城市品牌", kind: .heading(2)),
            ])
    }

    @Test func aPageWhoseTitleNamesOnlyTheSiteTakesItsMetaTitle() {
        let page = """
            <html><head><title>澜州市人民政府</title><meta name="ArticleTitle" content="澜州市出台夜间经济十条措施"></head><body>
            <div class="content"><p>近日，澜州市出台支持夜间经济发展的十条措施，从场景、消费和服务三方面发力。</p></div>
            </body></html>
            """
        #expect(HTMLReader.read(page).title == "澜州市出台夜间经济十条措施")
    }

    @Test(arguments: [
        ("【纠错】【打印】【关闭】", true), ("【打印】 【关闭】", true), ("附件：", true),
        ("【权威发布】全市一季度经济运行平稳", false), ("【字体：大 中 小】", false), ("附件：2025年补助名单", false),
        ("1/8", true), ("第1页 第2页 第3页 下一页", true), ("1/2的居民参与", false), ("第1页", false),
        ("【打印】", true), ("【案情回顾】", false), ("— END —", true), ("END", true), ("ENDING", false),
    ])
    func pageToolLinesAreFurniture(line: String, isTool: Bool) {
        #expect(FurnitureLines.isFurniture(line) == isTool)
    }

    @Test(arguments: [
        ("云溪县召开安全生产工作会议-云溪县人民政府", ["云溪县召开安全生产工作会议", "云溪县人民政府"]),
        ("澜溪区2025年1-2月财政收支情况", ["澜溪区2025年1-2月财政收支情况"]),
        ("新闻中心 - 青岚市启动老旧小区改造工程 - 青岚市人民政府", ["新闻中心", "青岚市启动老旧小区改造工程", "青岚市人民政府"]),
        ("关于调整借阅时间的通知-溪山职业学院-溪山职业学院图书馆", ["关于调整借阅时间的通知", "溪山职业学院", "溪山职业学院图书馆"]),
        ("溪山市发布COVID-19疫苗接种指引", ["溪山市发布COVID-19疫苗接种指引"]),
        ("茶园不“老” 茶香更浓 溪山网", ["茶园不“老” 茶香更浓", "溪山网"]),
        ("溪山数码发布 X20", ["溪山数码发布 X20"]),
        ("溪山博客 » 社区图书馆延长开放时间", ["溪山博客", "社区图书馆延长开放时间"]),
    ])
    func titlePartsSplitOnlyWhereASiteNameFollows(title: String, parts: [String]) {
        #expect(HTMLTitleFinder.titleParts(of: title) == parts)
    }

    @Test func aColumnTagIsNoPartOfTheTitle() {
        #expect(HTMLTitleFinder.withoutColumnTag("【权威发布】青岚市一季度经济运行平稳") == "青岚市一季度经济运行平稳")
        #expect(HTMLTitleFinder.withoutColumnTag("青岚市一季度经济运行平稳") == nil)
    }

    @Test func aFormThatHoldsThePageIsNoChrome() {
        let page = """
            <html><head><title>学院举办青年教师教学竞赛_新闻网</title></head><body>
            <form name="search"><input name="q"><span>站内搜索</span></form>
            <form name="_newscontent_fromname"><h1>学院举办青年教师教学竞赛</h1>
            <div><p>4月9日，学院举办第五届青年教师教学竞赛，18名青年教师参加决赛。</p>
            <p>竞赛分教学设计、课堂教学和教学反思三个环节，评委从教学内容、方法和效果等方面综合打分。</p></div>
            </form></body></html>
            """
        let texts = HTMLReader.read(page).blocks.map(\.text)
        #expect(texts.contains("4月9日，学院举办第五届青年教师教学竞赛，18名青年教师参加决赛。"))
        #expect(!texts.contains("站内搜索"))
    }

    /// An icon glyph (a private-use character) after a headline is no part of it.
    @Test func anIconAfterTheHeadlineIsDropped() {
        let page = """
            <html><head><title>第三章 渡口_连载_书香频道</title></head><body><h1>第三章 渡口\u{E004}</h1>
            <div class="text"><p>天还没亮，渡口上已经站满了等船的人，有挑担的，也有背着孩子的。</p>
            <p>船工老周把缆绳解开，回头看了一眼，说今天水大，要慢些走。</p></div></body></html>
            """
        #expect(HTMLReader.read(page).title == "第三章 渡口")
        #expect(HTMLTitleFinder.withoutEndIcons("\u{E004} 标题 \u{E004}") == "标题")
    }

    @Test func anEnglishPageTitleIsTheSiteNotTheArticle() {
        #expect(HTMLTitleFinder.isSiteName("Xining County Bureau of Agriculture and Rural Affairs"))
        #expect(HTMLTitleFinder.isSiteName("Untitled Document"))
        #expect(!HTMLTitleFinder.isSiteName("西宁县推进高标准农田建设"))
    }

    /// An old table layout: `<title>` greets the visitor, the headline is a bold line above
    /// a byline whose time is printed month/day/year with PM, and a generated-date field.
    @Test func aGreetingTitleGivesWayToTheHeadlineAboveTheByline() throws {
        let page = """
            <html><head><meta charset="utf-8"><title>欢迎访问〖河湾文史社〗</title></head><body>
            <table><tr><td><a href="/">首页</a></td><td><a href="/list.asp">社员文章</a></td></tr></table>
            <table><tr><td align="center"><b><font size="3">老街记忆：河湾渡口的最后一位船工</font></b></td></tr>
            <tr><td><font size="3">作者：河湾文史社&nbsp;&nbsp;发布日期： 3/14/2011 4:05:10 PM</font></td></tr>
            <tr><td><p>渡口停摆的那年春天，老周把船拖上了岸，在河堤边搭了一个棚子。</p>
            <p>他说这条河他摆了三十一年，闭着眼也知道哪里水急，哪里有暗桩。</p>
            <p>如今桥修好了，他每天还是去堤上坐一坐，看来往的车。</p></td></tr></table>
            </body></html>
            """
        #expect(HTMLTitleFinder.isSiteName("欢迎访问〖河湾文史社〗"))
        let document = try Pipeline().document(from: Array(page.utf8), name: "memory.html")
        #expect(document.title == "老街记忆：河湾渡口的最后一位船工")
        #expect(document.metadata.publishedAt == "2011-03-14T16:05:10+08:00")
    }

    /// An old publishing system keeps the article in a hidden textarea, as escaped markup or
    /// as markup, for a script to write into the page: read when nothing else holds an article.
    @Test(arguments: [
        "&lt;p&gt;2月18日，湖西镇召开春季植树动员会，部署今年国土绿化工作。&lt;/p&gt;&lt;p&gt;会议要求各村抓住春季有利时机，完成新造林800亩、补植补造300亩。&lt;/p&gt;",
        "<p>2月18日，湖西镇召开春季植树动员会，部署今年国土绿化工作。</p><p>会议要求各村抓住春季有利时机，完成新造林800亩、补植补造300亩。</p>",
    ])
    func anArticleKeptInATextareaIsRead(inside: String) throws {
        let page = """
            <html><head><meta charset="utf-8"><title>湖西镇召开春季植树动员会</title></head><body>
            <table><tr><td><a href="/">首页</a> &gt; <a href="/xw">乡镇动态</a></td></tr>
            <tr><td class="title">湖西镇召开春季植树动员会</td></tr>
            <tr><td><textarea id="txtContent" style="display:none">\(inside)</textarea>
            <script>document.write(document.getElementById('txtContent').value);</script></td></tr></table>
            </body></html>
            """
        let document = try Pipeline().document(from: Array(page.utf8), name: "tree.html")
        #expect(document.title == "湖西镇召开春季植树动员会")
        #expect(
            document.lead.paragraphs == [
                "2月18日，湖西镇召开春季植树动员会，部署今年国土绿化工作。", "会议要求各村抓住春季有利时机，完成新造林800亩、补植补造300亩。",
            ])
        #expect(document.diagnostics.contains { $0.code == "article-in-textarea" })
    }

    /// A form's textarea on a page whose article stands in the page is left alone.
    @Test func aFormsTextareaIsNoArticle() throws {
        let page = """
            <html><head><title>湖西镇召开春季植树动员会</title></head><body><h1>湖西镇召开春季植树动员会</h1>
            <div class="content"><p>2月18日，湖西镇召开春季植树动员会，部署今年国土绿化工作。</p>
            <p>会议要求各村抓住春季有利时机，完成新造林800亩、补植补造300亩。</p></div>
            <form><textarea name="comment">请在这里留下您对本文的意见和建议，我们会认真阅读每一条留言，谢谢您的关注和支持！</textarea></form>
            </body></html>
            """
        let document = try Pipeline().document(from: Array(page.utf8), name: "tree.html")
        #expect(!document.diagnostics.contains { $0.code == "article-in-textarea" })
        #expect(
            !(document.lead.paragraphs + document.allSections.flatMap(\.section.paragraphs)).contains {
                $0.contains("留言")
            })
    }

    /// A video player's lines above the text (its clock, a failure notice, an error code) are
    /// no part of the article.
    @Test func aVideoPlayersLinesStayOut() {
        let page = """
            <html><head><title>沿江绿道全线贯通_城市频道</title></head><body><h1>沿江绿道全线贯通</h1>
            <div class="article"><div class="player"><span>00:00</span><p>很抱歉，当前视频播放失败</p><p>错误代码：PLAY.2048</p></div>
            <p>记者从市园林部门获悉，全长26公里的沿江绿道日前全线贯通，串联起沿线9个公园。</p>
            <p>绿道沿线设置了12处驿站，提供休憩、饮水和自行车租赁等服务。</p></div></body></html>
            """
        let texts = HTMLReader.read(page).blocks.map(\.text)
        #expect(texts.dropFirst().first == "记者从市园林部门获悉，全长26公里的沿江绿道日前全线贯通，串联起沿线9个公园。")
        #expect(!texts.contains { $0.contains("播放失败") || $0.contains("错误代码") || $0 == "00:00" })
    }

    @Test func aPrintViewNamedLikeChromeIsStillThePage() {
        let page = """
            <html><head><title>关于做好春季防火工作的通知</title></head><body><div id="printArea">
            <h1>关于做好春季防火工作的通知</h1>
            <p>各乡镇、各部门：当前正值春季防火关键期，请切实做好森林防灭火各项工作。</p>
            <p>一要压实责任，二要排查隐患，三要严管火源，确保不发生重大火情。</p>
            </div></body></html>
            """
        #expect(HTMLReader.read(page).blocks.map(\.text).contains("一要压实责任，二要排查隐患，三要严管火源，确保不发生重大火情。"))
    }
}
