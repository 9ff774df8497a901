/// What an HTML page says about itself outside its article: `<meta>` tags, the canonical
/// link, and byline lines printed between the title and the article.
public struct PageHints: Sendable, Equatable {
    /// At most this many lines before the article are kept as possible bylines.
    static let maximumBylines = 12
    /// Nodes before the title and after the article searched for bylines.
    static let nearbyNodes = 400

    /// `<meta>` tags by `name` or `property`, first one wins.
    public var meta: [String: String] = [:]
    public var canonicalURL: String?
    public var bylines: [String] = []
    /// The last lines before the title (or the article): open-government pages list their
    /// fields there ("发布日期：…", "发文字号：…"), news pages their time and source.
    public var preamble: [String] = []
    /// The first lines after the article: some pages print the byline under it.
    public var postamble: [String] = []

    public init() {}

    init(tree: HTMLTree) {
        for (index, node) in tree.nodes.enumerated() where !node.isText {
            if let property = node.attribute("itemprop"), property.lowercased() == "datepublished", meta["itemprop:datePublished"] == nil {
                meta["itemprop:datePublished"] = node.attribute("content") ?? node.attribute("datetime") ?? text(of: index, in: tree)
            }
            switch node.name {
            case "meta":
                if let key = node.attribute("name") ?? node.attribute("property"), let content = node.attribute("content"), meta[key] == nil {
                    meta[key] = TextCleaner.clean(content.unicodeScalars)
                }
            case "time":
                // The first <time> of a page (its datetime, else its text) dates it when nothing else does.
                if meta["time:datetime"] == nil {
                    let value = node.attribute("datetime") ?? text(of: index, in: tree)
                    if !value.isEmpty { meta["time:datetime"] = value }
                }
            case "link":
                if canonicalURL == nil, node.attribute("rel")?.lowercased() == "canonical", let href = node.attribute("href"), !href.isEmpty {
                    canonicalURL = href
                }
            default:
                continue
            }
        }
    }

    /// The text under an element, for short elements (a date in a `<time>` or `<span>`).
    private func text(of index: Int, in tree: HTMLTree) -> String {
        var text = ""
        for inner in (index + 1)..<min(tree.nodes[index].end, index + 16) where tree.nodes[inner].isText { text += tree.nodes[inner].text }
        return TextCleaner.clean(text.unicodeScalars)
    }

    /// The `datePublished` of a page's JSON-LD (`"datePublished": "2024-05-10T08:00:00+08:00"`),
    /// read from the bytes since scripts are no part of the tree's text.
    static func jsonLDPublished(in bytes: [UInt8]) -> String? {
        let key = Array("\"datePublished\"".utf8)
        guard bytes.count > key.count else { return nil }
        var index = 0
        while index + key.count < bytes.count {
            defer { index += 1 }
            guard bytes[index] == key[0], bytes[index..<(index + key.count)].elementsEqual(key) else { continue }
            var cursor = index + key.count
            while cursor < bytes.count, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 || bytes[cursor] == UInt8(ascii: ":") { cursor += 1 }
            guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "\"") else { continue }
            let start = cursor + 1
            var end = start
            while end < bytes.count, end - start < 40, bytes[end] != UInt8(ascii: "\"") { end += 1 }
            guard end < bytes.count, bytes[end] == UInt8(ascii: "\""), end > start else { continue }
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
        return nil
    }

    /// The publication time a WeChat article keeps only in its script, `var ct = "1744246800"`
    /// (seconds since 1970), as ISO 8601 in Beijing time; nil when the page has none.
    static func scriptTime(in bytes: [UInt8]) -> String? {
        let marker = Array("var ct".utf8)
        guard bytes.count > marker.count else { return nil }
        var index = 0
        while index + marker.count < bytes.count {
            defer { index += 1 }
            guard bytes[index] == marker[0], Array(bytes[index..<(index + marker.count)]) == marker else { continue }
            var cursor = index + marker.count
            func skipBlanks() { while cursor < bytes.count, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 { cursor += 1 } }
            skipBlanks()
            guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "=") else { continue }
            cursor += 1
            skipBlanks()
            if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "\"") || bytes[cursor] == UInt8(ascii: "'") { cursor += 1 }
            var seconds = 0
            var digits = 0
            while cursor < bytes.count, bytes[cursor] >= 0x30, bytes[cursor] <= 0x39, digits < 11 {
                seconds = seconds * 10 + Int(bytes[cursor] - 0x30)
                cursor += 1
                digits += 1
            }
            guard digits == 10 else { continue }
            return beijingTime(seconds)
        }
        return nil
    }

    /// Seconds since 1970 as "YYYY-MM-DDTHH:MM:SS+08:00".
    static func beijingTime(_ seconds: Int) -> String {
        let local = seconds + 8 * 3600
        let days = local / 86400, rest = local % 86400
        // Days to a civil date (proleptic Gregorian).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))T\(two(rest / 3600)):\(two(rest % 3600 / 60)):\(two(rest % 60))+08:00"
    }
}
