/// Plain text wrapped at a fixed width, as mail, bulletin boards and text exported from PDF
/// print it: a paragraph runs over lines that each fill the width, and a new paragraph opens
/// with an indent. Such lines are joined back into paragraphs before blocks are made.
enum HardWrappedText {
    /// Display columns of the widest lines a wrapped text must have.
    static let minimumWidth = 40
    /// Full lines (that reach the wrap width without ending a sentence) a wrapped text has at least.
    static let minimumFullLines = 5

    /// The lines with wrapped paragraphs joined; `lines` unchanged when the text is not wrapped.
    static func unwrap(_ lines: [Substring.UnicodeScalarView]) -> [String] {
        let widths = lines.map(width)
        guard let wrap = wrapWidth(widths) else { return lines.map { String($0) } }
        let margin = self.margin(lines, widths: widths, wrap: wrap)
        var out: [String] = []
        var current = ""
        var currentFull = false
        for (line, lineWidth) in zip(lines, widths) {
            let text = String(line)
            let blank = lineWidth == 0
            if currentFull, !blank, indent(line) <= margin, SectionMarkerStart.opens(line) == false {
                current += joiner(current, text) + trimmedLeading(text)
            } else {
                if !current.isEmpty || currentFull { out.append(current) }
                current = text
            }
            currentFull = !blank && lineWidth >= wrap - 4
        }
        out.append(current)
        return out
    }

    /// The width the text is wrapped at, or nil when it is not wrapped: enough lines reach
    /// nearly the same width without ending a sentence there.
    static func wrapWidth(_ widths: [Int]) -> Int? {
        let long = widths.filter { $0 >= minimumWidth }.sorted()
        guard long.count >= minimumFullLines else { return nil }
        let wrap = long[long.count * 9 / 10]
        let full = widths.filter { $0 >= wrap - 4 && $0 <= wrap }.count
        let nonEmpty = widths.filter { $0 > 0 }.count
        return full >= minimumFullLines && full * 5 >= nonEmpty * 2 ? wrap : nil
    }

    /// Columns a line fills: two for Chinese and full-width characters, one for the rest;
    /// trailing blanks do not count.
    static func width(_ line: Substring.UnicodeScalarView) -> Int {
        var columns = 0
        var counted = 0
        for scalar in line {
            columns += isWide(scalar) ? 2 : 1
            if !TextCleaner.isBlank(scalar) { counted = columns }
        }
        return counted
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3,
            0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            true
        default: false
        }
    }

    /// Columns of blanks a line opens with.
    static func indent(_ line: Substring.UnicodeScalarView) -> Int {
        line.prefix(while: TextCleaner.isBlank).reduce(0) { $0 + (isWide($1) ? 2 : 1) }
    }

    /// The indent the lines of a paragraph continue at: the commonest indent of full lines (0 in
    /// most texts; a page printed with a left margin indents every line, and its paragraphs
    /// open further in).
    static func margin(_ lines: [Substring.UnicodeScalarView], widths: [Int], wrap: Int) -> Int {
        var counts: [Int: Int] = [:]
        for (line, width) in zip(lines, widths) where width >= wrap - 4 { counts[indent(line), default: 0] += 1 }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? 0
    }

    private static func trimmedLeading(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.drop(while: TextCleaner.isBlank)))
    }

    /// What joins two pieces of one paragraph: nothing between Chinese, a space between words.
    private static func joiner(_ left: String, _ right: String) -> String {
        let last = left.unicodeScalars.last(where: { !TextCleaner.isBlank($0) })
        let first = right.unicodeScalars.first(where: { !TextCleaner.isBlank($0) })
        guard let last, let first, last.isASCII, first.isASCII,
            last.properties.isAlphabetic || last.properties.numericType != nil,
            first.properties.isAlphabetic || first.properties.numericType != nil
        else { return "" }
        return " "
    }
}

/// Whether a line opens with a section marker, read as the segmenter reads it.
enum SectionMarkerStart {
    static func opens(_ line: Substring.UnicodeScalarView) -> Bool {
        SectionMarker.read(String(String.UnicodeScalarView(line.drop(while: TextCleaner.isBlank)))) != nil
    }
}
