/// Finds the article title: the element whose text best matches the page's `<title>` once the
/// site's name (" - XX区人民政府", "_新闻中心") is removed, or its `ArticleTitle` / `og:title`
/// meta tag. Headings and title-classed elements match by overlap; any other short element
/// only by saying exactly that text (old table layouts set titles in `<td><b>`, Word in a bold
/// paragraph). A `<br>` inside the heading parts the title from a subtitle.
struct HTMLTitleFinder {
    let tree: HTMLTree
    let excluded: [Bool]

    struct Heading: Equatable {
        /// The heading element's node.
        var index: Int
        var text: String
        /// The heading's text after a `<br>`, when it has one.
        var subtitle: String?
    }

    /// Separators between an article title and the site name in `<title>`.
    /// "——" is not among them: it parts a title from its subtitle ("标题——副题").
    static let titleSeparators: [String] = [" -- ", "--", " - ", " – ", " — ", "_", "|", "｜", "－", " -", " » ", " « "]

    /// Endings and fragments of site and channel names ("XX区人民政府门户网站", "XX新闻网").
    static let siteEndings = [
        "网", "网站", "政府", "门户", "官网", "频道", "客户端", "在线", "首页", "日报", "晚报", "早报", "商报", "时报", "数字报", "电子报", "电子版", "报社",
    ]
    static let siteFragments = ["人民政府网", "政府网站", "门户网站", "www.", ".gov", ".com", ".cn"]
    /// Greetings a `<title>` gives instead of a headline: "欢迎访问某某网", "谢谢您访问〖某中心〗".
    static let siteGreetings = ["欢迎访问", "欢迎光临", "欢迎来到", "谢谢您访问", "谢谢访问", "感谢您访问", "感谢访问"]
    /// Endings of an office's name, which a short `<title>` part that names the site often is.
    static let officeEndings = [
        "局", "厅", "委", "委员会", "办公室", "管委会", "中心", "政府", "大学", "学院", "学校", "中学", "小学", "图书馆", "协会", "学会", "研究院",
        "研究所", "医院",
    ]

    /// Meta tags that state the article's title.
    static let titleMetaKeys = ["articletitle", "og:title", "title", "headline", "dc.title"]

    /// Elements that hold a title when their class or id says so.
    static let titledElements: Set<String> = ["div", "p", "span", "td", "strong", "b", "font", "h4", "h5", "h6"]

    /// Subtrees larger than this are no title (bounds the work on huge pages).
    static let maximumHeadingNodes = 64

    /// The `<title>` text with surrounding blanks removed.
    func pageTitle() -> String? {
        guard let index = tree.nodes.indices.first(where: { tree.nodes[$0].name == "title" }) else { return nil }
        var raw = ""
        for inner in index..<tree.nodes[index].end where tree.nodes[inner].isText { raw += tree.nodes[inner].text }
        let text = TextCleaner.clean(raw.unicodeScalars)
        return text.isEmpty ? nil : text
    }

    /// The parts of a `<title>` between separators, with dashes and blanks trimmed off.
    static func titleParts(of pageTitle: String) -> [String] {
        var parts = [pageTitle]
        for separator in titleSeparators where pageTitle.includes(separator) {
            parts = parts.flatMap { $0.split(separator: separator, omittingEmptySubsequences: false).map(String.init) }
        }
        // A bare "-" between words of Chinese parts a title from its site and channel names
        // ("关于…的通知-某某大学-某某图书馆"); "1-2月" and "COVID-19" keep theirs.
        parts = parts.flatMap { part -> [String] in
            let characters = Array(part)
            var pieces: [String] = []
            var current = ""
            for (index, character) in characters.enumerated() {
                let before = index > 0 ? characters[index - 1] : " "
                let after = index + 1 < characters.count ? characters[index + 1] : " "
                if character == "-", !(before.isASCII && (before.isLetter || before.isNumber)),
                    !(after.isASCII && (after.isLetter || after.isNumber))
                {
                    pieces.append(current)
                    current = ""
                } else {
                    current.append(character)
                }
            }
            return pieces + [current]
        }
        // A bare "-" or a blank separates only a site's name: "1-2月" is part of a title, and
        // so is the space in "土豆不“土” 土豆无“土”" before a site's name.
        for mark: Character in ["-", " ", "\u{3000}"] {
            parts = parts.flatMap { part -> [String] in
                guard let cut = part.lastIndex(of: mark), part[..<cut].unicodeScalars.count >= 4 else { return [part] }
                let after = String(part[part.index(after: cut)...])
                // After a blank, only a Chinese site name: "华为发布 Mate60" keeps its model.
                guard isSiteName(after), mark == "-" || after.unicodeScalars.contains(where: TextCleaner.isCJK)
                else { return [part] }
                return [String(part[..<cut]), String(part[part.index(after: cut)...])]
            }
        }
        return parts.map { part in
            var scalars = Substring(part).unicodeScalars[...]
            while let first = scalars.first, isPartEdge(first) { scalars = scalars.dropFirst() }
            while let last = scalars.last, isPartEdge(last) { scalars = scalars.dropLast() }
            return TextCleaner.clean(scalars)
        }.filter { !$0.isEmpty }
    }

