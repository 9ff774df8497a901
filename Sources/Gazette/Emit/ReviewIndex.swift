/// The `index.html` of a review: a table of the documents with their counts, failing documents
/// first, each linking to its page. A small inline script sorts the table by any column; without
/// it the table keeps that order.
package enum ReviewIndex {
    /// Failing first, then with warnings, then passing; by name within each.
    package static func ordered(_ rows: [ReviewSummary]) -> [ReviewSummary] {
        rows.enumerated().sorted { a, b in
            if a.element.status != b.element.status { return a.element.status < b.element.status }
            if a.element.name != b.element.name { return a.element.name < b.element.name }
            return a.offset < b.offset
        }.map(\.element)
    }

    package static func html(_ rows: [ReviewSummary]) -> [UInt8] {
        let rows = ordered(rows)
        var page = HTMLWriter(capacity: 4096 + rows.count * 600)
        page.raw("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
        page.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        page.raw("<meta name=\"generator\" content=\"gazette review \(Pipeline.version)\">")
        page.raw("<title>Review of \(rows.count) documents</title><style>\(ReviewStyle.page)</style></head><body>")
        let failing = rows.count { $0.status == .fail }
        page.raw("<header class=\"bar\"><span class=\"name\">Gazette review</span>")
        page.element("span", "\(rows.count) documents · \(failing) failing · failing first; sort by any column")
        page.raw("</header>")
        page.raw("<table class=\"index\"><thead><tr>")
        for (title, numeric) in columns {
            page.raw(numeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">")
            page.raw("<button type=\"button\">")
            page.text(title)
            page.raw("</button></th>")
        }
        page.raw("</tr></thead><tbody>")
        for row in rows { write(row, into: &page) }
        page.raw("</tbody></table><script>\(ReviewStyle.sortScript)</script></body></html>\n")
        return page.bytes
    }

    private static let columns: [(String, Bool)] = [
        ("Status", false), ("Document", false), ("Title", false), ("Sections", true), ("Figures", true),
        ("Errors", true), ("Warnings", true), ("Notes", true),
    ]

    private static func write(_ row: ReviewSummary, into page: inout HTMLWriter) {
        let status = row.status
        page.raw(status == .fail ? "<tr class=\"failing\">" : "<tr>")
        cell(status.label, sortKey: String(status.order), classes: "status status-\(status.rawValue)", into: &page)
        page.raw("<td")
        page.attribute("data-v", row.name)
        page.raw(">")
        if let link = row.page {
            page.raw("<a")
            page.attribute("href", HTMLWriter.pathSegment(link))
            page.raw(">")
            page.text(row.name)
            page.raw("</a>")
        } else {
            page.text(row.name)
        }
        page.raw("</td>")
        cell(row.problem ?? row.title ?? "", sortKey: row.problem ?? row.title ?? "", into: &page)
        for count in [row.sections, row.figures, row.errors, row.warnings, row.infos] {
            cell(String(count), sortKey: String(count), classes: "num", into: &page)
        }
        page.raw("</tr>")
    }

    private static func cell(_ text: String, sortKey: String, classes: String? = nil, into page: inout HTMLWriter) {
        page.raw("<td")
        page.attribute("class", classes)
        page.attribute("data-v", sortKey)
        page.raw(">")
        page.text(text)
        page.raw("</td>")
    }
}
