import Testing

@testable import Gazette

/// Broken, hostile and odd HTML: the reader keeps the text a browser would show, shows nothing
/// a browser would hide, and never reaches out to files or the network.
@Suite struct HTMLRobustnessTests {
    static let first = "今年以来，北塘街道持续推进背街小巷整治，累计完成改造路段十八条。"
    static let second = "街道同步完善路灯、排水和停车设施，群众出行条件明显改善。"

    static func document(_ html: String) throws -> Document {
        try Pipeline(format: .html).document(from: Array(html.utf8), name: "x.html")
    }

    /// Every paragraph text of the record, lead and sections alike.
    static func paragraphs(_ document: Document) -> [String] {
        document.lead.paragraphs + document.allSections.flatMap(\.section.paragraphs)
    }

    static func blocks(_ html: String) -> [String] {
        HTMLReader.read(html).blocks.map(\.text)
    }

    // MARK: - Broken markup

    static let truncationHead =
        "<html><head><title>北塘街道整治背街小巷</title></head><body><div class=\"content\"><p>\(first)</p><p>"
    static let cutParagraph = "街道同步完善路灯、排水"

    @Test(arguments: [
        ("inside a paragraph", ""),
        ("inside an opening tag", "<spa"),
        ("inside an attribute", "<span style=\"color:r"),
        ("inside a closing tag", "</p"),
        ("inside an entity", "&nbs"),
        ("inside a comment", "<!-- 未完"),
    ])
    func truncatedPageKeepsTheTextBeforeTheCut(place: String, tail: String) throws {
        let html = Self.truncationHead + Self.cutParagraph + tail
        let paragraphs = Self.paragraphs(try Self.document(html))
        #expect(paragraphs.first == Self.first, "cut \(place)")
        #expect(paragraphs.contains { $0.hasPrefix(Self.cutParagraph) }, "cut \(place): \(paragraphs)")
        #expect(!paragraphs.contains { $0.contains("<") || $0.contains("未完") }, "cut \(place): \(paragraphs)")
    }

