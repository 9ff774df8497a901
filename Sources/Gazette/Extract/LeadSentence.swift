/// The first sentence of a body: up to and including the first 。！？ (or all of a
/// paragraph without one).
enum LeadSentence {
    static func first(in paragraphs: [String]) -> String? {
        guard let paragraph = paragraphs.first(where: { !$0.isEmpty }) else { return nil }
        var sentence = String.UnicodeScalarView()
        var quoteDepth = 0
        for scalar in paragraph.unicodeScalars {
            sentence.append(scalar)
            if scalar == "“" { quoteDepth += 1 } else if scalar == "”" { quoteDepth = max(0, quoteDepth - 1) }
            if quoteDepth == 0, "。！？!?".unicodeScalars.contains(scalar) { break }
        }
        return String(sentence)
    }
}
