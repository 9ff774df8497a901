/// The units an item of an official document makes responsible, in the bracketed note that
/// closes it: "（省民政厅牵头，省商务厅参与）", "（省人力资源社会保障厅、省财政厅按职责分工负责）",
/// "（各市、县〔区〕人民政府负责）". A document may say once that the first unit listed leads
/// ("列第一位者为牵头单位，下同").
enum ResponsibleUnits {
    struct Assignment: Equatable {
        /// Units the note says lead ("A牵头").
        var leads: [String] = []
        /// Every unit the note names, leading ones first.
        var all: [String] = []
    }

    /// Clause endings that assign a part, and whether the part is the lead.
    static let roles: [(ending: String, leads: Bool)] = [
        ("牵头负责", true), ("牵头", true), ("按职责分工负责", false), ("按职责负责", false), ("分别负责", false), ("共同负责", false),
        ("配合", false), ("参与", false), ("协助", false), ("参加", false), ("负责", false), ("落实", false),
    ]

    /// Clauses that state the document's rule rather than name units.
    static func isRuleClause(_ clause: String) -> Bool {
        clause.includes("第一位") || clause == "下同" || clause.includes("以下") && clause.includes("同")
    }

    /// True when the document says the first unit of each note leads.
    static func firstListedLeads(in paragraphs: [String]) -> Bool {
        paragraphs.contains { $0.includes("第一位") && $0.includes("牵头") }
    }

    /// True when `text` is nothing but such a note (with an optional full stop).
    static func isNote(_ text: String) -> Bool {
        var scalars = Array(text.unicodeScalars)
        while let last = scalars.last, last == "。" || TextCleaner.isBlank(last) || last == " " { scalars.removeLast() }
        guard let first = scalars.first, first == "（" || first == "(", let last = scalars.last,
            last == "）" || last == ")"
        else { return false }
        return assignment(String(scalars: scalars.dropFirst().dropLast())) != nil
    }

    /// The last note in `paragraphs` that names units, or nil.
    static func find(in paragraphs: [String]) -> Assignment? {
        for paragraph in paragraphs.reversed() {
            for content in Brackets.contents(paragraph).reversed() {
                if let found = assignment(content) { return found }
            }
        }
        return nil
    }

    /// Reads a note's content; nil unless every clause assigns a part to units (or states the rule).
    static func assignment(_ content: String) -> Assignment? {
        guard content.unicodeScalars.count <= 200, !content.includes("。") else { return nil }
        var result = Assignment()
        var others: [String] = []
        for clause in content.split(whereSeparator: { $0 == "，" || $0 == "," || $0 == "；" || $0 == ";" }).map(
            String.init)
        {
            if isRuleClause(clause) { continue }
            guard
                let role = roles.first(where: { clause.endsWith($0.ending) && clause.utf8.count > $0.ending.utf8.count }
                )
            else { return nil }
            let list = String(Substring(clause.utf8.dropLast(role.ending.utf8.count)))
            guard let units = units(in: list) else { return nil }
            if role.leads { result.leads += units } else { others += units }
        }
        result.all = result.leads + others.filter { !result.leads.contains($0) }
        return result.all.isEmpty ? nil : result
    }

    /// "省人力资源社会保障厅、省财政厅" → two units; "各市、县〔区〕人民政府" is one: a list
    /// that opens with 各 names every unit of a kind.
    static func units(in list: String) -> [String]? {
        var trimmed = TextCleaner.clean(list.unicodeScalars)
        // "由区教育局、区财政局牵头": 由 names who acts; it is no part of the first unit's name.
        if trimmed.startsWith("由") { trimmed = String(trimmed.unicodeScalars.dropFirst()) }
        guard !trimmed.isEmpty else { return nil }
        if trimmed.startsWith("各") {
            return endsLikeUnit(trimmed) ? [trimmed] : nil
        }
        let units = LeadOrganizations.split(trimmed)
        return !units.isEmpty && units.allSatisfy(endsLikeUnit) ? units : nil
    }

    /// How the names of responsible units end: those of leading units, and collective ones.
    static let unitEndings = UnitNames.endings + ["部门", "机构", "单位", "政府", "企业", "银行", "法院", "检察院"]

    static func endsLikeUnit(_ name: String) -> Bool {
        unitEndings.contains { name.endsWith($0) }
    }
}
