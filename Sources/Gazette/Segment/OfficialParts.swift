/// The parts of an official document around its numbered text: a title printed over two
/// lines, the addressee line, the attachment list and the signature.
enum OfficialParts {
    /// Words an official document's title ends with, naming its kind.
    static let documentKinds = [
        "通知", "意见", "实施意见", "指导意见", "决定", "办法", "规定", "条例", "方案", "报告", "公报", "批复", "通报", "通告", "公告", "细则",
        "规划", "纲要", "计划", "要点", "指引", "指南", "措施", "规则", "复函", "函", "命令", "决议", "纪要", "守则", "章程", "制度", "清单",
    ]

    /// True when `first` and `second`, the first two lines, are one title printed over two
    /// lines: "澜江省人民政府办公厅关于进一步稳定和扩大" / "就业若干措施的通知".
    static func continuesTitle(_ first: String, _ second: String) -> Bool {
        let count = second.unicodeScalars.count
        guard count >= 2, count <= 40, !endsWithKind(first), endsWithKind(second), first.includes("关于") || second.count < first.count,
              SectionMarker.read(second) == nil, !second.unicodeScalars.contains(where: { "，。；：,;:（(".unicodeScalars.contains($0) })
        else { return false }
        return true
    }

    static func endsWithKind(_ line: String) -> Bool {
        let trimmed = line.hasSuffix("）") || line.hasSuffix(")") ? String(line.prefix { $0 != "（" && $0 != "(" }) : line
        return documentKinds.contains { trimmed.endsWith($0) }
    }

    /// Endings of the addressees an official document names ("各市人民政府", "省政府各部门").
    static let addresseeEndings = LeadOrganizations.unitEndings + [
        "部门", "机构", "单位", "政府", "企业", "代表", "同志", "委员", "成员", "组织", "学校", "医院", "党组", "党委", "省", "州", "盟", "旗", "团体", "兵团", "海关",
    ]

    /// "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", "各位代表：": a line that names
    /// whom the document addresses and ends with a colon.
    static func isAddressee(_ line: String) -> Bool {
        let scalars = Array(line.unicodeScalars)
        guard let last = scalars.last, last == "：" || last == ":", scalars.count >= 3, scalars.count <= 400,
              !scalars.contains(where: { "。！？；".unicodeScalars.contains($0) })
        else { return false }
        let body = String(scalars: scalars.dropLast())
        if ["各位", "同志们", "尊敬的"].contains(where: { body.startsWith($0) }) { return scalars.count <= 30 }
        // "……市场监管局（厅、委）": what brackets add to a name is no name of its own.
        let parts = ResponsibleUnits.withoutBrackets(body).split(whereSeparator: { $0 == "，" || $0 == "、" || $0 == "," }).map(String.init)
        func named(_ part: String) -> Bool { addresseeEndings.contains { part.endsWith($0) } }
        let count = parts.filter(named).count
        // A long list may name places before the unit they share ("天津、石家庄、……海关"):
        // half its parts, and its last, end like units.
        let longList = parts.count >= 4 && count * 2 >= parts.count && parts.last.map(named) == true
        return !parts.isEmpty && (count == parts.count || longList) && (body.startsWith("各") || parts.count > 1)
            && !["如下", "通知", "要求", "条件", "意见"].contains(where: { body.endsWith($0) })
    }

    /// Takes the attachment list ("附件：1．……", "2．……") from the end of `lines` and returns
    /// the attachments' titles.
    static func attachments(_ lines: inout [Block]) -> [String] {
        let texts = lines.map(\.text)
        guard let start = lines.indices.suffix(12).last(where: { attachmentTitles(in: texts[$0]) != nil }) else { return [] }
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
        while let first = rest.first, NumeralReader.digit(first) != nil || TextCleaner.isBlank(first) || first == " " { rest = rest.dropFirst() }
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
        while let first = rest.first, "：:.．、 　-—".unicodeScalars.contains(first) || TextCleaner.isBlank(first) { rest = rest.dropFirst() }
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
            } else if index + 1 < lines.count, lines[index + 1].text.unicodeScalars.count <= 40, !lines[index + 1].text.includes("。") {
                titles.append(lines[index + 1].text)
            }
        }
        let taken = lines[start...].map(\.text)
        lines.removeSubrange(start...)
        return (titles, taken)
    }

    /// A notice that issues a document (印发通知) is signed before the document it issues:
    /// "现将《……办法》印发给你们……" / "国家市场监督管理总局" / "2025年3月24日" / "……办法" / "第一条……".
    /// Takes the signature and the lines that name what it issues (an "附件：" line before the
    /// signature, the issued document's title after it) out of the text before the first section.
    static func coverNotice(_ lines: inout [Block]) -> (signature: [String], issued: [String])? {
        let firstSection = lines.firstIndex { $0.kind.isText && SectionMarker.read($0.text) != nil } ?? lines.count
        guard let date = (2..<max(2, firstSection)).first(where: { index in
            TrailerLines.isDateLine(lines[index].text) && isSignatureLine(lines[index - 1].text)
        }) else { return nil }
        var start = date - 1
        while start > 1, date - start < 3, isSignatureLine(lines[start - 1].text) { start -= 1 }
        // The cover's own text stands before the signature: a sentence, or its attachment line.
        var listStart = start
        while listStart > 0, attachmentTitles(in: lines[listStart - 1].text) != nil || listedAttachment(lines[listStart - 1].text) != nil {
            listStart -= 1
        }
        guard listStart > 0, PageFurniture.isSentence(lines[listStart - 1].text) else { return nil }
        var issued: [String] = []
        for block in lines[listStart..<start] {
            issued += attachmentTitles(in: block.text) ?? listedAttachment(block.text).map { [$0] } ?? []
        }
        // The issued document's title, perhaps over two lines, before its text.
        var end = date + 1
        var title = ""
        while end < firstSection, end - date <= 2, isIssuedTitleLine(lines[end].text) {
            title += lines[end].text
            end += 1
        }
        if !title.isEmpty, !issued.contains(where: { Segmenter.squash($0) == Segmenter.squash(title) }) { issued.append(title) }
        let signature = lines[start...date].map(\.text)
        lines.removeSubrange(listStart..<end)
        return (signature, issued)
    }

    private static func isSignatureLine(_ text: String) -> Bool {
        TrailerLines.isSignature(text) && SectionMarker.read(text) == nil && !TrailerLines.isDateLine(text)
    }

    private static func isIssuedTitleLine(_ text: String) -> Bool {
        let count = text.unicodeScalars.count
        return count >= 4 && count <= 40 && SectionMarker.read(text) == nil && !TrailerLines.isDateLine(text)
            && !text.unicodeScalars.contains { "。；！？：:".unicodeScalars.contains($0) }
    }

    /// The signature read from its lines (organs, then the date) and the release note.
    static func signature(lines: [String], release: String?) -> Signature? {
        guard !lines.isEmpty || release != nil else { return nil }
        var organizations = lines
        var date: String?
        if let last = organizations.last, TrailerLines.isDateLine(last) {
            date = Timestamp.iso(from: last)
            organizations.removeLast()
        }
        return Signature(organizations: organizations, date: date, release: release.map(releaseNote))
    }

    /// "（此件公开发布）" → "此件公开发布".
    static func releaseNote(_ line: String) -> String {
        var scalars = Substring(line).unicodeScalars[...]
        while let first = scalars.first, first == "（" || first == "(" || first == " " || TextCleaner.isBlank(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == "）" || last == ")" || last == " " || TextCleaner.isBlank(last) { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
