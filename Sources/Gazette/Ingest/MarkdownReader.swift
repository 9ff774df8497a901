/// Reads a Markdown document into blocks: ATX and Setext headings keep their level, list items
/// their own kind (an ordered item its number, which the announcement's outline may be made
/// of), block quotes their text; pipe tables become tables, images with their alt text or the
/// line under them captions, and YAML front matter the title and the page's fields. Code fences
/// keep their lines as written; thematic breaks, comments and link definitions go.
enum MarkdownReader {
    struct Page {
        var blocks: [Block] = []
        var tables: [Table] = []
        var title: String?
        var hints = PageHints()
    }

    static func read(_ text: String) -> Page {
        var page = Page()
        var body = text
        if let (fields, rest) = FrontMatter.split(text) {
            body = rest
            page.title = fields["title"].flatMap { TextCleaner.clean($0).isEmpty ? nil : $0 }
            page.hints = FrontMatter.hints(fields)
        }
        var reader = MarkdownBlocks(lines: TextLines.lines(of: body))
        reader.read()
        page.blocks = reader.blocks
        page.tables = reader.tables
        if page.title == nil, let first = page.blocks.first(where: { $0.kind.isText }), first.kind == .heading(1) {
            page.title = first.text
        }
        return page
    }
}

/// The block structure of Markdown lines, read top to bottom in one pass.
struct MarkdownBlocks {
    let lines: [Substring]
    private(set) var blocks: [Block] = []
    private(set) var tables: [Table] = []
    /// The lines of the paragraph being read.
    private var paragraph: [String] = []
    /// An image that stood alone with no caption yet: the line under it may be one. Its alt
    /// text, when it describes the photo, is the caption if no such line comes.
    private var pendingImage: (source: String, alt: String?)?

    init(lines: [Substring]) {
        self.lines = lines
    }

    mutating func read() {
        var index = 0
        while index < lines.count {
            index = readLine(at: index)
        }
        flushParagraph()
        flushPendingImage()
    }

    /// Reads the construct that starts at line `index`; returns the index of the next line.
    private mutating func readLine(at index: Int) -> Int {
        let line = Self.withoutQuoteMarks(lines[index])
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        let indent = line.count - trimmed.count
        if trimmed.isEmpty {
            flushParagraph()
            return index + 1
        }
        if indent <= 3, let fence = Self.fence(trimmed) {
            flushParagraph()
            var next = index + 1
            while next < lines.count, !Self.withoutQuoteMarks(lines[next]).drop(while: { $0 == " " }).hasPrefix(fence) {
                let code = TextCleaner.clean(String(lines[next]))
                if !code.isEmpty { append(Block(code)) }
                next += 1
            }
            return next + 1
        }
        if trimmed.hasPrefix("<!--") {
            flushParagraph()
            var next = index
            while next < lines.count, !lines[next].contains("-->") { next += 1 }
            return next + 1
        }
        if indent <= 3, let (level, text) = Self.atxHeading(trimmed) {
            flushParagraph()
            appendText(text, kind: .heading(level))
            return index + 1
        }
        if indent <= 3, let last = paragraph.last, let level = Self.setextLevel(trimmed),
            Self.readsAsUnderlinedHeading(last)
        {
            paragraph.removeLast()
            flushParagraph()
            appendText(last, kind: .heading(level))
            return index + 1
        }
        if indent <= 3, Self.isThematicBreak(trimmed) || Self.setextLevel(trimmed) != nil {
            flushParagraph()
            return index + 1
        }
        if trimmed.contains("|"), index + 1 < lines.count,
            let columns = Self.delimiterColumns(Self.withoutQuoteMarks(lines[index + 1]))
        {
            let header = Self.cells(of: trimmed)
            if header.count == columns || columns == 1 {
                return readTable(header: header, from: index + 2)
            }
        }
        if Self.isLinkDefinition(trimmed) {
            flushParagraph()
            return index + 1
        }
        if let item = Self.listItem(trimmed) {
            flushParagraph()
            var pieces = [item]
            var next = index + 1
            // Lines indented under the item continue it.
            while next < lines.count {
                let following = Self.withoutQuoteMarks(lines[next])
                let rest = following.drop { $0 == " " || $0 == "\t" }
                guard !rest.isEmpty, following.count - rest.count >= 2, Self.listItem(rest) == nil,
                    Self.fence(rest) == nil
                else { break }
                pieces.append(String(rest))
                next += 1
            }
            appendText(Self.joined(pieces), kind: .listItem)
            return next
        }
        // A hard break ("  " or "\" at a line's end) ends a paragraph's line as a block.
        let hardBreak = line.hasSuffix("  ") || (line.hasSuffix("\\") && !line.hasSuffix("\\\\"))
        paragraph.append(String(hardBreak && line.hasSuffix("\\") ? trimmed.dropLast() : trimmed))
        if hardBreak { flushParagraph() }
        return index + 1
    }

    /// The rows under a table's header, up to the first line that is no row.
    private mutating func readTable(header: [String], from start: Int) -> Int {
        let caption = takeCaption()
        var rows: [[String]] = []
        var next = start
        while next < lines.count {
            let line = Self.withoutQuoteMarks(lines[next]).drop { $0 == " " || $0 == "\t" }
            guard !line.isEmpty, line.contains("|") else { break }
            var row = Self.cells(of: line)
            if row.count < header.count { row += Array(repeating: "", count: header.count - row.count) }
            rows.append(Array(row.prefix(max(header.count, 1))))
            next += 1
        }
        let text = header.map { MarkdownInline($0).string }
        let body = rows.map { $0.map { MarkdownInline($0).string } }
        // "| | |": converters write an empty header over a table that has none.
        let hasHeader = text.contains { !$0.isEmpty }
        tables.append(Table(caption: caption, header: hasHeader ? text : [], rows: body))
        append(Block(caption ?? "", kind: .table(tables.count - 1)))
        return next
    }

