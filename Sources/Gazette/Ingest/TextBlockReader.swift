/// Splits plain text into blocks: one block per non-empty line, whether paragraphs are
/// separated by blank lines or by single newlines. Handles `\n`, `\r\n` and `\r`.
enum TextBlockReader {
    static func blocks(from text: String) -> [Block] {
        var blocks: [Block] = []
        var line = String.UnicodeScalarView()
        var previousWasCR = false
        func flush() {
            let cleaned = TextCleaner.clean(line)
            if !cleaned.isEmpty { blocks.append(Block(cleaned)) }
            line = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\r":
                flush()
                previousWasCR = true
                continue
            case "\n", "\u{2028}", "\u{2029}", "\u{0B}", "\u{0C}":
                if !previousWasCR { flush() }
            default:
                line.append(scalar)
            }
            previousWasCR = false
        }
        flush()
        return blocks
    }
}
