/// Reads `Metadata` from byline lines ("发布时间：2025-03-18 09:30 来源：区发展改革委"), a page's
/// `<meta>` tags and canonical link, and the document number line.
public enum MetadataReader {
    /// Labels of byline fields and the field each fills (nil: a label that only ends the one before).
    static let labels: [(label: String, field: Field?)] = [
        ("发布时间", .published), ("发布日期", .published), ("发文日期", .written), ("成文日期", .written), ("日期", .published),
        ("时间", .published), ("信息来源", .source), ("文章来源", .source), ("稿件来源", .source), ("来源", .source),
        ("发布机构", .source), ("发文机关", .source), ("责任编辑", .author), ("作者", .author), ("编辑", .author), ("责编", .author),
        ("记者", .author), ("撰稿", .author), ("审核", .reviewer), ("审稿", .reviewer), ("校对", nil), ("字号", nil), ("浏览次数", nil),
        ("点击数", nil), ("阅读次数", nil), ("访问量", nil), ("浏览量", nil), ("阅读量", nil), ("浏览", nil), ("点击", nil), ("阅读", nil), ("供稿", nil), ("摄影", nil), ("通讯员", nil), ("分享", nil), ("打印", nil),
        ("索引号", nil), ("主题分类", nil), ("组配分类", nil), ("体裁分类", nil), ("发文字号", nil), ("主题词", nil), ("标题", nil),
        ("有效性", nil), ("公开方式", nil), ("生效日期", nil),
    ]

    /// `written` is the date a text was signed (成文日期): the publication date only when no
    /// other says when the page was published.
    enum Field { case published, written, source, author, reviewer }

    /// The labels as scalars, read once.
    static let labelScalars: [(label: [Unicode.Scalar], field: Field?)] = labels.map { (Array($0.label.unicodeScalars), $0.field) }

    /// First scalars of all labels, to skip positions where none can start.
    static let labelStarts: Set<Unicode.Scalar> = Set(labelScalars.map { $0.label[0] })

    /// `<meta>` names and properties that state when a page was published.
    static let publishedMetaKeys = [
        "pubdate", "publishdate", "publish_date", "publishtime", "publish_time", "article:published_time", "og:release_date",
        "firstpublishedtime", "datepublished", "dc.date.issued", "dc.date", "date", "articlepubdate", "datetime", "script:ct",
    ]
    static let sourceMetaKeys = ["contentsource", "source", "article:source", "og:site_name"]
    static let authorMetaKeys = ["author", "article:author"]

    /// `bylines` are the lines a page prints between its title and its article: a date and time
    /// anywhere in them is the publication time. `lines` are byline lines from the text itself
    /// (source and editor lines, a date under the title, a closing signature's date).
    /// `preamble` holds the lines before the title and `postamble` the first ones after the
    /// article: only their labelled fields count, and a line that is nothing but a date and a time.
    public static func read(
        bylines: [String] = [], lines: [String], preamble: [String] = [], postamble: [String] = [], meta: [String: String] = [:],
        canonicalURL: String? = nil
    ) -> Metadata {
        var metadata = Metadata(canonicalURL: canonicalURL)
        // A bare date line (under the title, or a signature's date) dates the page only when
        // neither a labelled line nor the page's meta tags do: a signature's date is when the
        // text was signed, not when it was published.
        var dateLine: String?
        let candidates = (bylines + lines).map { (line: $0, fields: fields(in: $0)) }
        for (offset, candidate) in candidates.enumerated() where metadata.publishedAt == nil {
            // A time stamp on a labelled line, or anywhere on a page's byline.
            guard !candidate.fields.isEmpty || offset < bylines.count, let stamp = Timestamp.iso(from: candidate.line),
                  stamp.includes("T") || !candidate.fields.isEmpty
            else { continue }
            metadata.publishedAt = stamp
        }
        var written: String?
        let before = (preamble + postamble).map { (line: $0, fields: fields(in: $0)) }
        for (offset, (line, labelled)) in (candidates + before).enumerated() {
            for (field, value) in labelled {
                switch field {
                case .published: metadata.publishedAt = metadata.publishedAt ?? Timestamp.iso(from: value)
                case .written: written = written ?? Timestamp.iso(from: value)
                case .source: metadata.source = metadata.source ?? value
                case .author: metadata.author = metadata.author ?? value
                case .reviewer: metadata.reviewer = metadata.reviewer ?? value
                }
            }
            metadata.documentNumber = metadata.documentNumber ?? DocumentNumber.find(in: line)
            if offset < candidates.count, dateLine == nil, TrailerLines.isDateLine(line) || isDateTimeLine(line) {
                dateLine = Timestamp.iso(from: line)
            }
        }
        if metadata.publishedAt == nil, let stamp = preamble.reversed().first(where: isDateTimeLine) ?? postamble.first(where: isDateTimeLine) {
            metadata.publishedAt = Timestamp.iso(from: stamp)
        }
        let lowered = Dictionary(meta.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        if metadata.publishedAt == nil {
            metadata.publishedAt = publishedMetaKeys.lazy.compactMap { lowered[$0].flatMap(Timestamp.iso(from:)) }.first
        }
        if metadata.source == nil {
            metadata.source = sourceMetaKeys.lazy.compactMap { lowered[$0] }.first { !$0.isEmpty && $0.unicodeScalars.count <= 40 }
        }
        if metadata.author == nil {
            metadata.author = authorMetaKeys.lazy.compactMap { lowered[$0] }.first { !$0.isEmpty && $0.unicodeScalars.count <= 40 }
        }
        if metadata.publishedAt == nil {
            metadata.publishedAt = written ?? dateLine ?? canonicalURL.flatMap(Timestamp.dateInURL)
        }
        return metadata
    }

    /// A short line that is a date and a time, as pages print under a title ("2025-05-12 08:45").
    static func isDateTimeLine(_ line: String) -> Bool {
        line.unicodeScalars.count <= 24 && Timestamp.iso(from: line)?.includes("T") == true
            && line.unicodeScalars.allSatisfy { NumeralReader.digit($0) != nil || "-/:：年月日 .".unicodeScalars.contains($0) }
    }

    /// What stands between a label and its value: a colon, or a WeChat account's bar.
    static func isLabelMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "：" || scalar == ":" || scalar == "|" || scalar == "｜"
    }

