/// Recognizes photo captions: "①……", "- ①……", "图1 ……", "▲ ……" (and blocks the source
/// marked as captions). Captions never become section body.
enum CaptionReader {
    /// Circled numbers ①…⑳ and ❶…❿ mark numbered photos.
    static func isCircledNumber(_ scalar: Unicode.Scalar) -> Bool {
        (0x2460...0x2473).contains(scalar.value) || (0x2776...0x277F).contains(scalar.value) || (0x2780...0x2789).contains(scalar.value)
    }

    static let arrowMarkers: Set<Unicode.Scalar> = ["▲", "△", "▼", "↑"]

    /// Longest caption accepted from a plain-text line, in scalars.
    static let maximumLength = 160

    /// A line starting with a circled number and no list dash: a caption or an enumerated point.
    static func isNumberedItem(_ block: Block) -> Bool {
        block.kind != .caption && block.text.unicodeScalars.first.map(isCircledNumber) == true
    }

    static func caption(from block: Block) -> Caption? {
        // A paragraph too long to be a caption is told by its bytes (at most four a scalar),
        // before its scalars are copied.
        if block.kind != .caption, block.text.utf8.count > (maximumLength + 2) * 4 { return nil }
        var s = Array(block.text.unicodeScalars)
        // A list dash before the marker: "- ①……"
        if s.count > 2, s[0] == "-" || s[0] == "·" || s[0] == "•", s[1] == " " || isCircledNumber(s[1]) {
            s.removeFirst(s[1] == " " ? 2 : 1)
        }
        guard let first = s.first else { return nil }
        if block.kind == .caption {
            let (marker, text) = split(s)
            return Caption(marker: marker, text: text, image: block.image)
        }
        guard s.count <= maximumLength else { return nil }
        if isCircledNumber(first) || arrowMarkers.contains(first) {
            let (marker, text) = split(s)
            return text.isEmpty ? nil : Caption(marker: marker, text: text, image: block.image)
        }
        // "图1 ……", "图一：……", "图为……"
        if first == "图", s.count > 3 {
            var end = 1
            while end < s.count, NumeralReader.digit(s[end]) != nil || NumeralTables.chineseDigit(s[end]) != nil { end += 1 }
            if end > 1, end < s.count, " ：:.．、　".unicodeScalars.contains(s[end]) || !NumeralReader.startsNumber(s[end]) {
                let marker = String(scalars: s[0..<end])
                return Caption(marker: marker, text: trimmed(s[end...]))
            }
            if s[1] == "为" { return Caption(marker: nil, text: block.text) }
        }
        return nil
    }

    private static func split(_ s: [Unicode.Scalar]) -> (String?, String) {
        guard let first = s.first, isCircledNumber(first) || arrowMarkers.contains(first) else {
            return (nil, trimmed(s[...]))
        }
        return (String(first), trimmed(s[1...]))
    }

    private static func trimmed(_ s: ArraySlice<Unicode.Scalar>) -> String {
        var slice = s
        while let first = slice.first, " ：:.．、　".unicodeScalars.contains(first) { slice.removeFirst() }
        return String(scalars: slice)
    }
}
