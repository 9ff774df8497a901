import Testing

@testable import Gazette

@Suite struct PipelineTests {
    static let text = """
        清河区2025年便民服务提升行动方案
        （2025年3月18日区政府常务会议审议通过）

        为进一步提升便民服务水平，区政府决定开展便民服务提升行动，今年计划投入资金1460万元。

        一、完善服务网点
        由区商务委、区市场监管局牵头，新建便民服务网点120个，网点覆盖率超98.5%。
        ①工作人员在新网点调试设备
        二、提升服务质量
        （一）缩短办理时间。群众满意度同比增长12.5%，投诉办结时间缩短至3天。
        （二）加强人员培训
        依据《某某市便民服务规范》，2025年第二季度前完成全员培训。
        清河区人民政府
        2025年3月20日
        """

    @Test func smallAnnouncementBecomesARecord() throws {
        let document = try Pipeline().document(from: Array(Self.text.utf8), name: "plan.txt")
        #expect(document.title == "清河区2025年便民服务提升行动方案")
        #expect(document.subtitle == "（2025年3月18日区政府常务会议审议通过）")
        #expect(document.lead.paragraphs.count == 1)
        #expect(document.lead.figures.map(\.value) == ["14600000"])
        #expect(document.sections.map(\.title) == ["完善服务网点", "提升服务质量"])
        #expect(document.sections[0].leadOrganizations == ["区商务委", "区市场监管局"])
        #expect(document.sections[0].figures.map(\.text) == ["120个", "超98.5%"])
        #expect(document.sections[0].paragraphs.count == 1)
        let items = document.sections[1].sections
        #expect(items.map(\.title) == ["缩短办理时间", "加强人员培训"])
        #expect(items.map(\.level) == [2, 2])
        #expect(items[0].figures.map(\.text) == ["12.5%", "3天"])
        #expect(items[0].figures.first?.comparison == .yearOnYear)
        #expect(items[0].figures.last?.change == nil)
        #expect(items[1].references == ["某某市便民服务规范"])
        #expect(items[1].dates.map(\.value) == ["2025-Q2"])
        #expect(document.captions == [Caption(marker: "①", text: "工作人员在新网点调试设备")])
        #expect(document.trailer == ["清河区人民政府", "2025年3月20日"])
        #expect(document.diagnostics == [])
        #expect(document.source.format == .text)
        #expect(document.source.name == "plan.txt")
    }

    @Test func everyFigureInTheRecordPointsAtItsText() throws {
        let document = try Pipeline().document(from: Array(Self.text.utf8), name: "plan.txt")
        for (_, section) in document.allSections {
            for figure in section.figures {
                let scalars = Array(section.paragraphs[figure.paragraph].unicodeScalars)
                #expect(String(String.UnicodeScalarView(scalars[figure.start..<figure.end])) == figure.text)
            }
        }
        #expect(document.allSections.map { $0.path } == ["1", "2", "2.1", "2.2"])
    }

    @Test func titleSubtitleAndCaptionsKeepTheirFiguresAndDates() throws {
        let text = """
            前4月全区城镇新增就业1.86万人
            ——失业率降至4.9%

            今年以来，全区多措并举稳就业。

            一、拓宽岗位
            新增岗位2300个。
            ①4月12日，招聘会现场约300家企业参会
            """
        let document = try Pipeline().document(from: Array(text.utf8), name: "jobs.txt")
        #expect(document.titleFigures.map(\.text) == ["1.86万人", "4.9%"])
        #expect(document.titleFigures.map(\.value) == ["18600", "4.9"])
        #expect(document.titleFigures.map(\.paragraph) == [0, 1])
        let caption = try #require(document.captions.first)
        #expect(caption.figures.map(\.text) == ["约300家"])
        #expect(caption.figures.first?.qualifier == .approx)
        #expect(caption.dates.map(\.text) == ["4月12日"])
        // The figures point at their text, so validation finds nothing to report.
        #expect(Validator().diagnostics(for: document).filter { $0.code.hasPrefix("figure") } == [])
        #expect(document.figureCount == 4)
    }

    @Test func sameBytesGiveTheSameRecord() throws {
        let first = try Pipeline().document(from: Array(Self.text.utf8), name: "plan.txt")
        let second = try Pipeline().document(from: Array(Self.text.utf8), name: "plan.txt")
        #expect(try JSONEmitter.data(first) == JSONEmitter.data(second))
    }

    @Test func crlfAndFullWidthIndentGiveTheSameRecordAsPlainText() throws {
        let windows = Self.text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "　　" + $0 }.joined(separator: "\r\n")
        let plain = try Pipeline().document(from: Array(Self.text.utf8), name: "plan.txt")
        var crlf = try Pipeline().document(from: Array(windows.utf8), name: "plan.txt")
        crlf.source = plain.source
        #expect(crlf == plain)
    }

    @Test func sectionsAfterAPhotoAreKept() throws {
        let document = try Pipeline().document(
            from: Array(HTMLReaderTests.pageWithPhotoBeforeASection.utf8), name: "page.html")
        #expect(document.title == "城东街道推进老旧小区改造")
        #expect(document.sections.map(\.title) == ["主要做法", "下一步打算"])
        #expect(document.captions.isEmpty)
    }

    @Test func validationProblemsAreAttachedNotThrown() throws {
        let text = "通知\n一、目标\n二、措施\n正文内容。"
        let document = try Pipeline().document(from: Array(text.utf8), name: "n.txt")
        #expect(document.diagnostics.map(\.code) == ["section-empty"])
        #expect(document.diagnostics.first?.path == "/sections/0/paragraphs")
    }

    @Test func figuresAndDatesOfAnyText() throws {
        let text = "2025年3月5日，投诉量同比下降12.5%，受理3件。"
        let figures = Pipeline.figures(in: text)
        #expect(figures.map(\.value) == ["12.5", "3"])
        #expect(figures.first?.change == .decrease)
        let scalars = Array(text.unicodeScalars)
        let figure = try #require(figures.first)
        #expect(String(String.UnicodeScalarView(scalars[figure.start..<figure.end])) == figure.text)
        #expect(Pipeline.figures(in: "编号为7和9").isEmpty)
        #expect(Pipeline.figures(in: "编号为7和9", includingBareNumbers: true).map(\.value) == ["7", "9"])
        #expect(Pipeline.dates(in: text).map(\.value) == ["2025-03-05"])
        #expect(Pipeline.dates(in: "5月6日召开", publicationYear: 2024).map(\.value) == ["2024-05-06"])
    }

    /// Found by fuzzing: a run of digits after 点 longer than an Int overflowed the minutes
    /// of a time of day.
    @Test func aLongRunOfDigitsAfterAPointDoesNotOverflow() {
        let text = "于2025-03-10:1104点24415223041522303998380元"
        #expect(Pipeline.figures(in: text, includingBareNumbers: true).contains { $0.text.contains("点") })
        _ = Pipeline.figures(in: text)
    }
}
