/// What an official document prints after its numbered text: the signature (issuing organs,
/// date, release note), the attachments, or a cover notice's signature before the document it
/// issues.
enum DocumentEnding {
    /// A notice that issues a document (印发通知) is signed before the document it issues:
    /// "现将《……办法》印发给你们……" / "国家市场监督管理总局" / "2025年3月24日" / "……办法" / "第一条……".
    /// Takes the signature and the lines that name what it issues (an "附件：" line before the
    /// signature, the issued document's title after it) out of the text before the first section.
    static func coverNotice(_ lines: inout [Block]) -> (signature: [String], issued: [String])? {
        let firstSection = lines.firstIndex { $0.kind.isText && SectionMarker.read($0.text) != nil } ?? lines.count
        guard
            let date = (2..<max(2, firstSection)).first(where: { index in
                TrailerLines.isDateLine(lines[index].text) && isSignatureLine(lines[index - 1].text)
            })
        else { return nil }
        var start = date - 1
        while start > 1, date - start < 3, isSignatureLine(lines[start - 1].text) { start -= 1 }
        // The cover's own text stands before the signature: a sentence, or its attachment line.
        var listStart = start
        while listStart > 0,
            Attachments.attachmentTitles(in: lines[listStart - 1].text) != nil
                || Attachments.listedAttachment(lines[listStart - 1].text) != nil
        {
            listStart -= 1
        }
        guard listStart > 0, LineShape.isSentence(lines[listStart - 1].text) else { return nil }
        var issued: [String] = []
        for block in lines[listStart..<start] {
            issued +=
                Attachments.attachmentTitles(in: block.text) ?? Attachments.listedAttachment(block.text).map { [$0] }
                ?? []
        }
        // The issued document's title, perhaps over two lines, before its text.
        var end = date + 1
        var title = ""
        while end < firstSection, end - date <= 2, isIssuedTitleLine(lines[end].text) {
            title += lines[end].text
            end += 1
        }
        if !title.isEmpty, !issued.contains(where: { Segmenter.squash($0) == Segmenter.squash(title) }) {
            issued.append(title)
        }
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

    /// What an official document prints after its text, taken out of `lines`.
    struct Ending {
        /// The signature's lines: organs, then the date.
        var signatureLines: [String] = []
        var attachments: [String] = []
        /// Attachments printed after the text, line by line.
        var appendix: [String] = []
    }

    /// The attachment list and the signature at the end; or, when attachments are printed after
    /// the text ("附件1.封面模板" and the template itself), before them; or a cover notice's
    /// signature before the document it issues. `afterArticle`: a page's first lines after its
    /// article, where the attachment list may stand.
    static func ending(of lines: inout [Block], afterArticle: [String]) -> Ending {
        var ending = Ending()
        ending.attachments = Attachments.attachments(&lines)
        ending.signatureLines = signatureLines(&lines)
        var appended: (titles: [String], lines: [String]) = ([], [])
        if ending.signatureLines.isEmpty {
            let firstSection = lines.firstIndex { $0.kind.isText && SectionMarker.read($0.text) != nil } ?? lines.count
            appended = Attachments.appendix(&lines, from: firstSection + 1)
            if !appended.lines.isEmpty { ending.signatureLines = signatureLines(&lines) }
        }
        if ending.attachments.isEmpty { ending.attachments = Attachments.attachments(&lines) }
        if ending.signatureLines.isEmpty, let cover = coverNotice(&lines) {
            ending.signatureLines = cover.signature
            ending.attachments += cover.issued
        }
        if ending.attachments.isEmpty { ending.attachments = Attachments.attachments(after: afterArticle) }
        ending.attachments += appended.titles.filter { !ending.attachments.contains($0) }
        ending.appendix = appended.lines
        return ending
    }

    /// Issuing organs a joint document's signature may list, one a line.
    static let maximumSignatureOrgans = 10

    /// Removes a closing signature ("某某区人民政府办公室" / "2025年4月2日") from the end.
    static func signatureLines(_ lines: inout [Block]) -> [String] {
        guard let last = lines.last, TrailerLines.isDateLine(last.text) else { return [] }
        var taken = [lines.removeLast().text]
        while taken.count <= maximumSignatureOrgans, let previous = lines.last, TrailerLines.isSignature(previous.text),
            SectionMarker.read(previous.text) == nil
        {
            taken.insert(lines.removeLast().text, at: 0)
        }
        return taken
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
        while let first = scalars.first, first == "（" || first == "(" || first == " " || TextCleaner.isBlank(first) {
            scalars = scalars.dropFirst()
        }
        while let last = scalars.last, last == "）" || last == ")" || last == " " || TextCleaner.isBlank(last) {
            scalars = scalars.dropLast()
        }
        return String(scalars)
    }
}
