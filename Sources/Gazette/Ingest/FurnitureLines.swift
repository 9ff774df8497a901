/// Lines that are page furniture by their shape, wherever they stand: a row of page tools
/// ("【纠错】【打印】【关闭】"), a pager ("第1页 第2页 下一页"), a slideshow's counter ("1/8"),
/// and labels left alone once the links they introduced are dropped ("附件：").
enum FurnitureLines {
    /// Labels left alone on a line once the links they introduce are gone ("附件：").
    static let bareLabels: Set<String> = ["附件", "附件：", "附件:", "相关附件：", "附件下载：", "附件下载", "相关附件"]

    /// Words of a pager: "第1页 第2页 下一页 尾页".
    static let pagerWords: Set<String> = ["上一页", "下一页", "首页", "尾页", "末页", "共", "页", ">>", "<<", ">", "<", "»", "«"]

    /// A line that is only a pager: page numbers ("第2页", "2") and paging words.
    static func isPagerLine(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "|" })
        guard words.count >= 2, text.includes("页") else { return false }
        return words.allSatisfy { word in
            if pagerWords.contains(String(word)) || word.allSatisfy(\.isNumber) { return true }
            guard word.hasPrefix("第"), word.hasSuffix("页") else { return false }
            return word.dropFirst().dropLast().allSatisfy(\.isNumber)
        }
    }

    /// "1/8": a slideshow's counter.
    static func isCounterLine(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map { $0.trimmingBlanks() }
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isNumber) }
    }

    /// Words of page tools that stand in brackets alone: "【打印】".
    static let toolWords: Set<String> = ["纠错", "打印", "关闭", "收藏", "分享", "返回顶部", "顶部", "返回", "打印本页", "关闭窗口", "我要纠错"]

    /// Closing marks of WeChat articles: "— END —", "END".
    static let endMarks: Set<String> = ["END", "—END—", "——END——", "THEEND", "—THEEND—"]

    /// "— END —", "—— End ——": the mark that closes a WeChat article, in any case.
    static func isEndMark(_ text: String) -> Bool {
        guard text.utf8.count <= 40 else { return false }
        let upper = text.uppercased()
        guard upper.includes("END") else { return false }
        return endMarks.contains(
            String(upper.unicodeScalars.filter { $0 != " " && !TextCleaner.isBlank($0) }).replacingDashes())
    }

    /// True when the line is furniture by its shape.
    static func isFurniture(_ text: String) -> Bool {
        // Every shape below is a short line; most lines are sentences, and leave here.
        guard text.utf8.count <= 160 else { return false }
        // Cheap tests of the bytes first: each shape needs a mark of its own.
        if text.utf8.count <= 18, bareLabels.contains(text) { return true }
        if text.includes("页"), isPagerLine(text) { return true }
        if text.utf8.count <= 9, text.includes("/"), isCounterLine(text) { return true }
        if isEndMark(text) { return true }
        guard text.startsWith("【"), text.endsWith("】") else { return false }
        let scalars = Array(text.unicodeScalars)
        guard scalars.count <= 40 else { return false }
        // Only bracketed words of up to six characters, with blanks between them.
        var inside = 0
        var open = false
        for scalar in scalars {
            switch scalar {
            case "【":
                if open { return false }
                open = true
                inside = 0
            case "】":
                if !open || inside == 0 { return false }
                open = false
            case _ where TextCleaner.isBlank(scalar):
                if open { return false }
            default:
                if !open { return false }
                inside += 1
                if inside > 6 { return false }
            }
        }
        // One bracketed word is a tool only when it names one: "【案情回顾】" heads a part.
        return !open
            && (scalars.filter { $0 == "【" }.count >= 2
                || toolWords.contains(String(String.UnicodeScalarView(scalars.filter { $0 != "【" && $0 != "】" }))))
    }

}

extension Substring {
    /// The text without blanks at either end.
    func trimmingBlanks() -> Substring {
        var text = self
        while let first = text.unicodeScalars.first, TextCleaner.isBlank(first) || first == " " {
            text = text.dropFirst()
        }
        while let last = text.unicodeScalars.last, TextCleaner.isBlank(last) || last == " " { text = text.dropLast() }
        return text
    }
}

extension String {
    /// The text with its dashes written one way ("—END—" for "- END -" and "— END —").
    fileprivate func replacingDashes() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "-" || $0 == "－" || $0 == "–" ? "—" : $0 }))
    }
}
