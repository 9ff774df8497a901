/// The ids of a review page, and where a finding's JSON Pointer leads on it.
///
/// Sections are `s-` and their positions from 1 along the tree ("s-2-1": the first sub-item of
/// the second item), so ids stay unique when a record numbers its items wrongly. A figure is
/// `f-PART-K` and a date `d-PART-K`, K its index in its part's array (as in the pointer), PART
/// one of `t` (title and subtitle), `l` (lead), `c` (closing), a section's `s-…` or `cap-N`.
package enum ReviewAnchors {
    package static let top = "top"

    package static func section(_ positions: [Int]) -> String {
        "s-" + positions.map(String.init).joined(separator: "-")
    }

    package static func figure(_ part: String, _ index: Int) -> String { "f-\(part)-\(index)" }
    package static func date(_ part: String, _ index: Int) -> String { "d-\(part)-\(index)" }
    package static func caption(_ position: Int) -> String { "cap-\(position)" }
    package static func table(_ position: Int) -> String { "tab-\(position)" }

    /// The ids a finding at `pointer` may link to, the most specific first; the last is always
    /// `top`, so a page that lacks the others still has a target.
    package static func candidates(for pointer: String) -> [String] {
        let tokens = pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        return specific(tokens) + [top]
    }

    private static func specific(_ tokens: [String]) -> [String] {
        guard let head = tokens.first else { return [] }
        let rest = Array(tokens.dropFirst())
        switch head {
        case "title", "subtitle", "addressee", "signature", "attachments", "trailer", "metadata":
            return [head]
        case "titleFigures", "titleDates":
            return mention(rest, part: "t", key: head == "titleFigures" ? "figures" : "dates") + ["title"]
        case "lead", "closing":
            let part = head == "lead" ? "l" : "c"
            return mention(Array(rest.dropFirst()), part: part, key: rest.first) + [head]
        case "sections":
            return sectionCandidates(tokens)
        case "captions":
            guard let index = rest.first.flatMap(Int.init) else { return [] }
            let part = caption(index + 1)
            return mention(Array(rest.dropFirst(2)), part: part, key: rest.dropFirst().first) + [part]
        case "tables":
            guard let index = rest.first.flatMap(Int.init) else { return [] }
            return [table(index + 1)]
        default:
            return []
        }
    }

    /// The figure or date a pointer's tail names (`figures`/`dates`, then an index), if any.
    private static func mention(_ tail: [String], part: String, key: String?) -> [String] {
        guard let index = tail.first.flatMap(Int.init) else { return [] }
        switch key {
        case "figures": return [figure(part, index)]
        case "dates": return [date(part, index)]
        default: return []
        }
    }

    /// "/sections/1/sections/0/figures/2" → the figure, then section 2-1, then section 2.
    private static func sectionCandidates(_ tokens: [String]) -> [String] {
        var positions: [Int] = []
        var index = 0
        while index + 1 < tokens.count, tokens[index] == "sections", let position = Int(tokens[index + 1]) {
            positions.append(position + 1)
            index += 2
        }
        guard !positions.isEmpty else { return [] }
        let tail = Array(tokens[index...])
        let own = mention(Array(tail.dropFirst()), part: section(positions), key: tail.first)
        let enclosing = (1...positions.count).reversed().map { section(Array(positions.prefix($0))) }
        return own + enclosing
    }
}
