/// Lines that belong to the page or the byline rather than to any section: source, editor
/// and reviewer lines, publication stamps, and a closing signature with its date.
enum TrailerLines {
    static let prefixes = [
        "来源：", "来源:", "（来源：", "(来源：", "（来源:", "信息来源", "文章来源", "稿件来源", "编辑：", "编辑:", "责任编辑", "责编",
        "审核：", "审核:", "审稿", "校对：", "作者：", "作者:", "供稿", "发布时间", "发布日期", "发布机构", "发文机关", "点击数", "浏览次数",
        "阅读次数", "相关解读：", "相关解读:", "字号", "【字体", "撰稿", "摄影：", "通讯员", "记者：", "文/", "文：", "（编辑", "(编辑",
        "索引号：", "主题分类：", "组配分类：", "体裁分类：", "发文字号：", "成文日期：", "发文日期：", "主题词：", "标题：", "有效性：",
        "公开方式：", "生效日期：", "Release Date:", "Publish Date:", "Source:", "Author:", "Editor:", "文字：", "摄像：", "图片：", "视频：",
        "排版：", "美编：", "监制：", "出品：", "一审", "二审", "三审",
    ]

    /// Labels of people, which in an interview also introduce what they say.
    static let personLabels: Set<String> = ["记者：", "作者：", "作者:", "摄影："]

    /// Words that make a short bracketed line a byline: "（XX办供稿 责任编辑：刘某）".
    static let bylineWords = ["供稿", "编辑", "责编", "来源", "审核", "作者", "撰稿", "摄影", "通讯员", "记者"]

    /// Labels a WeChat account separates from their value with a bar: "编辑 | 林某".
    static let barLabels = [
        "来源", "作者", "编辑", "审核", "责编", "校对", "校读", "文字", "文", "图", "摄影", "摄像", "图片", "视频", "排版", "美编", "监制", "出品", "统筹",
        "投稿", "合作", "主编", "初审", "复审", "终审", "值班编辑",
    ]

    /// Labels that make a short line without a full stop a byline wherever they stand in it:
    /// "2025-03-18 10:30 来源：区政府办".
    static let inlineLabels = ["来源：", "来源:", "发布时间：", "发布时间:", "责任编辑：", "浏览次数", "点击量"]

    static let inlineLabelSet = PhraseSet(inlineLabels)
    static let bylineWordSet = PhraseSet(bylineWords)

    static func isMetadata(_ spacedLine: String) -> Bool {
        // Every test below wants at most 120 scalars, and a scalar is at most 4 bytes.
        guard spacedLine.utf8.count <= 480 else { return false }
        let line = withoutLabelSpacing(spacedLine)
        let scalars = Array(line.unicodeScalars)
        if scalars.count <= 40,
            isEditionLine(scalars) || isDisclosureLine(line) || isBarByline(line) || isCreditLine(scalars)
        {
            return true
        }
        if isEnactmentLine(line) { return true }
        // A line that is only a document number: "岚府办发〔2025〕18号".
        if scalars.count <= 40, let number = DocumentNumber.find(in: line),
            line.unicodeScalars.count - number.unicodeScalars.count <= 2
        {
            return true
        }
        if let prefix = prefixes.first(where: { line.startsWith($0) }) {
            // "来源：…" is a label; a bare word such as 通讯员 only makes a byline of a line
            // that is no sentence ("通讯员 张某 李某", not "通讯员队伍不断壮大，……").
            let labelled = prefix.endsWith("：") || prefix.endsWith(":") || prefix.endsWith("/")
            let sentence = scalars.contains("，") || scalars.contains("。") || scalars.contains(",")
            // "记者：今年的重点是什么？" is an interview's question, not a byline.
            let question = scalars.last == "？" || scalars.last == "?" || (personLabels.contains(prefix) && sentence)
            if scalars.count <= 120, !question, labelled || !sentence { return true }
        }
        if scalars.count <= 80, !scalars.contains("。"), inlineLabelSet.occurs(in: line) { return true }
        guard scalars.count <= 80, let first = scalars.first, let last = scalars.last,
            first == "（" || first == "(" || first == "【", last == "）" || last == ")" || last == "】"
        else { return false }
        return bylineWordSet.occurs(in: line)
    }

    /// "《 人民日报 》（ 2025年04月09日 11 版）": where a newspaper printed the article.
    static func isEditionLine(_ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.first == "《", let last = scalars.last, last == "）" || last == ")" else { return false }
        return scalars.count >= 3 && scalars[scalars.count - 2] == "版"
    }

    /// "编辑 | 林某　审核 | 黄某": every bar on the line follows a byline label.
    static func isBarByline(_ line: String) -> Bool {
        guard line.includes("|") || line.includes("｜") else { return false }
        let parts = line.split(whereSeparator: { $0 == "|" || $0 == "｜" })
        guard parts.count >= 2, !line.includes("。") else { return false }
        // Each part but the last ends with a label (the part before a bar), after blanks.
        return parts.dropLast().allSatisfy { part in
            let trimmed = part.trimmingBlanks()
            return barLabels.contains { trimmed.hasSuffix($0) }
        }
    }

    /// Words that end a credit before the names it gives: "本报记者 葛某", "作者 王某 高某".
    static let creditWords = ["记者", "通讯员", "编辑", "作者", "排版", "摄影", "责编", "出品", "撰文", "校对", "摄", "文", "图"]

    /// Words that stand alone in brackets and are no name: "（试行）" under a title.
    static let bracketedWords: Set<String> = [
        "试行", "草案", "节选", "摘要", "全文", "暂行", "修订", "修正", "附件", "待续", "未完", "上接", "下转", "续完", "图文", "视频",
    ]

