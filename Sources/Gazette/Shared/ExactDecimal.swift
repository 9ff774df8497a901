/// A decimal number held exactly as digits: value = ±`digits` × 10^`exponent`.
///
/// Gazette never puts a figure through floating point: every sum, product, quotient and
/// power of a figure (万 and 亿, fractions, "2^5") is worked out here, and nowhere else.
struct ExactDecimal: Equatable, Sendable, CustomStringConvertible {
    /// Decimal digits 0…9, most significant first, never empty.
    private(set) var digits: [UInt8]
    private(set) var exponent: Int
    /// Negative values come from `negated()` and from sums; products and quotients are of magnitudes with their signs.
    private(set) var isNegative = false

    init(digits: [UInt8], exponent: Int = 0) {
        self.digits = digits.isEmpty ? [0] : digits
        self.exponent = exponent
        normalize()
    }

    init(_ value: Int) {
        precondition(value >= 0)
        self.init(digits: String(value).utf8.map { $0 - 48 })
    }

    /// From the digits before and after a decimal point.
    init(integer: [UInt8], fraction: [UInt8]) {
        self.init(digits: integer + fraction, exponent: -fraction.count)
    }

    /// From a decimal string as records hold it ("-12.5", "300"), or nil when it is none.
    init?(_ text: String) {
        var scalars = Substring(text)
        let negative = scalars.hasPrefix("-")
        if negative { scalars = scalars.dropFirst() }
        let parts = scalars.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count),
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        self.init(
            integer: parts[0].utf8.map { $0 - 48 }, fraction: parts.count == 2 ? parts[1].utf8.map { $0 - 48 } : [])
        if negative { self = negated() }
    }

    var isZero: Bool { digits == [0] }

    /// The power of ten of a round whole amount with one significant digit (3,000,000 → 6), or nil.
    var roundPlace: Int? { digits.count == 1 && !isZero ? exponent : nil }

    /// The same magnitude with the opposite sign (zero stays unsigned).
    func negated() -> ExactDecimal {
        var copy = self
        copy.isNegative = !isNegative && !isZero
        return copy
    }

    /// The value multiplied by 10^`places`.
    func shifted(by places: Int) -> ExactDecimal {
        var copy = self
        if !copy.isZero { copy.exponent += places }
        return copy
    }

    /// The exact sum, signs included ("-3.4" + "5" is "1.6").
    static func + (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        if rhs.isZero { return lhs }
        if lhs.isZero { return rhs }
        if lhs.isNegative == rhs.isNegative {
            let sum = magnitudeSum(lhs, rhs)
            return lhs.isNegative ? sum.negated() : sum
        }
        // Signs differ: the larger magnitude less the smaller, with the larger one's sign.
        let (larger, smaller) = magnitudeLess(lhs, rhs) ? (rhs, lhs) : (lhs, rhs)
        let difference = magnitudeDifference(larger, smaller)
        return larger.isNegative ? difference.negated() : difference
    }

    /// The two magnitudes' digits over one exponent, the smaller of theirs.
    private static func aligned(_ lhs: ExactDecimal, _ rhs: ExactDecimal) -> (a: [UInt8], b: [UInt8], exponent: Int) {
        let exponent = min(lhs.exponent, rhs.exponent)
        let a = lhs.digits + [UInt8](repeating: 0, count: lhs.exponent - exponent)
        let b = rhs.digits + [UInt8](repeating: 0, count: rhs.exponent - exponent)
        return (a, b, exponent)
    }

    private static func magnitudeSum(_ lhs: ExactDecimal, _ rhs: ExactDecimal) -> ExactDecimal {
        let (a, b, exponent) = aligned(lhs, rhs)
        var result = [UInt8]()
        var carry: UInt8 = 0
        var i = a.count - 1
        var j = b.count - 1
        while i >= 0 || j >= 0 || carry > 0 {
            let sum = (i >= 0 ? a[i] : 0) + (j >= 0 ? b[j] : 0) + carry
            result.append(sum % 10)
            carry = sum / 10
            i -= 1
            j -= 1
        }
        return ExactDecimal(digits: result.reversed(), exponent: exponent)
    }

    /// `larger` less `smaller`, as magnitudes; `larger` is no smaller.
    private static func magnitudeDifference(_ larger: ExactDecimal, _ smaller: ExactDecimal) -> ExactDecimal {
        let (a, b, exponent) = aligned(larger, smaller)
        var result = [UInt8]()
        var borrow = 0
        var i = a.count - 1
        var j = b.count - 1
        while i >= 0 {
            var digit = Int(a[i]) - (j >= 0 ? Int(b[j]) : 0) - borrow
            borrow = digit < 0 ? 1 : 0
            if digit < 0 { digit += 10 }
            result.append(UInt8(digit))
            i -= 1
            j -= 1
        }
        return ExactDecimal(digits: result.reversed(), exponent: exponent)
    }

    /// The exact product of two magnitudes (signs multiply).
    static func * (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        var product = [Int](repeating: 0, count: lhs.digits.count + rhs.digits.count)
        for (i, a) in lhs.digits.reversed().enumerated() where a != 0 {
            for (j, b) in rhs.digits.reversed().enumerated() {
                product[i + j] += Int(a) * Int(b)
            }
        }
        var carry = 0
        for index in product.indices {
            let sum = product[index] + carry
            product[index] = sum % 10
            carry = sum / 10
        }
        var result = ExactDecimal(digits: product.reversed().map(UInt8.init), exponent: lhs.exponent + rhs.exponent)
        if lhs.isNegative != rhs.isNegative { result = result.negated() }
        return result
    }

    /// The value rounded half up to `count` significant digits.
    func rounded(significantDigits count: Int) -> ExactDecimal {
        guard digits.count > count, count > 0 else { return self }
        var kept = Array(digits[0..<count])
        let exponent = self.exponent + digits.count - count
        if digits[count] >= 5 {
            var index = kept.count - 1
            while index >= 0 {
                if kept[index] == 9 {
                    kept[index] = 0
                    index -= 1
                } else {
                    kept[index] += 1
                    break
                }
            }
            if index < 0 { kept.insert(1, at: 0) }
        }
        let result = ExactDecimal(digits: kept, exponent: exponent)
        return isNegative ? result.negated() : result
    }

    /// Exact comparison.
    static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        if lhs.isNegative != rhs.isNegative { return lhs.isNegative }
        if lhs.isNegative { return magnitudeLess(rhs.negated(), lhs.negated()) }
        return magnitudeLess(lhs, rhs)
    }

    private static func magnitudeLess(_ lhs: ExactDecimal, _ rhs: ExactDecimal) -> Bool {
        let lhsMagnitude = lhs.digits.count + lhs.exponent
        let rhsMagnitude = rhs.digits.count + rhs.exponent
        if lhs.isZero || rhs.isZero { return lhs.isZero && !rhs.isZero }
        if lhsMagnitude != rhsMagnitude { return lhsMagnitude < rhsMagnitude }
        for index in 0..<max(lhs.digits.count, rhs.digits.count) {
            let a = index < lhs.digits.count ? lhs.digits[index] : 0
            let b = index < rhs.digits.count ? rhs.digits[index] : 0
            if a != b { return a < b }
        }
        return false
    }

    /// The integer value when it is a whole number that fits in an `Int`.
    var integerValue: Int? {
        guard exponent >= 0, !isNegative, digits.count + exponent <= 18 else { return nil }
        var value = 0
        for digit in digits { value = value * 10 + Int(digit) }
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    var isInteger: Bool { exponent >= 0 }

    /// Plain decimal notation: no exponent, no grouping, no superfluous zeros ("12900", "0.5").
    var description: String {
        isNegative ? "-" + magnitudeDescription : magnitudeDescription
    }

    private var magnitudeDescription: String {
        if exponent >= 0 {
            if isZero { return "0" }
            return String(decoding: digits.map { $0 + 48 }, as: UTF8.self) + String(repeating: "0", count: exponent)
        }
        let fractionCount = -exponent
        var text = digits.map { $0 + 48 }
        if text.count <= fractionCount {
            text = [UInt8](repeating: 48, count: fractionCount - text.count + 1) + text
        }
        text.insert(UInt8(ascii: "."), at: text.count - fractionCount)
        return String(decoding: text, as: UTF8.self)
    }

    /// Strips leading zeros and moves trailing zeros into the exponent.
    private mutating func normalize() {
        let firstNonZero = digits.firstIndex { $0 != 0 } ?? digits.count - 1
        if firstNonZero > 0 { digits.removeFirst(firstNonZero) }
        if digits == [0] {
            exponent = 0
            return
        }
        var zeros = 0
        for digit in digits.reversed() {
            if digit != 0 { break }
            zeros += 1
        }
        if zeros > 0 {
            digits.removeLast(zeros)
            exponent += zeros
        }
    }
}

