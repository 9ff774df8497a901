/// What the edge classifier (`EdgeClassifier`) sees of one block at either end of an article:
/// shallow text features of the block and of its neighbours, as boilerplate detectors read
/// them (length, stops and clause marks, Latin letters and digits, the furniture vocabulary,
/// its kind, where it stands). Every value lies between 0 and about 3.
///
/// The order of `names` is the order of the weights in `EdgeModel`; `Corpus/fit-edges` reads
/// the vectors by these names from `gazette blocks --json`.
enum EdgeFeatures {
    /// Which end of the article a block is read from.
    enum Side: String, Sendable {
        case head, tail
    }

    static let names = [
        "length", "sentence", "endsSentence", "clauseMarks", "furniture", "contact", "address", "latin", "digits",
        "listMarker", "heading", "listItem", "caption", "tableCell", "relativeLength", "distance", "innerSentence",
        "outerShort", "bracketed", "symbols", "endsWithColon", "trailer", "signature",
    ]

    /// Words of the lines that close a notice or a post around its text: contacts, attachments,
    /// where to write or call.
    static let contactWords = PhraseSet([
        "电话", "联系人", "邮箱", "传真", "邮编", "地址：", "地址:", "附件", "Tel", "E-mail", "Email", "QQ", "微信号", "公众号",
    ])

    /// Marks of lists and bullets at the start of a line: "1、", "2.", "•", "▶".
    static let bulletMarks = "•·▪■□◆◇●○▶►▷>→★☆✓✔※".unicodeScalars

    /// The features of `blocks[index]`, read from `side`: `range` holds the article's blocks as
    /// the rules left them, and `typicalLength` is the median length of its sentences.
    static func vector(
        _ blocks: [Block], at index: Int, side: Side, in range: Range<Int>, typicalLength: Double
    ) -> [Double] {
        let text = blocks[index].text
        let scalars = Array(text.unicodeScalars)
        let count = Double(max(scalars.count, 1))
        let clauseMarks = scalars.count { "，。；！？、,;!?".unicodeScalars.contains($0) }
        let latin = scalars.count { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
        let digits = scalars.count { NumeralReader.digit($0) != nil }
        let symbols = scalars.count {
            !TextCleaner.isCJK($0) && !$0.properties.isAlphabetic && NumeralReader.digit($0) == nil
                && !TextCleaner.isBlank($0) && !"，。；：！？、,.;:!?“”‘’\"'（）()《》【】[]—-…%·".unicodeScalars.contains($0)
        }
        let last = scalars.last
        let endsSentence = last.map { "。！？!?…；”」』".unicodeScalars.contains($0) } ?? false
        var marker = false
        if let first = scalars.first {
            let leadingDigits = scalars.prefix { NumeralReader.digit($0) != nil }.count
            marker =
                bulletMarks.contains(first)
                || (leadingDigits > 0 && leadingDigits < scalars.count
                    && "、.．)）".unicodeScalars.contains(scalars[leadingDigits]))
        }
        let bracketed =
            scalars.count >= 2 && "（(【[".unicodeScalars.contains(scalars[0])
            && "）)】]".unicodeScalars.contains(scalars[scalars.count - 1])
        // Neighbours: toward the article's inside, and toward the page's edge.
        let inner = side == .tail ? index - 1 : index + 1
        let outer = side == .tail ? index + 1 : index - 1
        let innerSentence = range.contains(inner) && LineShape.isSentence(blocks[inner].text)
        let outerShort = !range.contains(outer) || blocks[outer].text.unicodeScalars.count < 20
        let distance = side == .tail ? range.upperBound - 1 - index : index - range.lowerBound
        let furniture =
            PageFurniture.lineFragmentSet.occurs(in: text) || PageFurniture.footerFragmentSet.occurs(in: text)
            || PageFurniture.tailSet.occurs(in: text) || PageFurniture.headSet.starts(text)
            || PageFurniture.keywordSet.starts(text)
            || (scalars.count <= 40 && PageFurniture.creditSet.occurs(in: text))
        let address = text.includes("http") || text.includes("www.") || text.includes(".com") || text.includes("@")
        func flag(_ value: Bool) -> Double { value ? 1 : 0 }
        var kind = (heading: 0.0, listItem: 0.0, caption: 0.0, tableCell: 0.0)
        switch blocks[index].kind {
        case .heading: kind.heading = 1
        case .listItem: kind.listItem = 1
        case .caption: kind.caption = 1
        case .tableCell: kind.tableCell = 1
        case .paragraph, .table: break
        }
        return [
            min((count / 400).squareRoot(), 1.5),
            flag(LineShape.isSentence(text)),
            flag(endsSentence),
            min(Double(clauseMarks) / count * 10, 2),
            flag(furniture),
            flag(contactWords.occurs(in: text)),
            flag(address),
            Double(latin) / count,
            Double(digits) / count,
            flag(marker),
            kind.heading, kind.listItem, kind.caption, kind.tableCell,
            min(count / max(typicalLength, 1), 3),
            min(Double(distance) / 10, 1),
            flag(innerSentence),
            flag(outerShort),
            flag(bracketed),
            min(Double(symbols) / count * 5, 1),
            flag(last == "：" || last == ":"),
            flag(isTrailerLine(text)),
            flag(TrailerLines.isSignature(text)),
        ]
    }

    /// A line the segmenter sets aside as the document's trailer: a byline ("责任编辑：…"), a
    /// date alone under a signature, "（此件公开发布）". The classifier passes over these.
    static func isTrailerLine(_ text: String) -> Bool {
        TrailerLines.isMetadata(text) || TrailerLines.isDateLine(text) || TrailerLines.isDisclosureLine(text)
    }

    /// The median length of the sentences in `range` (what a paragraph of this article is
    /// like), and how many there are.
    static func sentenceLengths(of blocks: [Block], in range: Range<Int>) -> (typical: Double, count: Int) {
        var lengths: [Int] = []
        lengths.reserveCapacity(range.count)
        for block in blocks[range] where block.kind.isText && LineShape.isSentence(block.text) {
            lengths.append(block.text.unicodeScalars.count)
        }
        guard !lengths.isEmpty else { return (40, 0) }
        lengths.sort()
        return (Double(lengths[lengths.count / 2]), lengths.count)
    }
}
