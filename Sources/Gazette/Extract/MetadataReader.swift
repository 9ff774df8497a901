/// Reads `Metadata` from byline lines ("发布时间：2025-03-18 09:30 来源：区发展改革委"), a page's
/// `<meta>` tags and canonical link, and the document number line.
package enum MetadataReader {
    /// Labels of byline fields and the field each fills (nil: a label that only ends the one before).
    static let labels: [(label: String, field: Field?)] = [
        ("发布时间", .published), ("发布日期", .published), ("生成日期", .published), ("发文日期", .written), ("成文日期", .written),
        ("日期", .published),
        ("时间", .published), ("信息来源", .source), ("文章来源", .source), ("稿件来源", .source), ("来源", .source),
        ("发布机构", .source), ("发文机关", .issuer), ("发文单位", .issuer), ("责任编辑", .author), ("作者", .author), ("编辑", .author),
        ("责编", .author),
        ("记者", .author), ("撰稿", .author), ("审核", .reviewer), ("审稿", .reviewer), ("校对", nil), ("字号", nil), ("浏览次数", nil),
        ("点击数", nil), ("阅读次数", nil), ("访问量", nil), ("浏览量", nil), ("阅读量", nil), ("浏览", nil), ("点击", nil), ("阅读", nil),
        ("供稿", nil), ("摄影", nil), ("通讯员", nil), ("分享", nil), ("打印", nil),
        ("索引号", .index), ("主题分类", nil), ("组配分类", nil), ("体裁分类", nil), ("发文字号", .documentNumber),
        ("文号", .documentNumber), ("主题词", nil), ("标题", nil),
        ("有效性", nil), ("公开方式", nil), ("生效日期", nil),
        ("Release Date", .published), ("Publish Date", .published), ("Published", .published), ("Date", .published),
        ("Source", .source),
        ("Author", .author), ("Editor", .author), ("Views", nil), ("Hits", nil),
    ]

    /// `written` is the date a text was signed (成文日期): the publication date only when no
    /// other says when the page was published.
    enum Field { case published, written, source, author, reviewer, issuer, index, documentNumber }

    /// The labels as scalars, read once.
    static let labelScalars: [(label: [Unicode.Scalar], field: Field?)] = labels.map {
        (Array($0.label.unicodeScalars), $0.field)
    }

    /// First scalars of all labels, to skip positions where none can start.
    static let labelStarts: Set<Unicode.Scalar> = Set(labelScalars.map { $0.label[0] })

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
        let candidates = (bylines + lines).map { (line: $0, fields: fields(in: $0)) }
        for (offset, candidate) in candidates.enumerated() where byline == nil {
            guard let stamp = Timestamp.iso(from: candidate.line) else { continue }
            let onPageByline = offset < bylines.count
            // A signature's date beside its source ("2025年8月25日（来源：某报）") is no time stamp.
            let labelledTime =
                !candidate.fields.isEmpty && (stamp.includes("T") || candidate.fields.contains { $0.0 == .published })
            // On a page's byline, a date alone counts when the line opens with it ("2004-12-10 阅读1054次").
            if onPageByline
                ? stamp.includes("T") || !candidate.fields.isEmpty || startsWithDate(candidate.line) : labelledTime
            {
                byline = stamp
            } else if onPageByline, shortBylineDate == nil, candidate.line.unicodeScalars.count <= 40,
                !PageFurniture.isSentence(candidate.line)
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
                !fields(in: line).isEmpty && Timestamp.iso(from: line)?.includes("T") == true
                    && line.unicodeScalars.count <= 80
            })
        {
            byline = Timestamp.iso(from: line)
        }
        var written: String?
        var dateLine: String?
        let credit = lines.lazy.compactMap(printCredit).first
        let before = (preamble + postamble).map { (line: $0, fields: fields(in: $0)) }
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
            if offset < candidates.count, dateLine == nil, TrailerLines.isDateLine(line) || isDateTimeLine(line) {
                dateLine = Timestamp.iso(from: line)
            }
        }
        // The date and time nearest the article among the lines before it, or under its title;
        // one after the article ranks low: comments print times there too.
        let headerTime =
            preamble.reversed().first(where: isDateTimeLine).flatMap(Timestamp.iso(from:))
            ?? dateLine.flatMap { $0.includes("T") ? $0 : nil }
        let footerTime = postamble.first(where: { isDateTimeLine($0) || isStampedNote($0) }).flatMap(
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
                isLabelMark(last),
                !fields(in: line).isEmpty || line.unicodeScalars.count <= 8
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
                text = String(Substring(text.utf8.dropLast(label.utf8.count))).trimmingCharacters(in: " 　|｜")
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
            !scalars[..<min(english.end, scalars.count)].contains(where: PageFurniture.isHan)
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

    /// A short line that is a date and a time, as pages print under a title ("2025-05-12 08:45").
    static func isDateTimeLine(_ line: String) -> Bool {
        line.unicodeScalars.count <= 24 && Timestamp.iso(from: line)?.includes("T") == true
            && line.unicodeScalars.allSatisfy {
                NumeralReader.digit($0) != nil || "-/:：年月日 .".unicodeScalars.contains($0)
            }
    }

    /// What stands between a label and its value: a colon, or a WeChat account's bar.
    static func isLabelMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "：" || scalar == ":" || scalar == "|" || scalar == "｜"
    }

    /// The labelled fields of one line, each value cut at the next label.
    static func fields(in spacedLine: String) -> [(Field, String)] {
        let scalars = Array(TrailerLines.withoutLabelSpacing(spacedLine).unicodeScalars)
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
                guard valueStart < scalars.count else { continue }
                // "[发布时间2019年3月19日]": a date label of four characters may run straight
                // into its date.
                let runsIntoDate =
                    surface.count >= 4 && (field == .published || field == .written)
                    && ("0"..."9").contains(scalars[valueStart])
                guard Self.isLabelMark(scalars[valueStart]) || runsIntoDate else { continue }
                let value = runsIntoDate && !Self.isLabelMark(scalars[valueStart]) ? valueStart : valueStart + 1
                hits.append((index, value, field))
                index = value
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
                field != .author || value.unicodeScalars.count > 12
            {
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
