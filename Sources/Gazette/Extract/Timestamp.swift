/// Dates and times as ISO 8601, in China Standard Time.
enum Timestamp {
    /// "2025-03-18 09:30" → "2025-03-18T09:30:00+08:00"; "2025年3月18日" → "2025-03-18";
    /// ISO strings with their own zone are kept. Nil when no full date is found.
    static func iso(from text: String) -> String? {
        var recognizer = DateRecognizer()
        let scalars = Array(text.unicodeScalars)
        guard let date = recognizer.dates(in: text).first(where: { $0.value.count == 10 }).map({ (value: $0.value, end: $0.end) })
                ?? spacedDate(in: scalars)
        else { return nil }
        var index = date.end
        while index < scalars.count, " 　T日".unicodeScalars.contains(scalars[index]) { index += 1 }
        guard let (hour, minute, second, zone) = time(in: scalars, at: index) else { return date.value }
        return "\(date.value)T\(DateRecognizer.two(hour)):\(DateRecognizer.two(minute)):\(DateRecognizer.two(second))\(zone ?? "+08:00")"
    }

    /// The date a page's address states, as publishing systems write it into paths:
    /// ".../art/2025/6/3/...", ".../2025-06/03/...", ".../202506/t20250603_1.html". Nil when
    /// the address holds no plausible date.
    static func dateInURL(_ url: String) -> String? {
        // Runs of digits with the character that follows each.
        var runs: [(digits: String, next: Character?)] = []
        var current = ""
        for character in url {
            if character.isASCII, character.isNumber {
                current.append(character)
            } else {
                if !current.isEmpty { runs.append((current, character)) }
                current = ""
            }
        }
        if !current.isEmpty { runs.append((current, nil)) }
        func date(_ year: String, _ month: String, _ day: String) -> String? {
            guard let y = Int(year), (1990...2099).contains(y), let m = Int(month), (1...12).contains(m),
                  let d = Int(day), (1...31).contains(d) else { return nil }
            return "\(y)-\(DateRecognizer.two(m))-\(DateRecognizer.two(d))"
        }
        for (offset, run) in runs.enumerated() {
            let digits = Array(run.digits)
            if digits.count == 8, let found = date(String(digits[0..<4]), String(digits[4..<6]), String(digits[6..<8])) { return found }
            let rest = runs[(offset + 1)...]
            if digits.count == 4, run.next == "/" || run.next == "-", let month = rest.first, month.digits.count <= 2,
               month.next == "/" || month.next == "-", let day = rest.dropFirst().first, day.digits.count <= 2,
               let found = date(run.digits, month.digits, day.digits) {
                return found
            }
            if digits.count == 6, run.next == "/", let day = rest.first, day.digits.count == 2, day.next == "/",
               let found = date(String(digits[0..<4]), String(digits[4..<6]), day.digits) {
                return found
            }
        }
        return nil
    }

    /// "2025 04/10": a year, then month/day, as some news pages print the pieces of a date.
    static func spacedDate(in s: [Unicode.Scalar]) -> (value: String, end: Int)? {
        func number(_ index: Int, digits: ClosedRange<Int>) -> (Int, Int)? {
            var value = 0
            var end = index
            while end < s.count, end - index < digits.upperBound, let digit = NumeralReader.digit(s[end]) {
                value = value * 10 + Int(digit)
                end += 1
            }
            return digits.contains(end - index) && (end == s.count || NumeralReader.digit(s[end]) == nil) ? (value, end) : nil
        }
        for start in s.indices where start == 0 || NumeralReader.digit(s[start - 1]) == nil {
            guard let (year, afterYear) = number(start, digits: 4...4), (1990...2099).contains(year) else { continue }
            var index = afterYear
            guard index < s.count, TextCleaner.isBlank(s[index]) || s[index] == " " else { continue }
            while index < s.count, TextCleaner.isBlank(s[index]) || s[index] == " " { index += 1 }
            guard let (month, afterMonth) = number(index, digits: 1...2), (1...12).contains(month),
                  afterMonth < s.count, s[afterMonth] == "/" || s[afterMonth] == "-",
                  let (day, afterDay) = number(afterMonth + 1, digits: 1...2), (1...31).contains(day)
            else { continue }
            return ("\(year)-\(DateRecognizer.two(month))-\(DateRecognizer.two(day))", afterDay)
        }
        return nil
    }

    private static func time(in s: [Unicode.Scalar], at start: Int) -> (Int, Int, Int, String?)? {
        func number(_ index: Int) -> (Int, Int)? {
            var value = 0
            var end = index
            while end < s.count, end - index < 2, let d = NumeralReader.digit(s[end]) {
                value = value * 10 + Int(d)
                end += 1
            }
            return end > index ? (value, end) : nil
        }
        guard let (hour, afterHour) = number(start), hour < 24, afterHour < s.count,
              s[afterHour] == ":" || s[afterHour] == "：" || s[afterHour] == "时",
              let (minute, afterMinute) = number(afterHour + 1), minute < 60
        else { return nil }
        var second = 0
        var cursor = afterMinute
        if cursor < s.count, s[cursor] == ":" || s[cursor] == "：", let (value, end) = number(cursor + 1), value < 60 {
            second = value
            cursor = end
            // Fractions of a second are dropped: ".000".
            if cursor < s.count, s[cursor] == "." {
                cursor += 1
                while cursor < s.count, NumeralReader.digit(s[cursor]) != nil { cursor += 1 }
            }
        }
        return (hour, minute, second, zone(in: s, at: cursor))
    }

    /// An explicit zone is kept: "Z", "+08:00", "+0900" (written "+09:00").
    private static func zone(in s: [Unicode.Scalar], at cursor: Int) -> String? {
        guard cursor < s.count else { return nil }
        if s[cursor] == "Z" { return "Z" }
        guard s[cursor] == "+" || s[cursor] == "-" else { return nil }
        var digits: [Unicode.Scalar] = []
        var index = cursor + 1
        while index < s.count, digits.count < 4 {
            if NumeralReader.digit(s[index]) != nil {
                digits.append(s[index])
            } else if s[index] != ":" || digits.count != 2 {
                break
            }
            index += 1
        }
        guard digits.count == 4 else { return nil }
        return "\(s[cursor])\(digits[0])\(digits[1]):\(digits[2])\(digits[3])"
    }
}
