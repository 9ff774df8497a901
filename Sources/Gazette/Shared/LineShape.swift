/// What a line of a page is by its shape alone: running text, a date and time, a post's
/// time stamp. Ingest, Segment and Extract each ask.
enum LineShape {
    /// A line that reads as running text: ten characters or more with a comma or a stop.
    static func isSentence(_ line: String) -> Bool {
        // One pass that stops as soon as both are seen: this runs on every line of a page.
        var count = 0
        var marked = false
        for scalar in line.unicodeScalars {
            count += 1
            switch scalar {
            case "，", "。", "！", "？", "；", ",", "!", "?", ";": marked = true
            default: break
            }
            if marked, count >= 10 { return true }
        }
        return false
    }

    /// "编辑于 2023-04-18 20:38・IP 属地浙江", "发布于 …": a note of when a post was written.
    static func isStampedNote(_ line: String) -> Bool {
        line.unicodeScalars.count <= 40 && ["发布于", "编辑于", "更新于", "发表于"].contains { line.startsWith($0) }
            && Timestamp.iso(from: line)?.includes("T") == true
    }

    /// A line that opens with a full date ("2004-12-10 阅读10544次", "2025年3月18日 来源：…").
    static func startsWithDate(_ line: String) -> Bool {
        // "Sunday, March 16th, 2014 | Posted by admin": an English date within the first words.
        let scalars = Array(line.unicodeScalars)
        if scalars.first?.isASCII == true, let english = Timestamp.englishDate(in: Array(scalars.prefix(40))),
            !scalars[..<min(english.end, scalars.count)].contains(where: TextCleaner.isCJK)
        {
            return true
        }
        let recognizer = DateRecognizer()
        guard let first = line.unicodeScalars.first(where: { !TextCleaner.isBlank($0) && $0 != " " }),
            NumeralReader.digit(first) != nil
        else { return false }
        return recognizer.dates(in: line).first.map { date in
            date.value.count == 10
                && line.unicodeScalars.prefix(date.start).allSatisfy { TextCleaner.isBlank($0) || $0 == " " }
        } ?? false
    }

    /// "汀溪发布 2025年07月02日 18:06", "原创 某某日报 2025-07-02 18:06": an account's name and the
    /// time it posted, as an article copied from a feed keeps under its title.
    static func isStampedByline(_ line: String) -> Bool {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count <= 40, !isSentence(line), SectionMarker.read(line) == nil,
            Timestamp.iso(from: line)?.includes("T") == true,
            let firstDigit = scalars.firstIndex(where: { NumeralReader.digit($0) != nil }), firstDigit <= 16
        else { return false }
        // The time ends the line: "……18:06", not a sentence that goes on after it.
        guard let last = scalars.last(where: { !TextCleaner.isBlank($0) && $0 != " " }) else { return false }
        return NumeralReader.digit(last) != nil
    }

    /// A short line that is a date and a time, as pages print under a title ("2025-05-12 08:45").
    static func isDateTimeLine(_ line: String) -> Bool {
        line.unicodeScalars.count <= 24 && Timestamp.iso(from: line)?.includes("T") == true
            && line.unicodeScalars.allSatisfy {
                NumeralReader.digit($0) != nil || "-/:：年月日 .".unicodeScalars.contains($0)
            }
    }
}
