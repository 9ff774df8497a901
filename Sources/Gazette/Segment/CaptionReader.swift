/// Recognizes photo captions: "①……", "- ①……", "图1 ……", "▲ ……", and table captions
/// "表1 ……" (and blocks the source marked as captions). Captions never become section body.
enum CaptionReader {
    /// Longest caption accepted from a plain-text line, in scalars.
    static let maximumLength = 160

    /// A line starting with a circled number and no list dash: a caption or an enumerated point.
    static func isNumberedItem(_ block: Block) -> Bool {
        block.kind != .caption && block.text.unicodeScalars.first.map(CaptionMarks.isCircledNumber) == true
    }

    static func caption(from block: Block) -> Caption? {
        // A paragraph too long to be a caption is told by its bytes (at most four a scalar),
        // before its scalars are copied.
        if block.kind != .caption, block.text.utf8.count > (maximumLength + 2) * 4 { return nil }
        var s = Array(block.text.unicodeScalars)
        // A list dash before the marker: "- ①……"
        if s.count > 2, s[0] == "-" || s[0] == "·" || s[0] == "•", s[1] == " " || CaptionMarks.isCircledNumber(s[1]) {
            s.removeFirst(s[1] == " " ? 2 : 1)
        }
        guard let first = s.first else { return nil }
        if block.kind == .caption {
            if let (marker, text) = figureOrTableMarker(s) {
                return Caption(marker: marker, text: text, image: block.image)
            }
            let (marker, text) = split(s)
            return Caption(marker: marker, text: text, image: block.image)
        }
        guard s.count <= maximumLength else { return nil }
        if CaptionMarks.isCircledNumber(first) || CaptionMarks.pointers.contains(first) {
            let (marker, text) = split(s)
            return text.isEmpty ? nil : Caption(marker: marker, text: text, image: block.image)
        }
        if let (marker, text) = figureOrTableMarker(s) { return Caption(marker: marker, text: text) }
        if first == "图", s.count > 3, s[1] == "为" { return Caption(marker: nil, text: block.text) }
        return nil
    }

    /// "图1 ……", "图一：……"; "表1 2022年年末常住人口数及其构成" over a table: the marker and the text.
    static func figureOrTableMarker(_ s: [Unicode.Scalar]) -> (String, String)? {
        guard let first = s.first, first == "图" || first == "表", s.count > 3 else { return nil }
        var end = 1
        while end < s.count, NumeralReader.digit(s[end]) != nil || NumeralTables.chineseDigit(s[end]) != nil {
            end += 1
        }
        guard end > 1, end < s.count else { return nil }
        let separated = " ：:.．、　".unicodeScalars.contains(s[end])
        if first == "表", !(separated && s.count <= 80 && !s.contains("。")) { return nil }
        guard separated || !NumeralReader.startsNumber(s[end]) else { return nil }
        return (String(scalars: s[0..<end]), trimmed(s[end...]))
    }

    /// "单位：万人", "计量单位：亿元": the unit line printed under a table's caption.
    static func isUnitLine(_ text: String) -> Bool {
        text.unicodeScalars.count <= 24 && (text.startsWith("单位：") || text.startsWith("单位:") || text.startsWith("计量单位"))
    }

    private static func split(_ s: [Unicode.Scalar]) -> (String?, String) {
        guard let first = s.first, CaptionMarks.isCircledNumber(first) || CaptionMarks.pointers.contains(first) else {
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