    private static func isPartEdge(_ scalar: Unicode.Scalar) -> Bool {
        TextCleaner.isBlank(scalar) || scalar == "-" || scalar == "—" || scalar == "–" || scalar == "－"
    }

    /// A part of `<title>` that names the site or a channel, not the article.
    static func isSiteName(_ part: String) -> Bool {
        let trimmed = TextCleaner.clean(part)
        // A Chinese page's article title is in Chinese: a part without a Chinese character names
        // the site ("Xining County Bureau of …", "Untitled Document").
        if !trimmed.unicodeScalars.contains(where: TextCleaner.isCJK) { return true }
        // A channel's name: "要闻", "工作动态", "政策文件".
        if trimmed.unicodeScalars.count <= 4 { return true }
        return siteEndings.contains { trimmed.endsWith($0) } || siteFragments.contains { trimmed.includes($0) }
            || siteGreetings.contains { trimmed.startsWith($0) }
            || (trimmed.unicodeScalars.count <= 12 && officeEndings.contains { trimmed.endsWith($0) })
    }

    /// The `<title>` without the site's and channels' names: its longest part that names no
    /// site ("新闻中心 - 标题 - 某市政府" → "标题"), else its longest part.
    static func articlePart(of pageTitle: String) -> String {
        var parts = titleParts(of: pageTitle)
        // "标题——副题_站名": the title is what stands before the dash.
        if let main = pageTitle.prefix(before: "——") {
            let mainParts = titleParts(of: main).filter { !isSiteName($0) && $0.unicodeScalars.count >= 4 }
            if !mainParts.isEmpty { parts = mainParts }
        }
        let longest = { (candidates: [String]) in candidates.max { $0.unicodeScalars.count < $1.unicodeScalars.count } }
        return longest(parts.filter { !isSiteName($0) }) ?? longest(parts) ?? pageTitle
    }

    /// Badges a site prints inside its headline element: "标题原创", "独家 标题".
    static let badges = ["原创", "独家", "置顶", "热门", "推荐", "最新", "转载", "视频", "图文", "首发"]

    /// The heading without a badge at either end that the stated titles do not carry; as it
    /// is when the page states no title to compare with.
    static func withoutBadge(_ text: String, unlike targets: [String]) -> String {
        guard !targets.isEmpty else { return text }
        for badge in badges where !targets.contains(where: { $0.includes(badge) }) {
            if text.endsWith(badge), text.utf8.count > badge.utf8.count + 6 {
                return TextCleaner.clean(Substring(text.utf8.dropLast(badge.utf8.count)).unicodeScalars)
            }
            if text.startsWith(badge), text.utf8.count > badge.utf8.count + 6 {
                return TextCleaner.clean(Substring(text.utf8.dropFirst(badge.utf8.count)).unicodeScalars)
            }
        }
        return text
    }

    /// "【权威发布】标题" → "标题": a bracketed column tag before a title.
    static func withoutColumnTag(_ text: String) -> String? {
        guard text.unicodeScalars.first == "【" else { return nil }
        let scalars = Array(text.unicodeScalars)
        guard scalars.first == "【", let close = scalars.prefix(12).firstIndex(of: "】"), close + 1 < scalars.count else {
            return nil
        }
        return TextCleaner.clean(scalars[(close + 1)...])
    }

