/// Titles cited in 《》, in order of first appearance, without duplicates.
enum References {
    static func find(in paragraphs: [String]) -> [String] {
        var seen = Set<String>()
        var titles: [String] = []
        for paragraph in paragraphs {
            var depth = 0
            var current = String.UnicodeScalarView()
            for scalar in paragraph.unicodeScalars {
                if scalar == "《" {
                    if depth == 0 { current = String.UnicodeScalarView() } else { current.append(scalar) }
                    depth += 1
                } else if scalar == "》", depth > 0 {
                    depth -= 1
                    if depth == 0 {
                        let title = String(current)
                        if !title.isEmpty, seen.insert(title).inserted { titles.append(title) }
                    } else {
                        current.append(scalar)
                    }
                } else if depth > 0 {
                    current.append(scalar)
                    if current.count > 200 { depth = 0 }
                }
            }
        }
        return titles
    }
}
