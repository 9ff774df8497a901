/// One self-contained HTML page for checking a record by eye: the document's text with its
/// structure and mentions marked, its outline beside it, and its findings, each linking to the
/// place it concerns.
///
/// The page loads nothing: its style and fonts are the system's, and it has no script. Every
/// link is to an id on the page or to the batch's `index.html`.
package struct ReviewPage: Sendable {
    /// The source text shown under the document (HTML shown as its markup, escaped).
    package struct Source: Sendable {
        package var name: String
        package var text: String
        /// Said above the text: the source differs from the one the record was read from, say.
        package var note: String?

        package init(name: String, text: String, note: String? = nil) {
            self.name = name
            self.text = text
            self.note = note
        }
    }

    /// A longer source is cut here (the page says so): pages stay small.
    package static let maximumSourceScalars = 150_000

    package var document: Document
    /// The record's diagnostics and the validator's findings (`findings(of:validation:)`).
    package var findings: [Diagnostic]
    package var source: Source?
    /// Lines about the page itself (a source that was not found), listed with its own notes.
    package var notes: [String]
    /// Warnings fail the document too (`--strict`).
    package var strict: Bool

    package init(
        document: Document, findings: [Diagnostic], source: Source? = nil, notes: [String] = [], strict: Bool = false
    ) {
        self.document = document
        self.findings = findings
        self.source = source
        self.notes = notes
        self.strict = strict
    }

    /// A record's own diagnostics and the findings of validating it, once each, the most serious first
    /// (in their order within a severity).
    /// The record's own diagnostics are weighed by `settings` as the validator's are: a rule
    /// turned off drops them, another severity replaces theirs.
    package static func findings(
        of document: Document, validation: [Diagnostic], settings: ValidationSettings = ValidationSettings()
    ) -> [Diagnostic] {
        struct Key: Hashable {
            var code: String
            var path: String
            var message: String
        }
        let own = document.diagnostics.compactMap { diagnostic -> Diagnostic? in
            guard let severity = settings.severity(for: diagnostic.code, default: diagnostic.severity) else {
                return nil
            }
            var weighed = diagnostic
            weighed.severity = severity
            return weighed
        }
        var seen = Set<Key>()
        let unique = (own + validation).filter {
            seen.insert(Key(code: $0.code, path: $0.path, message: $0.message)).inserted
        }
        let order: [Diagnostic.Severity] = [.error, .warning, .info]
        return order.flatMap { severity in unique.filter { $0.severity == severity } }
    }

    /// The counts the batch's index shows for this page.
    package var summary: ReviewSummary {
        ReviewSummary(
            name: document.source.name, title: document.title, sections: document.allSections.count,
            figures: document.allFigureCount, errors: findings.count { $0.severity == .error },
            warnings: findings.count { $0.severity == .warning }, infos: findings.count { $0.severity == .info },
            strict: strict)
    }

    /// The page, as UTF-8 bytes.
    package func html() -> [UInt8] {
        let targets = findings.map { ReviewAnchors.candidates(for: $0.path) }
        var body = ReviewBody(flagged: Set(targets.compactMap { $0.count > 1 ? $0.first : nil }))
        body.write(document)
        var ids = body.ids
        var page = HTMLWriter(capacity: body.writer.bytes.count + 32_768)
        head(&page)
        bar(&page)
        page.raw("<div class=\"layout\">")
        ReviewOutline.write(document, into: &page)
        page.raw("<main class=\"doc\">")
        page.append(body.writer)
        if let source {
            sourcePanel(source, into: &page)
            ids.insert("source")
        }
        page.raw("</main>")
        findingsPanel(targets: targets, ids: ids, notes: notes + body.notes, into: &page)
        page.raw("</div></body></html>\n")
        return page.bytes
    }

    private func head(_ page: inout HTMLWriter) {
        page.raw("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
        page.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        page.raw("<meta name=\"generator\" content=\"gazette review \(Pipeline.version)\">")
        page.element("title", "Review: " + (document.title ?? document.source.name))
        page.raw("<style>\(ReviewStyle.page)</style></head><body id=\"\(ReviewAnchors.top)\">")
    }

    private func bar(_ page: inout HTMLWriter) {
        let summary = self.summary
        page.raw("<header class=\"bar\"><a href=\"index.html\">← All documents</a>")
        page.element("span", document.source.name, attributes: [("class", "name")])
        page.element(
            "span", summary.status.label, attributes: [("class", "status status-\(summary.status.rawValue)")])
        page.element(
            "span",
            "\(summary.sections) sections · \(summary.figures) figures · \(document.source.format.rawValue), "
                + "\(document.source.encoding)")
        page.raw(
            "<span class=\"legend\" aria-label=\"Legend\"><span><mark class=\"fig\">figure</mark></span>"
                + "<span><mark class=\"date\">date</mark></span><span><span class=\"org\">lead unit</span></span>"
                + "<span>! has a finding</span></span></header>")
    }

    private func sourcePanel(_ source: Source, into page: inout HTMLWriter) {
        page.raw("<details class=\"source\" id=\"source\"><summary>Source text: ")
        page.text(source.name)
        page.raw("</summary>")
        if let note = source.note { page.element("p", note) }
        let scalars = Array(source.text.unicodeScalars)
        if scalars.count > Self.maximumSourceScalars {
            page.element(
                "p",
                "Only the first \(Self.maximumSourceScalars) of \(scalars.count) characters are shown, to keep the "
                    + "page small.")
        }
        page.raw("<pre>")
        page.text(scalars.prefix(Self.maximumSourceScalars))
        page.raw("</pre></details>")
    }

    /// Every finding, linking to the first of its candidate ids that the page has.
    private func findingsPanel(targets: [[String]], ids: Set<String>, notes: [String], into page: inout HTMLWriter) {
        page.raw("<aside class=\"findings\" aria-label=\"Findings\"><h2 class=\"panel\">Findings (")
        page.text(String(findings.count))
        page.raw(")</h2>")
        if findings.isEmpty { page.element("p", "✔ No findings: the record passes every rule.") }
        page.raw("<ol class=\"findings\">")
        for (finding, candidates) in zip(findings, targets) {
            let target = candidates.first(where: ids.contains) ?? ReviewAnchors.top
            page.raw("<li class=\"sev-\(finding.severity.rawValue)\">")
            page.element("span", Self.label(finding.severity), attributes: [("class", "sev")])
            page.raw(" <code>")
            page.text(finding.code)
            page.raw("</code> <a")
            page.attribute("href", "#" + target)
            page.raw(">")
            page.text(finding.message)
            page.raw("</a>")
            if !finding.path.isEmpty { page.element("div", finding.path, attributes: [("class", "pointer")]) }
            page.raw("</li>")
        }
        page.raw("</ol>")
        if !notes.isEmpty {
            page.raw("<h2 class=\"panel\">Page notes</h2><ul class=\"notes\">")
            for note in notes { page.element("li", note) }
            page.raw("</ul>")
        }
        page.raw("</aside>")
    }

    /// A severity in words with an icon, so that it is not told by colour alone.
    package static func label(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: "✖ error"
        case .warning: "⚠ warning"
        case .info: "ℹ note"
        }
    }
}
