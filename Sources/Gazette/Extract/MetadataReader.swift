/// Reads `Metadata` from byline lines ("发布时间：2025-03-18 09:30 来源：区发展改革委"), a page's
/// `<meta>` tags and canonical link, and the document number line.
package enum MetadataReader {
    /// `<meta>` names and properties that state when a page was published.
    static let publishedMetaKeys = [
        "pubdate", "publishdate", "publish_date", "publishtime", "publish_time", "article:published_time",
        "og:release_date",
        "firstpublishedtime", "datepublished", "itemprop:datepublished", "dc.date.issued", "dc.date", "date",
        "articlepubdate",
        "og:time", "weibo:article:create_at", "publishedtime", "releasedate",
    ]
    static let sourceMetaKeys = ["contentsource", "source", "article:source", "og:site_name"]
    static let authorMetaKeys = ["author", "article:author"]

    /// `bylines` are the lines a page prints between its title and its article: a date and time
    /// anywhere in them is the publication time. `lines` are byline lines from the text itself
    /// (source and editor lines, a date under the title, a closing signature's date).
    /// `preamble` holds the lines before the title and `postamble` the first ones after the
    /// article: only their labelled fields count, and a line that is nothing but a date and a time.
    package static func read(
        bylines: [String] = [], lines: [String], preamble: [String] = [], postamble: [String] = [],
        meta: [String: String] = [:],
        canonicalURL: String? = nil
    ) -> Metadata {
        var metadata = Metadata(canonicalURL: canonicalURL)
        let bylines = joiningLoneLabels(bylines)
        let preamble = joiningLoneLabels(preamble)
        let postamble = joiningLoneLabels(postamble)
        // Candidates for the publication time, each with where it was read; the first
        // found in this order wins: byline, json-ld, meta, time-element, script, header-date, url.
        var byline: String?
        var shortBylineDate: String?
        // A time stamp anywhere on a page's byline (the lines between its title and its
        // article); on the text's own byline lines, one with a time or after a label.
        let candidates = (bylines + lines).map { (line: $0, fields: BylineFields.fields(in: $0)) }
        for (offset, candidate) in candidates.enumerated() where byline == nil {
            guard let stamp = Timestamp.iso(from: candidate.line) else { continue }
            let onPageByline = offset < bylines.count
            // A signature's date beside its source ("2025年8月25日（来源：某报）") is no time stamp.
            let labelledTime =
                !candidate.fields.isEmpty && (stamp.includes("T") || candidate.fields.contains { $0.0 == .published })
            // On a page's byline, a date alone counts when the line opens with it ("2004-12-10 阅读1054次").
            if onPageByline
                ? stamp.includes("T") || !candidate.fields.isEmpty || LineShape.startsWithDate(candidate.line)
                : labelledTime || LineShape.isStampedByline(candidate.line)
            {
                byline = stamp
            } else if onPageByline, shortBylineDate == nil, candidate.line.unicodeScalars.count <= 40,
                !LineShape.isSentence(candidate.line)
            {
                // A short line there without a sentence ("新华网 2019-03-19"): a date, ranked
                // below the tags that may give the time too.
                shortBylineDate = stamp
            }
        }
        // The lines just before the title or the article, when no byline sits between them: a
        // labelled line with a time ("2005-04-05 06:40更新 来源：某报").
        if byline == nil,
            let line = preamble.suffix(4).reversed().first(where: { line in
                !BylineFields.fields(in: line).isEmpty && Timestamp.iso(from: line)?.includes("T") == true
                    && line.unicodeScalars.count <= 80
            })
        {
            byline = Timestamp.iso(from: line)
        }
        var written: String?
        var dateLine: String?
        let credit = lines.lazy.compactMap(printCredit).first
        let before = (preamble + postamble).map { (line: $0, fields: BylineFields.fields(in: $0)) }
        for (offset, (line, labelled)) in (candidates + before).enumerated() {
            for (field, value) in labelled {
                switch field {
                case .published: byline = byline ?? Timestamp.iso(from: value)
                case .written: written = written ?? Timestamp.iso(from: value)
                case .source: metadata.source = metadata.source ?? sourceValue(value)
                case .author: metadata.author = metadata.author ?? authorValue(value)
                case .reviewer: metadata.reviewer = metadata.reviewer ?? value
                case .issuer: metadata.issuer = metadata.issuer ?? sourceValue(value)
                case .index: metadata.index = metadata.index ?? value
                case .documentNumber:
                    metadata.documentNumber = metadata.documentNumber ?? DocumentNumber.find(in: value) ?? value
                }
            }
            metadata.documentNumber = metadata.documentNumber ?? DocumentNumber.find(in: line)
            if offset < candidates.count, dateLine == nil,
                TrailerLines.isDateLine(line) || LineShape.isDateTimeLine(line)
            {
                dateLine = Timestamp.iso(from: line)
            }
        }
        // The date and time nearest the article among the lines before it, or under its title;
        // one after the article ranks low: comments print times there too.
        let headerTime =
            preamble.reversed().first(where: LineShape.isDateTimeLine).flatMap(Timestamp.iso(from:))
            ?? dateLine.flatMap { $0.includes("T") ? $0 : nil }
        let footerTime = postamble.first(where: { LineShape.isDateTimeLine($0) || LineShape.isStampedNote($0) })
            .flatMap(
                Timestamp.iso(from:))
        let lowered = Dictionary(
            meta.map { (normalizedKey($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
        func stated(_ keys: [String]) -> String? {
            keys.lazy.compactMap { lowered[$0].flatMap(Timestamp.iso(from:)) }.first
        }
        let ranked: [(String, String?)] = [
            ("byline", byline), ("header-date", headerTime), ("json-ld", stated(["json-ld:datepublished"])),
            ("meta", stated(publishedMetaKeys)), ("time-element", stated(["time:datetime"])),
            (
                "script",
                stated(["script:ct"] + PageHints.scriptDateKeys.dropFirst().map { "script:" + $0.lowercased() })
            ),
            ("header-date", shortBylineDate), ("byline", stated(["labelled:published"])), ("byline", credit?.date),
            ("byline", written), ("header-date", dateLine), ("header-date", footerTime),
            ("url", canonicalURL.flatMap(Timestamp.dateInURL)),
            ("header-date", stated(["page:firstdatetime"])),
        ]
        metadata.writtenAt = written
        if let (source, stamp) = ranked.first(where: { $0.1 != nil }) {
            metadata.publishedAt = stamp
            metadata.publishedAtSource = source
        }
        if metadata.source == nil, let credit { metadata.source = credit.source }
        if metadata.source == nil {
            metadata.source = sourceMetaKeys.lazy.compactMap { lowered[$0] }.first {
                !$0.isEmpty && $0.unicodeScalars.count <= 40
            }
        }
        if metadata.author == nil {
            metadata.author = authorMetaKeys.lazy.compactMap { lowered[$0].flatMap(authorValue) }.first {
                $0.unicodeScalars.count <= 40
            }
        }
        // The site's own name is no author.
        if let author = metadata.author, let site = lowered["og:site_name"], author == site { metadata.author = nil }
        return metadata
    }

    /// A reprint's credit to the newspaper it ran in, "《光明日报》（ 2022年02月13日 02版）": the
    /// paper and the day of that issue.
    static func printCredit(_ line: String) -> (source: String, date: String)? {
        let scalars = Array(line.unicodeScalars.filter { !TextCleaner.isBlank($0) })
        guard scalars.count <= 40, scalars.first == "《", let close = scalars.firstIndex(of: "》"), close > 1,
            scalars.last == "版"
                || (scalars.count >= 2 && scalars[scalars.count - 2] == "版"
                    && "）)".unicodeScalars.contains(scalars.last!)),
            let date = DateRecognizer().dates(in: String(scalars: scalars[(close + 1)...])).first,
            date.value.utf8.count == 10
        else { return nil }
        return (String(scalars: scalars[1..<close]), date.value)
    }

    /// Lines where a label stands alone and its value in the next element ("生成日期：",
    /// "2023-05-11"), as open-government tables print their fields, joined into one line each.
    static func joiningLoneLabels(_ lines: [String]) -> [String] {
        var joined: [String] = []
        joined.reserveCapacity(lines.count)
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if index + 1 < lines.count, line.unicodeScalars.count <= 12, let last = line.unicodeScalars.last,
                BylineFields.isLabelMark(last),
                !BylineFields.fields(in: line).isEmpty || line.unicodeScalars.count <= 8
            {
                joined.append(line + lines[index + 1])
                index += 2
            } else {
                joined.append(line)
                index += 1
            }
        }
        return joined
    }

    /// Labels of the buttons pages print right after a byline's value: "来源：某某日报 举报".
    static let buttonLabels = ["举报", "调整字体", "字体", "字号", "打印", "分享", "收藏", "纠错", "关闭", "大中小", "大 中 小"]

    /// A source without a button's label glued on; nil when nothing is left.
    static func sourceValue(_ value: String) -> String? {
        var text = value
        var changed = true
        while changed {
            changed = false
            for label in buttonLabels where text.endsWith(label) && text.utf8.count > label.utf8.count {
                text = String(Substring(text.utf8.dropLast(label.utf8.count))).trimmingScalars(in: " 　|｜")
                changed = true
            }
        }
        return text.isEmpty ? nil : text
    }

    /// Accounts that publish but write nothing: a system account or a user id is no author.
    static let systemAccounts: Set<String> = [
        "系统管理员", "管理员", "超级管理员", "admin", "administrator", "Admin", "Administrator", "root", "system", "网站管理员", "编辑部",
    ]

    /// An author that names a person or a newsroom; nil for a system account or a bare user id
    /// ("user10086", "u_3f9a").
    static func authorValue(_ value: String) -> String? {
        guard let text = sourceValue(value), !systemAccounts.contains(text) else { return nil }
        let isUserID =
            text.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_")
            }
            && text.unicodeScalars.contains { ("0"..."9").contains($0) }
        return isUserID ? nil : text
    }

    /// A `<meta>` name as looked up: lowercased, blanks dropped ("og:time " is "og:time").
    static func normalizedKey(_ key: String) -> String {
        String(
            String.UnicodeScalarView(key.lowercased().unicodeScalars.filter { $0 != " " && !TextCleaner.isBlank($0) }))
    }

}
