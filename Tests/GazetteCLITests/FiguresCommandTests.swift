import Foundation
import GazetteTestSupport
import Testing

@Suite struct FiguresCommandTests {
    private func array(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    @Test func printsTheFiguresOfATextAsAJSONArray() throws {
        let run = try GazetteBinary.run(["figures", "增长12.5%"])
        #expect(run.status == 0)
        let figures = try array(run.stdout)
        #expect(figures.count == 1)
        #expect(figures.first?["kind"] as? String == "percent")
        #expect(figures.first?["value"] as? String == "12.5")
        #expect(figures.first?["unit"] as? String == "%")
        #expect(figures.first?["change"] as? String == "increase")
    }

    @Test func textWithoutFiguresGivesAnEmptyArray() throws {
        let run = try GazetteBinary.run(["figures", "深入学习贯彻党的二十大精神"])
        #expect(run.status == 0)
        #expect(try array(run.stdout).isEmpty)
    }

    @Test func dashReadsStandardInput() throws {
        let run = try GazetteBinary.run(["figures", "-"], stdin: Data("新建学校3所，新增学位2000个。".utf8))
        #expect(run.status == 0)
        #expect(try array(run.stdout).compactMap { $0["value"] as? String } == ["3", "2000"])
    }

    /// One array for each input line, blank lines and "\r\n" endings included, so output lines
    /// stand beside input lines; a last line without its newline still counts.
    @Test(
        arguments: [
            ("投入1460万元\n\n占比33.8%\n", [1, 0, 1]),
            ("投入1460万元\r\n\r\n\r\n占比33.8%\r\n", [1, 0, 0, 1]),
            ("投入1460万元\n占比33.8%", [1, 1]),
            ("\n\n", [0, 0]),
        ] as [(String, [Int])])
    func linesPrintsOneArrayPerLine(input: String, counts: [Int]) throws {
        let run = try GazetteBinary.run(["figures", "--lines", "-"], stdin: Data(input.utf8))
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        #expect(try lines.map { try array($0).count } == counts)
    }

    @Test func figuresAreWrittenWithTheRecordsKeyOrder() throws {
        let run = try GazetteBinary.run(["figures", "--dates", "--lines", "2025年3月投入约1460万元"])
        #expect(
            run.stdout == #"[{"text":"2025年3月","value":"2025-03","kind":"date","paragraph":0,"start":0,"end":7},"#
                + #"{"text":"约1460万元","value":"14600000","unit":"元","kind":"money","qualifier":"approx","paragraph":0,"start":9,"end":16}]"#
                + "\n")
    }

    @Test func numbersFlagReportsBareNumbers() throws {
        let plain = try GazetteBinary.run(["figures", "共计300"])
        let withNumbers = try GazetteBinary.run(["figures", "--numbers", "共计300"])
        #expect(try array(plain.stdout).isEmpty)
        #expect(try array(withNumbers.stdout).first?["kind"] as? String == "number")
    }
}
