import Testing

@testable import Gazette

/// Hand-built records for the Validate and Emit tests.
enum SampleDocument {
    static let source = SourceInfo(
        name: "notice.txt", format: .text, encoding: "UTF-8", sha256: String(repeating: "ab", count: 32), bytes: 120)

    static func make(
        title: String? = "关于开展安全检查的通知", lead: Lead = Lead(paragraphs: ["为保障安全，开展检查。"]), sections: [Section]
    ) -> Document {
        Document(source: source, title: title, subtitle: nil, lead: lead, sections: sections, captions: [])
    }

    static func section(
        _ number: Int, title: String = "检查范围", paragraphs: [String] = ["全区生产经营单位。"], figures: [Figure] = [],
        sections: [Section] = []
    ) -> Section {
        Section(
            number: number, marker: "\(number).", level: 1, title: title, paragraphs: paragraphs, figures: figures,
            sections: sections)
    }

    /// "新建学校3所。" with its figure at the right offsets.
    static let figureParagraph = "新建学校3所。"
    static let figure = Figure(text: "3所", value: "3", unit: "所", kind: .count, paragraph: 0, start: 4, end: 6)
}

@Suite struct ValidatorTests {
    private func codes(_ document: Document) -> [String] {
        Validator().diagnostics(for: document).map(\.code)
    }

    @Test func cleanDocumentHasNoDiagnostics() {
        let document = SampleDocument.make(sections: [
            SampleDocument.section(1, paragraphs: [SampleDocument.figureParagraph], figures: [SampleDocument.figure]),
            SampleDocument.section(
                2,
                sections: [
                    SampleDocument.section(1), SampleDocument.section(2),
                ]),
        ])
        #expect(Validator().diagnostics(for: document) == [])
    }

    /// "（三）" under 二、 after "（一）（二）" under 一、: numbering that runs on across parents.
    @Test func numberingThatRunsOnAcrossParentsIsNoGap() {
        func item(_ number: Int, _ marker: String) -> Section {
            Section(
                number: number, marker: marker, level: 2, title: "", titleForm: Section.TitleForm.none,
                paragraphs: ["做好工作。"])
        }
        let runOn = SampleDocument.make(sections: [
            Section(number: 1, marker: "一、", level: 1, title: "任务", sections: [item(1, "（一）"), item(2, "（二）")]),
            Section(number: 2, marker: "二、", level: 1, title: "保障", sections: [item(3, "（三）"), item(4, "（四）")]),
        ])
        #expect(codes(runOn) == [])
        let skipped = SampleDocument.make(sections: [
            Section(number: 1, marker: "一、", level: 1, title: "任务", sections: [item(1, "（一）"), item(2, "（二）")]),
            Section(number: 2, marker: "二、", level: 1, title: "保障", sections: [item(4, "（四）")]),
        ])
        #expect(codes(skipped) == ["section-numbering"])
    }

    /// "第三十四条 ……：（一）……（二）……" then "……：（一）……（二）……（三）……": two lists in one article.
    @Test func aSecondListCountedFromOneIsNoDuplicate() {
        func item(_ number: Int) -> Section {
            Section(
                number: number, marker: "（\(["一", "二", "三"][number - 1])）", level: 2, title: "",
                titleForm: Section.TitleForm.none, paragraphs: ["情形。"])
        }
        let twoLists = SampleDocument.make(sections: [
            Section(
                number: 1, marker: "第一条", level: 1, title: "", titleForm: Section.TitleForm.none,
                paragraphs: ["有下列情形的：", "另有下列情形的："],
                sections: [item(1), item(2), item(1), item(2), item(3)])
        ])
        #expect(codes(twoLists) == [])
        let repeated = SampleDocument.make(sections: [
            Section(
                number: 1, marker: "第一条", level: 1, title: "", titleForm: Section.TitleForm.none,
                paragraphs: ["有下列情形的："],
                sections: [item(1), item(1)])
        ])
        #expect(codes(repeated) == ["section-numbering"])
    }

    @Test func untitledByRuleIsNoMissingTitle() {
        let untitled = Section(
            number: 1, marker: "第一条", level: 1, title: "", titleForm: Section.TitleForm.none,
            paragraphs: ["为了规范管理，制定本办法。"])
        #expect(codes(SampleDocument.make(sections: [untitled])) == [])
        let missing = Section(number: 1, marker: "一、", level: 1, title: "", titleForm: .heading, paragraphs: ["正文。"])
        #expect(codes(SampleDocument.make(sections: [missing])) == ["section-untitled"])
    }

    @Test func numberingGapIsReportedWithItsPath() throws {
        let document = SampleDocument.make(sections: [SampleDocument.section(1), SampleDocument.section(3)])
        let diagnostics = Validator().diagnostics(for: document)
        #expect(diagnostics.map(\.code) == ["section-numbering"])
        #expect(diagnostics.first?.path == "/sections/1/number")
    }

    @Test func numberingThatDoesNotStartAtOneIsAGap() {
        #expect(codes(SampleDocument.make(sections: [SampleDocument.section(2)])) == ["section-numbering"])
    }

    @Test func gapInSubItemsIsReportedWithTheNestedPath() {
        let document = SampleDocument.make(sections: [
            SampleDocument.section(1, sections: [SampleDocument.section(1), SampleDocument.section(4)])
        ])
        let diagnostics = Validator().diagnostics(for: document)
        #expect(diagnostics.map(\.code) == ["section-numbering"])
        #expect(diagnostics.first?.path == "/sections/0/sections/1/number")
    }

