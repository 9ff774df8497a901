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

    /// Credits without a colon, as papers print them under an article.
    @Test(arguments: [
        "□ 本报记者 柯某某", "记者 刘某", "晨江日报记者 王某 张某某", "作者 王某某 高某", "新华社发（刘某某摄）", "编辑 周某 | 排版 魏某", "（吴某）", "（常某某 马某）",
    ])
    func creditLinesAreMetadata(line: String) {
        #expect(TrailerLines.isMetadata(line))
    }

    /// Lines that mention a credit word but are no credit: a heading, a sentence, a title.
    @Test(arguments: ["记者节到了", "记者深入一线采访报道", "本报记者走访了三个社区，看到了新变化。", "作者简介", "图书馆开放时间调整", "（试行）", "（征求意见稿）"])
    func creditWordsAloneMakeNoCredit(line: String) {
        #expect(!TrailerLines.isMetadata(line))
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
