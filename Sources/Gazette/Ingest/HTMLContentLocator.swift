/// Chooses the element that holds the article on any page, without site rules: elements
/// that directly hold prose pass a score to their parent and grandparent (more for more
/// punctuation and length), then scores are damped by link density and nudged by class hints.
struct HTMLContentLocator {
    let tree: HTMLTree
    /// Nodes inside dropped elements or boilerplate-hinted containers.
    let excluded: [Bool]

    /// `showingHidden` reads elements hidden by `hidden` or `display:none` too: a page that
    /// shows its article only once a script has run keeps it there.
    init(tree: HTMLTree, showingHidden: Bool = false) {
        self.tree = tree
        self.excluded = HTMLContentLocator.exclusions(in: tree, showingHidden: showingHidden)
    }

    /// `display:none` in an inline style, blanks and case aside.
    static func hidesByStyle(_ style: String?) -> Bool {
        guard let style, style.utf8.count >= 12 else { return false }
        // Compare "display:none" against the style's letters and colons, blanks and case aside.
        let pattern = Array("display:none".utf8)
        var matched = 0
        for byte in style.utf8 where byte != 0x20 {
            let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if lowered == pattern[matched] {
                matched += 1
                if matched == pattern.count { return true }
            } else {
                matched = lowered == pattern[0] ? 1 : 0
            }
        }
        return false
    }

    /// Marks every node inside an element that never holds article text.
    static func exclusions(in tree: HTMLTree, showingHidden: Bool = false) -> [Bool] {
        var excluded = [Bool](repeating: false, count: tree.nodes.count)
        var index = 0
        while index < tree.nodes.count {
            let node = tree.nodes[index]
            let hidden =
                !showingHidden
                && (node.attribute("hidden") != nil || HTMLContentLocator.hidesByStyle(node.attribute("style")))
            let drop = !node.isText && ((node.kind.contains(.dropped) && !isArticlesOwn(index, in: tree)) || hidden)
            if drop {
                for inner in index..<node.end { excluded[inner] = true }
                index = node.end
            } else {
                index += 1
            }
        }
        return excluded
    }

    /// A `<header>` or `<footer>` inside an `<article>` holds that article's title and byline,
    /// not the page's chrome.
    static func isArticlesOwn(_ index: Int, in tree: HTMLTree) -> Bool {
        let name = tree.nodes[index].name
        guard name == "header" || name == "footer" else { return false }
        var ancestor = tree.nodes[index].parent
        while ancestor > 0 {
            if tree.nodes[ancestor].name == "article" { return true }
            ancestor = tree.nodes[ancestor].parent
        }
        return false
    }

    struct Measure {
        var characters = 0
        var linkCharacters = 0
        var punctuation = 0
    }

    /// Text, link text and punctuation under each node, computed bottom-up in one pass.
    func measures() -> [Measure] {
        var measures = [Measure](repeating: Measure(), count: tree.nodes.count)
        for index in stride(from: tree.nodes.count - 1, through: 0, by: -1) where !excluded[index] {
            let node = tree.nodes[index]
            if node.isText {
                for scalar in node.text.unicodeScalars where !TextCleaner.isBlank(scalar) && scalar.value > 0x20 {
                    measures[index].characters += 1
                    if HTMLVocabulary.isProsePunctuation(scalar) { measures[index].punctuation += 1 }
                }
            } else if node.isLink {
                measures[index].linkCharacters = measures[index].characters
            }
            let parent = node.parent
            if parent >= 0 {
                measures[parent].characters += measures[index].characters
                measures[parent].punctuation += measures[index].punctuation
                measures[parent].linkCharacters +=
                    node.isLink ? measures[index].characters : measures[index].linkCharacters
            }
        }
        return measures
    }

    /// Nodes inside an element whose class or id names page chrome (comments, related links…).
    func chrome() -> [Bool] {
        var flags = [Bool](repeating: false, count: tree.nodes.count)
        var index = 0
        while index < tree.nodes.count {
            let node = tree.nodes[index]
            if tree.hints[index].isChrome {
                for inner in index..<node.end { flags[inner] = true }
                index = node.end
            } else {
                index += 1
            }
        }
        return flags
    }

    /// The index of the article container, or nil when no element holds prose.
    ///
    /// Each run of prose scores for its nearest block element (1 + punctuation + length/100,
    /// at most 3 for length); blocks pass their score up to parent and grandparent, damped by
    /// link density and nudged by class hints. From the best element the container grows to
    /// its ancestors as long as they add a real share of prose (WeChat nests every paragraph
    /// in its own `<section>`).
    func locate() -> Int? {
        locate(measures())
    }

