extension String {
    /// True when `needle` occurs in the string, compared as UTF-8 bytes. Used instead of
    /// Foundation's `contains(_:)`, which goes through locale-aware comparison and is slow.
    func includes(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { bytes in
            needle.withUTF8 { pattern in
                guard let first = pattern.first else { return true }
                guard bytes.count >= pattern.count else { return false }
                var index = 0
                let last = bytes.count - pattern.count
                while index <= last {
                    if bytes[index] == first {
                        var offset = 1
                        while offset < pattern.count, bytes[index + offset] == pattern[offset] { offset += 1 }
                        if offset == pattern.count { return true }
                    }
                    index += 1
                }
                return false
            }
        }
    }
}

extension String {
    /// `hasPrefix` by UTF-8 bytes: the standard one compares grapheme clusters and is slow.
    func startsWith(_ prefix: String) -> Bool {
        utf8.starts(with: prefix.utf8)
    }

    /// `hasSuffix` by UTF-8 bytes.
    func endsWith(_ suffix: String) -> Bool {
        let bytes = utf8, tail = suffix.utf8
        guard bytes.count >= tail.count else { return false }
        return bytes.suffix(tail.count).elementsEqual(tail)
    }
}
