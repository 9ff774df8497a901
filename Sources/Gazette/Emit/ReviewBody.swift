/// The text of a review page: the record's parts in reading order, as the reader sees them,
/// with figures, dates and leading units marked at their offsets and every part anchored.
///
/// It collects the ids it writes (so that links can be checked against them) and a note for
/// each mark it could not place.
struct ReviewBody {
    var writer = HTMLWriter(capacity: 65_536)
    /// Every id written.
    private(set) var ids: Set<String> = [ReviewAnchors.top]
    /// One line per mark left out, for the page's notes.
    private(set) var notes: [String] = []
    /// Ids that findings point at: their elements are flagged.
    let flagged: Set<String>

    init(flagged: Set<String>) {
        self.flagged = flagged
    }

    mutating func write(_ document: Document) {
        heading(document)
        if let addressee = document.addressee {
            part("addressee", "Addressee") { $0.writer.element("p", addressee, attributes: [("class", "addressee")]) }
        }
        if !document.lead.paragraphs.isEmpty {
            part("lead", "Lead") { $0.paragraphs(of: document.lead, part: "l") }
        }
        for (index, section) in document.sections.enumerated() { write(section, positions: [index + 1]) }
        if !document.closing.paragraphs.isEmpty {
            part("closing", "Closing") { $0.paragraphs(of: document.closing, part: "c") }
        }
        if let signature = document.signature { write(signature) }
        list("attachments", "Attachments", document.attachments)
        for (index, caption) in document.captions.enumerated() { write(caption, position: index + 1) }
        for (index, table) in document.tables.enumerated() { write(table, position: index + 1) }
        list("trailer", "Trailer", document.trailer)
    }

    // MARK: Parts

    private mutating func heading(_ document: Document) {
        let figures = Self.byParagraph(document.titleFigures)
        let dates = Self.byParagraph(document.titleDates)
        open("h1", id: "title", classes: document.title == nil ? "missing" : nil)
        if let title = document.title {
            paragraph(title, part: "t", figures: figures[0] ?? [], dates: dates[0] ?? [])
        } else {
            writer.text("(no title)")
        }
        writer.raw("</h1>")
        if let subtitle = document.subtitle {
            open("p", id: "subtitle", classes: "subtitle")
            paragraph(subtitle, part: "t", figures: figures[1] ?? [], dates: dates[1] ?? [])
            writer.raw("</p>")
        }
        let shown = Set([document.title == nil ? nil : 0, document.subtitle == nil ? nil : 1].compactMap { $0 })
        notePlaceless(document.titleFigures, dates: document.titleDates, paragraphs: shown, part: "the title")
        metadata(document.metadata)
    }

    private mutating func metadata(_ metadata: Metadata) {
        let fields: [(String, String?)] = [
            ("Published", metadata.publishedAt.map { $0 + (metadata.publishedAtSource.map { " (\($0))" } ?? "") }),
            ("Source", metadata.source), ("Author", metadata.author), ("Reviewer", metadata.reviewer),
            ("Document number", metadata.documentNumber), ("Issuer", metadata.issuer),
            ("Written", metadata.writtenAt), ("Index", metadata.index), ("Canonical URL", metadata.canonicalURL),
        ]
        let present = fields.compactMap { name, value in value.map { (name, $0) } }
        guard !present.isEmpty else { return }
        open("dl", id: "metadata", classes: "meta")
        for (name, value) in present {
            writer.element("dt", name)
            writer.element("dd", value)
        }
        writer.raw("</dl>")
    }

    private mutating func write(_ section: Section, positions: [Int]) {
        let id = ReviewAnchors.section(positions)
        open("section", id: id, classes: "sec level-\(section.level)")
        let level = min(positions.count + 1, 6)
        writer.raw("<h\(level) class=\"heading\">")
        writer.element("span", section.marker, attributes: [("class", "marker")])
        if section.title.isEmpty {
            // Untitled by rule (a running paragraph, an article) is no missing title.
            if section.titleForm != .none { writer.element("span", "untitled", attributes: [("class", "missing")]) }
        } else {
            writer.element("span", section.title, attributes: [("class", "stitle")])
        }
        writer.element("span", "(\(section.titleForm.rawValue))", attributes: [("class", "form")])
        writer.raw("</h\(level)>")
        units("Lead units", section.leadOrganizations)
        let others = section.responsibleOrganizations.filter { !section.leadOrganizations.contains($0) }
        units("Also responsible", others)
        let own = Lead(paragraphs: section.paragraphs, figures: section.figures, dates: section.dates)
        let before = min(max(section.paragraphsBeforeSections, 0), section.paragraphs.count)
        paragraphs(of: own, part: id, in: 0..<before, organizations: section.leadOrganizations)
        for (index, child) in section.sections.enumerated() { write(child, positions: positions + [index + 1]) }
        paragraphs(of: own, part: id, in: before..<section.paragraphs.count, organizations: section.leadOrganizations)
        notePlaceless(
            section.figures, dates: section.dates, paragraphs: Set(section.paragraphs.indices), part: "section \(id)")
        writer.raw("</section>")
    }

