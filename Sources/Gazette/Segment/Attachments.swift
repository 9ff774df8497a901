/// The attachments an official document lists ("附件：1．……" / "2．……"), before its signature,
/// after its article on a page, or printed whole after the text ("附件1.封面模板" and the template).
enum Attachments {
    /// Takes the attachment list ("附件：1．……", "2．……") from the end of `lines` and returns
    /// the attachments' titles.
    static func attachments(_ lines: inout [Block]) -> [String] {
        let texts = lines.map(\.text)
        guard let start = lines.indices.suffix(12).last(where: { attachmentTitles(in: texts[$0]) != nil }) else {
            return []
        }
        let (titles, end) = attachmentList(texts, from: start)
        guard end == lines.count, !titles.isEmpty else { return [] }
        lines.removeSubrange(start...)
        return titles
    }

    /// The attachment list among the first lines after a page's article, where sites print it
    /// as links ("附件：1.银发经济重点任务分工表").
    static func attachments(after article: [String]) -> [String] {
        let lines = Array(article.prefix(8))
        guard let start = lines.firstIndex(where: { attachmentTitles(in: $0) != nil }) else { return [] }
        return attachmentList(lines, from: start).titles
    }

    /// The titles of the list whose "附件" line is `lines[start]`, and where the list ends.
    private static func attachmentList(_ lines: [String], from start: Int) -> (titles: [String], end: Int) {
        var titles: [String] = attachmentTitles(in: lines[start]) ?? []
        var end = start + 1
        while end < lines.count, let more = listedAttachment(lines[end]) {
            titles.append(more)
            end += 1
        }
        return (titles, end)
    }

    /// "附件：1．清单" → ["清单"]; "附件1：流程" → ["流程"]; "附件：" → []; nil for other lines.
    static func attachmentTitles(in line: String) -> [String]? {
        guard line.startsWith("附件"), line.unicodeScalars.count <= 80, !line.includes("。") else { return nil }
        var rest = line.unicodeScalars.dropFirst(2)
        while let first = rest.first, NumeralReader.digit(first) != nil || TextCleaner.isBlank(first) || first == " " {
            rest = rest.dropFirst()
        }
        guard let mark = rest.first, mark == "：" || mark == ":" || rest.isEmpty else { return nil }
        let value = String(rest.dropFirst())
        if value.isEmpty { return [] }
        return [listedAttachment(value) ?? TextCleaner.clean(value.unicodeScalars)]
    }

    /// "2．稳岗返还申领流程" → "稳岗返还申领流程": one entry of an attachment list.
    static func listedAttachment(_ line: String) -> String? {
        // Not `SectionMarker`: an attachment's title may open with a year ("1．2025年……").
        var scalars = Substring(line).unicodeScalars[...]
        while let first = scalars.first, TextCleaner.isBlank(first) || first == " " { scalars = scalars.dropFirst() }
        let bracketed = scalars.first == "（" || scalars.first == "("
        if bracketed { scalars = scalars.dropFirst() }
        let digits = scalars.prefix { NumeralReader.digit($0) != nil }
        guard (1...2).contains(digits.count), let mark = scalars.dropFirst(digits.count).first,
            bracketed ? mark == "）" || mark == ")" : "．.、".unicodeScalars.contains(mark)
        else { return nil }
        let title = TextCleaner.clean(scalars.dropFirst(digits.count + 1))
        guard !title.isEmpty, title.unicodeScalars.count <= 60, !title.includes("。") else { return nil }
        return title
    }

    /// "附件1.封面模板", "附件3", "附件：": a line that heads an attachment printed after the
    /// document itself; nil for other lines. Returns the attachment's title when the line holds one.
    static func appendixHeading(_ line: String) -> String?? {
        guard line.startsWith("附件"), line.unicodeScalars.count <= 36,
            !line.unicodeScalars.contains(where: { "。，；,;".unicodeScalars.contains($0) })
        else { return nil }
        var rest = line.unicodeScalars.dropFirst(2)
        let digits = rest.prefix { NumeralReader.digit($0) != nil }
        rest = rest.dropFirst(digits.count)
        while let first = rest.first, "：:.．、 　-—".unicodeScalars.contains(first) || TextCleaner.isBlank(first) {
            rest = rest.dropFirst()
        }
        // "附件管理办法" is no heading: after 附件 comes a number, a mark, or nothing.
        guard !digits.isEmpty || rest.isEmpty || line.unicodeScalars.count - rest.count > 2 else { return nil }
        return .some(rest.isEmpty ? nil : String(rest))
    }

    /// Takes attachments printed after the document's numbered text (from the first appendix
    /// heading after `from`) out of `lines`; returns their titles and lines.
    static func appendix(_ lines: inout [Block], from: Int) -> (titles: [String], lines: [String]) {
        guard from < lines.count,
            let start = lines[from...].firstIndex(where: { $0.kind.isText && appendixHeading($0.text) != nil })
        else { return ([], []) }
        var titles: [String] = []
        for (offset, block) in lines[start...].enumerated() where block.kind.isText {
            guard let heading = appendixHeading(block.text) else { continue }
            let index = start + offset
            if let title = heading {
                titles.append(title)
            } else if index + 1 < lines.count, lines[index + 1].text.unicodeScalars.count <= 40,
                !lines[index + 1].text.includes("。")
            {
                titles.append(lines[index + 1].text)
            }
        }
        let taken = lines[start...].map(\.text)
        lines.removeSubrange(start...)
        return (titles, taken)
    }
}
