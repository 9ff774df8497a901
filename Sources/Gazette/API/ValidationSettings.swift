/// How a run of `gazette validate` weighs findings: rules turned off or given another
/// severity, and whether warnings fail.
public struct ValidationSettings: Sendable, Equatable {
    /// Warnings fail the run too.
    public var strict = false
    /// A rule's severity by code; nil turns the rule off.
    public var overrides: [String: Diagnostic.Severity?] = [:]

    /// Settings with `strict` and per-rule `overrides`; by default every rule reports at its own severity
    /// and warnings do not fail.
    public init(strict: Bool = false, overrides: [String: Diagnostic.Severity?] = [:]) {
        self.strict = strict
        self.overrides = overrides
    }

    /// The severity a finding of `code` is reported at, or nil when its rule is off.
    public func severity(for code: String, default fallback: Diagnostic.Severity) -> Diagnostic.Severity? {
        if let override = overrides[code] { return override }
        return Rule.named(code)?.severity ?? fallback
    }

    /// True when a finding at `severity` makes the run fail.
    public func fails(_ severity: Diagnostic.Severity) -> Bool {
        severity == .error || (strict && severity == .warning)
    }
}
