/// A span of a paragraph to wrap in an element: a figure, a date or a leading unit, at Unicode
/// scalar offsets `start..<end` as records give them.
package struct TextMark: Sendable {
    /// What the span is; earlier kinds win when spans overlap.
    package enum Kind: Int, Sendable, Comparable {
        case figure, date, organization

        package static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    package var kind: Kind
    /// The element's id, when it has one.
    package var id: String?
    package var start: Int
    package var end: Int
    /// The text the span must hold (a figure's or a date's `text`); nil takes whatever stands there.
    package var text: String?
    /// The element's opening tag, as the page made it (`<mark class="fig" …>`).
    package var open: String
    /// The closing tag (`</mark>`).
    package var close: String

    package init(kind: Kind, id: String? = nil, start: Int, end: Int, text: String?, open: String, close: String) {
        self.kind = kind
        self.id = id
        self.start = start
        self.end = end
        self.text = text
        self.open = open
        self.close = close
    }
}

/// Writes a paragraph as escaped text with its marks wrapped around their spans.
///
/// A mark that cannot be placed is left out and returned with the reason, never written half:
/// offsets outside the paragraph or empty, a span whose text is not the mark's, or a span that
/// overlaps one already placed (figures are placed first, then dates, then units). So the
/// markup is always well nested whatever offsets a record holds. Time is O(n log n) in the
/// marks plus the paragraph's length.
package enum MarkedParagraph {
    package enum Problem: Sendable, Equatable {
        case outOfRange, textDiffers, overlaps
    }

    @discardableResult
    package static func write(
        _ paragraph: String, marks: [TextMark], into writer: inout HTMLWriter
    ) -> [(mark: TextMark, problem: Problem)] {
        let scalars = Array(paragraph.unicodeScalars)
        guard !marks.isEmpty else {
            writer.text(scalars[...])
            return []
        }
        var refused: [(mark: TextMark, problem: Problem)] = []
        var placed: [[TextMark]] = []
        for kind in [TextMark.Kind.figure, .date, .organization] {
            let candidates = marks.filter { $0.kind == kind }.sorted { $0.start < $1.start }
            var cursor = 0
            var accepted: [TextMark] = []
            for mark in candidates {
                if let problem = problem(of: mark, in: scalars, after: cursor, clearOf: placed) {
                    refused.append((mark, problem))
                    continue
                }
                accepted.append(mark)
                cursor = mark.end
            }
            placed.append(accepted)
        }
        var cursor = 0
        for mark in placed.joined().sorted(by: { $0.start < $1.start }) {
            writer.text(scalars[cursor..<mark.start])
            writer.raw(mark.open)
            writer.text(scalars[mark.start..<mark.end])
            writer.raw(mark.close)
            cursor = mark.end
        }
        writer.text(scalars[cursor...])
        return refused
    }

    /// Why `mark` cannot be placed, or nil when it can: within the paragraph, holding its text,
    /// starting at or after `cursor` (the end of the last mark of its kind) and clear of every
    /// mark of the kinds placed before (each list sorted and without overlaps).
    private static func problem(
        of mark: TextMark, in scalars: [Unicode.Scalar], after cursor: Int, clearOf placed: [[TextMark]]
    ) -> Problem? {
        guard mark.start >= 0, mark.start < mark.end, mark.end <= scalars.count else { return .outOfRange }
        if let text = mark.text, !text.unicodeScalars.elementsEqual(scalars[mark.start..<mark.end]) {
            return .textDiffers
        }
        if mark.start < cursor { return .overlaps }
        for marks in placed where overlaps(mark, marks) { return .overlaps }
        return nil
    }

    /// True when `mark` overlaps one of `marks` (sorted by start, not overlapping each other).
    private static func overlaps(_ mark: TextMark, _ marks: [TextMark]) -> Bool {
        // The first mark that ends after `mark` starts is the only one that can overlap it first.
        var low = 0
        var high = marks.count
        while low < high {
            let middle = (low + high) / 2
            if marks[middle].end <= mark.start { low = middle + 1 } else { high = middle }
        }
        return low < marks.count && marks[low].start < mark.end
    }
}