    /// Cutting the page after every scalar of its second paragraph keeps the first paragraph
    /// and, of the second, exactly the text before the cut (a browser shows a lone "<" left at
    /// the very end, so it may stay).
    @Test func pageCutAtEveryScalarOfItsSecondParagraphKeepsTheTextBeforeTheCut() throws {
        let full = Self.truncationHead + Self.second + "</p></div></body></html>"
        let scalars = Array(full.unicodeScalars)
        let from = Self.truncationHead.unicodeScalars.count
        for end in from...scalars.count {
            let html = String(String.UnicodeScalarView(scalars[..<end]))
            let blocks = Self.blocks(html)
            #expect(blocks.contains(Self.first), "cut at scalar \(end)")
            var rest = blocks.drop { $0 != Self.first }.dropFirst().joined()
            if rest.hasSuffix("<") { rest.removeLast() }
            let kept = min(end - from, Self.second.unicodeScalars.count)
            #expect(
                rest == String(String.UnicodeScalarView(Array(Self.second.unicodeScalars)[..<kept])),
                "cut at scalar \(end): \(blocks)")
        }
    }

    @Test func unclosedParagraphsAndDivisionsStillEndTheirBlocks() {
        let html = """
            <html><body><div class="content">
            <p>\(Self.first)
            <p>\(Self.second)
            <div><p>第三段说明了下一步的工作安排，街道将继续推进整治。
            <div>第四段说明了资金保障，区级财政安排专项资金。
            </body></html>
            """
        #expect(
            Self.blocks(html) == [
                Self.first, Self.second, "第三段说明了下一步的工作安排，街道将继续推进整治。", "第四段说明了资金保障，区级财政安排专项资金。",
            ])
    }

    /// A template that closes the page too early: a browser ignores the stray `</body></html>`
    /// and keeps what follows in the same article.
    @Test(arguments: ["</html>", "</body></html>"])
    func articleTextAfterAStrayClosingHTMLTagIsKept(stray: String) {
        let html = """
            <html><head><title>北塘街道整治背街小巷</title></head><body><div class="content"><p>\(Self.first)</p>\(stray)
            <p>\(Self.second)</p></div>
            </body></html>
            """
        let blocks = Self.blocks(html)
        #expect(blocks.first == "北塘街道整治背街小巷")
        #expect(blocks.contains(Self.first))
        #expect(!blocks.contains { $0.contains("html") || $0.contains("<") })
        #expect(blocks.contains(Self.second), "\(blocks)")
    }

    @Test func paragraphInsideTenThousandNestedDivisionsSurvives() throws {
        let depth = 10_000
        let html =
            "<html><head><title>北塘街道整治背街小巷</title></head><body>" + String(repeating: "<div>", count: depth)
            + "<p>\(Self.first)</p>" + String(repeating: "</div>", count: depth) + "</body></html>"
        let document = try Self.document(html)
        #expect(Self.paragraphs(document) == [Self.first])
    }

    // MARK: - Pages without article text

    @Test func framesetPageHasNoTextAndInventsNone() {
        let html = """
            <html><head><title>某某区政务公开目录</title></head>
            <frameset cols="20%,80%"><frame src="menu.html" name="menu"><frame src="main.html" name="main">
            <noframes>您的浏览器不支持框架。</noframes></frameset></html>
            """
        #expect(throws: GazetteError.noText("x.html")) { try Self.document(html) }
        let page = HTMLReader.read(html)
        #expect(page.blocks.isEmpty)
        #expect(page.diagnostics.map(\.code) == ["no-article"])
    }

    @Test func pageWhoseBodyIsOnlyAScriptHasNoText() {
        let html = """
            <html><head><title></title></head><body><script>document.write("<p>脚本写出的文字，读者不应当看到它。</p>");</script></body></html>
            """
        #expect(throws: GazetteError.noText("x.html")) { try Self.document(html) }
    }

    // MARK: - Elements whose text a reader never sees

    @Test(arguments: [
        "<svg width=\"200\" height=\"40\"><text x=\"0\" y=\"20\">图表里的说明文字，不应进入正文。</text></svg>",
        "<noscript>请开启脚本以获得更好的浏览体验，谢谢配合。</noscript>",
        "<template><p>模板里的段落文字，不应进入正文。</p></template>",
        "<iframe src=\"https://example.invalid/\">内嵌框架的替代文字，不应进入正文。</iframe>",
        "<object data=\"a.swf\">插件的替代文字，不应进入正文。</object>",
        "<math><mi>数学公式里的文字不应进入正文</mi></math>",
    ])
    func unseenElementTextNeverReachesBlocks(element: String) throws {
        let html = """
            <html><body><div class="content">
            <p>\(Self.first)</p>
            <p>街道同步完善路灯、\(element)排水和停车设施，群众出行条件明显改善。</p>
            \(element)
            </div></body></html>
            """
        let blocks = Self.blocks(html)
        #expect(blocks == [Self.first, Self.second])
        #expect(!blocks.contains { $0.contains("不应") || $0.contains("请开启脚本") })
    }

    @Test(arguments: [
        "<div hidden>隐藏的导读文字，读者看不到这一段内容。</div>",
        "<p hidden=\"hidden\">隐藏的导读文字，读者看不到这一段内容。</p>",
        "<div style=\"display:none\">隐藏的导读文字，读者看不到这一段内容。</div>",
        "<div style=\"display: none\">隐藏的导读文字，读者看不到这一段内容。</div>",
        "<div style=\"DISPLAY:NONE\">隐藏的导读文字，读者看不到这一段内容。</div>",
        "<div style=\"color:#333; display : none;\">隐藏的导读文字，读者看不到这一段内容。</div>",
        "<div style=\"display:none !important\"><p>隐藏的导读文字，</p><p>读者看不到这一段内容。</p></div>",
        "<span style=\"display: none\">隐藏的导读文字，读者看不到这一段内容。</span>",
    ])
    func hiddenElementTextIsExcluded(hidden: String) {
        let html = """
            <html><body><div class="content"><p>\(Self.first)</p>\(hidden)<p>\(Self.second)</p></div></body></html>
            """
        #expect(Self.blocks(html) == [Self.first, Self.second])
    }

    @Test func displayStylesOtherThanNoneKeepTheirText() {
        let html = """
            <html><body><div class="content"><p style="display:block">\(Self.first)</p><div style="display: inline-block">\(Self.second)</div></div></body></html>
            """
        #expect(Self.blocks(html) == [Self.first, Self.second])
    }

    // MARK: - Blanks, Word markup and line breaks

    @Test func nonBreakingSpaceRunsAndWordParagraphMarksDissolve() {
        let html = """
            <html><body><div class="WordSection1">
            <p class=MsoNormal><span>&nbsp;&nbsp;&nbsp;&nbsp;今年以来，北塘街道持续推进</span><span lang=EN-US>背街小巷</span><span>整治，累计完成改造路段十八条。<o:p></o:p></span></p>
            <p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
            <p class=MsoNormal>街道同步完善路灯、&nbsp;&nbsp;&nbsp;排水和停车设施，群众出行条件明显改善。<o:p>&nbsp;</o:p></p>
            </div></body></html>
            """
        #expect(Self.blocks(html) == [Self.first, "街道同步完善路灯、 排水和停车设施，群众出行条件明显改善。"])
    }

    @Test func lineBreaksInsideAParagraphSplitItWithoutEmptyBlocks() {
        let html = """
            <html><body><div class="content"><p><span>\(Self.first)<br></span><br/><br />\(Self.second)<br></p></div></body></html>
            """
        #expect(Self.blocks(html) == [Self.first, Self.second])
    }

    // MARK: - External references are data

    @Test func fileAndNetworkReferencesAreNeverFollowed() throws {
        let html = """
            <!DOCTYPE html SYSTEM "file:///etc/passwd">
            <html><head><title>北塘街道整治背街小巷</title>
            <link rel="stylesheet" href="file:///etc/passwd"><script src="http://example.invalid/a.js"></script></head>
            <body><div class="content">
            <p>\(Self.first)<img src="file:///etc/passwd"></p>
            <p>\(Self.second)详见<a href="http://example.invalid/more">原文链接</a>，附件见<a href="file:///etc/hostname">此处</a>。</p>
            <iframe src="file:///etc/passwd"></iframe>
            </div></body></html>
            """
        let document = try Self.document(html)
        let paragraphs = Self.paragraphs(document)
        #expect(paragraphs.contains(Self.first))
        #expect(paragraphs.contains { $0.hasPrefix(Self.second) })
        #expect(!paragraphs.contains { $0.contains("root:") })
    }

    /// libxml2's HTML parser reads no internal subset: the entity reference stays as written,
    /// as it does in a browser, and no file is read.
    @Test func externalEntitiesInAnInternalSubsetAreNotExpanded() {
        let html = """
            <!DOCTYPE html [<!ENTITY secret SYSTEM "file:///etc/passwd"><!ENTITY greeting "内部实体文字">]>
            <html><body><div class="content"><p>\(Self.first)&secret;&greeting;</p><p>\(Self.second)</p></div></body></html>
            """
        let blocks = Self.blocks(html)
        #expect(blocks.count == 2)
        #expect(blocks.first?.hasPrefix(Self.first) == true)
        #expect(blocks.last == Self.second)
        #expect(!blocks.contains { $0.contains("root:") || $0.contains("内部实体文字") || $0.contains("ENTITY") })
    }

    /// An article that opens with a data table without a caption converts (it used to stop
    /// the program in the segmenter).
    @Test func anArticleOpeningWithACaptionlessTableConverts() throws {
        let page = """
            <html><head><title>2024年主要农产品产量_统计信息</title></head><body><div class="content">
            <table><tr><th>品种</th><th>产量（万吨）</th></tr><tr><td>粮食</td><td>120.5</td></tr><tr><td>蔬菜</td><td>88.2</td></tr></table>
            <p>全年粮食产量再创新高，蔬菜供应充足，主要农产品产量保持稳定。</p>
            </div></body></html>
            """
        let document = try Pipeline().document(from: Array(page.utf8), name: "table-first.html")
        #expect(document.tables.count == 1)
        #expect(document.lead.paragraphs.contains("全年粮食产量再创新高，蔬菜供应充足，主要农产品产量保持稳定。"))
    }
}
