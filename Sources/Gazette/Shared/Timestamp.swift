/// Dates and times as ISO 8601, in China Standard Time.
enum Timestamp {
    /// "2025-03-18 09:30" → "2025-03-18T09:30:00+08:00"; "2025年3月18日" → "2025-03-18";
    /// ISO strings with their own zone are kept. Nil when no full date is found.
    static func iso(from text: String) -> String? {
        let recognizer = DateRecognizer()
        let scalars = Array(text.unicodeScalars)
        guard
            let date = recognizer.dates(in: text).first(where: { $0.value.count == 10 }).map({
                (value: $0.value, end: $0.end)
            })
                ?? spacedDate(in: scalars) ?? clockDate(in: scalars) ?? englishDate(in: scalars)
        else { return nil }
        var index = date.end
        while index < scalars.count, " 　T日".unicodeScalars.contains(scalars[index]) { index += 1 }
        index = afterWeekday(scalars, at: index)
        let (afternoon, clockStart) = dayPart(scalars, at: index)
        guard let (clockHour, minute, second, zone) = time(in: scalars, at: clockStart) else { return date.value }
        let pm = afternoon ?? meridiem(scalars, after: clockStart)
        let hour = pm == true && clockHour < 12 ? clockHour + 12 : (pm == false && clockHour == 12 ? 0 : clockHour)
        return
            "\(date.value)T\(DateRecognizer.two(hour)):\(DateRecognizer.two(minute)):\(DateRecognizer.two(second))\(zone ?? "+08:00")"
    }

    /// Past a weekday between a date and its time: "2024年5月22日週三 上午8:21", "（星期三）".
    private static func afterWeekday(_ s: [Unicode.Scalar], at start: Int) -> Int {
        var index = start
        while index < s.count, s[index] == "(" || s[index] == "（" || TextCleaner.isBlank(s[index]) { index += 1 }
        let days = "一二三四五六日天".unicodeScalars
        for word in ["星期", "礼拜", "禮拜", "周", "週"] {
            let letters = Array(word.unicodeScalars)
            guard index + letters.count < s.count, Array(s[index..<(index + letters.count)]) == letters,
                days.contains(s[index + letters.count])
            else { continue }
            var end = index + letters.count + 1
            while end < s.count, s[end] == ")" || s[end] == "）" || TextCleaner.isBlank(s[end]) { end += 1 }
            return end
        }
        return start
    }

    /// A part of the day written before a clock time: "上午8:21" (false: morning), "下午3:05"
    /// (true: afternoon); nil when none is written. The index is where the clock starts.
    private static func dayPart(_ s: [Unicode.Scalar], at start: Int) -> (Bool?, Int) {
        let parts: [(String, Bool)] = [
            ("上午", false), ("早上", false), ("凌晨", false), ("下午", true), ("晚上", true), ("中午", true),
        ]
        for (word, afternoon) in parts {
            let letters = Array(word.unicodeScalars)
            guard start + letters.count <= s.count, Array(s[start..<(start + letters.count)]) == letters else {
                continue
            }
            var index = start + letters.count
            while index < s.count, TextCleaner.isBlank(s[index]) { index += 1 }
            return (afternoon, index)
        }
        return (nil, start)
    }

    /// "AM"/"PM" after the clock that starts at `start`: true for PM, false for AM, nil for none.
    private static func meridiem(_ s: [Unicode.Scalar], after start: Int) -> Bool? {
        var index = start
        while index < s.count, NumeralReader.digit(s[index]) != nil || s[index] == ":" || s[index] == "：" { index += 1 }
        while index < s.count, TextCleaner.isBlank(s[index]) { index += 1 }
        guard index + 1 < s.count, s[index + 1] == "M" || s[index + 1] == "m" else { return nil }
        switch s[index] {
        case "P", "p": return true
        case "A", "a": return false
        default: return nil
        }
    }

    /// English month names and their short forms, in order.
    static let monthNames: [[String]] = [
        ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
        ["july", "jul"],
        ["august", "aug"], ["september", "sept", "sep"], ["october", "oct"], ["november", "nov"], ["december", "dec"],
    ]

