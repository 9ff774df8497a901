/// HTML ingest: decoded page text → the article's blocks and its title.
enum HTMLReader {
    struct Page {
        /// The article title found on the page, if any.
        var title: String?
        var blocks: [Block]
        var hints = PageHints()
        /// Data tables, in the order of their `.table` placeholders among the blocks.
        var tables: [Table] = []
        var diagnostics: [Diagnostic] = []
        /// How many of `blocks` are the title and subtitle above the article.
        var articleStart = 0
    }

    /// The names of the closing tags `withoutClosingDocumentTags` drops, read once.
    static let closingDocumentNames = [Array("body>".utf8), Array("html>".utf8)]

    /// The page without its `</body>` and `</html>` tags: a stray one in the middle of a page
    /// (pages glued from templates have them) would make libxml2 drop everything after it, and
    /// the parser closes both at the end anyway.
    static func withoutClosingDocumentTags(_ bytes: [UInt8]) -> [UInt8] {
        func isTag(at index: Int) -> Int? {
            guard index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "/") else { return nil }
            let letter = bytes[index + 2] | 0x20
            guard letter == UInt8(ascii: "b") || letter == UInt8(ascii: "h") else { return nil }
            for name in closingDocumentNames where index + 2 + name.count <= bytes.count {
                var matches = true
                for (offset, byte) in name.enumerated() where (bytes[index + 2 + offset] | 0x20) != (byte | 0x20) {
                    matches = false
                    break
                }
                if matches { return 2 + name.count }
            }
            return nil
        }
        // Most pages close body and html at their very end: then there is nothing to do.
        guard let first = bytes.indices.first(where: { bytes[$0] == UInt8(ascii: "<") && isTag(at: $0) != nil }) else {
            return bytes
        }
        var opensAfter = false
        var position = first + 1
        while position + 1 < bytes.count, !opensAfter {
            let letter: UInt8 = bytes[position + 1] | 0x20
            opensAfter = bytes[position] == 0x3C && letter >= 0x61 && letter <= 0x7A
            position += 1
        }
        guard opensAfter else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), let length = isTag(at: index) {
                index += length
                continue
            }
            result.append(bytes[index])
            index += 1
        }
        return result
    }

    static func read(_ text: String) -> Page {
        read(utf8: Array(text.utf8))
    }

    /// Reads a page from its bytes in UTF-8; elements nested deeper than `maximumNesting`
    /// dissolve into their ancestor at that depth.
    /// `classifyingEdges` as `ArticleEdges.trim` takes it.
    static func read(
        utf8: [UInt8], maximumNesting: Int = Limits.standard.maximumNesting, classifyingEdges: Bool = true
    ) -> Page {
        let tree = HTMLParser.parse(utf8: withoutClosingDocumentTags(utf8), maximumNesting: maximumNesting)
        var page = read(tree, classifyingEdges: classifyingEdges)
        // No element holds a sentence of an article: a publishing system may keep it in a textarea.
        let article = page.blocks.dropFirst(page.articleStart)
        if !article.contains(where: { LineShape.isSentence($0.text) }),
            let markup = TextareaArticle.markup(in: utf8)
        {
            let inner = read(
                HTMLParser.parse(utf8: markup, maximumNesting: maximumNesting), classifyingEdges: classifyingEdges)
            let innerArticle = inner.blocks.dropFirst(inner.articleStart)
            if innerArticle.contains(where: { LineShape.isSentence($0.text) }),
                innerArticle.reduce(0, { $0 + $1.text.utf8.count }) > article.reduce(0, { $0 + $1.text.utf8.count })
            {
                var blocks = inner.blocks
                if let title = page.title, blocks.first?.text != title {
                    blocks.insert(Block(title, kind: .heading(1)), at: 0)
                }
                page = Page(
                    title: page.title ?? inner.title, blocks: blocks, hints: page.hints, tables: inner.tables,
                    diagnostics: [
                        Diagnostic(
                            code: "article-in-textarea", severity: .info,
                            message: "the article was read from a textarea")
                    ],
                    articleStart: blocks.count - inner.blocks.count + inner.articleStart)
            }
        }
        if let time = PageHints.scriptTime(in: utf8) { page.hints.meta["script:ct"] = time }
        for (key, value) in PageHints.scriptDates(in: utf8) {
            page.hints.meta[key == "datePublished" ? "json-ld:datePublished" : "script:\(key)"] = value
        }
        if tree.flattenedElements > 0 {
            page.diagnostics.append(
                Diagnostic(
                    code: "nesting-flattened", severity: .warning,
                    message:
                        "\(tree.flattenedElements) elements nested deeper than \(maximumNesting) were read as text of the element above them"
                ))
        }
        return page
    }

    /// The first date and time the page prints before its article ends, outside links and the
    /// blocks that hold one (a list of other articles): the last evidence of when it was
    /// published, as other extractors read it.
    static func firstDateTime(in tree: HTMLTree, before end: Int) -> String? {
        for index in 0..<end where tree.nodes[index].isText && tree.nodes[index].text.utf8.count <= 200 {
            let text = tree.nodes[index].text
            // Cheap bytes first: a time needs a colon and a date four digits or more.
            var digits = 0
            var colon = false
            for byte in text.utf8 {
                if byte >= 0x30 && byte <= 0x39 { digits += 1 } else if byte == 0x3A || byte == 0x9A { colon = true }
            }
            guard colon, digits >= 6, let stamp = Timestamp.iso(from: text), stamp.includes("T") else { continue }
            var holder = tree.nodes[index].parent
            var inLink = false
            while holder > 0, !tree.nodes[holder].kind.contains(.block) {
                inLink = inLink || tree.nodes[holder].isLink
                holder = tree.nodes[holder].parent
            }
            if inLink || holder <= 0 { continue }
            if (holder..<tree.nodes[holder].end).contains(where: { tree.nodes[$0].isLink }) { continue }
            return stamp
        }
        return nil
    }

    private static func read(_ tree: HTMLTree, classifyingEdges: Bool) -> Page {
        var locator = HTMLContentLocator(tree: tree)
        var located = locator.locateRoots()
        // A page with no visible article may hold it in an element a script shows; so may a page
        // whose visible prose is a few lines beside a hidden article many times longer.
        let visibleProse = located.map { locator.punctuation(under: $0) } ?? 0
        if visibleProse < 10 {
            let showing = HTMLContentLocator(tree: tree, showingHidden: true)
            if let roots = showing.locateRoots(),
                located == nil || showing.punctuation(under: roots) >= max(10, 4 * visibleProse)
            {
                locator = showing
                located = roots
            }
        }
        let titles = HTMLTitleFinder(tree: tree, excluded: locator.excluded)
        let pageTitle = titles.pageTitle()
        var hints = PageHints(tree: tree)
        var heading = titles.articleHeading(matching: pageTitle, meta: hints.meta)
        let flattener = HTMLBlockFlattener(tree: tree, excluded: locator.excluded)

        guard let roots = located, let first = roots.first, let last = roots.last else {
            let title = heading?.text ?? HTMLTitleFinder.statedTitle(pageTitle: pageTitle, meta: hints.meta)
            return Page(
                title: title, blocks: [],
                diagnostics: [
                    Diagnostic(
                        code: "no-article", severity: .warning, message: "no element of the page holds article text")
                ])
        }
        let content = flattener.read(roots)
        var blocks = content.blocks
        var title = heading?.text ?? HTMLTitleFinder.statedTitle(pageTitle: pageTitle, meta: hints.meta)
        // Bylines printed between the title and the article ("发布时间：… 来源：…"); a heading
        // right under the title there is its subtitle.
        let preambleEnd = min(heading?.index ?? first, first)
        // Only the nodes near the article are read for these few lines.
        let near = PageHints.nearbyNodes
        hints.preamble = flattener.blocks(between: max(0, preambleEnd - near), and: preambleEnd).suffix(
            PageHints.maximumBylines
        ).map(\.text)
        // A page whose <title> names only its site and channel ("某某网-要闻") and which marks
        // no heading prints its title as the line above its byline, or as its article's first line.
        if heading == nil, !HTMLTitleFinder.statesArticleTitle(pageTitle: pageTitle, meta: hints.meta),
            let line = HTMLTitleFinder.titleLine(before: hints.preamble, opening: blocks.map(\.text))
        {
            title = line
        }
        let afterArticle = tree.nodes[last].end
        if let stamp = firstDateTime(in: tree, before: afterArticle) { hints.meta["page:firstDateTime"] = stamp }
        hints.postamble = flattener.blocks(between: afterArticle, and: min(tree.nodes.count, afterArticle + near))
            .prefix(PageHints.maximumBylines / 2).map(\.text)
        let regionStart = heading.map { tree.nodes[$0.index].end } ?? 0
        if regionStart < first {
            var between = flattener.blocks(between: regionStart, and: first)
            if let subtitle = heading?.subtitle, let next = between.first,
                TextCleaner.withoutLeadingDashes(next.text) == subtitle
            {
                between.removeFirst()
            } else if heading != nil, heading?.subtitle == nil, let next = between.first, case .heading = next.kind,
                next.text.unicodeScalars.count <= 80, !TrailerLines.isMetadata(next.text),
                Timestamp.iso(from: next.text)?.includes("T") != true
            {
                heading?.subtitle = next.text
                between.removeFirst()
            }
            hints.bylines = between.suffix(PageHints.maximumBylines).map(\.text)
        }
        if let heading, !(first..<tree.nodes[last].end).contains(heading.index) {
            blocks.insert(
                contentsOf: [Block(heading.text, kind: .heading(1))]
                    + (heading.subtitle.map { [Block($0, kind: .heading(2))] } ?? []), at: 0)
        } else if heading == nil, let title {
            blocks.insert(Block(title, kind: .heading(1)), at: 0)
        }
        // The heading as the page prints it may carry a column tag the title drops ("【权威发布】").
        if let heading,
            let index = blocks.firstIndex(where: { HTMLTitleFinder.withoutColumnTag($0.text) == heading.text })
        {
            blocks[index].text = heading.text
        }
        if let heading, let index = blocks.firstIndex(where: { $0.text == heading.text }), index > 0 {
            // Lines above the title inside the container are not the article: breadcrumbs,
            // channel names, a block of links the container grew over. The last few may be bylines.
            hints.bylines = blocks[..<index].suffix(PageHints.maximumBylines).map(\.text) + hints.bylines
            blocks.removeFirst(index)
        }
        var kept = 0
        if let first = blocks.first, first.text == title || first.text == heading?.text { kept = 1 }
        if kept == 1, blocks.count > 1, let subtitle = heading?.subtitle, blocks[1].text == subtitle { kept = 2 }
        let edges = ArticleEdges.trim(blocks, keeping: kept, classifying: classifyingEdges)
        blocks = edges.blocks
        hints.bylines += edges.head.suffix(PageHints.maximumBylines)
        hints.postamble = Array((edges.tail + hints.postamble).prefix(PageHints.maximumBylines))
        let tables = content.tables.map { raw in
            Table(
                caption: raw.caption, header: raw.firstRowIsHeader ? raw.rows[0] : [],
                rows: raw.firstRowIsHeader ? Array(raw.rows.dropFirst()) : raw.rows)
        }
        return Page(title: title, blocks: blocks, hints: hints, tables: tables, articleStart: kept)
    }
}
