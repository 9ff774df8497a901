/// The labelled fields of byline lines ("发布时间：2025-03-18 09:30 来源：区发展改革委"): which
/// label fills which field. Ingest reads them to tell a byline from an article, Extract to
/// fill the record's metadata.
enum BylineFields {
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
                guard ScalarMatch.matches(surface, in: scalars, at: index) else { continue }
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
            value = value.trimmingScalars(in: "）) 【】[]")
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
