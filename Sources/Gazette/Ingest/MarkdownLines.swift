/// What one Markdown line is by its marks: a quote, a fence, a heading or its underline, a
/// rule, a table's delimiter row or cells, a link definition, a list item.
extension MarkdownBlocks {

    /// The line inside block-quote marks ("> > 原文" → "原文").
    static func withoutQuoteMarks(_ line: Substring) -> Substring {
        let bytes = line.utf8
        var start = bytes.startIndex
        while true {
            var cursor = start
            var spaces = 0
            while cursor < bytes.endIndex, bytes[cursor] == UInt8(ascii: " "), spaces <= 3 {
                cursor = bytes.index(after: cursor)
                spaces += 1
            }
            guard spaces <= 3, cursor < bytes.endIndex, bytes[cursor] == UInt8(ascii: ">") else {
                return line[start...]
            }
            cursor = bytes.index(after: cursor)
            if cursor < bytes.endIndex, bytes[cursor] == UInt8(ascii: " ") { cursor = bytes.index(after: cursor) }
            start = cursor
        }
    }

    /// "```" or "~~~" (three or more) opening a code block: the run that closes it.
    static func fence(_ line: Substring) -> String? {
        for mark: Character in ["`", "~"] {
            let run = line.prefix { $0 == mark }.count
            if run >= 3 { return String(repeating: mark, count: run) }
        }
        return nil
    }

    /// "## 一、总体要求 ##" → (2, "一、总体要求").
    static func atxHeading(_ line: Substring) -> (Int, String)? {
        let level = line.prefix { $0 == "#" }.count
        guard (1...6).contains(level) else { return nil }
        var rest = line.dropFirst(level)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        rest = rest.drop { $0 == " " || $0 == "\t" }
        // A closing run of #s after a space goes.
        let trailing = rest.reversed().prefix { $0 == "#" }.count
        if trailing > 0, trailing < rest.count, rest.dropLast(trailing).last == " " { rest = rest.dropLast(trailing) }
        return (level, String(rest))
    }

    /// "===" under a paragraph makes it a first-level heading, "---" a second-level one.
    static func setextLevel(_ line: Substring) -> Int? {
        let text = line.trimmingSuffix { $0 == " " || $0 == "\t" }
        guard let first = text.first, first == "=" || first == "-", text.allSatisfy({ $0 == first }) else {
            return nil
        }
        return first == "=" ? 1 : 2
    }

    /// The line over "===" or "---" when that makes it a heading: a short line that ends no
    /// sentence. A paragraph a converter closed with a rule ("……予以通报。" / "---") keeps its
    /// place in the text, and the rule goes.
    static func readsAsUnderlinedHeading(_ line: String) -> Bool {
        let text = MarkdownInline(line).string
        guard let last = text.unicodeScalars.last, text.unicodeScalars.count <= 64 else { return false }
        return !"。！？；!?;，,".unicodeScalars.contains(last)
    }

    /// "---", "* * *", "___": a rule between parts.
    static func isThematicBreak(_ line: Substring) -> Bool {
        let marks = line.filter { $0 != " " && $0 != "\t" }
        guard let first = marks.first, "-*_".contains(first), marks.count >= 3 else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// "| --- | :---: |": the row under a table's header; the number of columns it has.
    static func delimiterColumns(_ line: Substring) -> Int? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard trimmed.contains("-"), trimmed.contains("|") || trimmed.contains(":") || trimmed.count >= 3 else {
            return nil
        }
        let cells = cells(of: trimmed)
        guard !cells.isEmpty,
            cells.allSatisfy({ cell in
                let core = cell.drop { $0 == ":" }.trimmingSuffix { $0 == ":" }
                return !core.isEmpty && core.allSatisfy { $0 == "-" }
            })
        else { return nil }
        return cells.count
    }

    /// The cells of a table row, split at "|" not escaped, the outer bars dropped.
    static func cells(of line: Substring) -> [String] {
        var row = String(line.trimmingSuffix { $0 == " " || $0 == "\t" })
        if row.hasPrefix("|") { row.removeFirst() }
        if row.hasSuffix("|"), !row.hasSuffix("\\|") { row.removeLast() }
        var cells: [String] = []
        var cell = ""
        var escaped = false
        for character in row {
            if escaped {
                cell.append(character == "|" ? "|" : "\\")
                if character != "|" { cell.append(character) }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(TextCleaner.clean(cell))
                cell = ""
            } else {
                cell.append(character)
            }
        }
        cells.append(TextCleaner.clean(cell))
        return cells
    }

    /// "[1]: https://…" (a reference link's address) — no text.
    static func isLinkDefinition(_ line: Substring) -> Bool {
        guard line.first == "[", !line.hasPrefix("[^"), let close = line.firstIndex(of: "]") else { return false }
        let after = line[line.index(after: close)...]
        return after.first == ":" && after.dropFirst().drop { $0 == " " }.first.map { !$0.isWhitespace } == true
    }

    /// A list item's text: the bullet ("- ", "* ", "+ ") dropped, an ordered item's number
    /// ("1. ", "2) ") kept, as the announcement numbers its points with it. "[^1]: …", a
    /// footnote, reads as its text.
    static func listItem(_ line: Substring) -> String? {
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
            let rest = line.dropFirst(2).drop { $0 == " " }
            // "- [ ] 待办" / "- [x] 已办": a task's box.
            if rest.hasPrefix("[ ] ") || rest.hasPrefix("[x] ") || rest.hasPrefix("[X] ") {
                return String(rest.dropFirst(4))
            }
            return String(rest)
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if (1...9).contains(digits.count) {
            let rest = line.dropFirst(digits.count)
            if let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " {
                return String(line)
            }
        }
        if line.hasPrefix("[^"), let close = line.firstIndex(of: "]"), line[line.index(after: close)...].first == ":" {
            return String(line[line.index(close, offsetBy: 2)...].drop { $0 == " " })
        }
        return nil
    }
}

extension Block.Kind {
    var isHeading: Bool {
        if case .heading = self { return true }
        return false
    }
}

extension Substring {
    fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[startIndex..<end]
    }
}
