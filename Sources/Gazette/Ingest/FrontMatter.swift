/// The YAML front matter that static-site generators, crawlers and note tools write above an
/// article: a block opened and closed by `---` lines, holding `key: value` lines.
///
///     ---
///     title: "四巴士公司下月加价"
///     date: "2021-03-16"
///     author: 记者
///     tags:
///       - 巴士
///     ---
///
/// Only the top-level `key: value` lines are read, with their quotes taken off: the fields a
/// record needs (title, date, author, source, url) are plain scalars. Lists and nested maps are
/// stepped over.
enum FrontMatter {
    /// The block may be at most this many lines long; past that, `---` is a rule in the text.
    static let maximumLines = 80

    /// The fields of the front matter and the text after it, or nil when the text opens with none.
    static func split(_ text: String) -> (fields: [String: String], body: String)? {
        guard text.hasPrefix("---") else { return nil }
        // Windows line ends: "---\r\n" is the same opening line.
        let text = text.contains("\r\n") ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
        var lines = text.split(separator: "\n", maxSplits: maximumLines + 1, omittingEmptySubsequences: false)
        guard lines.count > 2, lines[0].trimmingBlanks() == "---" else { return nil }
        guard
            let close = lines.indices.dropFirst().first(where: {
                ["---", "..."].contains(String(lines[$0].trimmingBlanks()))
            }),
            close <= maximumLines
        else { return nil }
        var fields: [String: String] = [:]
        for line in lines[1..<close] {
            guard let first = line.unicodeScalars.first, !TextCleaner.isBlank(first), first != "-", first != "#",
                let colon = line.firstIndex(of: ":")
            else { continue }
            let key = line[..<colon].trimmingBlanks().lowercased()
            let value = unquoted(String(line[line.index(after: colon)...].trimmingBlanks()))
            guard !key.isEmpty, key.unicodeScalars.allSatisfy({ $0.isASCII && !TextCleaner.isBlank($0) }) else {
                return nil
            }
            if !value.isEmpty, fields[key] == nil { fields[key] = value }
        }
        guard !fields.isEmpty else { return nil }
        lines.removeSubrange(0...close)
        return (fields, lines.joined(separator: "\n"))
    }

    /// The fields as the page hints name them, so the metadata reader ranks them as it ranks a
    /// page's `<meta>` tags: `date` for the publication time, `author`, `source`.
    static func hints(_ fields: [String: String]) -> PageHints {
        var hints = PageHints()
        for (key, names) in [
            ("date", ["date", "publishdate", "pubdate", "published"]), ("author", ["author"]), ("source", ["source"]),
        ] {
            if let value = names.lazy.compactMap({ fields[$0] }).first { hints.meta[key] = value }
        }
        return hints
    }

    private static func unquoted(_ value: String) -> String {
        guard value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first else {
            return value
        }
        return String(value.dropFirst().dropLast())
    }
}
