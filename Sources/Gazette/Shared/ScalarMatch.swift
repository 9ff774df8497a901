/// Whether a word stands at a position of a text, both as scalars: the one comparison the
/// recognizers of every stage make.
enum ScalarMatch {
    /// `surface` starts at `index` of `text` (false when it would run off either end).
    static func matches(_ surface: [Unicode.Scalar], in text: [Unicode.Scalar], at index: Int) -> Bool {
        guard index >= 0, index + surface.count <= text.count else { return false }
        for offset in surface.indices where text[index + offset] != surface[offset] { return false }
        return true
    }

    /// One of `words` starts at `index` of `text`.
    static func matchesAny(_ words: [[Unicode.Scalar]], in text: [Unicode.Scalar], at index: Int) -> Bool {
        words.contains { matches($0, in: text, at: index) }
    }
}