    private mutating func units(_ label: String, _ names: [String]) {
        guard !names.isEmpty else { return }
        writer.raw("<p class=\"units\">")
        writer.element("span", label, attributes: [("class", "part-label")])
        for (index, name) in names.enumerated() {
            if index > 0 { writer.text("、") }
            writer.element("span", name, attributes: [("class", "org")])
        }
        writer.raw("</p>")
    }

    private mutating func write(_ signature: Signature) {
        part("signature", "Signature") { body in
            for organization in signature.organizations { body.writer.element("p", organization) }
            if let date = signature.date { body.writer.element("p", date) }
            if let release = signature.release { body.writer.element("p", "（\(release)）") }
        }
    }

    private mutating func write(_ caption: Caption, position: Int) {
        let id = ReviewAnchors.caption(position)
        open("figure", id: id, classes: "caption")
        writer.raw("<figcaption>")
        writer.element("span", "Caption", attributes: [("class", "part-label")])
        if let marker = caption.marker { writer.element("span", marker, attributes: [("class", "marker")]) }
        paragraph(caption.text, part: id, figures: Self.indexed(caption.figures), dates: Self.indexed(caption.dates))
        writer.raw("</figcaption></figure>")
        notePlaceless(caption.figures, dates: caption.dates, paragraphs: [0], part: "caption \(position)")
    }

    private mutating func write(_ table: Table, position: Int) {
        let id = ReviewAnchors.table(position)
        open("table", id: id, classes: "data")
        writer.raw("<caption>")
        writer.element("span", "Table", attributes: [("class", "part-label")])
        writer.text(table.caption ?? "")
        if let section = table.section { writer.text(" (in section \(section))") }
        writer.raw("</caption>")
        if !table.header.isEmpty {
            writer.raw("<thead><tr>")
            for cell in table.header { writer.element("th", cell) }
            writer.raw("</tr></thead>")
        }
        var figures: [Int: [Int: [(Int, TableFigure)]]] = [:]
        for (index, figure) in table.figures.enumerated() {
            figures[figure.row, default: [:]][figure.column, default: []].append((index, figure))
        }
        writer.raw("<tbody>")
        for (row, cells) in table.rows.enumerated() {
            writer.raw("<tr>")
            for (column, cell) in cells.enumerated() {
                writer.raw("<td>")
                var marks: [TextMark] = []
                for (index, figure) in figures[row]?[column] ?? [] {
                    if let mark = ReviewMarks.tableFigure(figure, in: cell, id: ReviewAnchors.figure(id, index)) {
                        marks.append(mark)
                    } else {
                        notes.append(
                            "figure \(figure.text) of table \(position) is not marked: its cell does not hold it")
                    }
                }
                place(cell, marks: marks, part: "table \(position)")
                writer.raw("</td>")
            }
            writer.raw("</tr>")
        }
        writer.raw("</tbody></table>")
    }

    private mutating func list(_ id: String, _ label: String, _ lines: [String]) {
        guard !lines.isEmpty else { return }
        part(id, label) { body in
            body.writer.raw("<ul>")
            for line in lines { body.writer.element("li", line) }
            body.writer.raw("</ul>")
        }
    }

    /// A `<section>` with an id and a label, around `content`.
    private mutating func part(_ id: String, _ label: String, _ content: (inout ReviewBody) -> Void) {
        open("section", id: id, classes: "part")
        writer.element("span", label, attributes: [("class", "part-label")])
        content(&self)
        writer.raw("</section>")
    }

    private mutating func open(_ tag: String, id: String, classes: String?) {
        ids.insert(id)
        let all = [classes, flagged.contains(id) ? "flagged" : nil].compactMap { $0 }
        writer.raw("<\(tag)")
        writer.attribute("id", id)
        writer.attribute("class", all.isEmpty ? nil : all.joined(separator: " "))
        writer.raw(">")
    }