    /// The line just before a table when it names the table ("表1 各街道项目完成情况（单位：万元）",
    /// "单位：万元"): taken out of the text to be the table's caption.
    private mutating func takeCaption() -> String? {
        var candidate: String?
        if !paragraph.isEmpty {
            candidate = MarkdownInline(paragraph[paragraph.count - 1]).string
        } else if let last = blocks.last, last.kind == .paragraph || last.kind.isHeading {
            candidate = last.text
        }
        guard let text = candidate, Self.namesTable(text) else {
            flushParagraph()
            return nil
        }
        if !paragraph.isEmpty {
            paragraph.removeLast()
            flushParagraph()
        } else {
            blocks.removeLast()
        }
        return text
    }

    static func namesTable(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count <= 80, !scalars.contains("。") else { return false }
        if scalars.first == "表", scalars.count > 1,
            NumeralReader.digit(scalars[1]) != nil || "一二三四五六七八九十".unicodeScalars.contains(scalars[1])
        {
            return true
        }
        return text.includes("单位：") || text.includes("单位:")
    }

    private mutating func flushParagraph() {
        guard !paragraph.isEmpty else { return }
        let lines = paragraph
        paragraph = []
        // Lines of one paragraph are one block when the text was wrapped; a line that ends a
        // sentence before a marked line ("一、总体要求" under a lead) starts a block of its own.
        var current = [lines[0]]
        for line in lines.dropFirst() {
            if Self.endsBlock(current[current.count - 1]) || SectionMarker.read(MarkdownInline(line).string) != nil {
                appendText(Self.joined(current), kind: .paragraph)
                current = [line]
            } else {
                current.append(line)
            }
        }
        appendText(Self.joined(current), kind: .paragraph)
    }

    /// Wrapped lines joined back: with a space between Latin words, with none where either side
    /// is Chinese or a full-width mark ("压缩至0.5个工作日，" + "全年服务……").
    static func joined(_ lines: [String]) -> String {
        var text = ""
        for line in lines {
            if let last = text.unicodeScalars.last, let first = line.unicodeScalars.first, last.isASCII, first.isASCII {
                text += " "
            }
            text += line
        }
        return text
    }

    static func endsBlock(_ line: String) -> Bool {
        guard let last = line.unicodeScalars.last(where: { $0 != " " && $0 != "*" && $0 != "_" }) else { return true }
        return "。！？；：!?;:”』」）)".unicodeScalars.contains(last)
    }

    /// The level a short line set wholly in bold reads at: converters from WeChat and Word
    /// write headings and subtitles that way ("**——2025年第一批**").
    static let strongLineLevel = 6

    /// Adds the text of one Markdown block, with the images it holds as captions.
    private mutating func appendText(_ markdown: String, kind: Block.Kind) {
        let inline = MarkdownInline(markdown)
        let text = inline.string
        var kind = kind
        if kind == .paragraph, Self.isWhollyStrong(markdown), text.unicodeScalars.count <= 40, !text.includes("。") {
            kind = .heading(Self.strongLineLevel)
        }
        if inline.images.isEmpty {
            if let image = pendingImage, kind == .paragraph, HTMLBlockFlattener.readsAsCaption(text) {
                pendingImage = nil
                append(Block(text, kind: .caption, image: image.source))
                return
            }
            if !text.isEmpty { append(Block(text, kind: kind)) }
            return
        }
        for image in inline.images {
            if text.isEmpty {
                flushPendingImage()
                pendingImage = (image.source, Self.describes(image.alt) ? image.alt : nil)
            } else if kind == .paragraph, HTMLBlockFlattener.readsAsCaption(text) {
                // "![](a.jpg) ▲ 新建成的……": the image and its caption on one line.
                append(Block(text, kind: .caption, image: image.source))
                return
            }
        }
        if !text.isEmpty { append(Block(text, kind: kind)) }
    }

    private mutating func append(_ block: Block) {
        flushPendingImage()
        blocks.append(block)
    }

    /// The caption of an image no line under it described: its alt text, if that describes it.
    private mutating func flushPendingImage() {
        guard let image = pendingImage else { return }
        pendingImage = nil
        if let alt = image.alt { blocks.append(Block(alt, kind: .caption, image: image.source)) }
    }

    /// "**……**" or "__……__" around the whole line, with no other strong run inside.
    static func isWhollyStrong(_ markdown: String) -> Bool {
        let trimmed = TextCleaner.clean(markdown)
        for mark in ["**", "__"] where trimmed.hasPrefix(mark) && trimmed.hasSuffix(mark) && trimmed.utf8.count > 4 {
            return !trimmed.dropFirst(2).dropLast(2).contains(mark)
        }
        return false
    }

    /// Alt text that says what a photo shows, not "image", "图片" or a file's name.
    static func describes(_ alt: String) -> Bool {
        let lowered = alt.lowercased()
        guard alt.unicodeScalars.count >= 4 || alt.unicodeScalars.contains(where: TextCleaner.isCJK) else {
            return false
        }
        if ["image", "img", "photo", "picture", "图片", "图像", "照片", "pic"].contains(lowered) { return false }
        let isFileName = alt.unicodeScalars.allSatisfy(\.isASCII) && !alt.contains(" ")
        return !isFileName
    }
}
