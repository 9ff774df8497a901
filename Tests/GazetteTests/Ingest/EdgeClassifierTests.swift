import Testing

@testable import Gazette

/// The edge classifier: blocks at either end of an article that no furniture word names but
/// whose shape gives them away are cut; the article's own lines, its trailer and short
/// articles stay.
@Suite struct EdgeClassifierTests {
    static let title = Block("青溪镇建成首座光伏农业大棚", kind: .heading(1))
    static let article = [
        "近日，青溪镇首座光伏农业大棚在石门村建成，棚顶铺设光伏板，棚内种植食用菌。",
        "大棚占地约20亩，年发电量约60万千瓦时，所发电力并入电网，每年可为村集体增收8万元。",
        "村党支部书记介绍，棚下的食用菌采用订单种植，已与县城两家超市签订供货协议。",
        "下一步，青溪镇将总结石门村的做法，在条件适宜的村推广“棚上发电、棚下种植”模式。",
    ]

    func kept(_ head: [String], _ tail: [String]) -> [String] {
        let blocks = [Self.title] + (head + Self.article + tail).map { Block($0) }
        return ArticleEdges.trim(blocks, keeping: 1).blocks.map(\.text)
    }

    /// Lines after the text that name no furniture word: an English "about" box, a contact line
    /// with a mail address, a run of other titles with numbers.
    @Test(arguments: [
        ["About Qingxi", "Qingxi Town lies in the north of the county, with 12 villages and a population of 31,000."],
        ["联系我们：qingxi_news@example.cn 0571-8888 6666"],
        ["1、青溪镇召开春耕生产动员会", "2、石门村获评省级美丽乡村", "3、青溪镇开展防汛应急演练"],
    ])
    func furnitureWithoutItsWordsIsCutBelowTheText(tail: [String]) {
        #expect(kept([], tail) == [Self.title.text] + Self.article)
    }

    /// A signature and its date, and a byline, stay below the text for the segmenter's trailer.
    @Test func trailerLinesStay() {
        let tail = ["青溪镇人民政府", "2025年3月12日"]
        #expect(kept([], tail) == [Self.title.text] + Self.article + tail)
        #expect(kept([], ["责任编辑：周某"]) == [Self.title.text] + Self.article + ["责任编辑：周某"])
    }

    /// A salutation ending in a colon opens the text and stays.
    @Test func aLineEndingInAColonOpensTheText() {
        #expect(kept(["各村（社区）："], []) == [Self.title.text, "各村（社区）："] + Self.article)
    }

    /// An article of two blocks is left to the rules: a page cut short mid-paragraph keeps what
    /// it has.
    @Test func aTwoBlockArticleIsNotJudged() {
        let blocks = [Block(Self.article[0]), Block("大棚占地约20亩，年发电量约60")]
        let cut = EdgeClassifier.cut(blocks, in: 0..<2, head: Self.cutsEverything, tail: Self.cutsEverything)
        #expect(cut.range == 0..<2)
    }

    static let cutsEverything = EdgeClassifier.Model(bias: 100, weights: [], cut: 0)

    /// However sure the model is, a side loses at most a third of the article's sentences.
    @Test func aModelThatReadsAllAsFurnitureCutsAtMostAThird() {
        let blocks = (Self.article + Self.article + Self.article).map { Block($0) }
        let cut = EdgeClassifier.cut(blocks, in: 0..<blocks.count, head: Self.cutsEverything, tail: Self.cutsEverything)
        let allowed = Int(Double(blocks.count) * EdgeClassifier.maximumCutShare)
        #expect(blocks.count - cut.range.upperBound == allowed)
        #expect(cut.range.lowerBound == allowed)
    }

    /// The fitted weights follow the features, one for one.
    @Test func theModelHasAWeightForEveryFeature() {
        #expect(EdgeModel.head.weights.count == EdgeFeatures.names.count)
        #expect(EdgeModel.tail.weights.count == EdgeFeatures.names.count)
        let vector = EdgeFeatures.vector(
            [Block(Self.article[0]), Block(Self.article[1])], at: 1, side: .tail, in: 0..<2, typicalLength: 40)
        #expect(vector.count == EdgeFeatures.names.count)
    }

    /// What the features read of a line: its stops, its Latin letters, its contact words.
    @Test func featuresReadTheShapeOfALine() {
        let blocks = [Block(Self.article[0]), Block("联系电话：0571-88886666")]
        let vector = EdgeFeatures.vector(blocks, at: 1, side: .tail, in: 0..<2, typicalLength: 40)
        func value(_ name: String) -> Double { vector[EdgeFeatures.names.firstIndex(of: name)!] }
        #expect(value("contact") == 1)
        #expect(value("endsSentence") == 0)
        #expect(value("innerSentence") == 1)
        #expect(value("digits") > 0.5)
        #expect(value("distance") == 0)
    }
}
