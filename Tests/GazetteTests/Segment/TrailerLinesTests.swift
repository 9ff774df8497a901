import Testing
@testable import Gazette

/// Which lines are bylines, dates and signatures rather than body text.
@Suite struct TrailerLinesTests {
    @Test(arguments: [
        "来源：澜州市生态环境局", "记者：王某某 通讯员 李某", "《 人民日报 》（ 2025年04月09日 11 版）", "（此件公开发布）", "索引号：11330100MB/2025-00012",
    ])
    func bylinesAreMetadata(line: String) {
        #expect(TrailerLines.isMetadata(line))
    }

    @Test(arguments: [
        "记者：今年我市政务服务改革的重点是什么？", "作者：这项工作取得了明显成效，群众满意度持续提升。", "通讯员队伍不断壮大，覆盖全部社区。",
    ])
    func sentencesAfterALabelAreBody(line: String) {
        #expect(!TrailerLines.isMetadata(line))
    }

    @Test(arguments: ["2025年4月10日", "2025年4月10日　星期四", "（2025年4月10日）", "二〇二五年四月十日 周四"])
    func dateLines(line: String) {
        #expect(TrailerLines.isDateLine(line))
    }

    @Test(arguments: ["2025年4月10日召开会议", "截至2025年4月10日"])
    func sentencesWithADateAreNoDateLines(line: String) {
        #expect(!TrailerLines.isDateLine(line))
    }
}
