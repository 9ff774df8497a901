/// Rules on the text as a whole: the count of cases the lead announces, items repeated in an
/// enumeration, and captions that leaked into bodies.
enum TextRules {
    static func problems(in document: Document) -> [Diagnostic] {
        leadCount(document) + duplicates(document) + captionLeaks(document)
    }

    /// Words that make a count in the lead a count of the items that follow ("最佳案例10个").
    static let itemWords = ["案例", "经验", "做法", "典型"]

    /// "评选出10个最佳案例": when the lead states counts of cases and none is the number of
    /// top-level sections, one of them is wrong.
    static func leadCount(_ document: Document) -> [Diagnostic] {
        guard !document.sections.isEmpty else { return [] }
        let scalars = document.lead.paragraphs.map { Array($0.unicodeScalars) }
        var claims: [(count: Int, pointer: String)] = []
        for (offset, figure) in document.lead.figures.enumerated() where figure.kind == .count {
            guard let count = Int(figure.value), scalars.indices.contains(figure.paragraph) else { continue }
            let clause = Clause.around(figure, in: scalars)
            if itemWords.contains(where: { clause.includes($0) }) { claims.append((count, "/lead/figures/\(offset)")) }
        }
        guard let first = claims.first, !claims.contains(where: { $0.count == document.sections.count }) else {
            return []
        }
        return [
            Validator.make(
                "lead-count",
                "the lead announces \(first.count) cases but the document has \(document.sections.count) sections",
                first.pointer)
        ]
    }

    /// "社区治理、社区治理": the same item twice in one 、-separated list.
    static func duplicates(_ document: Document) -> [Diagnostic] {
        var found: [Diagnostic] = []
        func check(_ paragraphs: [String], _ path: String) {
            for (index, paragraph) in paragraphs.enumerated() {
                if let item = repeatedItem(in: paragraph) {
                    found.append(
                        Validator.make(
                            "duplicate-item", "\(item) is listed twice in one enumeration",
                            "\(path)/paragraphs/\(index)"))
                }
            }
        }
        check(document.lead.paragraphs, "/lead")
        for (path, section) in document.allSectionsWithPointers { check(section.paragraphs, path) }
        return found
    }

    static func repeatedItem(in paragraph: String) -> String? {
        guard paragraph.utf8.count > 6, paragraph.includes("、") else { return nil }
        let scalars = Array(paragraph.unicodeScalars)
        for clause in scalars.split(whereSeparator: isClauseMark) {
            var seen = Set<ArraySlice<Unicode.Scalar>>()
            for item in clause.split(separator: "、") where item.count >= 2 {
                if !seen.insert(item).inserted { return String(scalars: item) }
            }
        }
        return nil
    }

    private static func isClauseMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "，", "。", "；", "：", "！", "？", ",", ";": true
        default: false
        }
    }

    /// A caption's text inside a section body.
    static func captionLeaks(_ document: Document) -> [Diagnostic] {
        let captions = document.captions.map(\.text).filter { $0.unicodeScalars.count >= 6 }
        guard !captions.isEmpty else { return [] }
        var found: [Diagnostic] = []
        for (path, section) in document.allSectionsWithPointers {
            for (index, paragraph) in section.paragraphs.enumerated() {
                if let caption = captions.first(where: { paragraph.includes($0) }) {
                    found.append(
                        Validator.make(
                            "caption-in-body", "the caption “\(caption)” stands inside the body",
                            "\(path)/paragraphs/\(index)"))
                }
            }
        }
        return found
    }
}

extension Document {
    /// Every section with its JSON Pointer ("/sections/2/sections/0"), depth first.
    var allSectionsWithPointers: [(pointer: String, section: Section)] {
        var out: [(String, Section)] = []
        func walk(_ sections: [Section], prefix: String) {
            for (offset, section) in sections.enumerated() {
                let pointer = "\(prefix)/sections/\(offset)"
                out.append((pointer, section))
                walk(section.sections, prefix: pointer)
            }
        }
        walk(sections, prefix: "")
        return out
    }
}
