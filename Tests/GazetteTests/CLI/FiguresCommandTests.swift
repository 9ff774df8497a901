import Foundation
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

    @Test func linesPrintsOneArrayPerLine() throws {
        let run = try GazetteBinary.run(["figures", "--lines", "-"], stdin: Data("投入1460万元\n\n占比33.8%\n".utf8))
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(try lines.map { try array($0).count } == [1, 1])
    }

    @Test func numbersFlagReportsBareNumbers() throws {
        let plain = try GazetteBinary.run(["figures", "共计300"])
        let withNumbers = try GazetteBinary.run(["figures", "--numbers", "共计300"])
        #expect(try array(plain.stdout).isEmpty)
        #expect(try array(withNumbers.stdout).first?["kind"] as? String == "number")
    }
}
