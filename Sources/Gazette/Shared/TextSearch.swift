extension String {
    /// True when `needle` occurs in the string, compared as UTF-8 bytes. Used instead of
    /// Foundation's `contains(_:)`, which goes through locale-aware comparison and is slow.
    func includes(_ needle: String) -> Bool {
        utf8Offset(of: needle) != nil
    }

    /// The UTF-8 offset where `needle` first occurs, compared as bytes.
    func utf8Offset(of needle: String) -> Int? {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { bytes in
            needle.withUTF8 { pattern in
                guard let first = pattern.first else { return 0 }
                guard bytes.count >= pattern.count else { return nil }
                var index = 0
                let last = bytes.count - pattern.count
                while index <= last {
                    if bytes[index] == first {
                        var offset = 1
                        while offset < pattern.count, bytes[index + offset] == pattern[offset] { offset += 1 }
                        if offset == pattern.count { return index }
                    }
                    index += 1
                }
                return nil
            }
        }
    }

    /// The text before the first `needle`, or nil when there is none.
    func prefix(before needle: String) -> String? {
        utf8Offset(of: needle).map { String(Substring(utf8.prefix($0))) }
    }

    /// The text after the first `needle`, or nil when there is none.
    func suffix(after needle: String) -> String? {
        utf8Offset(of: needle).map { String(Substring(utf8.dropFirst($0 + needle.utf8.count))) }
    }
}

extension String {
    /// `hasPrefix` by UTF-8 bytes: the standard one compares grapheme clusters and is slow.
    func startsWith(_ prefix: String) -> Bool {
        utf8.starts(with: prefix.utf8)
    }

    /// `hasSuffix` by UTF-8 bytes.
    func endsWith(_ suffix: String) -> Bool {
        let bytes = utf8
        let tail = suffix.utf8
        guard bytes.count >= tail.count else { return false }
        return bytes.suffix(tail.count).elementsEqual(tail)
    }

    /// The string without any of `set`'s scalars at either end ("【来源：某报】" trimmed of "【】").
    func trimmingScalars(in set: String) -> String {
        let marks = Set(set.unicodeScalars)
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, marks.contains(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, marks.contains(last) { scalars = scalars.dropLast() }
        return String(scalars)
    }
}

/// A fixed list of phrases searched for together, by UTF-8 bytes: the phrases are indexed by
/// their first byte, so a text is read once however many phrases there are.
struct PhraseSet: Sendable {
    private let byFirstByte: [[[UInt8]]]

    init(_ phrases: [String]) {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for phrase in phrases where !phrase.isEmpty {
            let bytes = Array(phrase.utf8)
            table[Int(bytes[0])].append(bytes)
        }
        byFirstByte = table
    }

    /// True when one of the phrases occurs in `text`.
    func occurs(in text: String) -> Bool {
        var text = text
        return text.withUTF8 { occurs(in: $0) }
    }

    /// True when one of the phrases occurs in `bytes`.
    func occurs(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for start in bytes.indices where matchesAt(start, in: bytes) { return true }
        return false
    }

    /// True when `text` starts with one of the phrases.
    func starts(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { $0.isEmpty ? false : matchesAt(0, in: $0) }
    }

    private func matchesAt(_ start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for phrase in byFirstByte[Int(bytes[start])] where start + phrase.count <= bytes.count {
            var offset = 1
            while offset < phrase.count, bytes[start + offset] == phrase[offset] { offset += 1 }
            if offset == phrase.count { return true }
        }
        return false
    }
}

/// Round brackets in running text ("（……）", "(……)"), read once for every use: what stands
/// inside the outermost ones, and what stands outside them.
enum Brackets {
    static func opens(_ scalar: Unicode.Scalar) -> Bool { scalar == "（" || scalar == "(" }
    static func closes(_ scalar: Unicode.Scalar) -> Bool { scalar == "）" || scalar == ")" }

    /// The scalars outside any brackets: "市场监管局（厅、委）" → "市场监管局".
    static func outside<S: Sequence>(_ scalars: S) -> [Unicode.Scalar] where S.Element == Unicode.Scalar {
        var depth = 0
        var kept: [Unicode.Scalar] = []
        for scalar in scalars {
            if opens(scalar) {
                depth += 1
            } else if closes(scalar) {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                kept.append(scalar)
            }
        }
        return kept
    }

    /// The contents of the outermost brackets, in order ("（A（B）C）" gives "A（B）C").
    static func contents(_ text: String) -> [String] {
        guard text.includes("（") || text.includes("(") else { return [] }
        var found: [String] = []
        var depth = 0
        var current: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            if opens(scalar) {
                if depth > 0 { current.append(scalar) }
                depth += 1
            } else if closes(scalar), depth > 0 {
                depth -= 1
                if depth == 0 {
                    found.append(String(scalars: current))
                    current = []
                } else {
                    current.append(scalar)
                }
            } else if depth > 0 {
                current.append(scalar)
            }
        }
        return found
    }
}
