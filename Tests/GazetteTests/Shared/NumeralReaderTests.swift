import Testing

@testable import Gazette

@Suite struct NumeralReaderTests {
    private func read(_ text: String) -> NumeralReader.Token? {
        NumeralReader.read(Array(text.unicodeScalars), at: 0, stopBefore: { _ in false })
    }

    @Test(
        arguments: [
            ("1,234.5", "1234.5", 7),
            ("12,345,678", "12345678", 10),
            ("３４", "34", 2),
            ("０．５", "0.5", 3),
            ("3.5万", "35000", 4),
            ("1千万", "10000000", 3),
            ("3万4000", "34000", 6),
            ("一千零五", "1005", 4),
            ("十", "10", 1),
            ("十二", "12", 2),
            ("二十", "20", 2),
            ("三百六十五", "365", 5),
            ("一万二千", "12000", 4),
            ("两亿", "200000000", 2),
            ("壹佰贰拾", "120", 4),
            ("三点五", "3.5", 3),
            ("1,23", "1", 1),
        ] as [(String, String, Int)])
    func readsValueAndEnd(text: String, value: String, end: Int) throws {
        let token = try #require(read(text))
        #expect(token.value.description == value)
        #expect(token.end == end)
    }

    @Test func chineseDigitSequenceIsMarked() throws {
        let token = try #require(read("二〇二四"))
        #expect(token.isDigitSequence)
        #expect(token.value.description == "2024")
    }

    @Test func loneOneIsMarked() throws {
        #expect(try #require(read("一")).isLoneOne)
        #expect(try #require(read("一百")).isLoneOne == false)
    }

    @Test func placeWordWithoutDigitIsNoNumber() {
        #expect(read("百强") == nil)
        #expect(read("万众") == nil)
        #expect(read("零") == nil)
    }

    @Test func unitBeginningWithAMultiplierStopsTheNumber() throws {
        let text = Array("5千米".unicodeScalars)
        let token = try #require(
            NumeralReader.read(text, at: 0, stopBefore: { FigureRecognizer.unitStarts(text, at: $0) }))
        #expect(token.value.description == "5")
        #expect(token.end == 1)
    }
}