    @Test func untitledSection() {
        #expect(codes(SampleDocument.make(sections: [SampleDocument.section(1, title: "")])) == ["section-untitled"])
    }

    @Test func emptySection() {
        #expect(codes(SampleDocument.make(sections: [SampleDocument.section(1, paragraphs: [])])) == ["section-empty"])
    }

    @Test func sectionWithOnlySubItemsIsNotEmpty() {
        let document = SampleDocument.make(sections: [
            SampleDocument.section(1, paragraphs: [], sections: [SampleDocument.section(1)])
        ])
        #expect(codes(document) == [])
    }

    @Test(
        arguments: [
            (3, 6, "3所"),  // start one too early
            (4, 7, "3所"),  // end past the figure
            (4, 60, "3所"),  // end past the paragraph
            (4, 6, "4所"),  // text differs (and so reads as another value)
        ] as [(Int, Int, String)])
    func figureOffsetsThatMissTheTextAreReported(start: Int, end: Int, text: String) {
        var figure = SampleDocument.figure
        figure.start = start
        figure.end = end
        figure.text = text
        let document = SampleDocument.make(sections: [
            SampleDocument.section(1, paragraphs: [SampleDocument.figureParagraph], figures: [figure])
        ])
        #expect(codes(document).first == "figure-offset")
        #expect(Set(codes(document)).isSubset(of: ["figure-offset", "figure-value"]))
    }

    @Test func figureInAParagraphThatDoesNotExistIsReported() {
        var figure = SampleDocument.figure
        figure.paragraph = 2
        let document = SampleDocument.make(sections: [
            SampleDocument.section(1, paragraphs: [SampleDocument.figureParagraph], figures: [figure])
        ])
        #expect(codes(document) == ["figure-offset"])
    }

    @Test func leadFiguresAreCheckedToo() {
        var figure = SampleDocument.figure
        figure.start = 0
        let document = SampleDocument.make(
            lead: Lead(paragraphs: [SampleDocument.figureParagraph], figures: [figure]), sections: [])
        let diagnostics = Validator().diagnostics(for: document)
        #expect(diagnostics.map(\.code) == ["figure-offset"])
        #expect(diagnostics.first?.path == "/lead/figures/0/start")
    }

    @Test func titleCaptionAndClosingFiguresAreCheckedToo() {
        var misplaced = SampleDocument.figure
        misplaced.start = 0
        var document = SampleDocument.make(title: SampleDocument.figureParagraph, sections: [])
        document.titleFigures = [misplaced]
        document.captions = [Caption(marker: nil, text: SampleDocument.figureParagraph, figures: [misplaced])]
        document.closing = Lead(
            paragraphs: [SampleDocument.figureParagraph], figures: [SampleDocument.figure, misplaced])
        let diagnostics = Validator().diagnostics(for: document)
        #expect(
            diagnostics.map(\.path) == [
                "/titleFigures/0/start", "/closing/figures/1/start", "/captions/0/figures/0/start",
            ])
        document.titleFigures = [SampleDocument.figure]
        document.captions[0].figures = [SampleDocument.figure]
        document.closing.figures = [SampleDocument.figure]
        #expect(Validator().diagnostics(for: document) == [])
    }

    @Test(arguments: ["1.29万", "1e5", "12,900", "", ".5", "5.", "三"])
    func nonDecimalValueIsReported(value: String) {
        var figure = SampleDocument.figure
        figure.value = value
        let document = SampleDocument.make(sections: [
            SampleDocument.section(1, paragraphs: [SampleDocument.figureParagraph], figures: [figure])
        ])
        #expect(codes(document) == ["figure-value"])
    }

    @Test func nonDecimalValueMaxIsReported() {
        var figure = SampleDocument.figure
        figure.valueMax = "五"
        let document = SampleDocument.make(sections: [
            SampleDocument.section(1, paragraphs: [SampleDocument.figureParagraph], figures: [figure])
        ])
        #expect(codes(document) == ["figure-value"])
    }

    @Test(arguments: ["0", "12900", "0.5", "33.8", "-1.5"])
    func decimalValuesPass(value: String) {
        #expect(Validator.isDecimal(value))
    }

    @Test(arguments: ["", "-", "1.", ".5", "1.2.3", "--1", "1-2", "1e5", "1,000", "五", "１２", " 1"])
    func otherValuesAreNoDecimals(value: String) {
        #expect(!Validator.isDecimal(value))
    }

    @Test func emptyDocumentIsAnError() throws {
        let diagnostics = Validator().diagnostics(for: SampleDocument.make(lead: Lead(), sections: []))
        let empty = try #require(diagnostics.first { $0.code == "empty-document" })
        #expect(empty.severity == .error)
    }

    @Test func missingTitleIsReported() {
        #expect(codes(SampleDocument.make(title: nil, sections: [])) == ["no-title"])
        #expect(codes(SampleDocument.make(title: "", sections: [])) == ["no-title"])
    }

    @Test func everyProblemIsReportedNotJustTheFirst() {
        let document = SampleDocument.make(sections: [
            SampleDocument.section(1, title: ""),
            SampleDocument.section(3, paragraphs: []),
        ])
        #expect(Set(codes(document)) == ["section-untitled", "section-numbering", "section-empty"])
    }
}
