import Testing

@testable import Gazette

/// Furniture above the first and below the last sentence of an article, cut by `ArticleEdges`
/// with the vocabulary of `PageFurniture`.
@Suite struct ArticleEdgesTests {
    static let title = Block("柳湾区新建三座口袋公园", kind: .heading(1))
    static let first = "今年以来，柳湾区利用边角地块新建口袋公园三座，新增绿地面积1.2万平方米。"
    static let second = "公园内设置了健身步道、儿童游乐区和休憩座椅，方便周边居民就近休闲。"
    static let last = "下一步，该区将继续推进“口袋公园”建设，让群众推窗见绿、出门见园。"

    func trimmed(_ head: [Block], _ tail: [Block]) -> ArticleEdges.Trimmed {
        ArticleEdges.trim(
            [Self.title] + head + [Block(Self.first), Block(Self.second), Block(Self.last)] + tail, keeping: 1)
    }

    func article(_ result: ArticleEdges.Trimmed) -> [String] { result.blocks.map(\.text) }

    static let expected = [title.text, first, second, last]

    @Test(arguments: [
        ["原标题：口袋公园扮靓城市角落"],
        ["【摘要】柳湾区今年新建三座口袋公园，新增绿地1.2万平方米。"],
        ["分享至", "播报文章"],
        ["【城市更新进行时】"],
        ["晨江日报记者 王某 张某某"],
        ["2025-04-18 09:30"],
        ["来自江南"],
        // A video player's clock above the text.
        ["00:00"],
        // A summary above the "原标题" line goes with it.
        ["柳湾区今年新建三座口袋公园。", "原标题：口袋公园扮靓城市角落"],
    ])
    func furnitureAboveTheFirstSentenceIsCut(head: [String]) {
        let result = trimmed(head.map { Block($0) }, [])
        #expect(article(result) == Self.expected)
        #expect(result.head == head)
    }

    @Test(arguments: [
        ["关键词：口袋公园 城市更新"],
        ["本文为晨江日报原创稿件，未经授权禁止转载。"],
        ["网友评论仅供其表达个人看法，不代表本网观点。"],
        ["原标题：口袋公园扮靓城市角落"],
        ["出品—晨江日报城市部 作者—王某"],
        ["|", "+1"],
        // A list heading below the article ends it with all that follows, prose included.
        ["相关推荐", "柳湾区启动老旧小区改造", "城北新区：绿道串起十个公园，市民漫步有了好去处。"],
        ["网易跟贴", "柳湾网友：这个公园建得真好，每天都去散步。", "回复"],
        ["往期精彩：", "一文读懂今年的民生实事"],
        ["★晨江日报关心您：自杀不能解决问题，再给自己一次机会。"],
    ])
    func furnitureBelowTheLastSentenceIsCut(tail: [String]) {
        let result = trimmed([], tail.map { Block($0) })
        #expect(article(result) == Self.expected)
        #expect(result.tail == tail)
    }

    @Test func bylinesBelowTheArticleStayForTheTrailer() {
        let result = trimmed([], [Block("（责任编辑：赵某）"), Block("相关推荐"), Block("柳湾区启动老旧小区改造")])
        #expect(article(result) == Self.expected + ["（责任编辑：赵某）"])
        #expect(result.tail == ["相关推荐", "柳湾区启动老旧小区改造"])
    }

    @Test func aTextThatOpensWithItsAddresseeKeepsIt() {
        let result = trimmed([Block("各街道办事处，区直各部门：")], [])
        #expect(article(result) == [Self.title.text, "各街道办事处，区直各部门：", Self.first, Self.second, Self.last])
    }

    @Test func aListHeadingRightAfterTheTitleCutsNothing() {
        // "相关新闻" before any prose is no end of the article.
        let result = trimmed([Block("相关新闻")], [])
        #expect(article(result).contains(Self.last))
    }

    @Test func nothingIsCutFromAPageThatWouldBeLeftWithoutASentence() {
        let blocks = [Self.title, Block("分享至"), Block("关键词：公园")]
        #expect(ArticleEdges.trim(blocks, keeping: 1).blocks == blocks)
    }

    @Test func captionsAtTheEndAreNoFurniture() {
        let result = trimmed([], [Block("新建的口袋公园一角", kind: .caption)])
        #expect(article(result).last == "新建的口袋公园一角")
    }
}

/// The words of `PageFurniture` on lines that only resemble furniture.
@Suite struct PageFurnitureTests {
    @Test(arguments: ["相关推荐", "往期精彩：", "RECOMMEND", "网易跟贴", "评论(15)", "关注我们"])
    func listHeadings(line: String) {
        #expect(PageFurniture.opensClosingList(line))
    }

    @Test(arguments: ["相关推荐工作已全部完成，群众反映良好。", "关注我们身边的好人好事，传递正能量，弘扬新风尚。"])
    func sentencesThatOpenWithAListWordAreNoHeading(line: String) {
        #expect(!PageFurniture.opensClosingList(line))
    }

    @Test(arguments: [
        ("20天前·来自专栏溪山故事", true), ("3 小时前", true), ("6个月前", true), ("20天前，我们来到溪山镇。", false), ("2025年前三季度", false),
    ])
    func aPostsAgeOpensNoArticle(line: String, isAge: Bool) {
        #expect(PageFurniture.startsWithRelativeTime(line) == isAge)
    }

    @Test(arguments: ["如有问题，请拨打12345热线举报。", "作者认为，这项改革将惠及更多群众。", "区委书记王某某出席会议并讲话。"])
    func lastSentencesAreNoTailFurniture(line: String) {
        #expect(!PageFurniture.isTailLine(line))
    }
}
