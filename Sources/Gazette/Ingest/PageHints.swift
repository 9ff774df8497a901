/// What an HTML page says about itself outside its article: `<meta>` tags, the canonical
/// link, and byline lines printed between the title and the article.
package struct PageHints: Sendable, Equatable {
    /// At most this many lines before the article are kept as possible bylines.
    static let maximumBylines = 12
    /// Nodes before the title and after the article searched for bylines.
    static let nearbyNodes = 400

    /// `<meta>` tags by `name` or `property`, first one wins.
    package var meta: [String: String] = [:]
    package var canonicalURL: String?
    package var bylines: [String] = []
    /// The last lines before the title (or the article): open-government pages list their
    /// fields there ("发布日期：…", "发文字号：…"), news pages their time and source.
    package var preamble: [String] = []
    /// The first lines after the article: some pages print the byline under it.
    package var postamble: [String] = []

    package init() {}

    /// Labels that introduce a publication time wherever a page prints it.
    static let publishedLabels = PhraseSet(["发布时间", "发布日期", "发表时间", "发表日期", "发布于", "发表于", "更新时间", "时间：", "日期："])

    init(tree: HTMLTree) {
        // A labelled publication time anywhere on the page ("发布时间：" and its date, which may
        // stand in the next element), read when nothing nearer the article dates it.
        for index in tree.nodes.indices where tree.nodes[index].isText {
            let text = tree.nodes[index].text
            guard text.utf8.count <= 240, PageHints.publishedLabels.occurs(in: text) else { continue }
            var line = text
            var next = index + 1
            while next < min(tree.nodes.count, index + 8), line.unicodeScalars.count < 60 {
                if tree.nodes[next].isText { line += " " + tree.nodes[next].text }
                next += 1
            }
            let cleaned = TextCleaner.clean(line.unicodeScalars)
            if let value = BylineFields.fields(in: cleaned).first(where: { $0.0 == .published })?.1,
                Timestamp.iso(from: value) != nil
            {
                meta["labelled:published"] = value
                break
            } else if let stamp = Timestamp.iso(from: cleaned), stamp.includes("T"),
                ["发布于", "发表于", "更新时间"].contains(where: { cleaned.includes($0) })
            {
                meta["labelled:published"] = stamp
                break
            }
        }
        for (index, node) in tree.nodes.enumerated() where !node.isText {
            if let property = node.attribute("itemprop"), property.lowercased() == "datepublished",
                meta["itemprop:datePublished"] == nil
            {
                meta["itemprop:datePublished"] =
                    node.attribute("content") ?? node.attribute("datetime") ?? text(of: index, in: tree)
            }
            switch node.name {
            case "meta":
                if let key = node.attribute("name") ?? node.attribute("property"),
                    let content = node.attribute("content"), meta[key] == nil
                {
                    meta[key] = TextCleaner.clean(content.unicodeScalars)
                }
            case "time":
                // The first <time> of a page (its datetime, else its text) dates it when nothing else does.
                if meta["time:datetime"] == nil {
                    let value = node.attribute("datetime") ?? text(of: index, in: tree)
                    if !value.isEmpty { meta["time:datetime"] = value }
                }
            case "link":
                if canonicalURL == nil, node.attribute("rel")?.lowercased() == "canonical",
                    let href = node.attribute("href"), !href.isEmpty
                {
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
        for inner in (index + 1)..<min(tree.nodes[index].end, index + 16) where tree.nodes[inner].isText {
            text += tree.nodes[inner].text
        }
        return TextCleaner.clean(text.unicodeScalars)
    }

    /// Keys under which pages' scripts keep the publication time: JSON-LD's `datePublished`
    /// first, then the configuration objects of common publishing systems
    /// (`pubtime:'2014-01-04 08:07'`, `var pubdata='2017年07月10日'`, `"newsTime":"…"`).
    static let scriptDateKeys = [
        "datePublished", "pubtime", "pubTime", "publishTime", "publish_time", "pubdata", "pubDate", "newsTime",
    ]

    static let scriptDateKeyBytes = scriptDateKeys.map { Array($0.utf8) }

    /// The first two bytes of each key, as `first << 8 | second`: only where both match is a
    /// key compared.
    static let scriptDateKeyOpenings: [Bool] = {
        var opens = [Bool](repeating: false, count: 1 << 16)
        for key in scriptDateKeyBytes { opens[Int(key[0]) << 8 | Int(key[1])] = true }
        return opens
    }()

    /// The first value a page's scripts give under one of `scriptDateKeys`, by key, read from
    /// the bytes since scripts are no part of the tree's text: `"key": "…"`, `key: '…'`, `key = "…"`.
    /// One pass over the bytes; only positions whose byte opens a key are compared.
    static func scriptDates(in bytes: [UInt8]) -> [String: String] {
        let keys = scriptDateKeyBytes
        let opens = scriptDateKeyOpenings
        var values = [String?](repeating: nil, count: keys.count)
        var left = keys.count
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index + 1 < buffer.count, left > 0 {
                defer { index += 1 }
                guard opens[Int(buffer[index]) << 8 | Int(buffer[index + 1])],
                    index == 0 || !isNameByte(buffer[index - 1])
                else { continue }
                for (number, key) in keys.enumerated() where values[number] == nil && index + key.count < buffer.count {
                    var offset = 1
                    while offset < key.count, buffer[index + offset] == key[offset] { offset += 1 }
                    guard offset == key.count, !isNameByte(buffer[index + key.count]) else { continue }
                    if let value = quotedValue(in: buffer, after: index + key.count) {
                        values[number] = value
                        left -= 1
                    }
                }
            }
        }
        var found: [String: String] = [:]
        for (number, value) in values.enumerated() { if let value { found[scriptDateKeys[number]] = value } }
        return found
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == UInt8(ascii: "_")
    }

    /// `": "value"`, `: 'value'`, `= "value"` after a key (a closing quote of the key first).
    private static func quotedValue(in bytes: UnsafeBufferPointer<UInt8>, after start: Int) -> String? {
        var cursor = start
        if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "\"") || bytes[cursor] == UInt8(ascii: "'") {
            cursor += 1
        }
        while cursor < bytes.count, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 { cursor += 1 }
        guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: ":") || bytes[cursor] == UInt8(ascii: "=") else {
            return nil
        }
        cursor += 1
        while cursor < bytes.count, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 { cursor += 1 }
        guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "\"") || bytes[cursor] == UInt8(ascii: "'") else {
            return nil
        }
        let quote = bytes[cursor]
        let valueStart = cursor + 1
        var end = valueStart
        while end < bytes.count, end - valueStart < 40, bytes[end] != quote { end += 1 }
        guard end < bytes.count, bytes[end] == quote, end > valueStart else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<end]), as: UTF8.self)
    }

    /// The publication time a WeChat article keeps only in its script, `var ct = "1744246800"`
    /// (seconds since 1970), as ISO 8601 in Beijing time; nil when the page has none.
    static func scriptTime(in bytes: [UInt8]) -> String? {
        let marker = Array("var ct".utf8)
        guard bytes.count > marker.count else { return nil }
        // Where the marker stands, if anywhere: found over the buffer, as this reads every byte.
        let found: [Int] = bytes.withUnsafeBufferPointer { buffer in
            var hits: [Int] = []
            var index = 0
            while index + marker.count < buffer.count {
                if buffer[index] == 0x76, buffer[index + 1] == 0x61, buffer[index + 2] == 0x72,
                    buffer[index + 3] == 0x20,
                    buffer[index + 4] == 0x63, buffer[index + 5] == 0x74
                {
                    hits.append(index)
                }
                index += 1
            }
            return hits
        }
        for index in found {
            var cursor = index + marker.count
            func skipBlanks() {
                while cursor < bytes.count, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 { cursor += 1 }
            }
            skipBlanks()
            guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "=") else { continue }
            cursor += 1
            skipBlanks()
            if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "\"") || bytes[cursor] == UInt8(ascii: "'") {
                cursor += 1
            }
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
        let days = local / 86400
        let rest = local % 86400
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
