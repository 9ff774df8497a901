import PropertyBased
import Testing

@testable import Gazette

/// Random amounts written in the forms of the figure classes (零 inside mixed numbers,
/// currencies by name, sign and code, coins, collective measure words) read back as the
/// amount written, in the one spelling of its unit.
@Suite struct FigureClassPropertyTests {
    private let recognizer = FigureRecognizer()

    private func expectOne(
        _ sentence: String, text: String, value: String, unit: String, kind: FigureKind,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let figures = recognizer.figures(in: sentence)
        #expect(figures.map(\.text) == [text], "\(sentence)", sourceLocation: sourceLocation)
        #expect(figures.map(\.value) == [value], "\(sentence)", sourceLocation: sourceLocation)
        #expect(figures.map(\.unit) == [unit], "\(sentence)", sourceLocation: sourceLocation)
        #expect(figures.map(\.kind) == [kind], "\(sentence)", sourceLocation: sourceLocation)
    }

    // MARK: 零 inside mixed numbers

    @Test func zeroAfterThousandReadsTheGap() async {
        // "1千零1" (1001), "7千零35" (7035): one 零 for the empty hundreds.
        await propertyCheck(count: 300, input: Gen.int(in: 1...9), Gen.int(in: 1...99)) { thousands, rest in
            let written = "\(thousands)千零\(rest)人"
            expectOne("共" + written, text: written, value: String(thousands * 1000 + rest), unit: "人", kind: .count)
        }
    }

    @Test func zeroInsideAGroupBeforeWan() async {
        // "2千零30万" (20,300,000): the gap is inside the group that 万 closes.
        await propertyCheck(count: 300, input: Gen.int(in: 1...9), Gen.int(in: 1...99)) { thousands, rest in
            let written = "\(thousands)千零\(rest)万元"
            expectOne(
                "投资" + written, text: written, value: String((thousands * 1000 + rest) * 10_000), unit: "元",
                kind: .money)
        }
    }

    @Test func chineseZeroGapsReadBack() async {
        // "三千零五", "八万零六百": the standard spelling with its 零, before a unit.
        let gapped = zip(Gen.int(in: 1...99), Gen.int(in: 1...9), Gen.int(in: 2...4)).map { high, low, gap in
            high * NumeralWriter.power(gap) + low
        }
        await propertyCheck(count: 300, input: gapped) { n in
            let written = NumeralWriter.chinese(n)
            #expect(written.contains("零"))
            expectOne("完成" + written + "吨", text: written + "吨", value: String(n), unit: "吨", kind: .weight)
        }
    }

    // MARK: Currencies

    /// Every spelling of every currency after the amount: "300美圆", "20 USD" (a code after a blank).
    static let currencyNames: [(written: String, currency: String)] = FigureGrammar.currencies.map { unit in
        let written = String(scalars: unit.surface[...])
        let isCode = unit.surface.allSatisfy { $0.value < 0x80 }
        return (isCode ? " " + written : written, unit.normalized)
    }

    @Test func everyCurrencyNameGivesItsOneSpelling() async {
        await propertyCheck(count: 400, input: Gen.int(in: 2...99_999), Gen.int(in: 0..<Self.currencyNames.count)) {
            amount, pick in
            let (written, currency) = Self.currencyNames[pick]
            let text = "\(amount)" + written
            expectOne("合同金额" + text + "，", text: text, value: String(amount), unit: currency, kind: .money)
        }
    }

    @Test func everyCurrencySignGivesItsOneSpelling() async {
        let signs = FigureGrammar.currencySigns
        await propertyCheck(count: 300, input: Gen.int(in: 2...99_999), Gen.int(in: 0..<signs.count)) { amount, pick in
            let sign = String(scalars: signs[pick].surface[...])
            let blank = Character(signs[pick].surface.last!).isLetter ? " " : ""  // "RMB 300"
            let text = sign + blank + "\(amount)"
            expectOne("售价" + text + "。", text: text, value: String(amount), unit: signs[pick].currency, kind: .money)
        }
    }

    @Test func coinsAddUpExactly() async {
        // "123元4角5分", "12块3毛": yuan, then tenths, then hundredths.
        await propertyCheck(count: 300, input: Gen.int(in: 1...9_999), Gen.int(in: 1...9), Gen.int(in: 1...9), Gen.bool)
        { yuan, jiao, fen, spoken in
            let written = spoken ? "\(yuan)块\(jiao)毛\(fen)分" : "\(yuan)元\(jiao)角\(fen)分"
            let value = String(yuan) + "." + String(jiao) + String(fen)
            expectOne("开销" + written + "。", text: written, value: value, unit: "元", kind: .money)
        }
    }

    @Test func spokenYuanTakesOneDigitOfTenths() async {
        // "三块五" is 3.5 元 with Chinese numerals on both sides.
        await propertyCheck(count: 200, input: Gen.int(in: 2...99), Gen.int(in: 1...9)) { yuan, jiao in
            let written = NumeralWriter.chinese(yuan) + "块" + NumeralWriter.standard.digits[jiao]
            expectOne("售价" + written + "，", text: written, value: "\(yuan).\(jiao)", unit: "元", kind: .money)
        }
    }

    // MARK: Collective measure words

    @Test func collectiveWordsKeepTheirCount() async {
        // "发放手套2000双": 2000 pairs, never the gloves they hold.
        let words = ["双", "对", "副", "套", "组", "箱", "批"]
        await propertyCheck(count: 300, input: Gen.int(in: 2...99_999), Gen.int(in: 0..<words.count), Gen.bool) {
            count, pick, chinese in
            let written = (chinese ? NumeralWriter.chinese(count) : String(count)) + words[pick]
            expectOne("发放物资" + written + "。", text: written, value: String(count), unit: words[pick], kind: .count)
        }
    }
}