    // MARK: Paragraphs and marks

    private mutating func paragraphs(of part: Lead, part key: String) {
        paragraphs(of: part, part: key, in: part.paragraphs.indices, organizations: [])
        notePlaceless(
            part.figures, dates: part.dates, paragraphs: Set(part.paragraphs.indices),
            part: key == "l" ? "the lead" : "the closing")
    }

    private mutating func paragraphs(of part: Lead, part key: String, in range: Range<Int>, organizations: [String]) {
        guard !range.isEmpty else { return }
        let figures = Self.byParagraph(part.figures)
        let dates = Self.byParagraph(part.dates)
        for index in range {
            writer.raw("<p>")
            paragraph(
                part.paragraphs[index], part: key, figures: figures[index] ?? [], dates: dates[index] ?? [],
                organizations: organizations)
            writer.raw("</p>")
        }
    }

    /// One paragraph with its figures and dates (each with its index in its part) and every
    /// occurrence of `organizations` marked.
    private mutating func paragraph(
        _ text: String, part: String, figures: [(Int, Figure)], dates: [(Int, DateMention)],
        organizations: [String] = []
    ) {
        var marks = figures.map { index, figure in
            let id = ReviewAnchors.figure(part, index)
            return ReviewMarks.figure(figure, id: id, flagged: flagged.contains(id))
        }
        marks += dates.map { index, date in
            let id = ReviewAnchors.date(part, index)
            return ReviewMarks.date(date, id: id, flagged: flagged.contains(id))
        }
        marks += ReviewMarks.organizations(organizations, in: text)
        place(text, marks: marks, part: part)
    }

    /// Writes `text` with `marks`, keeps the ids of those placed and notes those left out.
    private mutating func place(_ text: String, marks: [TextMark], part: String) {
        let refused = MarkedParagraph.write(text, marks: marks, into: &writer)
        let left = Set(refused.compactMap { $0.mark.id })
        for id in marks.compactMap(\.id) where !left.contains(id) { ids.insert(id) }
        for (mark, problem) in refused where mark.kind != .organization {
            let what = mark.kind == .figure ? "figure" : "date"
            let reason =
                switch problem {
                case .outOfRange: "its offsets \(mark.start)..<\(mark.end) are outside its paragraph"
                case .textDiffers: "its offsets \(mark.start)..<\(mark.end) do not hold its text"
                case .overlaps: "it overlaps another mark"
                }
            notes.append("\(what) \(mark.text ?? "") in \(Self.partName(part)) is not marked: \(reason)")
        }
    }

    /// Notes figures and dates whose paragraph is not among the part's `paragraphs` (those shown).
    private mutating func notePlaceless(_ figures: [Figure], dates: [DateMention], paragraphs: Set<Int>, part: String) {
        for figure in figures where !paragraphs.contains(figure.paragraph) {
            notes.append("figure \(figure.text) in \(part) is not marked: paragraph \(figure.paragraph) does not exist")
        }
        for date in dates where !paragraphs.contains(date.paragraph) {
            notes.append("date \(date.text) in \(part) is not marked: paragraph \(date.paragraph) does not exist")
        }
    }

    // MARK: Helpers

    /// Mentions grouped by paragraph, each with its index in the part's array.
    private static func byParagraph<Mention: Located>(_ mentions: [Mention]) -> [Int: [(Int, Mention)]] {
        var grouped: [Int: [(Int, Mention)]] = [:]
        for (index, mention) in mentions.enumerated() {
            grouped[mention.paragraph, default: []].append((index, mention))
        }
        return grouped
    }

    /// Mentions of a one-paragraph part (a caption: `paragraph` 0), each with its index.
    private static func indexed<Mention: Located>(_ mentions: [Mention]) -> [(Int, Mention)] {
        mentions.enumerated().filter { $0.element.paragraph == 0 }.map { ($0.offset, $0.element) }
    }

    private static func partName(_ part: String) -> String {
        switch part {
        case "t": "the title"
        case "l": "the lead"
        case "c": "the closing"
        default: part
        }
    }
}

/// Figures and dates: mentions that sit in a paragraph of their part.
protocol Located {
    var paragraph: Int { get }
}

extension Figure: Located {}
extension DateMention: Located {}
