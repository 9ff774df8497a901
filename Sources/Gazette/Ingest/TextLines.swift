/// The lines of a text, split at `\n`, `\r\n`, `\r` and the other line and paragraph breaks
/// (U+2028, U+2029, vertical tab, form feed). Each line is a slice of the text: nothing is copied.
enum TextLines {
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let scalars = text.unicodeScalars
        var lineStart = scalars.startIndex
        var index = scalars.startIndex
        var previousWasCR = false
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            switch scalar {
            case "\r":
                lines.append(text[lineStart..<index])
                lineStart = next
                previousWasCR = true
                index = next
                continue
            case "\n", "\u{2028}", "\u{2029}", "\u{0B}", "\u{0C}":
                if !previousWasCR { lines.append(text[lineStart..<index]) }
                lineStart = next
            default:
                break
            }
            previousWasCR = false
            index = next
        }
        lines.append(text[lineStart...])
        return lines
    }
}
