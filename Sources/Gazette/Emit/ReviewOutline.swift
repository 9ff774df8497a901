/// The outline beside a review page's text: links to the title, the lead, every section (by
/// marker and title, nested as they nest) and the parts after them.
enum ReviewOutline {
    /// Untitled items are shown by the start of their text, cut here.
    static let excerptLength = 24

    static func write(_ document: Document, into page: inout HTMLWriter) {
        page.raw("<nav class=\"outline\" aria-label=\"Outline\"><h2 class=\"panel\">Outline</h2><ol>")
        link("title", document.title ?? "(no title)", into: &page)
        if !document.lead.paragraphs.isEmpty { link("lead", "Lead", into: &page) }
        sections(document.sections, positions: [], into: &page)
        if !document.closing.paragraphs.isEmpty { link("closing", "Closing", into: &page) }
        if document.signature != nil { link("signature", "Signature", into: &page) }
        if !document.attachments.isEmpty { link("attachments", "Attachments", into: &page) }
        if !document.captions.isEmpty {
            link(ReviewAnchors.caption(1), "Captions (\(document.captions.count))", into: &page)
        }
        if !document.tables.isEmpty { link(ReviewAnchors.table(1), "Tables (\(document.tables.count))", into: &page) }
        if !document.trailer.isEmpty { link("trailer", "Trailer", into: &page) }
        page.raw("</ol></nav>")
    }

    private static func sections(_ sections: [Section], positions: [Int], into page: inout HTMLWriter) {
        for (index, section) in sections.enumerated() {
            let here = positions + [index + 1]
            page.raw("<li><a")
            page.attribute("href", "#" + ReviewAnchors.section(here))
            page.raw("><span class=\"marker\">")
            page.text(section.marker)
            page.raw("</span>")
            page.text(section.title.isEmpty ? excerpt(section) : section.title)
            page.raw("</a>")
            if !section.sections.isEmpty {
                page.raw("<ol>")
                Self.sections(section.sections, positions: here, into: &page)
                page.raw("</ol>")
            }
            page.raw("</li>")
        }
    }

    private static func excerpt(_ section: Section) -> String {
        let text = section.paragraphs.first ?? ""
        let scalars = text.unicodeScalars
        guard scalars.count > excerptLength else { return text }
        return String(String.UnicodeScalarView(scalars.prefix(excerptLength))) + "…"
    }

    private static func link(_ id: String, _ text: String, into page: inout HTMLWriter) {
        page.raw("<li><a")
        page.attribute("href", "#" + id)
        page.raw(">")
        page.text(text)
        page.raw("</a></li>")
    }
}