    /// A credit line without a label's colon: "□ 本报记者 葛某", "光明日报记者 王某 张某",
    /// "新华社发（刘某摄）". Names are two to four characters, each standing alone.
    static func isCreditLine(_ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.count <= 30, !scalars.contains(where: { "，。；！？,;!?：:".unicodeScalars.contains($0) }) else {
            return false
        }
        let text = String(String.UnicodeScalarView(scalars))
        // "（吴某）", "（常某 马某）": names alone in brackets, as a last line.
        if let first = scalars.first, let last = scalars.last, first == "（" || first == "(", last == "）" || last == ")"
        {
            let names = String(String.UnicodeScalarView(scalars.dropFirst().dropLast())).split(whereSeparator: {
                $0 == " " || $0 == "　" || $0 == "、"
            })
            return (1...3).contains(names.count)
                && names.allSatisfy { name in
                    (2...4).contains(name.count) && !bracketedWords.contains(String(name))
                        && name.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) }
                }
        }
        // "新华社发（刘某摄）"
        if scalars.count <= 20, text.endsWith("摄）") || text.endsWith("摄)"), text.includes("（") || text.includes("(") {
            return true
        }
        let words = text.split(whereSeparator: {
            $0 == " " || $0 == "　" || $0 == "□" || $0 == "■" || $0 == "|" || $0 == "｜"
        })
        guard
            let credit = words.firstIndex(where: { word in
                word.count <= 12 && creditWords.contains { word.hasSuffix($0) }
            }),
            credit + 1 < words.count
        else { return false }
        return words[(credit + 1)...].allSatisfy { name in
            (2...4).contains(name.count)
                && name.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) || $0 == "·" }
        }
    }

    /// Verbs that end the line recording how a law was made: "……令第608号公布", "……起施行".
    static let enactmentVerbs = ["公布", "发布", "施行", "通过", "修订", "修正", "印发"]

    /// "2011年10月29日 中华人民共和国国务院令第608号公布": when and by whom a law or rule was
    /// made, printed under its title. (In brackets, "（2025年3月18日……审议通过）" is its subtitle.)
    static func isEnactmentLine(_ line: String) -> Bool {
        guard line.utf8.count <= 400, let first = line.unicodeScalars.first, NumeralReader.digit(first) != nil,
            !line.includes("。"), enactmentVerbs.contains(where: { line.hasSuffix($0) })
        else { return false }
        return LineShape.startsWithDate(line)
    }

    /// "标　　题：……" → "标题：……": a label that a table spreads over its cell, closed up.
    /// Only a label at the start of the line, of two to four Chinese characters, before a colon.
    static func withoutLabelSpacing(_ line: String) -> String {
        guard let first = line.unicodeScalars.first, TextCleaner.isCJK(first) else { return line }
        var label: [Unicode.Scalar] = []
        var spaced = false
        for (offset, scalar) in line.unicodeScalars.prefix(12).enumerated() {
            if scalar == "：" || scalar == ":" {
                guard spaced, (2...4).contains(label.count) else { return line }
                return String(scalars: label) + String(line.unicodeScalars.dropFirst(offset))
            }
            if TextCleaner.isBlank(scalar) {
                spaced = true
            } else if TextCleaner.isCJK(scalar) {
                label.append(scalar)
            } else {
                return line
            }
        }
        return line
    }

    /// "（此件公开发布）", "（此件主动公开）": how an official text is released.
    static func isDisclosureLine(_ line: String) -> Bool {
        (line.startsWith("（此件") || line.startsWith("(此件")) && line.includes("公开")
    }

    /// A line that is only a date: "2025年4月2日", "（2025年4月2日）", "2025-04-02".
    static func isDateLine(_ line: String) -> Bool {
        // At most 20 scalars, of at most 4 bytes each: told by bytes before any copy.
        guard line.utf8.count <= 80 else { return false }
        let scalars = Array(line.unicodeScalars)
        guard scalars.count <= 20 else { return false }
        let recognizer = DateRecognizer()
        let dates = recognizer.dates(in: line)
        guard let date = dates.first, dates.count == 1 else { return false }
        var after = Array(scalars[date.end...])
        // "2025年4月10日 星期四": a weekday after the date.
        if let week = after.firstIndex(where: { $0 == "星" || $0 == "周" }), after.count - week <= 3,
            after[week...].allSatisfy({ "星期周一二三四五六日天".unicodeScalars.contains($0) })
        {
            after.removeSubrange(week...)
        }
        let outside = Array(scalars[0..<date.start]) + after
        return outside.allSatisfy { "（）() 　".unicodeScalars.contains($0) }
    }

    /// Offices a speaker holds, as a report prints them before the name.
    static let offices = ["长", "书记", "主任", "主席", "委员", "秘书长", "局长", "代表", "理事长", "董事长", "负责人"]

    /// "青崖县人民政府县长　苏明远": an office, a space, and a name of two to four characters.
    static func isSpeakerLine(_ line: String) -> Bool {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "　" })
        guard words.count == 2, line.unicodeScalars.count <= 40, let name = words.last, let office = words.first,
            (2...4).contains(name.count),
            name.unicodeScalars.allSatisfy({ (0x4E00...0x9FFF).contains($0.value) || $0 == "·" })
        else { return false }
        return offices.contains { office.hasSuffix($0) }
            && !office.unicodeScalars.contains { "，。；！？,;!?：:".unicodeScalars.contains($0) }
    }

    /// A short line without sentence punctuation, such as the issuing office in a signature.
    static func isSignature(_ line: String) -> Bool {
        let count = line.unicodeScalars.count
        return count >= 2 && count <= 30 && !line.unicodeScalars.contains { "，。；！？,;!?".unicodeScalars.contains($0) }
    }
}
