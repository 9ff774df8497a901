/// A paragraph with the blanks between Chinese characters and numerals taken out, and the
/// way back to the paragraph's own offsets. Blanks between two Arabic digits, or next to
/// Latin letters and punctuation, stay: "1 2" is two numbers, "1, 234" three.
struct CompactView {
    let text: [Unicode.Scalar]
    /// For each scalar of `text`, its offset in the original paragraph.
    private let origin: [Int]

    /// Nil when the paragraph has no blank to take out.
    init?(_ original: [Unicode.Scalar]) {
        var removable: [Bool]? = nil
        var index = 0
        while index < original.count {
            guard TextCleaner.isBlank(original[index]) else {
                index += 1
                continue
            }
            var end = index
            while end < original.count, TextCleaner.isBlank(original[end]) { end += 1 }
            if index > 0, end < original.count, Self.joins(original[index - 1], original[end]) {
                if removable == nil { removable = [Bool](repeating: false, count: original.count) }
                for blank in index..<end { removable![blank] = true }
            }
            index = end
        }
        guard let removable else { return nil }
        var text: [Unicode.Scalar] = []
        var origin: [Int] = []
        text.reserveCapacity(original.count)
        origin.reserveCapacity(original.count)
        for (offset, scalar) in original.enumerated() where !removable[offset] {
            text.append(scalar)
            origin.append(offset)
        }
        self.text = text
        self.origin = origin
    }

    /// A blank between these two is layout, not a boundary: Chinese on one side, and Chinese
    /// or an Arabic digit on the other.
    private static func joins(_ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        let beforeChinese = TextCleaner.isCJK(before)
        let afterChinese = TextCleaner.isCJK(after)
        let beforeDigit = NumeralReader.digit(before) != nil
        let afterDigit = NumeralReader.digit(after) != nil
        return (beforeChinese && (afterChinese || afterDigit)) || (beforeDigit && afterChinese)
    }

    /// The figure with offsets and text of the original paragraph.
    func restore(_ figure: Figure, in original: [Unicode.Scalar]) -> Figure {
        var restored = figure
        restored.start = figure.start < origin.count ? origin[figure.start] : original.count
        restored.end = figure.end > 0 ? origin[figure.end - 1] + 1 : restored.start
        restored.text = String(scalars: original[restored.start..<restored.end])
        return restored
    }
}
