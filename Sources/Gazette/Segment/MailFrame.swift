/// The frame a text posted to a bulletin board or sent by mail keeps around the article: the
/// header lines ("发信人: …", "标  题: …", "发信站: …", "From: …") with the board's name above
/// them, and the poster's signature after a line "--". Neither is part of the document.
enum MailFrame {
    /// Labels of header lines, compared without blanks.
    static let headerLabels = ["发信人", "寄信人", "标题", "发信站", "信区", "转信站", "From", "Subject", "Date", "Newsgroups", "To"]
    /// Lines near the top where a header may stand.
    static let headerReach = 10
    /// Lines after "--" that a signature may have.
    static let signatureReach = 12

    /// Lines before the article (through the last header line) and after it (from "--"), as
    /// indexes into `blocks`: the article is `blocks[head..<tail]`.
    static func article(in blocks: [Block]) -> (head: Int, tail: Int) {
        let headers = blocks.prefix(headerReach).indices.filter { isHeader(blocks[$0].text) }
        let head = headers.count >= 2 ? headers[headers.count - 1] + 1 : 0
        var tail = blocks.count
        if let rule = blocks.indices.suffix(signatureReach + 1).last(where: { blocks[$0].text == "--" }), rule >= head {
            tail = rule
        }
        return (head, tail)
    }

    /// First characters of the labels, to pass over other lines at once.
    static let labelStarts = Set(headerLabels.compactMap { $0.unicodeScalars.first })

    static func isHeader(_ line: String) -> Bool {
        guard let first = line.unicodeScalars.first, labelStarts.contains(first) else { return false }
        let squashed = String(
            String.UnicodeScalarView(line.unicodeScalars.prefix(16).filter { !TextCleaner.isBlank($0) }))
        return headerLabels.contains { label in
            squashed.hasPrefix(label + ":") || squashed.hasPrefix(label + "：")
        }
    }
}