extension ExactDecimal {
    /// Significant digits kept for a quotient whose decimal does not terminate
    /// (1/3 → 0.333333333333333, 2/3 → 0.666666666666667, rounded half up).
    static let quotientDigits = 15

    /// This value divided by an integer `denominator` (1…10⁹), as a decimal of at most
    /// `quotientDigits` significant digits, rounded half up; nil for a zero, negative or
    /// fractional denominator.
    func divided(by denominator: ExactDecimal) -> ExactDecimal? {
        guard !denominator.isNegative, let d = denominator.integerValue, d > 0, d <= 1_000_000_000 else { return nil }
        // Scale the numerator to an integer: numerator = n × 10^-k.
        var scale = 0
        var n = self
        while !n.isInteger, scale < 30 {
            n = n.shifted(by: 1)
            scale += 1
        }
        guard let integer = n.integerValue else { return nil }
        var remainder = integer
        var produced = 0
        var exponent = -scale
        // Long division, keeping the quotient's digits until it terminates or is long enough.
        let whole = remainder / d
        remainder %= d
        var digits = String(whole).utf8.map { $0 - 48 }
        var significant = whole == 0 ? 0 : digits.count
        while remainder != 0, significant < Self.quotientDigits, produced < 60 {
            remainder *= 10
            let digit = remainder / d
            remainder %= d
            digits.append(UInt8(digit))
            exponent -= 1
            produced += 1
            if significant > 0 || digit != 0 { significant += 1 }
        }
        let truncated = ExactDecimal(digits: digits, exponent: exponent)
        // Round half up on the first digit left out.
        guard remainder != 0, (remainder * 10) / d >= 5 else { return truncated }
        return truncated + ExactDecimal(digits: [1], exponent: exponent)
    }

    /// This value to an integer power (|exponent| ≤ 64): exact when short, else rounded to
    /// `quotientDigits` significant digits; nil when a negative power's reciprocal cannot be
    /// formed.
    func raised(to signedExponent: Int) -> ExactDecimal? {
        guard abs(signedExponent) <= 64 else { return nil }
        var value = ExactDecimal(1)
        for _ in 0..<abs(signedExponent) { value = (value * self).rounded(significantDigits: 40) }
        if signedExponent < 0 {
            var scale = 0
            var integer = value
            while !integer.isInteger {
                integer = integer.shifted(by: 1)
                scale += 1
            }
            guard let reciprocal = ExactDecimal(1).shifted(by: scale).divided(by: integer) else { return nil }
            value = reciprocal
        }
        return value.rounded(significantDigits: Self.quotientDigits)
    }
}
