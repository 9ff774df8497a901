/// Splits plain text into blocks: one block per non-empty line, whether paragraphs are
/// separated by blank lines or by single newlines. Handles `\n`, `\r\n` and `\r`. Text
/// wrapped at a fixed width has its paragraphs joined first (`HardWrappedText`).
enum TextBlockReader {
    static func blocks(from text: String) -> [Block] {
        var lines: [Substring.UnicodeScalarView] = []
        let scalars = text.unicodeScalars
        var lineStart = scalars.startIndex
        var index = scalars.startIndex
        // Lines are slices of the text: each becomes a string once, by copying its bytes.
        func flush(upTo end: String.Index) {
            lines.append(Substring(text).unicodeScalars[lineStart..<end])
        }
        var previousWasCR = false
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            switch scalar {
            case "\r":
                flush(upTo: index)
                lineStart = next
                previousWasCR = true
                index = next
                continue
            case "\n", "\u{2028}", "\u{2029}", "\u{0B}", "\u{0C}":
                if !previousWasCR { flush(upTo: index) }
                lineStart = next
            default:
                break
            }
            previousWasCR = false
            index = next
        }
        flush(upTo: scalars.endIndex)
        return HardWrappedText.unwrap(lines).compactMap { line in
            let cleaned = TextCleaner.clean(line)
            return cleaned.isEmpty ? nil : Block(cleaned)
        }
    }
}
