/// Validate: checks that a record holds together and returns what is wrong as diagnostics,
/// each with a stable code (see `Rule.all`), a severity and a JSON Pointer. Content problems
/// never throw.
public struct Validator: Sendable {
    /// Re-read each figure's text to check its value. Records Gazette has just made were read
    /// by the same recognizer, so the pipeline turns this off; `validate` keeps it on.
    public var rereadsFigures = true

    /// A validator; `rereadsFigures` false skips re-reading the figures (for records the pipeline just made).
    public init(rereadsFigures: Bool = true) {
        self.rereadsFigures = rereadsFigures
    }

    /// Every problem found in `document`, each at its rule's own severity; validation settings are applied
    /// by `ExtractValidator`, not here.
    public func diagnostics(for document: Document) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if document.title?.isEmpty ?? true {
            found.append(Self.make("no-title", "the document has no title", "/title"))
        }
        if document.lead.paragraphs.isEmpty && document.sections.isEmpty {
            found.append(Self.make("empty-document", "the document has neither lead nor sections", ""))
        }
        found += TitleRules.problems(in: document)
        let headings = [document.title ?? "", document.subtitle ?? ""]
        found += FigureRules.problems(
            document.titleFigures, paragraphs: headings, path: "", key: "titleFigures", reread: rereadsFigures)
        found += FigureRules.problems(
            document.lead.figures, paragraphs: document.lead.paragraphs, path: "/lead", reread: rereadsFigures)
        found += FigureRules.problems(
            document.closing.figures, paragraphs: document.closing.paragraphs, path: "/closing", reread: rereadsFigures)
        for (index, caption) in document.captions.enumerated() {
            found += FigureRules.problems(
                caption.figures, paragraphs: [caption.text], path: "/captions/\(index)", reread: rereadsFigures)
        }
        var numbering = SectionRules.Numbering()
        found += SectionRules.problems(in: document.sections, path: "", reread: rereadsFigures, numbering: &numbering)
        found += TextRules.problems(in: document)
        return found
    }

    static func make(_ code: String, _ message: String, _ path: String) -> Diagnostic {
        Diagnostic(code: code, severity: Rule.named(code)?.severity ?? .warning, message: message, path: path)
    }
}

/// Titles are short single lines.
enum TitleRules {
    static let maximumDocumentTitle = 80
    static let maximumSectionTitle = 64

    static func problems(in document: Document) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (path, text) in [("/title", document.title), ("/subtitle", document.subtitle)] {
            if let text, !isShortLine(text, limit: maximumDocumentTitle) {
                found.append(Validator.make("title-shape", "the title is not a short single line", path))
            }
        }
        return found
    }

    static func isShortLine(_ text: String, limit: Int) -> Bool {
        text.unicodeScalars.count <= limit && !text.unicodeScalars.contains { $0 == "\n" || $0 == "\r" }
    }
}

/// Numbering, titles and bodies of sections, and their figures.
enum SectionRules {
    /// The last number each numbering style reached, in reading order: numbering may run on
    /// across parents ("（三）" under 二、 after "（二）" under 一、; articles across chapters).
    struct Numbering {
        var last: [String: Int] = [:]

        static func style(of marker: String) -> String {
            SectionMarker.read(marker + "文").map { $0.style.rawValue } ?? marker
        }
    }

    static func problems(in sections: [Section], path: String, reread: Bool, numbering: inout Numbering) -> [Diagnostic]
    {
        var found: [Diagnostic] = []
        var seen = Set<Int>()
        // A level starts at 1, or where the same style stopped under the previous parent.
        var expected =
            sections.first.map { section in
                section.number != 1 && numbering.last[Numbering.style(of: section.marker)] == section.number - 1
                    ? section.number : 1
            } ?? 1
        var runLength = 0
        for (offset, section) in sections.enumerated() {
            let pointer = "\(path)/sections/\(offset)"
            // An article may hold two lists, each counted from 1: a new run after one of two or more.
            if section.number == 1, runLength >= 2, offset > 0 {
                seen = []
                expected = 1
                runLength = 0
            }
            if !seen.insert(section.number).inserted {
                found.append(
                    Validator.make(
                        "section-numbering", "section number \(section.number) appears twice at this level",
                        pointer + "/number"))
            } else if section.number != expected {
                found.append(
                    Validator.make(
                        "section-numbering",
                        "section \(section.marker) is number \(section.number) where \(expected) was expected",
                        pointer + "/number"))
            }
            expected += 1
            runLength += 1
            numbering.last[Numbering.style(of: section.marker)] = section.number
            // An item untitled by rule (a running paragraph, an article) is no missing title.
            if section.title.isEmpty, section.titleForm != .none {
                found.append(
                    Validator.make("section-untitled", "section \(section.marker) has no title", pointer + "/title"))
            } else if !TitleRules.isShortLine(section.title, limit: TitleRules.maximumSectionTitle) {
                found.append(
                    Validator.make(
                        "title-shape", "the title of section \(section.marker) is not a short single line",
                        pointer + "/title"))
            }
            if section.paragraphs.isEmpty && section.sections.isEmpty {
                found.append(
                    Validator.make("section-empty", "section \(section.marker) has no body", pointer + "/paragraphs"))
            }
            for (index, unit) in section.leadOrganizations.enumerated() where !OrganizationNames.isPlausible(unit) {
                found.append(
                    Validator.make(
                        "organization-name", "\(unit) does not read as an organization's name",
                        pointer + "/leadOrganizations/\(index)"))
            }
            found += FigureRules.problems(
                section.figures, paragraphs: section.paragraphs, path: pointer, reread: reread)
            found += problems(in: section.sections, path: pointer, reread: reread, numbering: &numbering)
        }
        return found
    }
}

