/// Tells Markdown from plain text when a file's name does not: a text is Markdown when a line
/// is an ATX heading ("## 一、总体要求") and the text shows one more mark of Markdown — a second
/// heading, a link or image ("](…)"), bold text, or a table's delimiter row. A single "#话题#"
/// line or a lone "# 标题" above plain paragraphs stays text.
enum MarkdownSniffer {
    static func looksLikeMarkdown(_ head: String) -> Bool {
        var headings = 0
        var marks = 0
        for line in TextLines.lines(of: head).prefix(200) {
            let trimmed = line.drop { $0 == " " }
            if MarkdownBlocks.atxHeading(trimmed) != nil, trimmed.count > trimmed.prefix(while: { $0 == "#" }).count + 1
            {
                headings += 1
            }
            if line.contains("](") || line.contains("**") || MarkdownBlocks.delimiterColumns(line) != nil {
                marks += 1
            }
        }
        return headings >= 2 || (headings == 1 && marks >= 1)
    }
}
