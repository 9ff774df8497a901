import Foundation

/// Telling a misspelt subcommand from an input file: `gazette valdiate x.json` is a typo of
/// `validate`, not a file called "valdiate" for the default `parse`.
enum CommandNames {
    /// "unknown command 'valdiate'; did you mean 'validate'?" when `word` is no file, no
    /// option and no command, but within two edits of one; nil otherwise.
    static func unknownCommand(_ word: String, among names: [String]) -> String? {
        guard !word.hasPrefix("-"), !names.contains(word), !word.contains("/"), !word.contains("."),
            !FileManager.default.fileExists(atPath: word)
        else { return nil }
        let nearest = names.map { (name: $0, distance: distance(word.lowercased(), $0)) }.min {
            $0.distance < $1.distance
        }
        guard let nearest, nearest.distance <= 2 else { return nil }
        return "unknown command '\(word)'; did you mean '\(nearest.name)'?"
    }

    /// Edits (insertions, deletions, substitutions, swaps of neighbours) from `a` to `b`.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
