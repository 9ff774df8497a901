/// An article a page keeps inside a `<textarea>` for a script to show (old publishing systems
/// put the text there, as markup or as escaped markup): read only when nothing else on the
/// page holds an article.
enum TextareaArticle {
    /// The markup inside the page's largest `<textarea>`, entities of escaped markup decoded;
    /// nil when the page has none holding at least `minimumBytes`.
    static func markup(in bytes: [UInt8], minimumBytes: Int = 60) -> [UInt8]? {
        let open = Array("<textarea".utf8)
        let close = Array("</textarea".utf8)
        var best: Range<Int>?
        bytes.withUnsafeBufferPointer { buffer in
            func matches(_ word: [UInt8], at index: Int) -> Bool {
                guard index + word.count <= buffer.count else { return false }
                for offset in word.indices where buffer[index + offset] | 0x20 != word[offset] | 0x20 { return false }
                return true
            }
            var index = 0
            while index < buffer.count {
                guard buffer[index] == UInt8(ascii: "<"), matches(open, at: index) else {
                    index += 1
                    continue
                }
                var start = index + open.count
                while start < buffer.count, buffer[start] != UInt8(ascii: ">") { start += 1 }
                start += 1
                var end = start
                while end < buffer.count, !(buffer[end] == UInt8(ascii: "<") && matches(close, at: end)) { end += 1 }
                if start < end, end - start >= minimumBytes, end - start > (best?.count ?? 0) { best = start..<end }
                index = end
            }
        }
        guard let best else { return nil }
        return unescaped(Array(bytes[best]))
    }

    /// `&lt;p&gt;` → `<p>`: the entities that escape markup, `&amp;` last so that an escaped
    /// entity stays one.
    static func unescaped(_ bytes: [UInt8]) -> [UInt8] {
        let entities: [(String, UInt8)] = [
            ("&lt;", UInt8(ascii: "<")), ("&gt;", UInt8(ascii: ">")), ("&quot;", UInt8(ascii: "\"")),
            ("&#39;", UInt8(ascii: "'")), ("&amp;", UInt8(ascii: "&")),
        ]
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        outer: while index < bytes.count {
            if bytes[index] == UInt8(ascii: "&") {
                for (entity, byte) in entities {
                    let name = Array(entity.utf8)
                    if index + name.count <= bytes.count, Array(bytes[index..<(index + name.count)]) == name {
                        result.append(byte)
                        index += name.count
                        continue outer
                    }
                }
            }
            result.append(bytes[index])
            index += 1
        }
        return result
    }
}