/// Names of units: they end the way organizations' names end (局, 委, 办, 街道, 中心…).
enum OrganizationNames {
    static func isPlausible(_ name: String) -> Bool {
        let count = name.unicodeScalars.count
        return count >= 2 && count <= 30 && UnitNames.endings.contains { name.endsWith($0) }
            && !name.unicodeScalars.contains { "，。；！？,;".unicodeScalars.contains($0) }
    }
}

/// Figures point at their text, and their values are decimals that their text gives.
enum FigureRules {
    /// Problems of `figures`, read from `paragraphs`; they sit at `path/key` in the record.
    static func problems(
        _ figures: [Figure], paragraphs: [String], path: String, key: String = "figures", reread rereading: Bool
    ) -> [Diagnostic] {
        guard !figures.isEmpty else { return [] }
        var found: [Diagnostic] = []
        var scalars: [Int: [Unicode.Scalar]] = [:]
        var reread: [Int: [Figure]] = [:]
        for (offset, figure) in figures.enumerated() {
            let pointer = "\(path)/\(key)/\(offset)"
            if paragraphs.indices.contains(figure.paragraph), scalars[figure.paragraph] == nil {
                scalars[figure.paragraph] = Array(paragraphs[figure.paragraph].unicodeScalars)
            }
            let placed = Validator.pointsAtText(figure, in: scalars[figure.paragraph])
            if !placed {
                found.append(
                    Validator.make(
                        "figure-offset", "figure \(figure.text) does not sit at its offsets", pointer + "/start"))
            }
            if !Validator.isDecimal(figure.value) || !(figure.valueMax.map(Validator.isDecimal) ?? true) {
                found.append(
                    Validator.make(
                        "figure-value", "figure \(figure.text) has a value that is not a decimal number",
                        pointer + "/value"))
            } else if rereading, placed {
                // The paragraph is read again, since the words around a figure may decide its unit
                // ("坡度15度") or whether it is one at all.
                if reread[figure.paragraph] == nil {
                    reread[figure.paragraph] =
                        FigureRecognizer(options: .init(includeBareNumbers: true)).figures(
                            in: paragraphs[figure.paragraph])
                        + FigureRecognizer().figures(in: paragraphs[figure.paragraph])
                }
                if !reread[figure.paragraph, default: []].contains(where: {
                    $0.start == figure.start && $0.value == figure.value && $0.unit == figure.unit
                }) {
                    found.append(
                        Validator.make(
                            "figure-value", "figure \(figure.text) does not read as \(figure.value) \(figure.unit)",
                            pointer + "/value"))
                }
            } else if rereading, !textGives(figure) {
                found.append(
                    Validator.make(
                        "figure-value", "figure \(figure.text) does not read as \(figure.value) \(figure.unit)",
                        pointer + "/value"))
            }
        }
        return found
    }

    /// True when reading the figure's own text gives its value and unit again.
    static func textGives(_ figure: Figure) -> Bool {
        let options = FigureRecognizer.Options(includeBareNumbers: figure.kind == .number)
        let reread = FigureRecognizer(options: options).figures(in: figure.text)
        return reread.contains { $0.value == figure.value && $0.unit == figure.unit }
    }
}

extension Validator {
    /// True when `scalars[start..<end]` (the figure's paragraph, in Unicode scalars) is the figure's text.
    static func pointsAtText(_ figure: Figure, in scalars: [Unicode.Scalar]?) -> Bool {
        guard let scalars, figure.start >= 0, figure.start <= figure.end, figure.end <= scalars.count else {
            return false
        }
        return figure.text.unicodeScalars.elementsEqual(scalars[figure.start..<figure.end])
    }

    /// A plain decimal: optional minus, digits, optional fraction; no exponent or grouping.
    static func isDecimal(_ value: String) -> Bool {
        var digitsBefore = 0
        var digitsAfter = 0
        var points = 0
        for (offset, byte) in value.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where offset == 0: continue
            case UInt8(ascii: "."): points += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"): if points == 0 { digitsBefore += 1 } else { digitsAfter += 1 }
            default: return false
            }
        }
        return digitsBefore > 0 && (points == 0 || (points == 1 && digitsAfter > 0))
    }
}