    /// The article titles the page's meta tags state, if any.
    static func metaTitles(_ meta: [String: String]) -> [String] {
        let lowered = Dictionary(meta.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        return titleMetaKeys.compactMap { key in
            lowered[key].map { articlePart(of: $0) }.flatMap {
                $0.unicodeScalars.count >= 4 && !isSiteName($0) ? $0 : nil
            }
        }
    }

    /// True when the meta tags or `<title>` name an article, not only a site and its channel.
    static func statesArticleTitle(pageTitle: String?, meta: [String: String]) -> Bool {
        !metaTitles(meta).isEmpty || pageTitle.map { !isSiteName(articlePart(of: $0)) } == true
    }

    /// The title line of a page that states none: the last line above the article that reads as
    /// a title (before the byline under it), else the article's first line when it does.
    static func titleLine(before preamble: [String], opening article: [String]) -> String? {
        func readsAsTitle(_ line: String) -> Bool {
            let count = line.unicodeScalars.count
            return count >= 5 && count <= 80 && !line.includes("。") && !TrailerLines.isMetadata(line)
                && !TrailerLines.isDateLine(line)
                && Timestamp.iso(from: line) == nil && !FurnitureLines.isFurniture(line)
                && !PageFurniture.linePrefixSet.starts(line)
                && !PageFurniture.footerFragmentSet.occurs(in: line) && !line.includes(">") && !line.includes("»")
        }
        // Lines of the byline under the title are passed over: "发布时间：…", "2025-06-12".
        var lines = preamble[...]
        while let last = lines.last, TrailerLines.isMetadata(last) || Timestamp.iso(from: last) != nil {
            lines = lines.dropLast()
        }
        if let last = lines.last, readsAsTitle(last) { return last }
        return article.first.flatMap { readsAsTitle($0) && !LineShape.isSentence($0) ? $0 : nil }
    }

    /// The title a page states without a heading in its markup: the meta tags', else `<title>`'s.
    static func statedTitle(pageTitle: String?, meta: [String: String]) -> String? {
        metaTitles(meta).first ?? pageTitle.map(articlePart)
    }

    /// The heading element whose text best matches the page's stated titles; nil when none
    /// does. A page that states no article title (none, or only its site's name) takes its
    /// first `<h1>`, else its first title-classed element.
    func articleHeading(matching pageTitle: String?, meta: [String: String] = [:]) -> Heading? {
        let article = pageTitle.map(Self.articlePart).flatMap { Self.isSiteName($0) ? nil : $0 }
        let targets = ([article].compactMap { $0 } + Self.metaTitles(meta)).map(Self.squash).filter { !$0.isEmpty }
        let targetStarts = Set(targets.compactMap { $0.unicodeScalars.first })
        var best: (heading: Heading, score: Double)?
        var firstFallback: Heading?
        // Headings and title-classed elements first; other small elements only when none of
        // those says the stated title exactly.
        for pass in 0..<2 {
            if pass == 1, targets.isEmpty || (best?.score ?? 0) >= 1 { break }
            for index in tree.nodes.indices where !excluded[index] && !tree.nodes[index].isText {
                let node = tree.nodes[index]
                guard node.end - index <= Self.maximumHeadingNodes else { continue }
                let isHeading = node.name == "h1" || node.name == "h2" || node.name == "h3"
                let isTitled =
                    !isHeading && tree.hints[index].contains(.title) && Self.titledElements.contains(node.name)
                if pass == 0 { guard isHeading || isTitled else { continue } }
                // Other elements only count when they are small, no link, and say a title exactly.
                if pass == 1 {
                    guard !isHeading, !isTitled, node.end - index <= 24, !node.isLink,
                        startsLikeATarget(index, targetStarts)
                    else { continue }
                }
                guard var heading = heading(at: index) else { continue }
                // A column tag the stated title does not carry is not part of the title.
                if let bare = Self.withoutColumnTag(heading.text), targets.contains(Self.squash(bare)) {
                    heading.text = bare
                }
                if targets.isEmpty {
                    if node.name == "h1" { return heading }
                    // WeChat sets its title in a title-classed <h2>.
                    if isTitled || tree.hints[index].contains(.title), firstFallback == nil { firstFallback = heading }
                    continue
                }
                var text = Self.squash(heading.text)
                var overlap = targets.map { Self.overlap(text, $0) }.max() ?? 0
                // A long title wrapped with a <br>: the two lines together are the stated title.
                if let subtitle = heading.subtitle {
                    let joined = Self.squash(heading.text + subtitle)
                    let joinedOverlap = targets.map { Self.overlap(joined, $0) }.max() ?? 0
                    if joinedOverlap > overlap {
                        heading.text = TextCleaner.clean(heading.text + subtitle)
                        heading.subtitle = nil
                        text = joined
                        overlap = joinedOverlap
                    }
                }
                guard isHeading || isTitled ? overlap >= 0.5 : overlap == 1 else { continue }
                let score = overlap + (node.name == "h1" ? 0.2 : node.name == "h2" ? 0.1 : isTitled ? 0.05 : 0)
                // Ties go to the earlier element in the page.
                if score > (best?.score ?? 0) || (score == best?.score && index < best!.heading.index) {
                    best = (heading, score)
                }
            }
        }
        guard var found = best?.heading ?? firstFallback else { return nil }
        found.text = Self.withoutBadge(found.text, unlike: targets)
        if found.subtitle == nil { found.subtitle = subtitle(after: found.index) }
        return found
    }

    /// The text of a subtitle-classed element right after the heading, without its dash.
    private func subtitle(after index: Int) -> String? {
        var next = tree.nodes[index].end
        while next < tree.nodes.count, tree.nodes[next].isText,
            tree.nodes[next].text.unicodeScalars.allSatisfy({ TextCleaner.isBlank($0) || $0.value <= 0x20 })
        {
            next += 1
        }
        guard next < tree.nodes.count, !excluded[next], tree.hints[next].contains(.subtitle),
            let text = heading(at: next)?.text
        else { return nil }
        return TextCleaner.withoutLeadingDashes(text)
    }

    /// True when the first letter of the element's text is the first letter of a target.
    private func startsLikeATarget(_ index: Int, _ starts: Set<Unicode.Scalar>) -> Bool {
        guard !starts.isEmpty else { return false }
        for inner in (index + 1)..<tree.nodes[index].end where tree.nodes[inner].isText && !excluded[inner] {
            if let first = tree.nodes[inner].text.unicodeScalars.first(where: {
                !TextCleaner.isBlank($0) && $0.value > 0x20
            }) {
                return starts.contains(first)
            }
        }
        return false
    }

    /// The element's text, parted at its first `<br>` into title and subtitle; nil when the
    /// text is too short or too long for a title.
    private func heading(at index: Int) -> Heading? {
        var before = ""
        var after = ""
        var sawBreak = false
        for inner in (index + 1)..<tree.nodes[index].end where !excluded[inner] {
            let node = tree.nodes[inner]
            if node.isText {
                if sawBreak { after += node.text } else { before += node.text }
            } else if node.name == "br", !before.isEmpty {
                sawBreak = true
            }
        }
        let title = Self.withoutEndIcons(TextCleaner.clean(before.unicodeScalars))
        let length = title.unicodeScalars.count
        guard length >= 4, length <= 120 else { return nil }
        let subtitle = TextCleaner.clean(after.unicodeScalars)
        return Heading(index: index, text: title, subtitle: subtitle.isEmpty ? nil : subtitle)
    }

    /// The heading without private-use characters at either end: icon-font glyphs and
    /// characters no encoding defines, which no headline ends with ("投身外交(3)\u{E004}").
    static func withoutEndIcons(_ text: String) -> String {
        func isIcon(_ scalar: Unicode.Scalar) -> Bool { (0xE000...0xF8FF).contains(scalar.value) }
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last, isIcon(first) || isIcon(last)
        else { return text }
        let scalars = Array(text.unicodeScalars)
        let start = scalars.firstIndex { !isIcon($0) } ?? scalars.count
        let end = (scalars.lastIndex { !isIcon($0) } ?? -1) + 1
        return start < end ? TextCleaner.clean(scalars[start..<end]) : ""
    }

    /// Share of the target covered by the longest common prefix or containment.
    static func overlap(_ candidate: String, _ target: String) -> Double {
        guard !candidate.isEmpty, !target.isEmpty else { return 0 }
        if candidate == target { return 1 }
        let candidateCount = candidate.unicodeScalars.count
        let targetCount = target.unicodeScalars.count
        if target.includes(candidate) || candidate.includes(target) {
            return Double(min(candidateCount, targetCount)) / Double(max(candidateCount, targetCount))
        }
        let common = zip(candidate.unicodeScalars, target.unicodeScalars).prefix { $0 == $1 }.count
        return Double(common) / Double(max(candidateCount, targetCount))
    }

    /// The text as titles are matched: without blanks, dashes and bars, which `<title>`s
    /// and headings write differently ("增强——前4个月" in the heading, "增强-前4个月" in `<title>`).
    static func squash(_ text: String) -> String {
        String(
            scalars: text.unicodeScalars.filter { !TextCleaner.isBlank($0) && !" -—–－|｜丨".unicodeScalars.contains($0) })
    }
}
