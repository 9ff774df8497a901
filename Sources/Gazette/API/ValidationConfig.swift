/// A repository's validation settings, as `.gazette.yml` and `--rule` give them:
///
///     strict: true
///     rules:
///       duplicate-item: off
///       lead-count: error
public enum ValidationConfig {
    public enum Problem: Error, CustomStringConvertible, Equatable {
        case unreadable(String)
        case unknownRule(String)
        case badSeverity(rule: String, value: String)
        case unknownKey(String)

        public var description: String {
            switch self {
            case .unreadable(let reason): "not a valid configuration (\(reason))"
            case .unknownRule(let code): "no rule is called \(code)"
            case .badSeverity(let rule, let value): "rule \(rule): \(value) is none of off, info, warning, error"
            case .unknownKey(let key): "no setting is called \(key) (known: strict, rules)"
            }
        }
    }

    /// Settings on top of `base`: `strict` when given, and each rule's code with its setting
    /// ("off", "on", or a severity) as `.gazette.yml` writes them.
    public static func settings(
        strict: Bool?, rules: [String: String], base: ValidationSettings = ValidationSettings()
    ) throws(Problem) -> ValidationSettings {
        var settings = base
        if let strict { settings.strict = strict }
        for (code, value) in rules.sorted(by: { $0.key < $1.key }) {
            settings.overrides[code] = try severity(code: code, value: value)
        }
        return settings
    }

    /// "CODE=off|info|warning|error", as `--rule` takes it.
    public static func override(_ argument: String) throws(Problem) -> (code: String, severity: Diagnostic.Severity?) {
        let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { throw .unreadable("expected CODE=off|info|warning|error, got \(argument)") }
        return (parts[0], try severity(code: parts[0], value: parts[1]))
    }

    private static func severity(code: String, value: String) throws(Problem) -> Diagnostic.Severity? {
        guard let rule = Rule.named(code) else { throw .unknownRule(code) }
        switch value.lowercased() {
        case "off", "false", "no": return nil
        case "on", "true", "yes": return rule.severity
        default:
            guard let severity = Diagnostic.Severity(rawValue: value.lowercased()) else {
                throw .badSeverity(rule: code, value: value)
            }
            return severity
        }
    }
}
