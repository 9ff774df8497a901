/// How a numbered item's line divides into title and body, by one documented rule:
///
/// 1. Nothing after the marker: the title is the next line, when short (`heading`).
/// 2. A short label before a colon with text after it: "元旦：1月1日至3日放假" → "元旦" (`label`).
/// 3. A first sentence that reads as a heading, with more text after it: "加强就业服务。对……"
///    → "加强就业服务" (`runIn`). A heading has no digits and does not open as a condition
///    ("对……的，给予……", "自……起"); with a comma in it, it is at most `maximumCommaHeading` scalars.
/// 4. A short line without a full stop: all title (`heading`).
/// 5. Anything else is an untitled item: a running paragraph whose whole text is the body (`none`),
///    and so is an item of a list that is one sentence ("（一）开展虚假登记；" before "（二）").
struct SectionTitle: Equatable {
    var title: String
    var form: Section.TitleForm
    var body: String
    /// The item is one sentence of a list.
    var isListItem = false

    /// Longest label before a colon, in scalars.
    static let maximumLabel = 20
    /// Longest item of a list that may still head a part ("1.管网" before "2.道路").
    static let maximumListHeading = 12
    /// Longest run-in heading that holds a comma ("着力扩大国内需求，推动……增长。").
    static let maximumCommaHeading = 45
    /// Words that open a condition, never a heading.
    static let conditionOpeners = ["对于", "凡是", "凡", "根据", "按照", "依照", "依据", "如果", "若"]

    /// Divides `rest`, the line after its marker (not empty), into title and body. `listItem`:
    /// the next line closes the item, so a single sentence is the item's whole text.
    /// `sentenceList`: the next item of the list is a sentence, so this one is too.
    static func read(
        _ rest: String, maximumTitleLength: Int, listItem: Bool = false, sentenceList: Bool = false
    ) -> SectionTitle {
        let scalars = Array(rest.unicodeScalars)
        if let label = label(in: scalars) { return label }
        let stop = scalars.firstIndex(where: { "。！？".unicodeScalars.contains($0) })
        // A list's item is one sentence: ended by a stop ("开展虚假登记；"), or too long for a
        // heading ("经广东省科学技术厅认定的高新技术企业"), or among sentences. "1.管网"
        // before "2.道路" heads a part.
        if listItem, stop.map({ TextCleaner.clean(scalars[($0 + 1)...]).isEmpty }) ?? true,
            sentenceList || isListSentence(rest)
        {
            return SectionTitle(title: "", form: .none, body: rest, isListItem: true)
        }
        if let stop {
            let sentence = Array(scalars[0..<stop])
            let body = TextCleaner.clean(scalars[(stop + 1)...])
            if stop <= maximumTitleLength, isHeading(sentence, followed: !ResponsibleUnits.isNote(body)) {
                return SectionTitle(title: String(scalars: sentence), form: .runIn, body: body)
            }
            return SectionTitle(title: "", form: .none, body: rest)
        }
        if scalars.count <= maximumTitleLength, !scalars.contains("，") || scalars.count <= 30, !opensCondition(scalars)
        {
            return SectionTitle(title: withoutFinalStop(rest), form: .heading, body: "")
        }
        return SectionTitle(title: "", form: .none, body: rest)
    }

    /// "（目的与依据）为了……" → "目的与依据" and the rest: the caption an article may open with.
    static func articleCaption(_ rest: String) -> SectionTitle? {
        let scalars = Array(rest.unicodeScalars)
        guard let first = scalars.first, first == "（" || first == "(" || first == "【",
            let close = scalars.prefix(maximumLabel + 2).firstIndex(where: { $0 == "）" || $0 == ")" || $0 == "】" }),
            close > 1,
            !scalars[1..<close].contains(where: { "，。；,;".unicodeScalars.contains($0) })
        else { return nil }
        return SectionTitle(
            title: String(scalars: scalars[1..<close]), form: .heading, body: TextCleaner.clean(scalars[(close + 1)...])
        )
    }

    /// "开展虚假登记；", "经广东省科学技术厅认定的高新技术企业": one sentence as a list
    /// holds it, ended by a stop or too long to head a part.
    static func isListSentence(_ rest: String) -> Bool {
        let scalars = Array(rest.unicodeScalars)
        return scalars.count > maximumListHeading || scalars.last.map({ "。；;，,、".unicodeScalars.contains($0) }) == true
    }

    /// "元旦：1月1日……" → "元旦"; nil when the colon is far, ends the line, or follows a clause.
    private static func label(in scalars: [Unicode.Scalar]) -> SectionTitle? {
        guard let colon = scalars.prefix(maximumLabel + 1).firstIndex(where: { $0 == "：" || $0 == ":" }), colon > 0,
            colon + 1 < scalars.count,
            !scalars[..<colon].contains(where: { "，。；,;（(".unicodeScalars.contains($0) })
        else { return nil }
        let body = TextCleaner.clean(scalars[(colon + 1)...])
        guard !body.isEmpty else { return nil }
        return SectionTitle(title: String(scalars: scalars[..<colon]), form: .label, body: body)
    }

    /// A first sentence that reads as a heading. `followed`: more of the item comes after it on
    /// the line; a sentence with a comma is only a heading then.
    static func isHeading(_ sentence: [Unicode.Scalar], followed: Bool) -> Bool {
        guard !sentence.isEmpty, !opensCondition(sentence), !hasDigitOutsideBrackets(sentence) else { return false }
        let hasClause = sentence.contains { "，,；;：:".unicodeScalars.contains($0) }
        guard hasClause else { return true }
        guard followed, sentence.count <= maximumCommaHeading,
            !sentence.contains(where: { "；;：:".unicodeScalars.contains($0) })
        else { return false }
        // "……的，给予……": a condition, then what follows from it.
        return !zip(sentence, sentence.dropFirst()).contains { $0 == "的" && ($1 == "，" || $1 == ",") }
    }

    /// "动员部署阶段（2025年3月至4月）" may be a heading; "新增就业6840人" states a figure.
    static func hasDigitOutsideBrackets(_ scalars: [Unicode.Scalar]) -> Bool {
        Brackets.outside(scalars).contains { NumeralReader.digit($0) != nil }
    }

    static func opensCondition(_ scalars: [Unicode.Scalar]) -> Bool {
        if conditionOpeners.contains(where: { ScalarMatch.matches(Array($0.unicodeScalars), in: scalars, at: 0) }) {
            return true
        }
        // "自本通告发布之日起，……": from a time on; "自主就业" is a heading.
        return scalars.first == "自" && scalars.prefix(24).contains("起")
    }

    /// A title as it reads: without a final stop, and without the spaces that spread a short
    /// title over its line ("总　则" → "总则").
    static func withoutFinalStop(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        while let last = scalars.last, "。；;：:".unicodeScalars.contains(last) { scalars.removeLast() }
        let words = scalars.split(whereSeparator: { $0 == " " || TextCleaner.isBlank($0) })
        if words.count > 1, words.count <= 4,
            words.allSatisfy({ $0.count == 1 && TextCleaner.isCJK($0[$0.startIndex]) })
        {
            return String(scalars: words.joined())
        }
        return String(scalars: scalars)
    }
}
