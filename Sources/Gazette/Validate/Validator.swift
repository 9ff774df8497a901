/// Validate: checks that a record holds together and returns what is wrong as diagnostics.
/// Content problems never throw.
public struct Validator: Sendable {
    public init() {}

    public func diagnostics(for document: Document) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if document.title?.isEmpty ?? true {
            found.append(Diagnostic(code: "no-title", severity: .warning, message: "the document has no title", path: "/title"))
        }
        if document.lead.paragraphs.isEmpty && document.sections.isEmpty {
            found.append(Diagnostic(code: "empty-document", severity: .error, message: "the document has neither lead nor sections"))
        }
        found += figureProblems(document.lead.figures, paragraphs: document.lead.paragraphs, path: "/lead")
        found += sectionProblems(document.sections, path: "")
        return found
    }

    private func sectionProblems(_ sections: [Section], path: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (offset, section) in sections.enumerated() {
            let pointer = "\(path)/sections/\(offset)"
            if offset > 0, section.number != sections[offset - 1].number + 1 {
                found.append(Diagnostic(
                    code: "section-gap", severity: .warning,
                    message: "section \(section.marker) follows \(sections[offset - 1].marker): numbering skips", path: pointer))
            } else if offset == 0, section.number != 1 {
                found.append(Diagnostic(code: "section-gap", severity: .warning, message: "numbering starts at \(section.marker)", path: pointer))
            }
            if section.title.isEmpty {
                found.append(Diagnostic(code: "section-untitled", severity: .warning, message: "section \(section.marker) has no title", path: pointer + "/title"))
            }
            if section.paragraphs.isEmpty && section.sections.isEmpty {
                found.append(Diagnostic(code: "section-empty", severity: .warning, message: "section \(section.marker) has no body", path: pointer + "/paragraphs"))
            }
            found += figureProblems(section.figures, paragraphs: section.paragraphs, path: pointer)
            found += sectionProblems(section.sections, path: pointer)
        }
        return found
    }

    private func figureProblems(_ figures: [Figure], paragraphs: [String], path: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let scalars = paragraphs.map { Array($0.unicodeScalars) }
        for (offset, figure) in figures.enumerated() {
            let pointer = "\(path)/figures/\(offset)"
            if !Self.pointsAtText(figure, in: scalars) {
                found.append(Diagnostic(code: "figure-offset", severity: .error, message: "figure \(figure.text) does not sit at its offsets", path: pointer))
            }
            if !Self.isDecimal(figure.value) || !(figure.valueMax.map(Self.isDecimal) ?? true) {
                found.append(Diagnostic(code: "figure-value", severity: .error, message: "figure \(figure.text) has a value that is not a decimal number", path: pointer + "/value"))
            }
        }
        return found
    }

    /// True when `paragraphs[figure.paragraph][start..<end]` (in Unicode scalars) is the figure's text.
    static func pointsAtText(_ figure: Figure, in paragraphs: [[Unicode.Scalar]]) -> Bool {
        guard paragraphs.indices.contains(figure.paragraph), figure.start >= 0, figure.start <= figure.end else { return false }
        let scalars = paragraphs[figure.paragraph]
        guard figure.end <= scalars.count else { return false }
        return String(String.UnicodeScalarView(scalars[figure.start..<figure.end])) == figure.text
    }

    /// A plain decimal: optional minus, digits, optional fraction; no exponent or grouping.
    static func isDecimal(_ value: String) -> Bool {
        var scalars = Substring(value).unicodeScalars[...]
        if scalars.first == "-" { scalars = scalars.dropFirst() }
        let parts = scalars.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 } }
    }
}
