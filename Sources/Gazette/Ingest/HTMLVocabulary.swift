/// The tables HTML ingest decides with: which elements end a block, which never hold article
/// text, and which class or id words hint at content or at boilerplate.
enum HTMLVocabulary {
    /// Elements that start and end a block of text.
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "tr",
        "br", "blockquote", "figure", "figcaption", "table", "ul", "ol", "dl", "dd", "dt", "pre", "center",
        "hr", "address", "caption", "tbody", "thead", "body", "html",
    ]

    /// Elements dropped with their whole subtree.
    static let droppedElements: Set<String> = [
        "head", "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "iframe",
        "select", "button", "svg", "math", "object", "embed", "input", "textarea", "frameset", "frame", "link", "meta",
        "video", "audio", "canvas", "map", "dialog",
    ]

    /// Inline elements: text inside them belongs to the nearest block around them.
    static let inlineElements: Set<String> = [
        "span", "strong", "b", "em", "i", "u", "font", "a", "sup", "sub", "small", "big", "label", "o:p", "mark", "ins",
        "del",
        "abbr", "cite", "code", "q", "s", "strike", "tt", "var", "wbr", "nobr",
    ]

    /// The three lists above by element name, so that a node is looked up once.
    static let elementKinds: [String: HTMLTree.Kind] = {
        var kinds: [String: HTMLTree.Kind] = [:]
        for name in blockElements { kinds[name, default: []].insert(.block) }
        for name in droppedElements { kinds[name, default: []].insert(.dropped) }
        for name in inlineElements { kinds[name, default: []].insert(.inline) }
        kinds["a", default: []].insert(.link)
        return kinds
    }()

    /// Words in a class or id that mark a page's chrome rather than its article.
    static let boilerplateHints = [
        "nav", "menu", "breadcrumb", "crumb", "footer", "foot", "copyright", "share", "related", "relate", "recommend",
        "comment", "sidebar", "side", "login", "search", "toolbar", "banner", "advert", "qrcode", "ewm", "position",
        "location", "pager", "prevnext", "next", "prev", "links", "friend", "bottom", "topbar", "fenxiang", "xgwz",
        "tuijian", "dayin", "print", "close", "hot", "rank", "pinglun", "xgxx", "xglj", "xgxw", "statement",
        "shengming", "appendqr", "qr_", "qr-", "erweima",
    ]

    /// Words in a class or id that mark the article body.
    static let contentHints = [
        "article", "content", "detail", "zoom", "trs_editor", "js_content", "custom_unionstyle", "main", "text",
        "post", "entry", "body", "zw", "news_con", "view", "con",
    ]

    /// Class and id words of the elements that article editors and publishing systems put
    /// exactly the article text in: the located container never grows past one of them.
    static let editorHints = [
        "trs_editor", "js_content", "custom_unionstyle", "zoom", "artibody", "article-content", "article_content",
        "articlecontent", "article-body", "article_body", "articlebody", "news_content", "newscontent", "content_text",
        "detail-content", "detail_content",
    ]

    /// Characters that mark running prose (，。、；：！？“”,.); link lists and menus have almost none.
    @inline(__always)
    static func isProsePunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFF0C, 0x3002, 0x3001, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F, 0x201C, 0x201D, 0x2C, 0x2E: true
        default: false
        }
    }

    /// The class and id of an element as lowercase ASCII bytes.
    static func label(of node: HTMLTree.Node) -> [UInt8] {
        var label: [UInt8] = []
        for attribute in node.attributes where attribute.name == "class" || attribute.name == "id" {
            label.append(0x20)
            for byte in attribute.value.utf8 { label.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
        }
        return label
    }

    static let boilerplateIndex = PhraseSet(boilerplateHints)
    static let contentIndex = PhraseSet(contentHints)
    static let editorIndex = PhraseSet(editorHints)

    static let titleIndex = PhraseSet(["title", "tit", "biaoti", "headline"])
    static let subtitleIndex = PhraseSet(["subtitle", "sub-title", "sub_title", "subtit", "fbt", "fubiaoti", "vice"])

    /// Class or id words that name a subtitle ("subtitle", "fbt" for 副标题).
    static func namesSubtitle(_ label: [UInt8]) -> Bool {
        hint(subtitleIndex, in: label)
    }

    /// Class or id words that name a title: "title", "tit", "biaoti", "headline", or the word "bt".
    static func namesTitle(_ label: [UInt8]) -> Bool {
        if namesSubtitle(label) { return false }
        if hint(titleIndex, in: label) { return true }
        return label.split(whereSeparator: { $0 == 0x20 || $0 == 0x2D || $0 == 0x5F }).contains {
            $0.elementsEqual("bt".utf8)
        }
    }

    /// True when one of the indexed words occurs in `label`.
    static func hint(_ words: PhraseSet, in label: [UInt8]) -> Bool {
        guard label.count > 2 else { return false }
        return label.withUnsafeBufferPointer { words.occurs(in: $0) }
    }
}
