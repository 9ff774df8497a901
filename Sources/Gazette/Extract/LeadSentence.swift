/// The first sentence of a body: up to and including the first 。！？ (or all of a
/// paragraph without one).
enum LeadSentence {
    static func first(in paragraphs: [String]) -> String? {
        guard let paragraph = paragraphs.first(where: { !$0.isEmpty }) else { return nil }
        let scalars = paragraph.unicodeScalars
        var quoteDepth = 0
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            if scalar == "“" { quoteDepth += 1 } else if scalar == "”" { quoteDepth = max(0, quoteDepth - 1) }
            if quoteDepth == 0, isSentenceEnd(scalar) { break }
        }
        return String(scalars[..<index])
    }

    private static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "！", "？", "!", "?": true
        default: false
        }
    }
}