    /// The labelled fields of one line, each value cut at the next label.
    static func fields(in line: String) -> [(Field, String)] {
        let scalars = Array(line.unicodeScalars)
        var hits: [(start: Int, valueStart: Int, field: Field?)] = []
        var index = 0
        while index < scalars.count {
            var matched = false
            guard labelStarts.contains(scalars[index]) else {
                index += 1
                continue
            }
            for (surface, field) in labelScalars {
                guard FigureRecognizer.matches(surface, in: scalars, at: index) else { continue }
                var valueStart = index + surface.count
                while valueStart < scalars.count, " 　".unicodeScalars.contains(scalars[valueStart]) { valueStart += 1 }
                guard valueStart < scalars.count, Self.isLabelMark(scalars[valueStart]) else { continue }
                hits.append((index, valueStart + 1, field))
                index = valueStart + 1
                matched = true
                break
            }
            if !matched { index += 1 }
        }
        var result: [(Field, String)] = []
        for (offset, hit) in hits.enumerated() {
            guard let field = hit.field else { continue }
            let end = offset + 1 < hits.count ? hits[offset + 1].start : scalars.count
            var value = TextCleaner.clean(scalars[hit.valueStart..<max(hit.valueStart, end)])
            for separator in [" |", "|", "｜", "  ", "　"] {
                if let before = value.prefix(before: separator) { value = before }
            }
            value = value.trimmingCharacters(in: "）) 【】[]")
            if field == .source || field == .author || field == .reviewer, let space = value.firstIndex(of: " "),
               field != .author || value.unicodeScalars.count > 12 {
                value = String(value[..<space])
            }
            if !value.isEmpty { result.append((field, value)) }
        }
        return result
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        let marks = Set(set.unicodeScalars)
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, marks.contains(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, marks.contains(last) { scalars = scalars.dropLast() }
        return String(scalars)
    }
}

/// Document numbers: the issuing office's code, the year in 〔〕 and a serial, "渝中府办发〔2025〕12号".
enum DocumentNumber {
    static let openers: Set<Unicode.Scalar> = ["〔", "[", "［", "（", "(", "【"]
    static let closers: Set<Unicode.Scalar> = ["〕", "]", "］", "）", ")", "】"]

    static func find(in line: String) -> String? {
        let s = Array(line.unicodeScalars)
        guard s.count <= 60 else { return nil }
        for index in s.indices where openers.contains(s[index]) {
            guard index + 6 < s.count, (1...4).allSatisfy({ NumeralReader.digit(s[index + $0]) != nil }),
                  closers.contains(s[index + 5]) else { continue }
            var end = index + 6
            while end < s.count, NumeralReader.digit(s[end]) != nil { end += 1 }
            guard end > index + 6, end < s.count, s[end] == "号" else { continue }
            var start = index
            while start > 0, FigureRecognizer.isCJK(s[start - 1]) { start -= 1 }
            guard index - start >= 2 else { continue }
            return String(scalars: s[start...end])
        }
        return nil
    }
}

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