    private func locate(_ measures: [Measure]) -> Int? {
        var chrome = chrome()
        var holderScores = [Double](repeating: 0, count: tree.nodes.count)
        // Runs of ten characters or more make prose; a page whose article is shorter than that
        // ("<h1>停水通知</h1><p>今日停水。</p>") is read from its runs of two or more. A page
        // whose every run stands in an element named like chrome is read from those: an article
        // is never lost to a class name.
        for (minimum, withChrome) in [(10, false), (2, false), (10, true)]
        where !holderScores.contains(where: { $0 > 0 }) {
            if withChrome { chrome = [Bool](repeating: false, count: tree.nodes.count) }
            for index in tree.nodes.indices where !excluded[index] && !chrome[index] && tree.nodes[index].isText {
                let characters = measures[index].characters
                guard characters >= minimum, let holder = blockAncestor(of: index) else { continue }
                holderScores[holder] += 1 + Double(measures[index].punctuation) + min(Double(characters) / 100, 3)
            }
        }
        var subtree = holderScores
        for index in stride(from: tree.nodes.count - 1, through: 1, by: -1) where tree.nodes[index].parent >= 0 {
            subtree[tree.nodes[index].parent] += subtree[index]
        }
        var scores = [Double](repeating: 0, count: tree.nodes.count)
        for index in tree.nodes.indices where holderScores[index] > 0 {
            var ancestor = index
            for share in [1.0, 1.0, 0.5] {
                guard ancestor >= 0 else { break }
                scores[ancestor] += holderScores[index] * share
                ancestor = tree.nodes[ancestor].parent
            }
        }
        var best: Int?
        var bestScore = 0.0
        for index in tree.nodes.indices where scores[index] > 0 {
            let score = scores[index] * weight(of: index, measures[index])
            if score > bestScore {
                bestScore = score
                best = index
            }
        }
        guard var container = best else { return nil }
        // Inside an editor's container, that container is the article, whatever is around it.
        var editor = container
        while editor > 0, !tree.hints[editor].contains(.editor) { editor = tree.nodes[editor].parent }
        if editor > 0 { return editor }
        var ancestor = tree.nodes[container].parent
        while ancestor > 0, !["body", "html"].contains(tree.nodes[ancestor].name) {
            let measure = measures[ancestor]
            let linkDensity = measure.characters > 0 ? Double(measure.linkCharacters) / Double(measure.characters) : 1
            if linkDensity >= 0.3 { break }
            // Wrappers that add nothing are passed through; an ancestor that adds a real
            // share of prose becomes the container.
            if subtree[ancestor] - subtree[container] > 0.25 * subtree[container] { container = ancestor }
            ancestor = tree.nodes[ancestor].parent
        }
        // An editor's container inside the chosen element is the article: a block of other
        // prose beside it (leaders' news, summaries) scored higher.
        let inside = (container..<tree.nodes[container].end).filter {
            tree.hints[$0].contains(.editor) && !excluded[$0]
        }
        if let editor = inside.max(by: { measures[$0].characters < measures[$1].characters }),
            measures[editor].characters >= max(100, measures[container].characters / 5)
        {
            return editor
        }
        return container
    }

    /// The prose punctuation under the given elements: how much of an article they hold.
    func punctuation(under roots: [Int]) -> Int {
        let measures = measures()
        return roots.reduce(0) { $0 + measures[$1].punctuation }
    }

    /// The container and the prose elements right beside it under the same parent: an
    /// introduction before a list, a summary before the text. Each side stops at the first
    /// sibling that is no prose (a link list, a share bar, a heading without punctuation).
    /// An editor's container stands alone.
    func locateRoots() -> [Int]? {
        let measures = measures()
        guard let container = locate(measures) else { return nil }
        let parent = tree.nodes[container].parent
        guard parent >= 0, !tree.hints[container].contains(.editor) else { return [container] }
        let siblings = tree.children(of: parent).filter { !tree.nodes[$0].isText }
        guard let position = siblings.firstIndex(of: container) else { return [container] }
        // Sentences, not a byline ("2025年04月09日 | 来源：…") or a heading block.
        func isProse(_ index: Int) -> Bool {
            let measure = measures[index]
            return !excluded[index] && !tree.hints[index].isChrome && measure.characters >= 30
                && measure.punctuation >= 2
                && measure.linkCharacters * 10 < measure.characters * 3 && !holdsHeading(index)
        }
        var first = position
        var last = position
        while first > 0, isProse(siblings[first - 1]) { first -= 1 }
        while last + 1 < siblings.count, isProse(siblings[last + 1]) { last += 1 }
        return Array(siblings[first...last])
    }

    private func holdsHeading(_ index: Int) -> Bool {
        (index..<tree.nodes[index].end).contains { ["h1", "h2", "h3"].contains(tree.nodes[$0].name) }
    }

    private func weight(of index: Int, _ measure: Measure) -> Double {
        let node = tree.nodes[index]
        let linkDensity = measure.characters > 0 ? Double(measure.linkCharacters) / Double(measure.characters) : 1
        var weight = 1 - linkDensity
        if tree.hints[index].contains(.content) { weight *= 1.25 }
        if tree.hints[index].contains(.boilerplate) { weight *= 0.5 }
        if node.name == "article" || node.name == "main" { weight *= 1.25 }
        if node.name == "body" || node.name == "html" { weight *= 0.5 }
        return weight
    }

    /// The nearest ancestor of a text node that is not an inline element.
    private func blockAncestor(of index: Int) -> Int? {
        var ancestor = tree.nodes[index].parent
        while ancestor > 0, tree.nodes[ancestor].kind.contains(.inline) {
            if tree.nodes[ancestor].isLink { return nil }
            ancestor = tree.nodes[ancestor].parent
        }
        return ancestor > 0 ? ancestor : nil
    }
}
