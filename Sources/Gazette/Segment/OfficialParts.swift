/// The parts of an official document before its numbered text: a title printed over two
/// lines and the addressee line. (What follows the text: `Attachments`, `DocumentEnding`.)
enum OfficialParts {
    /// Words an official document's title ends with, naming its kind.
    static let documentKinds = [
        "通知", "意见", "实施意见", "指导意见", "决定", "办法", "规定", "条例", "方案", "报告", "公报", "批复", "通报", "通告", "公告", "细则",
        "规划", "纲要", "计划", "要点", "指引", "指南", "措施", "规则", "复函", "函", "命令", "决议", "纪要", "守则", "章程", "制度", "清单",
    ]

    /// True when `first` and `second`, the first two lines, are one title printed over two
    /// lines: "澜江省人民政府办公厅关于进一步稳定和扩大" / "就业若干措施的通知".
    static func continuesTitle(_ first: String, _ second: String) -> Bool {
        let count = second.unicodeScalars.count
        guard count >= 2, count <= 40, !endsWithKind(first), endsWithKind(second),
            first.includes("关于") || second.count < first.count,
            SectionMarker.read(second) == nil,
            !second.unicodeScalars.contains(where: { "，。；：,;:（(".unicodeScalars.contains($0) })
        else { return false }
        return true
    }

    static func endsWithKind(_ line: String) -> Bool {
        let trimmed = line.hasSuffix("）") || line.hasSuffix(")") ? String(line.prefix { $0 != "（" && $0 != "(" }) : line
        return documentKinds.contains { trimmed.endsWith($0) }
    }

    /// Endings of the addressees an official document names ("各市人民政府", "省政府各部门").
    static let addresseeEndings =
        UnitNames.endings + [
            "部门", "机构", "单位", "政府", "企业", "代表", "同志", "委员", "成员", "组织", "学校", "医院", "党组", "党委", "省", "州", "盟", "旗",
            "团体", "兵团", "海关",
        ]

    /// "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", "各位代表：": a line that names
    /// whom the document addresses and ends with a colon.
    static func isAddressee(_ line: String) -> Bool {
        let scalars = Array(line.unicodeScalars)
        guard let last = scalars.last, last == "：" || last == ":", scalars.count >= 3, scalars.count <= 400,
            !scalars.contains(where: { "。！？；".unicodeScalars.contains($0) })
        else { return false }
        let body = String(scalars: scalars.dropLast())
        if ["各位", "同志们", "尊敬的"].contains(where: { body.startsWith($0) }) { return scalars.count <= 30 }
        // "……市场监管局（厅、委）": what brackets add to a name is no name of its own.
        let parts = String(scalars: Brackets.outside(body.unicodeScalars)).split(whereSeparator: {
            $0 == "，" || $0 == "、" || $0 == ","
        }).map(String.init)
        func named(_ part: String) -> Bool { addresseeEndings.contains { part.endsWith($0) } }
        let count = parts.filter(named).count
        // A long list may name places before the unit they share ("天津、石家庄、……海关"):
        // half its parts, and its last, end like units.
        let longList = parts.count >= 4 && count * 2 >= parts.count && parts.last.map(named) == true
        return !parts.isEmpty && (count == parts.count || longList) && (body.startsWith("各") || parts.count > 1)
            && !["如下", "通知", "要求", "条件", "意见"].contains(where: { body.endsWith($0) })
    }
}
