/// Writes whole numbers the ways Chinese announcements do, so the recognizer's reading can be
/// checked against the number that was written: Arabic digits, digits with thousands
/// separators, Chinese numerals (小写 and 大写 financial), and mixed Arabic-with-万/亿 forms.
///
/// Chinese numerals follow the standard rules: one 零 for each gap of zeros, 十 alone for
/// 10–19 at the very start (小写 only; 大写 writes 壹拾), 万 and 亿 closing groups of four digits.
enum NumeralWriter {
    struct Numerals {
        var digits: [String]
        /// 十, 百, 千.
        var places: [String]
        var tenThousand: String
        var hundredMillion: String
        /// Whether 10–19 at the start drop the 一 (十二 rather than 一十二).
        var bareLeadingTen: Bool
    }

    static let standard = Numerals(
        digits: ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"], places: ["十", "百", "千"],
        tenThousand: "万", hundredMillion: "亿", bareLeadingTen: true)

    static let financial = Numerals(
        digits: ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"], places: ["拾", "佰", "仟"],
        tenThousand: "万", hundredMillion: "亿", bareLeadingTen: false)

    static func arabic(_ n: Int) -> String { String(n) }

    /// "1,234,567".
    static func grouped(_ n: Int) -> String {
        var digits = Array(String(n))
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(String(digits), at: 0)
        return groups.joined(separator: ",")
    }

    /// "一千零五", "十万", "一亿零五十万"; with `twoAsLiang`, a leading 二 before a place word is 两.
    static func chinese(_ n: Int, numerals: Numerals = standard, twoAsLiang: Bool = false) -> String {
        precondition(n >= 0)
        guard n > 0 else { return numerals.digits[0] }
        let written = body(n, numerals, leading: true)
        guard twoAsLiang, written.hasPrefix("二"), let next = written.dropFirst().first, "百千万亿".contains(next) else {
            return written
        }
        return "两" + written.dropFirst()
    }

    /// Mixed spellings of `n` that are unambiguous: "3.5万", "1234.56亿", "12万3456", "1亿2000万".
    static func mixed(_ n: Int) -> [String] {
        var spellings: [String] = []
        for (places, word) in [(4, "万"), (8, "亿")] {
            let unit = power(places)
            // At most two fraction digits before the multiplier.
            if n >= unit, n % (unit / 100) == 0 {
                spellings.append(
                    decimal(whole: n / unit, fraction: (n % unit) / (unit / 100), fractionDigits: 2) + word)
            }
        }
        let (high, mid, low) = (n / power(8), n % power(8) / power(4), n % power(4))
        // Arabic groups after 万 or 亿 are written with all four digits, or left out when zero.
        if n >= power(4), low >= 1000 {
            spellings.append("\(n / power(4))万\(low)")
        }
        if high > 0, mid >= 1000 || (mid == 0 && low == 0), low >= 1000 || low == 0 {
            spellings.append("\(high)亿" + (mid > 0 ? "\(mid)万" : "") + (low > 0 ? "\(low)" : ""))
        }
        return spellings
    }

    /// "12.5", "3.05", "7": `whole`, then `fraction` as `fractionDigits` digits with trailing zeros dropped.
    static func decimal(whole: Int, fraction: Int, fractionDigits: Int, grouping: Bool = false) -> String {
        let integer = grouping ? grouped(whole) : String(whole)
        guard fraction > 0 else { return integer }
        var digits = String(fraction)
        digits = String(repeating: "0", count: fractionDigits - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return integer + "." + digits
    }

    static func power(_ places: Int) -> Int {
        (0..<places).reduce(1) { value, _ in value * 10 }
    }

    private static func body(_ n: Int, _ numerals: Numerals, leading: Bool) -> String {
        if n >= power(8) {
            return body(n / power(8), numerals, leading: leading) + numerals.hundredMillion
                + tail(n % power(8), below: power(8), numerals)
        }
        if n >= power(4) {
            return section(n / power(4), numerals, leading: leading) + numerals.tenThousand
                + tail(n % power(4), below: power(4), numerals)
        }
        return section(n, numerals, leading: leading)
    }

    /// What follows 万 or 亿: nothing, or the rest with a 零 when its top digit is missing.
    private static func tail(_ low: Int, below unit: Int, _ numerals: Numerals) -> String {
        guard low > 0 else { return "" }
        return (low < unit / 10 ? numerals.digits[0] : "") + body(low, numerals, leading: false)
    }

    /// A group below 万: "三千零五", "一百一十", "十二" (at the start).
    private static func section(_ n: Int, _ numerals: Numerals, leading: Bool) -> String {
        var written = ""
        var started = false
        var zeroPending = false
        for place in stride(from: 3, through: 0, by: -1) {
            let digit = n / power(place) % 10
            if digit == 0 {
                zeroPending = started
                continue
            }
            if zeroPending { written += numerals.digits[0] }
            zeroPending = false
            let dropsOne = place == 1 && digit == 1 && !started && leading && numerals.bareLeadingTen
            if !dropsOne { written += numerals.digits[digit] }
            if place > 0 { written += numerals.places[place - 1] }
            started = true
        }
        return written
    }
}
