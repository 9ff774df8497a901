import Testing
@testable import Gazette

@Suite struct DateRecognizerTests {
    private func dates(_ paragraph: String, contextYear: Int? = nil) -> [DateMention] {
        var recognizer = DateRecognizer(contextYear: contextYear)
        return recognizer.dates(in: paragraph)
    }

    @Test(arguments: [
        ("会议于2025年3月18日召开", "2025年3月18日", "2025-03-18"),
        ("2024年全区完成改造", "2024年", "2024"),
        ("2025年第二季度开工", "2025年第二季度", "2025-Q2"),
        ("2025年第4季度完工", "2025年第4季度", "2025-Q4"),
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

    @Test func dayWithoutYearTakesTheYearMentionedBefore() {
        var recognizer = DateRecognizer()
        let first = recognizer.dates(in: "2025年全区计划改造小区86个。", index: 0)
        let second = recognizer.dates(in: "新开工项目须于5月6日前完成施工许可办理。", index: 1)
        #expect(first.map(\.value) == ["2025"])
        #expect(second.map(\.value) == ["2025-05-06"])
        #expect(second.map(\.paragraph) == [1])
    }

    @Test func dayWithoutAnyYearIsWrittenWithoutOne() {
        #expect(dates("须于5月6日前报送").map(\.value) == ["--05-06"])
    }

    @Test func theLatestYearWins() {
        #expect(dates("2024年完成规划，2025年启动建设，9月30日前完工").map(\.value) == ["2024", "2025", "2025-09-30"])
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