    /// "Sunday, March 16th, 2014", "Mar 16, 2014 at 10:30", "16 March 2014": a date in English,
    /// as sites with English chrome print it. The end is past a comma or "at" before a clock.
    static func englishDate(in s: [Unicode.Scalar]) -> (value: String, end: Int)? {
        // Words and numbers, with where each starts and ends.
        var tokens: [(text: String, start: Int, end: Int)] = []
        var index = 0
        while index < s.count {
            let start = index
            if s[index].properties.isAlphabetic, s[index].isASCII {
                while index < s.count, s[index].isASCII, s[index].properties.isAlphabetic { index += 1 }
            } else if NumeralReader.digit(s[index]) != nil, s[index].isASCII {
                while index < s.count, s[index].isASCII, NumeralReader.digit(s[index]) != nil { index += 1 }
                // "16th": the ordinal's letters go with the number.
                let letters = String(String.UnicodeScalarView(s[index..<min(index + 2, s.count)])).lowercased()
                if ["st", "nd", "rd", "th"].contains(letters),
                    index + 2 == s.count || !s[index + 2].properties.isAlphabetic
                {
                    tokens.append((String(String.UnicodeScalarView(s[start..<index])), start, index + 2))
                    index += 2
                    continue
                }
            } else {
                index += 1
                continue
            }
            tokens.append((String(String.UnicodeScalarView(s[start..<index])).lowercased(), start, index))
        }
        func month(_ word: String) -> Int? {
            monthNames.firstIndex { $0.contains(word) }.map { $0 + 1 }
        }
        func date(_ year: String, _ month: Int, _ day: String, end: Int) -> (value: String, end: Int)? {
            guard year.count == 4, let y = Int(year), (1990...2099).contains(y), let d = Int(day), (1...31).contains(d)
            else { return nil }
            var stop = end
            while stop < s.count, s[stop] == "," || s[stop] == " " { stop += 1 }
            if stop + 1 < s.count, s[stop] == "a", s[stop + 1] == "t" { stop += 2 }
            while stop < s.count, s[stop] == " " { stop += 1 }
            return ("\(y)-\(DateRecognizer.two(month))-\(DateRecognizer.two(d))", stop)
        }
        for (offset, token) in tokens.enumerated() where offset + 2 < tokens.count {
            let next = tokens[offset + 1]
            let third = tokens[offset + 2]
            if let m = month(token.text), next.text.first?.isNumber == true,
                let found = date(third.text, m, next.text, end: third.end)
            {
                return found
            }
            if token.text.first?.isNumber == true, let m = month(next.text),
                let found = date(third.text, m, token.text, end: third.end)
            {
                return found
            }
        }
        return nil
    }

    /// "7/5/2005 9:23:57 PM": month/day/year, as .NET sites print it; read only when a clock
    /// with AM or PM follows, where the order is not in doubt.
    static func clockDate(in s: [Unicode.Scalar]) -> (value: String, end: Int)? {
        func number(_ index: Int, digits: ClosedRange<Int>) -> (Int, Int)? {
            wholeNumber(in: s, at: index, digits: digits)
        }
        for start in s.indices where start == 0 || NumeralReader.digit(s[start - 1]) == nil {
            guard let (month, afterMonth) = number(start, digits: 1...2), (1...12).contains(month),
                afterMonth < s.count, s[afterMonth] == "/",
                let (day, afterDay) = number(afterMonth + 1, digits: 1...2), (1...31).contains(day),
                afterDay < s.count, s[afterDay] == "/",
                let (year, afterYear) = number(afterDay + 1, digits: 4...4), (1990...2099).contains(year)
            else { continue }
            var clock = afterYear
            while clock < s.count, TextCleaner.isBlank(s[clock]) { clock += 1 }
            guard clock > afterYear, time(in: s, at: clock) != nil, meridiem(s, after: clock) != nil else { continue }
            return ("\(year)-\(DateRecognizer.two(month))-\(DateRecognizer.two(day))", afterYear)
        }
        return nil
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
                let d = Int(day), (1...31).contains(d)
            else { return nil }
            return "\(y)-\(DateRecognizer.two(m))-\(DateRecognizer.two(d))"
        }
        for (offset, run) in runs.enumerated() {
            let digits = Array(run.digits)
            if digits.count == 8, let found = date(String(digits[0..<4]), String(digits[4..<6]), String(digits[6..<8]))
            {
                return found
            }
            let rest = runs[(offset + 1)...]
            if digits.count == 4, run.next == "/" || run.next == "-", let month = rest.first, month.digits.count <= 2,
                month.next == "/" || month.next == "-", let day = rest.dropFirst().first, day.digits.count <= 2,
                let found = date(run.digits, month.digits, day.digits)
            {
                return found
            }
            if digits.count == 6, run.next == "/", let day = rest.first, day.digits.count == 2, day.next == "/",
                let found = date(String(digits[0..<4]), String(digits[4..<6]), day.digits)
            {
                return found
            }
        }
        return nil
    }

    /// The number of `digits` digits at `index` that no further digit follows, and where it ends.
    private static func wholeNumber(in s: [Unicode.Scalar], at index: Int, digits: ClosedRange<Int>) -> (Int, Int)? {
        var value = 0
        var end = index
        while end < s.count, end - index < digits.upperBound, let digit = NumeralReader.digit(s[end]) {
            value = value * 10 + Int(digit)
            end += 1
        }
        return digits.contains(end - index) && (end == s.count || NumeralReader.digit(s[end]) == nil)
            ? (value, end) : nil
    }

    /// "2025 04/10": a year, then month/day, as some news pages print the pieces of a date.
    static func spacedDate(in s: [Unicode.Scalar]) -> (value: String, end: Int)? {
        func number(_ index: Int, digits: ClosedRange<Int>) -> (Int, Int)? {
            wholeNumber(in: s, at: index, digits: digits)
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
