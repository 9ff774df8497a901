import Testing

@testable import Gazette

@Suite struct DateRecognizerTests {
    private func dates(_ paragraph: String, published: Int? = nil) -> [DateMention] {
        DateRecognizer(publicationYear: published).dates(in: paragraph)
    }

    @Test(
        arguments: [
            ("会议于2025年3月18日召开", "2025年3月18日", "2025-03-18"),
            ("2024年全区完成改造", "2024年", "2024"),
            ("2025年第二季度开工", "2025年第二季度", "2025-Q2"),
            ("2025年第4季度完工", "2025年第4季度", "2025-Q4"),
            ("到了2005年的一季度，增速回升", "2005年的一季度", "2005-Q1"),
            ("2020 年 Q1 出货量下降", "2020 年 Q1", "2020-Q1"),
            ("销量在 2020 年的 Q1 大幅下滑", "2020 年的 Q1", "2020-Q1"),
            ("出货量在 Q3 2021 同比增长", "Q3 2021", "2021-Q3"),
            ("Q1 2020 年的数据", "Q1 2020 年", "2020-Q1"),
            ("2020年Q5计划", "2020年", "2020"),
            ("2024年度考核结果", "2024年度", "2024"),
            ("截至2025年6月底", "2025年6月", "2025-06"),
            ("自2025-03-18起施行", "2025-03-18", "2025-03-18"),
            ("自2025/3/8起施行", "2025/3/8", "2025-03-08"),
            ("二〇二五年十月一日起施行", "二〇二五年十月一日", "2025-10-01"),
            ("于2025年4月2号前报送", "2025年4月2号", "2025-04-02"),
        ] as [(String, String, String)])
    func datesAreNormalizedToISO(paragraph: String, text: String, value: String) throws {
        let found = dates(paragraph)
        #expect(found.map(\.text) == [text])
        #expect(found.map(\.value) == [value])
        let date = try #require(found.first)
        let scalars = Array(paragraph.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[date.start..<date.end])) == date.text)
    }

    /// A date without a year: (paragraph, publication year, the value of its last date).
    @Test(
        arguments: [
            // The sentence names the year, before or after the date: the nearest wins.
            ("5月6日，街道2025年第二季度例会召开，通报2024年度案例。", nil, "2025-05-06"),
            ("2024年完成规划，2025年启动建设，9月30日前完工", nil, "2025-09-30"),
            ("2019年以来累计建成，5月28日起开放。", 2020, "2020-05-28"),
            ("2011年3月以来累计下调，截至5月25日。", 2016, "2016-05-25"),
            ("今年3月，全市完成投资。", 2024, "2024-03"),
            ("去年12月开工。", 2024, "2023-12"),
            ("2011年3月召开会议，5月25日闭幕。", 2016, "2011-05-25"),
            // 今年, 去年 and 前年 count from the publication year; without it they say nothing.
            ("今年3月27日，新馆开馆。", 2019, "2019-03-27"),
            ("去年12月1日起施行的办法，已见成效。", 2021, "2020-12-01"),
            ("前年6月1日立项。", 2021, "2019-06-01"),
            ("來年1月2日將再加價。", 2021, "2022-01-02"),
            ("今年3月27日，新馆开馆。", nil, "--03-27"),
            // Else the publication year, rather than a year from another sentence.
            ("1994年建成的老厂房。5月28日完成改造。", 2020, "2020-05-28"),
            // Without a publication year, the nearest year of the same paragraph.
            ("1994年建成的老厂房。5月28日完成改造。", nil, "1994-05-28"),
            ("须于5月6日前报送", nil, "--05-06"),
            // A range that runs into the next year.
            ("2024年12月28日至1月3日放假", nil, "2025-01-03"),
        ] as [(String, Int?, String)])
    func dayWithoutYearTakesTheYearItsSentenceNames(paragraph: String, published: Int?, value: String) {
        let yearless = dates(paragraph, published: published).last { !$0.text.contains("年") }
        #expect(yearless?.value == value)
    }

    /// "2017至2020年": both years of a range are dates; a number far from our years opens no
    /// range of years ("1000-2000年的历史").
    @Test func bothYearsOfARangeAreDates() {
        #expect(dates("2017至2020年累计投入").map(\.value) == ["2017", "2020"])
        #expect(dates("2024-2026年工作安排").map(\.text) == ["2024", "2026年"])
        #expect(!dates("已有1000-2000年的历史").map(\.text).contains("1000"))
    }

    @Test func yearsDoNotCarryAcrossParagraphs() {
        let recognizer = DateRecognizer()
        #expect(recognizer.dates(in: "2025年全区计划改造小区86个。", index: 0).map(\.value) == ["2025"])
        let next = recognizer.dates(in: "新开工项目须于5月6日前完成施工许可办理。", index: 1)
        #expect(next.map(\.value) == ["--05-06"])
        #expect(next.map(\.paragraph) == [1])
    }

    @Test(
        arguments: [
            ("2025 年 3 月 11 日召开", "2025 年 3 月 11 日", "2025-03-11"),
            ("6月29～30日有降雨", "6月29～30日", "--06-29"),
        ] as [(String, String, String)])
    func spacedDatesAndRangesOfDays(paragraph: String, text: String, value: String) {
        let found = dates(paragraph)
        #expect(found.map(\.text) == [text])
        #expect(found.map(\.value) == [value])
    }

    @Test(arguments: [
        "新增停车位3500个",
        "完成率达到100%",
        "13月45日",
        "共有12345年",
        "上午9:30开会",
        "渝府发〔2025〕12号",
    ])
    func numbersThatAreNoDates(_ paragraph: String) {
        #expect(dates(paragraph).isEmpty)
    }

    @Test func impossibleDayOfMonthIsNoISODate() {
        #expect(!dates("定于2025年2月30日召开").map(\.value).contains("2025-02-30"))
    }

    @Test func offsetsArePerParagraphInScalars() throws {
        let found = dates("𠀀自2025年3月18日起")
        let date = try #require(found.first)
        #expect(date.start == 2)
        #expect(date.end == 12)
    }
}
