/// Finds the charset an HTML page declares, in `<meta charset>`, `http-equiv` content or an
/// XML declaration, by scanning the first bytes as ASCII (the declaration is ASCII in every
/// encoding Gazette reads).
enum CharsetSniffer {
    /// How far into the page a declaration is looked for; pages put it after long `<title>`s.
    static let window = 8192

    static func declaredCharset(in bytes: [UInt8]) -> String? {
        let head = bytes.prefix(window).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        for needle in [Array("charset".utf8), Array("encoding".utf8)] {
            var from = head.startIndex
            while let hit = find(needle, in: head, from: from) {
                if let value = value(after: hit + needle.count, in: head) { return value }
                from = hit + 1
            }
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0], haystack[index..<index + needle.count].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Reads `= "name"` (spaces and quotes optional) at `index`.
    private static func value(after index: Int, in head: [UInt8]) -> String? {
        var cursor = index
        func skip(_ set: Set<UInt8>) { while cursor < head.count, set.contains(head[cursor]) { cursor += 1 } }
        skip([0x20, 0x09, 0x0A, 0x0D])
        guard cursor < head.count, head[cursor] == UInt8(ascii: "=") else { return nil }
        cursor += 1
        skip([0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "\""), UInt8(ascii: "'")])
        let start = cursor
        while cursor < head.count, isNameByte(head[cursor]) { cursor += 1 }
        guard cursor > start else { return nil }
        return String(decoding: head[start..<cursor], as: UTF8.self)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "_")
    }
}
