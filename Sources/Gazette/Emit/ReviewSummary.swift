/// One row of a review's index: a document's counts, or the input that could not be reviewed.
package struct ReviewSummary: Sendable, Equatable {
    /// Whether a document passes: `fail` with an error (or a warning, when warnings fail; or when
    /// it could not be read), `warn` with a warning, else `pass`.
    package enum Status: String, Sendable, Comparable {
        case fail, warn, pass

        package var label: String {
            switch self {
            case .fail: "✖ fails"
            case .warn: "⚠ warnings"
            case .pass: "✔ passes"
            }
        }

        /// 0 for `fail`, 1 for `warn`, 2 for `pass`: the index's order.
        package var order: Int {
            switch self {
            case .fail: 0
            case .warn: 1
            case .pass: 2
            }
        }

        package static func < (lhs: Status, rhs: Status) -> Bool { lhs.order < rhs.order }
    }

    /// The record's `source.name`, or the input as named when it could not be read.
    package var name: String
    package var title: String?
    /// The page's file name in the output folder; nil when no page was written.
    package var page: String?
    package var sections: Int
    package var figures: Int
    package var errors: Int
    package var warnings: Int
    package var infos: Int
    /// Why the input has no page (its error's line).
    package var problem: String?
    /// Warnings fail the document (`--strict`).
    package var strict: Bool

    package init(
        name: String, title: String? = nil, page: String? = nil, sections: Int = 0, figures: Int = 0, errors: Int = 0,
        warnings: Int = 0, infos: Int = 0, problem: String? = nil, strict: Bool = false
    ) {
        self.name = name
        self.title = title
        self.page = page
        self.sections = sections
        self.figures = figures
        self.errors = errors
        self.warnings = warnings
        self.infos = infos
        self.problem = problem
        self.strict = strict
    }

    package var status: Status {
        if errors > 0 || problem != nil || (strict && warnings > 0) { return .fail }
        return warnings > 0 ? .warn : .pass
    }
}
