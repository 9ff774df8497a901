import Testing

@testable import Gazette

/// Pathological paragraphs: each is read to the end without crashing and with a sane result.
/// How long they take is for the benchmarks (`gazette-bench`), not for these tests.
@Suite struct LinearTimeTests {
    /// About one megabyte of UTF-8, in repetitions of `piece`.
    private static func megabyte(of piece: String) -> String {
        String(repeating: piece, count: (1 << 20) / piece.utf8.count)
    }

    @Test func megabyteOfDigitsIsOneNumber() throws {
        let digits = Self.megabyte(of: "1234567890")
        #expect(FigureRecognizer().figures(in: digits).isEmpty)
        let figures = FigureRecognizer().figures(in: digits + "个")
        try #require(figures.count == 1)
        #expect(figures[0].value == digits)
        #expect(figures[0].unit == "个")
        #expect(figures[0].end == digits.unicodeScalars.count + 1)
    }

    @Test func megabyteOfWanIsNoNumber() {
        let wan = Self.megabyte(of: "万")
        #expect(FigureRecognizer().figures(in: wan + "个").isEmpty)
        #expect(FigureRecognizer(options: .init(includeBareNumbers: true)).figures(in: wan).isEmpty)
    }

    @Test func megabyteOfRepeatedWanAfterOneStaysBounded() {
        let paragraph = "一" + Self.megabyte(of: "万") + "个"
        let figures = FigureRecognizer().figures(in: paragraph)
        // However the run is read, a value never grows past the first few 万.
        #expect(figures.allSatisfy { $0.value.count <= 17 }, "\(figures.map(\.value.count))")
        let bare = FigureRecognizer(options: .init(includeBareNumbers: true)).figures(in: paragraph)
        #expect(bare.allSatisfy { $0.value.count <= 17 })
    }

    /// Runs of numerals that no number reads whole: each reading stops within a numeral's
    /// length, so reading from every position stays linear and no value grows with the run.
    @Test(arguments: ["一万一千", "一二三四五六七八九", "四五", "零", "萬九"])
    func longRunsOfNumeralsAreReadInBoundedPieces(_ piece: String) {
        let paragraph = String(repeating: piece, count: (1 << 16) / piece.utf8.count) + "个"
        for options in [FigureRecognizer.Options(), .init(includeBareNumbers: true)] {
            let figures = FigureRecognizer(options: options).figures(in: paragraph)
            #expect(
                figures.allSatisfy { $0.value.count <= 40 && $0.end - $0.start <= NumeralReader.longestNumeral + 2 })
        }
        #expect(DateRecognizer().dates(in: paragraph).allSatisfy { $0.end - $0.start <= NumeralReader.longestNumeral })
    }

    @Test func hundredThousandFiguresInOneParagraph() {
        let paragraph = String(repeating: "3个，", count: 100_000)
        let figures = FigureRecognizer().figures(in: paragraph)
        #expect(figures.count == 100_000)
        #expect(figures.allSatisfy { $0.value == "3" && $0.unit == "个" && $0.text == "3个" })
        #expect(figures.last?.start == 99_999 * 3)
    }

    @Test func twoHundredThousandOpeningQuotesShieldNothing() {
        let quotes = String(repeating: "“", count: 200_000)
        #expect(FigureRecognizer().figures(in: quotes).isEmpty)
        // No quote is ever closed, so the figure after them is still found.
        let figures = FigureRecognizer().figures(in: quotes + "3个")
        #expect(figures.map(\.text) == ["3个"])
        #expect(figures.first?.start == 200_000)
    }

    @Test func nestedQuotesAroundAFigure() {
        let paragraph = String(repeating: "“", count: 100_000) + "5个" + String(repeating: "”", count: 100_000)
        let figures = FigureRecognizer().figures(in: paragraph)
        // The innermost pair is a short quote, a name: its number is no figure.
        #expect(figures.isEmpty)
    }

    @Test func halfAMillionOrdinalMarks() {
        let marks = String(repeating: "第", count: 500_000)
        #expect(FigureRecognizer().figures(in: marks).isEmpty)
        let figures = FigureRecognizer().figures(in: marks + "3名")
        #expect(figures.map(\.text) == ["第3名"])
        #expect(figures.map(\.kind) == [.rank])
    }
}
