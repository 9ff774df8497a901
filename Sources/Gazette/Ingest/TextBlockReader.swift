/// Splits plain text into blocks: one block per non-empty line, whether paragraphs are
/// separated by blank lines or by single newlines. Handles `\n`, `\r\n` and `\r`. Text
/// wrapped at a fixed width has its paragraphs joined first (`HardWrappedText`); Markdown's
/// heading marks and comment lines, which texts collected from Markdown keep, are dropped.
enum TextBlockReader {
    static func blocks(from text: String) -> [Block] {
        let lines = TextLines.lines(of: text).map(\.unicodeScalars)
        return HardWrappedText.unwrap(lines).compactMap { line in
            let cleaned = withoutHeadingMarks(TextCleaner.clean(line))
            return cleaned.isEmpty || isComment(cleaned) ? nil : Block(cleaned)
        }
    }

    /// "## 第一章 总则" → "第一章 总则": the marks of a Markdown heading, as texts collected from
    /// Markdown sources keep them. A line of "#" alone, or "#话题#", is left as it is.
    static func withoutHeadingMarks(_ line: String) -> String {
        guard line.utf8.first == UInt8(ascii: "#") else { return line }
        let marks = line.utf8.prefix { $0 == UInt8(ascii: "#") }.count
        let rest = line.utf8.dropFirst(marks)
        guard marks <= 6, rest.first == UInt8(ascii: " "), rest.count > 1 else { return line }
        return TextCleaner.clean(String(Substring(rest)))
    }

    /// "<!-- INFO END -->": a comment line, no text of the document.
    static func isComment(_ line: String) -> Bool {
        line.hasPrefix("<!--") && line.hasSuffix("-->")
    }
}
