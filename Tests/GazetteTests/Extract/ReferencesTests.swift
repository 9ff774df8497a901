import Testing

@testable import Gazette

@Suite struct ReferencesTests {
    @Test func titlesInOrderWithoutBrackets() {
        let paragraphs = ["根据《某某市物业管理条例》和《关于推进城市更新的实施意见》，制定本方案。"]
        #expect(References.find(in: paragraphs) == ["某某市物业管理条例", "关于推进城市更新的实施意见"])
    }

    @Test func repeatedTitlesAreListedOnce() {
        let paragraphs = ["落实《安全生产法》要求。", "严格执行《安全生产法》和《消防法》。", "再次重申《消防法》。"]
        #expect(References.find(in: paragraphs) == ["安全生产法", "消防法"])
    }

    @Test func nestedTitlesKeepTheInnerBrackets() {
        let paragraphs = ["印发《关于贯彻〈条例〉的通知》和《关于落实《办法》的意见》。"]
        #expect(References.find(in: paragraphs) == ["关于贯彻〈条例〉的通知", "关于落实《办法》的意见"])
    }

    @Test func unclosedAndEmptyBracketsGiveNothing() {
        #expect(References.find(in: ["《》不是标题。", "未闭合的《标题"]) == [])
        #expect(References.find(in: []) == [])
    }
}
