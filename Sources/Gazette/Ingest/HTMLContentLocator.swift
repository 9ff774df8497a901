/// Chooses the element that holds the article on any page, without site rules: elements
/// that directly hold prose pass a score to their parent and grandparent (more for more
/// punctuation and length), then scores are damped by link density and nudged by class hints.
struct HTMLContentLocator {
    let tree: HTMLTree
    /// Nodes inside dropped elements or boilerplate-hinted containers.
    let excluded: [Bool]

    init(tree: HTMLTree) {
        self.tree = tree
        self.excluded = HTMLContentLocator.exclusions(in: tree)
    }

    /// Marks every node inside an element that never holds article text.
    static func exclusions(in tree: HTMLTree) -> [Bool] {
        var excluded = [Bool](repeating: false, count: tree.nodes.count)
        var index = 0
        while index < tree.nodes.count {
            let node = tree.nodes[index]
            let drop = !node.isText && (HTMLVocabulary.droppedElements.contains(node.name) || node.attribute("hidden") != nil
                || (node.attribute("style") ?? "").replacingOccurrences(of: " ", with: "").contains("display:none"))
            if drop {
                for inner in index..<node.end { excluded[inner] = true }
                index = node.end
            } else {
                index += 1
            }
        }
        return excluded
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
                    if HTMLVocabulary.prosePunctuation.contains(scalar) { measures[index].punctuation += 1 }
                }
            } else if node.name == "a" {
                measures[index].linkCharacters = measures[index].characters
            }
            let parent = node.parent
            if parent >= 0 {
                measures[parent].characters += measures[index].characters
                measures[parent].punctuation += measures[index].punctuation
                measures[parent].linkCharacters += node.name == "a" ? measures[index].characters : measures[index].linkCharacters
            }
        }
        return measures
    }

    /// The index of the article container, or nil when no element holds prose.
    func locate() -> Int? {
        let measures = measures()
        var scores = [Double](repeating: 0, count: tree.nodes.count)
        for index in tree.nodes.indices where !excluded[index] && tree.nodes[index].isText {
            let node = tree.nodes[index]
            let characters = measures[index].characters
            guard characters >= 10, node.parent >= 0 else { continue }
            let holder = node.parent
            if tree.nodes[holder].name == "a" { continue }
            let score = 1 + Double(measures[index].punctuation) + min(Double(characters) / 100, 3)
            var ancestor = holder
            for share in [1.0, 1.0, 0.5, 0.25] {
                guard ancestor >= 0 else { break }
                scores[ancestor] += score * share
                ancestor = tree.nodes[ancestor].parent
            }
        }
        var best: Int?
        var bestScore = 0.0
        for index in tree.nodes.indices where scores[index] > 0 {
            let node = tree.nodes[index]
            let measure = measures[index]
            let linkDensity = measure.characters > 0 ? Double(measure.linkCharacters) / Double(measure.characters) : 1
            var score = scores[index] * (1 - linkDensity)
            if HTMLVocabulary.hint(HTMLVocabulary.contentHints, in: node) { score *= 1.25 }
            if HTMLVocabulary.hint(HTMLVocabulary.boilerplateHints, in: node) { score *= 0.5 }
            if node.name == "article" || node.name == "main" { score *= 1.25 }
            if node.name == "body" || node.name == "html" { score *= 0.5 }
            if score > bestScore {
                bestScore = score
                best = index
            }
        }
        return best
    }
}
