/// Reads the units leading an item: "由区委政法委、区公安分局牵头" → ["区委政法委", "区公安分局"],
/// and "牵头单位：A、B". Each unit is kept exactly as written.
enum LeadOrganizations {
    /// Longest span between 由 and 牵头, in scalars.
    static let maximumSpan = 60

    /// Words joining units in a list. 和 and 与 only join when the left side ends like a unit,
    /// since they also occur inside names ("住房和城乡建设委").
    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "、", "，", ",", "；", "及": true
        default: false
        }
    }
    static let conjunctions: [String] = ["会同", "联合", "协同", "和", "与", "同"]
    static let trailingWords: [String] = ["共同", "联合", "负责", "具体", "统筹", "等单位", "等部门", "等"]

    static func find(in paragraphs: [String]) -> [String] {
        for paragraph in paragraphs {
            let units = find(in: paragraph)
            if !units.isEmpty { return units }
        }
        return []
    }

    static let leadLabel = Array("牵头单位".unicodeScalars)

    static func find(in paragraph: String) -> [String] {
        // Both forms hold 牵头; most paragraphs do not.
        guard paragraph.includes("牵头") else { return [] }
        let s = Array(paragraph.unicodeScalars)
        var index = 0
        while index < s.count {
            // "建立由省政府负责同志牵头的协调机制" describes a mechanism and names no lead unit.
            if s[index] == "由", let end = leadWord(in: s, after: index), !(end + 2 < s.count && s[end + 2] == "的") {
                let span = String(scalars: s[(index + 1)..<end])
                let units = split(span)
                if !units.isEmpty { return units }
            }
            // "牵头单位：区教委" is a label; "列第一位者为牵头单位，下同" states a rule.
            if s[index] == "牵", ScalarMatch.matches(leadLabel, in: s, at: index), index + 4 < s.count,
                s[index + 4] == "：" || s[index + 4] == ":"
            {
                var start = index + 4
                while start < s.count, "：: ".unicodeScalars.contains(s[start]) { start += 1 }
                var end = start
                while end < s.count, !"。；;\n：:".unicodeScalars.contains(s[end]) { end += 1 }
                // "牵头单位：区教委，配合单位：区财政局": the list stops before the next label.
                if end < s.count, s[end] == "：" || s[end] == ":" {
                    while end > start, !"，,、 ".unicodeScalars.contains(s[end - 1]) { end -= 1 }
                }
                let units = split(String(scalars: s[start..<end]))
                if !units.isEmpty { return units }
            }
            index += 1
        }
        return []
    }

    /// Where "牵头" starts after the 由 at `start`, within the span and before any full stop.
    private static func leadWord(in s: [Unicode.Scalar], after start: Int) -> Int? {
        var index = start + 1
        while index < s.count, index - start <= maximumSpan {
            if "。；！？".unicodeScalars.contains(s[index]) || s[index] == "由" { return nil }
            if s[index] == "牵", index + 1 < s.count, s[index + 1] == "头" { return index }
            index += 1
        }
        return nil
    }

    static func split(_ span: String) -> [String] {
        let parts = span.unicodeScalars.split(omittingEmptySubsequences: false, whereSeparator: isSeparator)
            .map { String($0) }
            .flatMap(splitConjunctions)
        let cleaned = parts.map(clean).filter { !$0.isEmpty }
        guard !cleaned.isEmpty, cleaned.allSatisfy({ $0.unicodeScalars.count <= 30 && $0.unicodeScalars.count >= 2 })
        else { return [] }
        return cleaned
    }

    /// Splits at a conjunction only where the left side already ends like a unit name and
    /// both sides are names of their own: "区住房和城乡建设委和区财政局" splits at its second 和.
    private static func splitConjunctions(_ part: String) -> [String] {
        let scalars = Array(part.unicodeScalars)
        for word in conjunctions {
            let surface = Array(word.unicodeScalars)
            var index = 1
            while index + surface.count < scalars.count {
                defer { index += 1 }
                guard ScalarMatch.matches(surface, in: scalars, at: index) else { continue }
                let left = clean(String(scalars: scalars[..<index]))
                let right = String(scalars: scalars[(index + surface.count)...])
                guard left.unicodeScalars.count >= 3, clean(right).unicodeScalars.count >= 2,
                    UnitNames.endings.contains(where: { left.endsWith($0) })
                else { continue }
                return [left] + splitConjunctions(right)
            }
        }
        return [part]
    }

    private static func clean(_ part: String) -> String {
        var text = TextCleaner.clean(part.unicodeScalars)
        var changed = true
        while changed {
            changed = false
            for word in trailingWords where text.endsWith(word) && text.count > word.count {
                text.removeLast(word.count)
                changed = true
            }
        }
        return text
    }
}
