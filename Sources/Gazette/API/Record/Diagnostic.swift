/// A problem found in a document: data attached to the record, never an exception.
///
/// Callers match on `code`, which is stable; `message` wording may change.
public struct Diagnostic: Decodable, Sendable, Equatable {
    public enum Severity: String, Decodable, Sendable, Comparable {
        case info, warning, error

        private var rank: Int {
            switch self {
            case .info: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// Stable identifier such as "section-gap" (see the README's table of codes).
    public var code: String
    public var severity: Severity
    public var message: String
    /// JSON Pointer to the part of the record concerned, e.g. "/sections/2/figures/0".
    public var path: String

    public init(code: String, severity: Severity, message: String, path: String = "") {
        self.code = code
        self.severity = severity
        self.message = message
        self.path = path
    }
}
