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

    /// Where `surface` occurs in `text`, left to right and not overlapping, at most `limit` times.
    static func occurrences(
        of surface: [Unicode.Scalar], in text: [Unicode.Scalar], limit: Int = .max
    ) -> [Int] {
        guard !surface.isEmpty else { return [] }
        var found: [Int] = []
        var index = 0
        while index + surface.count <= text.count, found.count < limit {
            if matches(surface, in: text, at: index) {
                found.append(index)
                index += surface.count
            } else {
                index += 1
            }
        }
        return found
    }
}
