/// The text a reader sees in one Markdown line: emphasis, code spans, escapes and inline HTML
/// dropped, a link's text kept without its address, and images taken out and listed.
///
///     "**1.加强组织领导。**各单位要……" → "1.加强组织领导。各单位要……"
///     "详见[附件1](files/a.pdf)"       → "详见附件1"
///     "![图1 施工现场](img/1.jpg)"      → "" with the image (alt "图1 施工现场", src "img/1.jpg")
///
/// A mark that opens nothing stays as written: "3*4", "a_b", "**" alone.
struct MarkdownInline {
    struct Image: Equatable {
        var alt: String
        var source: String
    }

    private(set) var text: [Unicode.Scalar] = []
    private(set) var images: [Image] = []
    /// Where each bracket and parenthesis closes, and where each run of backticks of a
    /// length recurs: found once per line, so that reading stays linear however the marks pile up.
    private let pairs: Pairs
    /// Link ends: reaching the key (a link's "]"), reading goes on at the value (after its address).
    private var linkEnds: [Int: Int] = [:]

    /// Reads `line`, one line or the joined lines of a paragraph.
    init(_ line: some StringProtocol) {
        let scalars = Array(line.unicodeScalars)
        pairs = Pairs(scalars)
        var index = 0
        while index < scalars.count {
            index = read(scalars, at: index)
        }
        text = Self.withoutEmphasis(text)
    }

    var string: String { TextCleaner.clean(text[...]) }

    /// Reads what starts at `index` and returns where the next thing starts.
    private mutating func read(_ s: [Unicode.Scalar], at index: Int) -> Int {
        if let end = linkEnds.removeValue(forKey: index) { return end }
        let scalar = s[index]
        switch scalar {
        case "\\":
            // "\*", "1\." (a number a converter kept from being read as a list): the mark itself.
            if index + 1 < s.count, Self.escapable.contains(s[index + 1]) {
                text.append(s[index + 1])
                return index + 2
            }
        case "`":
            let ticks = pairs.tickRun[index]
            if ticks > 0, let close = pairs.nextTickRun(ofLength: ticks, after: index) {
                text.append(contentsOf: s[(index + ticks)..<close])
                return close + ticks
            }
            let run = max(ticks, 1)
            text.append(contentsOf: s[index..<(index + run)])
            return index + run
        case "!":
            if index + 1 < s.count, s[index + 1] == "[", let link = link(in: s, at: index + 1) {
                let alt = TextCleaner.clean(Self.withoutEmphasis(Array(s[(index + 2)..<link.close])))
                images.append(Image(alt: alt, source: link.target))
                return link.end
            }
        case "[":
            // "[^1]": a footnote's reference, no text.
            if index + 1 < s.count, s[index + 1] == "^", let close = pairs.close[index] {
                return close + 1
            }
            if let link = link(in: s, at: index) {
                // The label is read where it stands; its "]" jumps past the address.
                linkEnds[link.close] = link.end
                return index + 1
            }
        case "<":
            if let end = pairs.nextAngle(after: index), end > index + 1, end - index <= Self.longestTag {
                let inside = Array(s[(index + 1)..<end])
                // "<https://…>": an address shown as written.
                if let colon = inside.firstIndex(of: ":"), colon > 1, !inside.contains(" ") {
                    text += inside
                    return end + 1
                }
                if let image = Self.htmlImage(inside) {
                    images.append(image)
                    return end + 1
                }
                if Self.isTag(inside) {
                    if Self.breaks(inside) { text.append(" ") }
                    return end + 1
                }
            }
        case "&":
            if let (decoded, end) = Self.entity(in: s, at: index) {
                text.append(decoded)
                return end
            }
        default:
            break
        }
        text.append(scalar)
        return index + 1
    }

    /// The longest HTML tag read as one, in scalars; a "<" with no ">" that near is text.
    static let longestTag = 400

