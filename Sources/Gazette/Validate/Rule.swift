/// A check `gazette validate` runs, with its stable code and the severity it reports at
/// unless a setting changes it. Codes are the contract; messages may change.
package struct Rule: Sendable, Equatable {
    package var code: String
    package var severity: Diagnostic.Severity
    package var summary: String

    package static let all: [Rule] = [
        Rule(code: "json-syntax", severity: .error, summary: "the file is not well-formed JSON"),
        Rule(code: "schema", severity: .error, summary: "a field is missing, unknown, or of the wrong type or value"),
        Rule(
            code: "schema-version", severity: .error,
            summary: "the record has a schema version this Gazette does not read"),
        Rule(code: "empty-document", severity: .error, summary: "neither lead paragraphs nor sections"),
        Rule(code: "no-title", severity: .warning, summary: "the document has no title"),
        Rule(code: "title-shape", severity: .warning, summary: "a title is not a short single line"),
        Rule(
            code: "section-numbering", severity: .error,
            summary: "section numbers at a level are not unique and contiguous from 1"),
        Rule(
            code: "section-untitled", severity: .warning,
            summary: "a section meant to have a title has none (titleForm is not none)"),
        Rule(code: "section-empty", severity: .warning, summary: "a section has neither body nor sub-sections"),
        Rule(code: "figure-offset", severity: .error, summary: "a figure's offsets do not point at its text"),
        Rule(
            code: "figure-value", severity: .error,
            summary: "a figure's value is not a decimal or does not match its text"),
        Rule(
            code: "lead-count", severity: .warning,
            summary: "the number of cases the lead announces is not the number of sections"),
        Rule(code: "duplicate-item", severity: .warning, summary: "the same item twice in one enumeration (社区治理、社区治理)"),
        Rule(code: "caption-in-body", severity: .error, summary: "a photo caption's text stands inside a section body"),
        Rule(
            code: "organization-name", severity: .warning,
            summary: "a leading unit does not read as the name of an organization"),
    ]

    package static func named(_ code: String) -> Rule? { all.first { $0.code == code } }
}
