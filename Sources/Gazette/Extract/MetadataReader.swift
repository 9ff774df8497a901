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
        ("Release Date", .published), ("Publish Date", .published), ("Published", .published), ("Date", .published), ("Source", .source),
        ("Author", .author), ("Editor", .author), ("Views", nil), ("Hits", nil),
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