    /// Marks a backslash can escape (CommonMark's ASCII punctuation).
    static let escapable = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars)

    /// `[label](target "title")` or `[label][ref]` starting at `index`: where the label closes,
    /// the address (empty for a reference) and where the link ends.
    private func link(in s: [Unicode.Scalar], at index: Int) -> (close: Int, target: String, end: Int)? {
        guard let close = pairs.close[index], close + 1 < s.count else { return nil }
        if s[close + 1] == "(", let end = pairs.close[close + 1] {
            var target = TextCleaner.clean(s[(close + 2)..<end])
            // `(img/1.jpg "标题")`: the address without its title.
            if let space = target.firstIndex(of: " ") { target = String(target[..<space]) }
            if target.hasPrefix("<"), target.hasSuffix(">") { target = String(target.dropFirst().dropLast()) }
            return (close, target, end + 1)
        }
        if s[close + 1] == "[", let end = pairs.close[close + 1] {
            return (close, "", end + 1)
        }
        return nil
    }

    /// Where the brackets and parentheses of a line close, and its runs of backticks.
    struct Pairs {
        /// For an opening "[" or "(" (not escaped), the index of the mark that closes it.
        var close: [Int: Int] = [:]
        /// The length of the run of backticks starting at each index (0 inside or outside one).
        var tickRun: [Int]
        /// Starts of the runs of backticks, by length.
        private var runs: [Int: [Int]] = [:]
        /// For each index, the first ">" at or after it (`count` when none).
        private var angle: [Int]

        init(_ s: [Unicode.Scalar]) {
            tickRun = Array(repeating: 0, count: s.count)
            angle = Array(repeating: s.count, count: s.count + 1)
            var brackets: [Int] = []
            var parens: [Int] = []
            var index = 0
            while index < s.count {
                switch s[index] {
                case "\\":
                    index += 2
                    continue
                case "[": brackets.append(index)
                case "]": if let open = brackets.popLast() { close[open] = index }
                case "(": parens.append(index)
                case ")": if let open = parens.popLast() { close[open] = index }
                case "`":
                    let length = s[index...].prefix { $0 == "`" }.count
                    tickRun[index] = length
                    runs[length, default: []].append(index)
                    index += length
                    continue
                default: break
                }
                index += 1
            }
            for position in s.indices.reversed() {
                angle[position] = s[position] == ">" ? position : angle[position + 1]
            }
        }

        /// The start of the next run of exactly `length` backticks after `index`.
        func nextTickRun(ofLength length: Int, after index: Int) -> Int? {
            guard let starts = runs[length] else { return nil }
            var low = 0
            var high = starts.count
            while low < high {
                let middle = (low + high) / 2
                if starts[middle] <= index { low = middle + 1 } else { high = middle }
            }
            return low < starts.count ? starts[low] : nil
        }

        /// The first ">" after `index`.
        func nextAngle(after index: Int) -> Int? {
            let next = index + 1 < angle.count ? angle[index + 1] : angle.count - 1
            return next < angle.count - 1 ? next : nil
        }
    }

    /// `img src="…" alt="…"` (inside the angle brackets).
    static func htmlImage(_ inside: [Unicode.Scalar]) -> Image? {
        let tag = String(scalars: inside)
        guard tag.lowercased().hasPrefix("img") else { return nil }
        return Image(alt: attribute("alt", in: tag) ?? "", source: attribute("src", in: tag) ?? "")
    }

    static func attribute(_ name: String, in tag: String) -> String? {
        for quote in ["\"", "'"] {
            if let value = tag.suffix(after: name + "=" + quote)?.prefix(before: quote) { return value }
        }
        return nil
    }

    /// "span", "/span", "br/", "font color=red": an HTML tag, not a "<" in text ("<5%").
    static func isTag(_ inside: [Unicode.Scalar]) -> Bool {
        let name = inside.drop { $0 == "/" }.prefix { $0.isASCII && $0.properties.isAlphabetic }
        return !name.isEmpty && name.count <= 10 && inside.allSatisfy { $0 != "<" }
    }

    static func breaks(_ inside: [Unicode.Scalar]) -> Bool {
        let name = String(scalars: inside.drop { $0 == "/" }.prefix { $0.isASCII && $0.properties.isAlphabetic })
        return ["br", "p", "div", "li", "tr"].contains(name.lowercased())
    }

    static let entities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "nbsp": " ", "apos": "'", "ensp": " ", "emsp": " ",
    ]

    /// "&amp;", "&lt;", "&#20013;", "&#x4E2D;".
    static func entity(in s: [Unicode.Scalar], at index: Int) -> (Unicode.Scalar, Int)? {
        guard let semicolon = s[index...].prefix(12).firstIndex(of: ";"), semicolon > index + 1 else { return nil }
        let name = String(scalars: s[(index + 1)..<semicolon])
        if let scalar = entities[name] { return (scalar, semicolon + 1) }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return value.flatMap(Unicode.Scalar.init).map { ($0, semicolon + 1) }
    }

    /// The text without the runs of `*`, `_` and `~~` that open and close emphasis. A run opens
    /// when text follows it and closes when text precedes it; `_` inside a word ("file_name")
    /// is a letter.
    static func withoutEmphasis(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard s.contains(where: { $0 == "*" || $0 == "_" || $0 == "~" }) else { return s }
        var runs: [(start: Int, length: Int, mark: Unicode.Scalar, opens: Bool, closes: Bool)] = []
        var index = 0
        while index < s.count {
            let mark = s[index]
            guard mark == "*" || mark == "_" || mark == "~" else {
                index += 1
                continue
            }
            let length = s[index...].prefix { $0 == mark }.count
            let before = index > 0 ? s[index - 1] : " "
            let after = index + length < s.count ? s[index + length] : " "
            var opens = !isSpace(after)
            var closes = !isSpace(before)
            if mark == "_" {
                let wordBefore = isWordLetter(before)
                let wordAfter = isWordLetter(after)
                opens = opens && !wordBefore
                closes = closes && !wordAfter
            }
            if mark != "~" || length == 2 { runs.append((index, length, mark, opens, closes)) }
            index += length
        }
        // Pair each closing run with the nearest open run of the same mark and length.
        var removed = Set<Int>()
        var stack: [Int] = []
        for (offset, run) in runs.enumerated() {
            if run.closes,
                let match = stack.lastIndex(where: {
                    runs[$0].mark == run.mark && runs[$0].length == run.length
                })
            {
                for scalar in runs[stack[match]].start..<(runs[stack[match]].start + runs[stack[match]].length) {
                    removed.insert(scalar)
                }
                for scalar in run.start..<(run.start + run.length) { removed.insert(scalar) }
                stack.removeSubrange(match...)
            } else if run.opens {
                stack.append(offset)
            }
        }
        guard !removed.isEmpty else { return s }
        return s.indices.filter { !removed.contains($0) }.map { s[$0] }
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || TextCleaner.isBlank(scalar)
    }

    private static func isWordLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
    }
}
