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
    }

    static func read(_ text: String) -> Page {
        read(utf8: Array(text.utf8))
    }

    /// Reads a page from its bytes in UTF-8.
    static func read(utf8: [UInt8]) -> Page {
        let tree = HTMLParser.parse(utf8: utf8)
        let locator = HTMLContentLocator(tree: tree)
        let titles = HTMLTitleFinder(tree: tree, excluded: locator.excluded)
        let pageTitle = titles.pageTitle()
        let heading = titles.articleHeading(matching: pageTitle)
        let flattener = HTMLBlockFlattener(tree: tree, excluded: locator.excluded)

        guard let container = locator.locate() else {
            let title = heading?.text ?? pageTitle.map(HTMLTitleFinder.articlePart)
            return Page(title: title, blocks: [], diagnostics: [
                Diagnostic(code: "no-article", severity: .warning, message: "no element of the page holds article text")
            ])
        }
        let content = flattener.read([container])
        var blocks = content.blocks
        let title = heading?.text ?? pageTitle.map(HTMLTitleFinder.articlePart)
        var hints = PageHints(tree: tree)
        // Bylines printed between the title and the article ("发布时间：… 来源：…").
        let regionStart = heading.map { tree.nodes[$0.index].end } ?? 0
        if regionStart < container {
            hints.bylines = flattener.blocks(between: regionStart, and: container).suffix(PageHints.maximumBylines).map(\.text)
        }
        if let heading, !(container..<tree.nodes[container].end).contains(heading.index) {
            blocks.insert(Block(heading.text, kind: .heading(1)), at: 0)
        } else if heading == nil, let title {
            blocks.insert(Block(title, kind: .heading(1)), at: 0)
        }
        if let heading, let index = blocks.firstIndex(where: { $0.text == heading.text }), index > 0, index < 8 {
            // Lines above the title inside the container are its furniture (breadcrumbs, channel names).
            hints.bylines = blocks[..<index].map(\.text) + hints.bylines
            blocks.removeFirst(index)
        }
        let tables = content.tables.map { raw in
            Table(caption: raw.caption, header: raw.firstRowIsHeader ? raw.rows[0] : [], rows: raw.firstRowIsHeader ? Array(raw.rows.dropFirst()) : raw.rows)
        }
        return Page(title: title, blocks: blocks, hints: hints, tables: tables)
    }
}
