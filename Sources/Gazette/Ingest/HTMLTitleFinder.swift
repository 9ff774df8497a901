/// Finds the article title: the heading that best matches the page's `<title>` once the
/// site's suffix (" - XX区人民政府", "_新闻中心") is removed.
struct HTMLTitleFinder {
    let tree: HTMLTree
    let excluded: [Bool]

    /// Separators between an article title and the site name in `<title>`.
    static let titleSeparators: [String] = [" - ", " – ", " — ", "_", "|", "｜", "－", "——", " -"]

    /// Elements that hold a title when their class or id says so.
    static let titledElements: Set<String> = ["div", "p", "span", "td", "strong"]

    /// The `<title>` text with surrounding blanks removed.
    func pageTitle() -> String? {
        guard let index = tree.nodes.indices.first(where: { tree.nodes[$0].name == "title" }) else { return nil }
        var raw = ""
        for inner in index..<tree.nodes[index].end where tree.nodes[inner].isText { raw += tree.nodes[inner].text }
        let text = TextCleaner.clean(raw.unicodeScalars)
        return text.isEmpty ? nil : text
    }

    /// The `<title>` without its site suffix: the longest part between separators.
    static func articlePart(of pageTitle: String) -> String {
        var parts = [pageTitle]
        for separator in titleSeparators where pageTitle.includes(separator) {
            parts = parts.flatMap { $0.split(separator: separator, omittingEmptySubsequences: false).map(String.init) }
        }
        let cleaned = parts.map { TextCleaner.clean($0.unicodeScalars) }.filter { !$0.isEmpty }
        return cleaned.max { $0.count < $1.count } ?? pageTitle
    }

    /// The heading element (or title-classed element) whose text best matches `<title>`,
    /// with its node index; nil when the page has no such heading.
    func articleHeading(matching pageTitle: String?) -> (index: Int, text: String)? {
        let target = pageTitle.map { Self.squash(Self.articlePart(of: $0)) } ?? ""
        var best: (index: Int, text: String, score: Double)?
        for index in tree.nodes.indices where !excluded[index] {
            let node = tree.nodes[index]
            guard !node.isText else { continue }
            let isHeading = node.name == "h1" || node.name == "h2" || node.name == "h3"
            let isTitled = !isHeading && Self.titledElements.contains(node.name)
                && (node.attribute("class") ?? node.attribute("id") ?? "").lowercased().includes("title")
            guard isHeading || isTitled else { continue }
            let text = TextCleaner.clean(self.text(of: index).unicodeScalars)
            let length = text.unicodeScalars.count
            guard length >= 4, length <= 120 else { continue }
            // Without a <title> to match, the first h1 is the title.
            if target.isEmpty {
                if node.name == "h1" { return (index, text) }
                continue
            }
            let overlap = Self.overlap(Self.squash(text), target)
            guard overlap >= 0.5 else { continue }
            let score = overlap + (node.name == "h1" ? 0.2 : node.name == "h2" ? 0.1 : 0)
            if score > (best?.score ?? 0) { best = (index, text, score) }
        }
        return best.map { ($0.index, $0.text) }
    }

    /// Share of the target covered by the longest common prefix or containment.
    static func overlap(_ candidate: String, _ target: String) -> Double {
        guard !candidate.isEmpty, !target.isEmpty else { return 0 }
        if candidate == target { return 1 }
        let candidateCount = candidate.unicodeScalars.count, targetCount = target.unicodeScalars.count
        if target.includes(candidate) || candidate.includes(target) {
            return Double(min(candidateCount, targetCount)) / Double(max(candidateCount, targetCount))
        }
        let common = zip(candidate.unicodeScalars, target.unicodeScalars).prefix { $0 == $1 }.count
        return Double(common) / Double(max(candidateCount, targetCount))
    }

    static func squash(_ text: String) -> String {
        String(scalars: text.unicodeScalars.filter { !TextCleaner.isBlank($0) && $0 != " " })
    }

    func text(of index: Int) -> String {
        var text = ""
        for inner in index..<tree.nodes[index].end where tree.nodes[inner].isText && !excluded[inner] {
            text += tree.nodes[inner].text
        }
        return text
    }
}
