/// What Ingest hands to Segment: the source's description and its blocks.
package struct IngestedSource: Sendable {
    package var source: SourceInfo
    package var blocks: [Block]
    /// The article title an HTML page states in its markup, if any.
    package var titleHint: String?
    /// What an HTML page says about itself outside its article.
    package var hints: PageHints
    /// Data tables of an HTML page; `.table(i)` blocks mark where each stood.
    package var tables: [Table] = []
    package var diagnostics: [Diagnostic]
}

/// Ingest: bytes → decoded text → blocks.
package enum Ingest {
    /// Reads `bytes` as a document called `name` (its record's `source.name` is `sourceName`,
    /// else the last part of `name`). The format is taken from the name's extension, else
    /// sniffed; `encoding` forces a character set.
    package static func read(
        _ bytes: [UInt8], name: String, sourceName: String? = nil, format: SourceInfo.Format? = nil,
        encoding: String? = nil,
        limits: Limits = .standard
    ) throws -> IngestedSource {
        if format == nil, ["json", "ndjson"].contains(name.split(separator: ".").last?.lowercased() ?? "") {
            throw GazetteError.extractGiven(name)
        }
        guard !bytes.isEmpty else { throw GazetteError.emptyInput(name) }
        let format = format ?? detectFormat(name: name, bytes: bytes)
        let decoded = try TextDecoder.decode(
            bytes, format: format, forced: encoding, name: name, keepingUTF8: format == .html)
        let source = SourceInfo(
            name: sourceName ?? displayName(name), format: format, encoding: decoded.encoding,
            encodingSource: decoded.encodingSource.rawValue,
            sha256: SHA256Digest.hex(bytes), bytes: bytes.count)
        var ingested = IngestedSource(
            source: source, blocks: [], titleHint: nil, hints: PageHints(), diagnostics: decoded.diagnostics)
        switch format {
        case .text:
            if let (fields, body) = FrontMatter.split(decoded.text) ?? BracketHeader.split(decoded.text) {
                // "---\ntitle: …\ndate: …\n---" or "【 标  题 】…": the title and the fields of the header.
                ingested.blocks = TextBlockReader.blocks(from: body)
                ingested.titleHint = fields["title"]
                ingested.hints = FrontMatter.hints(fields)
            } else {
                ingested.blocks = TextBlockReader.blocks(from: decoded.text)
            }
        case .markdown:
            let page = MarkdownReader.read(decoded.text)
            ingested.blocks = page.blocks
            ingested.titleHint = page.title
            ingested.hints = page.hints
            ingested.tables = page.tables
        case .html:
            // Valid UTF-8 without a byte-order mark goes to the parser as it came.
            let page = HTMLReader.read(
                utf8: decoded.isVerbatimUTF8 ? bytes : Array(decoded.text.utf8), maximumNesting: limits.maximumNesting)
            ingested.blocks = page.blocks
            ingested.titleHint = page.title
            ingested.hints = page.hints
            ingested.tables = page.tables
            ingested.diagnostics += page.diagnostics
        }
        guard !ingested.blocks.isEmpty else { throw GazetteError.noText(name) }
        try check(ingested.blocks, against: limits, name: name)
        return ingested
    }

    /// Refuses more paragraphs, or a longer one, than the limits allow.
    static func check(_ blocks: [Block], against limits: Limits, name: String) throws {
        if blocks.count > limits.maximumParagraphs {
            throw GazetteError.overLimit(
                name, what: "\(blocks.count) paragraphs, more than \(limits.maximumParagraphs)")
        }
        if let long = blocks.first(where: { $0.text.utf8.count > limits.maximumParagraphBytes }) {
            throw GazetteError.overLimit(
                name, what: "a paragraph of \(long.text.utf8.count) bytes, longer than \(limits.maximumParagraphBytes)")
        }
    }

    /// The decoded text of HTML bytes, by the same rules `read` applies.
    package static func decodedText(_ bytes: [UInt8], name: String, encoding: String? = nil) throws -> String {
        try TextDecoder.decode(bytes, format: .html, forced: encoding, name: name).text
    }

    /// Extensions of files saved from web sites: all of them are HTML.
    package static let htmlExtensions: Set<String> = ["html", "htm", "xhtml", "shtml", "asp", "aspx", "jsp", "php"]
    /// Extensions of Markdown files.
    package static let markdownExtensions: Set<String> = ["md", "markdown", "mdown", "mkd"]
    /// Extensions of every source Gazette reads when it searches a folder.
    package static let sourceExtensions: Set<String> = htmlExtensions.union(markdownExtensions).union(["txt"])

    /// HTML or Markdown by extension, else HTML by a leading tag and Markdown by its marks;
    /// everything else is plain text.
    package static func detectFormat(name: String, bytes: [UInt8]) -> SourceInfo.Format {
        if let dot = name.lastIndex(of: ".") {
            let suffix = name[name.index(after: dot)...].lowercased()
            if htmlExtensions.contains(suffix) { return .html }
            if markdownExtensions.contains(suffix) { return .markdown }
        }
        if name.lowercased().endsWith(".txt") { return .text }
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
        let trimmed = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard trimmed.hasPrefix("<") else {
            return MarkdownSniffer.looksLikeMarkdown(String(decoding: bytes.prefix(4096), as: UTF8.self))
                ? .markdown : .text
        }
        // XHTML opens with an XML declaration.
        if trimmed.hasPrefix("<?xml"), head.includes("<html") { return .html }
        return ["<!doctype html", "<html", "<head", "<body", "<meta", "<div", "<p", "<title", "<!--"].contains {
            trimmed.hasPrefix($0)
        } ? .html : .text
    }

    private static func displayName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
