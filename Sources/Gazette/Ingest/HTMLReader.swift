/// HTML ingest: decoded page text → the article's blocks and its title.
enum HTMLReader {
    struct Page {
        /// The article title found on the page, if any.
        var title: String?
        var blocks: [Block]
        var diagnostics: [Diagnostic] = []
    }

    static func read(_ text: String) -> Page {
        let tree = HTMLParser.parse(utf8: Array(text.utf8))
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
        var blocks = flattener.blocks(in: [container])
        let title = heading?.text ?? pageTitle.map(HTMLTitleFinder.articlePart)
        if let heading, !(container..<tree.nodes[container].end).contains(heading.index) {
            blocks.insert(Block(heading.text, kind: .heading(1)), at: 0)
        } else if heading == nil, let title {
            blocks.insert(Block(title, kind: .heading(1)), at: 0)
        }
        return Page(title: title, blocks: blocks)
    }
}
