import Testing

@testable import Gazette

@Suite struct CaptionReaderTests {
    @Test(
        arguments: [
            ("①社区工作人员入户走访", "①", "社区工作人员入户走访"),
            ("② 志愿者清理河道垃圾", "②", "志愿者清理河道垃圾"),
            ("- ③网格员巡查消防通道", "③", "网格员巡查消防通道"),
            ("-④居民参加议事会", "④", "居民参加议事会"),
            ("图1 改造后的小区环境", "图1", "改造后的小区环境"),
            ("图2：新建的口袋公园", "图2", "新建的口袋公园"),
            ("图三 社区食堂开门迎客", "图三", "社区食堂开门迎客"),
            ("▲居民在新建的口袋公园休憩", "▲", "居民在新建的口袋公园休憩"),
            ("▲ 工作人员调试智能设备", "▲", "工作人员调试智能设备"),
        ] as [(String, String, String)])
    func markedCaptionsAreRead(line: String, marker: String, text: String) throws {
        let caption = try #require(CaptionReader.caption(from: Block(line)))
        #expect(caption.marker == marker)
        #expect(caption.text == text)
    }

    @Test func pictureDescriptionWithoutNumberIsACaption() throws {
        let caption = try #require(CaptionReader.caption(from: Block("图为新建成的社区食堂")))
        #expect(caption.marker == nil)
        #expect(caption.text == "图为新建成的社区食堂")
    }

    @Test func blockMarkedAsCaptionBySourceIsACaption() throws {
        let caption = try #require(CaptionReader.caption(from: Block("改造后的小区一角", kind: .caption)))
        #expect(caption.marker == nil)
        #expect(caption.text == "改造后的小区一角")
    }

    @Test(arguments: [
        "图书馆新增座位200个。",
        "一、总体目标",
        "①",
        "社区工作人员入户走访①",
        "- 列表项内容",
        "①" + String(repeating: "很长的说明文字", count: 30),
    ])
    func otherLinesAreNoCaptions(_ line: String) {
        #expect(CaptionReader.caption(from: Block(line)) == nil)
    }
}
