/// The labelled header that newspaper corpora put above each article, one field a line, each
/// label in lenticular brackets and spaced out, the body after the 正文 line:
///
///     【 日  期 】19960227
///     【 版  号 】10
///     【 标  题 】火车票调价以后
///     【 作  者 】某某
///     【 正  文 】
///         自去年10月1日起，……
///
/// The fields become the same names the front matter gives (`title`, `date`, `author`,
/// `source`); a date written as eight digits is given its dashes.
enum BracketHeader {
    /// The header's fields may start at most this many lines down.
    static let maximumLines = 12

    private static let fieldNames: [String: String] = [
        "日期": "date", "标题": "title", "题目": "title", "作者": "author", "来源": "source", "出处": "source",
        "版号": "page", "版次": "page", "栏目": "column", "正文": "body",
    ]

    /// The fields and the text after the 正文 line, or nil when the text opens with no such header.
    static func split(_ text: String) -> (fields: [String: String], body: String)? {
        guard text.unicodeScalars.prefix(200).contains("【") else { return nil }
        let text = text.contains("\r\n") ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
        var lines = text.split(separator: "\n", maxSplits: maximumLines + 1, omittingEmptySubsequences: false)
        var fields: [String: String] = [:]
        var bodyStart: Int?
        // Indented lines under a field continue it ("【 标  题 】" with its subtitle lines); they open the body.
        var continued: [Substring] = []
        for (index, line) in lines.prefix(maximumLines).enumerated() {
            guard let (name, value) = field(in: line) else {
                if fields.isEmpty, line.trimmingBlanks().isEmpty { continue }
                if !fields.isEmpty, let first = line.unicodeScalars.first, TextCleaner.isBlank(first),
                    !line.trimmingBlanks().isEmpty
                {
                    continued.append(line.trimmingBlanks())
                    continue
                }
                return nil
            }
            if name == "body" {
                // The body may begin on the 正文 line itself.
                if value.isEmpty {
                    bodyStart = index + 1
                } else {
                    lines[index] = Substring(value)
                    bodyStart = index
                }
                break
            }
            if !value.isEmpty, fields[name] == nil { fields[name] = value }
        }
        guard let bodyStart, !fields.isEmpty else { return nil }
        if let date = fields["date"], date.count == 8, date.allSatisfy(\.isASCII), date.allSatisfy(\.isNumber) {
            fields["date"] = "\(date.prefix(4))-\(date.dropFirst(4).prefix(2))-\(date.suffix(2))"
        }
        let body = lines[min(bodyStart, lines.count)...].joined(separator: "\n")
        return (fields, continued.isEmpty ? body : continued.joined() + "\n\n" + body)
    }

    /// "【 标  题 】火车票调价以后" → ("title", "火车票调价以后"). A stray character or two before the
    /// bracket (a broken byte-order mark) is stepped over.
    private static func field(in line: Substring) -> (name: String, value: String)? {
        guard let open = line.firstIndex(of: "【"), line.distance(from: line.startIndex, to: open) <= 2,
            let close = line[open...].firstIndex(of: "】")
        else { return nil }
        let label = String(line[line.index(after: open)..<close].unicodeScalars.filter { !TextCleaner.isBlank($0) })
        guard let name = fieldNames[label] else { return nil }
        return (name, String(line[line.index(after: close)...].trimmingBlanks()))
    }
}
