/// A problem found in a document: data attached to the record, never an exception.
///
/// Callers match on `code`, which is stable; `message` wording may change.
public struct Diagnostic: Decodable, Sendable, Equatable {
    /// How serious a problem is; severities order from `info` to `error`, and the raw values are the
    /// names records use ("warning").
    public enum Severity: String, Decodable, Sendable, Comparable {
        /// `info`: worth knowing, never fails `gazette validate`; `warning`: probably wrong, fails it when
        /// `strict`; `error`: wrong, always fails it.
        case info, warning, error

        private var rank: Int {
            switch self {
            case .info: 0
            case .warning: 1
            case .error: 2
            }
        }

        /// True when `lhs` is less serious than `rhs`: `info` < `warning` < `error`.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// Stable identifier such as "section-gap" (see the README's table of codes).
    public var code: String
    /// How serious the problem is: its rule's own severity (validation settings may report it at another).
    public var severity: Severity
    /// One sentence about the problem for people ("the document has no title"); its wording may change.
    public var message: String
    /// JSON Pointer to the part of the record concerned, e.g. "/sections/2/figures/0".
    public var path: String

    /// A diagnostic of the rule `code` about the part of the record at JSON Pointer `path` ("" for the
    /// record as a whole).
    public init(code: String, severity: Severity, message: String, path: String = "") {
        self.code = code
        self.severity = severity
        self.message = message
        self.path = path
    }
}
