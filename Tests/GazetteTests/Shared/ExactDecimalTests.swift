import Testing

@testable import Gazette

@Suite struct ExactDecimalTests {
    @Test(
        arguments: [
            (ExactDecimal(integer: [1], fraction: [2, 9]), 4, "12900"),
            (ExactDecimal(integer: [3, 3], fraction: [8]), 0, "33.8"),
            (ExactDecimal(5), -1, "0.5"),
            (ExactDecimal(5), -3, "0.005"),
            (ExactDecimal(1460), 4, "14600000"),
            (ExactDecimal(integer: [1, 2, 3, 4], fraction: [5]), 4, "12345000"),
            (ExactDecimal(0), 8, "0"),
            (ExactDecimal(integer: [0], fraction: [0, 1]), 2, "1"),
        ] as [(ExactDecimal, Int, String)])
    func shiftingMovesTheDecimalPoint(value: ExactDecimal, places: Int, expected: String) {
        #expect(value.shifted(by: places).description == expected)
    }

    @Test(
        arguments: [
            (ExactDecimal(integer: [1, 2], fraction: [5, 0]), "12.5"),
            (ExactDecimal(integer: [0, 0, 7], fraction: []), "7"),
            (ExactDecimal(integer: [], fraction: [0, 5]), "0.05"),
            (ExactDecimal(digits: [1, 2, 9, 0, 0]), "12900"),
            (ExactDecimal(digits: [1, 0, 0], exponent: -2), "1"),
            (ExactDecimal(digits: []), "0"),
            (ExactDecimal(digits: [0, 0, 0], exponent: 5), "0"),
        ] as [(ExactDecimal, String)])
    func descriptionIsPlainWithoutSuperfluousZeros(value: ExactDecimal, expected: String) {
        #expect(value.description == expected)
    }

    @Test(
        arguments: [
            (ExactDecimal(30000), ExactDecimal(4000), "34000"),
            (ExactDecimal(999), ExactDecimal(1), "1000"),
            (ExactDecimal(integer: [0], fraction: [5]), ExactDecimal(integer: [0], fraction: [2, 5]), "0.75"),
            (ExactDecimal(integer: [0], fraction: [5]), ExactDecimal(integer: [0], fraction: [5]), "1"),
            (ExactDecimal(integer: [1, 2], fraction: [3]), ExactDecimal(0), "12.3"),
            (ExactDecimal(100_000_000), ExactDecimal(integer: [0], fraction: [0, 1]), "100000000.01"),
        ] as [(ExactDecimal, ExactDecimal, String)])
    func additionIsExact(lhs: ExactDecimal, rhs: ExactDecimal, sum: String) {
        #expect((lhs + rhs).description == sum)
        #expect((rhs + lhs).description == sum)
    }

    /// A table's growth column sums "-3.4" and "5.2" as 1.8, not 8.6.
    @Test(
        arguments: [
            ("-3.4", "5.2", "1.8"),
            ("-3.4", "-5.2", "-8.6"),
            ("3.4", "-5.2", "-1.8"),
            ("-100", "0.01", "-99.99"),
            ("-2.5", "2.5", "0"),
            ("1000", "-0.001", "999.999"),
            ("-0", "7", "7"),
        ])
    func additionKeepsSigns(lhs: String, rhs: String, sum: String) throws {
        let a = try #require(ExactDecimal(lhs))
        let b = try #require(ExactDecimal(rhs))
        #expect((a + b).description == sum)
        #expect((b + a).description == sum)
    }

    @Test func equalValuesCompareEqualWhateverTheirSpelling() {
        #expect(ExactDecimal(integer: [1, 2], fraction: [5, 0]) == ExactDecimal(integer: [1, 2], fraction: [5]))
        #expect(ExactDecimal(1200) == ExactDecimal(digits: [1, 2], exponent: 2))
    }

    @Test func ordering() {
        #expect(ExactDecimal(3) < ExactDecimal(5))
        #expect(ExactDecimal(integer: [0], fraction: [9]) < ExactDecimal(1))
        #expect(!(ExactDecimal(5) < ExactDecimal(5)))
        #expect(ExactDecimal(0) < ExactDecimal(integer: [0], fraction: [0, 1]))
        #expect(!(ExactDecimal(integer: [0], fraction: [0, 1]) < ExactDecimal(0)))
        #expect(ExactDecimal(99) < ExactDecimal(100))
    }

    @Test func integerValue() {
        #expect(ExactDecimal(12900).integerValue == 12900)
        #expect(ExactDecimal(integer: [1], fraction: [5]).integerValue == nil)
        #expect(ExactDecimal(1).shifted(by: 30).integerValue == nil)
    }

    @Test func additionAgreesWithIntegerArithmeticOverSeededValues() {
        var generator = SplitMix64(seed: 0x5EED)
        for _ in 0..<500 {
            let a = Int(generator.next() % 1_000_000_000)
            let b = Int(generator.next() % 1_000_000_000)
            let places = Int(generator.next() % 6)
            #expect((ExactDecimal(a) + ExactDecimal(b)).description == String(a + b))
            let shifted = ExactDecimal(a).shifted(by: places).description
            #expect(shifted == (a == 0 ? "0" : String(a) + String(repeating: "0", count: places)))
        }
    }
}

/// A small seeded generator so randomized checks repeat exactly.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
