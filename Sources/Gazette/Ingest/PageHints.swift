/// What an HTML page says about itself outside its article: `<meta>` tags, the canonical
/// link, and byline lines printed between the title and the article.
public struct PageHints: Sendable, Equatable {
    /// At most this many lines before the article are kept as possible bylines.
    static let maximumBylines = 12

    /// `<meta>` tags by `name` or `property`, first one wins.
    public var meta: [String: String] = [:]
    public var canonicalURL: String?
    public var bylines: [String] = []
    /// The last lines before the title (or the article): open-government pages list their
    /// fields there ("发布日期：…", "发文字号：…"), news pages their time and source.
    public var preamble: [String] = []
    /// The first lines after the article: some pages print the byline under it.
    public var postamble: [String] = []

    public init() {}

    init(tree: HTMLTree) {
        for node in tree.nodes where !node.isText {
            switch node.name {
            case "meta":
                if let key = node.attribute("name") ?? node.attribute("property"), let content = node.attribute("content"), meta[key] == nil {
                    meta[key] = TextCleaner.clean(content.unicodeScalars)
                }
            case "time":
                // The first <time datetime="…"> of a page dates it when nothing else does.
                if meta["datetime"] == nil, let value = node.attribute("datetime"), !value.isEmpty { meta["datetime"] = value }
            case "link":
                if canonicalURL == nil, node.attribute("rel")?.lowercased() == "canonical", let href = node.attribute("href"), !href.isEmpty {
                    canonicalURL = href
                }
            default:
                continue
            }
        }
    }
}
