/// Paragraphs after the last section that speak to the whole document: the charge to every
/// department that ends a 通知 ("各地区、各部门要……"), its entry into force ("本通知自印发之日起施行"),
/// a report's closing appeal ("各位代表！……"), a bulletin's notes after "注释：".
enum ClosingParagraphs {
    /// How a closing paragraph opens.
    static let openers = [
        "各地区、各部门", "各地区各部门", "各地区、各有关部门", "各地区各有关部门", "各地、各部门", "各地各部门", "各地各有关部门", "各地、各有关部门",
        "各级各部门", "各级各有关部门",
        "各位代表", "同志们", "让我们", "请各", "本通知", "本意见", "本实施意见", "本方案", "本措施", "本决定", "本办法", "特此",
    ]

    /// Labels that stand alone on their line and open a document's notes.
    static let notesLabels: Set<String> = ["注释：", "注释:", "注释", "注：", "注:", "附注：", "附注:", "附注", "说明：", "说明:"]

    static func isNotesLabel(_ text: String) -> Bool {
        notesLabels.contains(text)
    }

    /// Where the closing starts among the last section's paragraphs: the first one from `first`
    /// (after the section's own first paragraph, or after its items) that opens as a closing
    /// does. Nil when none does.
    static func start(in paragraphs: [String], from first: Int = 1) -> Int? {
        let first = max(0, first)
        guard paragraphs.count > first else { return nil }
        return (first..<paragraphs.count).first { opensClosing(paragraphs[$0]) }
    }

    /// A closing opens with one of `openers`, or after a short clause of time or occasion
    /// ("节假日期间，各地区、各部门要……").
    static func opensClosing(_ paragraph: String) -> Bool {
        if openers.contains(where: { paragraph.startsWith($0) }) { return true }
        let scalars = Array(paragraph.unicodeScalars.prefix(maximumOpeningClause + 1))
        guard let comma = scalars.firstIndex(where: { $0 == "，" || $0 == "," }) else { return false }
        let rest = String(scalars: paragraph.unicodeScalars.dropFirst(comma + 1))
        return openers.prefix(10).contains { rest.startsWith($0) }
    }

    /// Longest clause before a closing's opener, in scalars.
    static let maximumOpeningClause = 10
}
