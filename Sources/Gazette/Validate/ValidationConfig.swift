import Yams

/// A repository's validation settings, from `.gazette.yml`:
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

        public var description: String {
            switch self {
            case .unreadable(let reason): "not a valid configuration (\(reason))"
            case .unknownRule(let code): "no rule is called \(code)"
            case .badSeverity(let rule, let value): "rule \(rule): \(value) is none of off, info, warning, error"
            }
        }
    }

    /// Settings from the YAML text, on top of `base`.
    public static func settings(fromYAML text: String, base: ValidationSettings = ValidationSettings()) throws(Problem) -> ValidationSettings {
        let loaded: Any?
        do {
            loaded = try Yams.load(yaml: text)
        } catch {
            throw .unreadable(String(describing: error).split(separator: "\n").first.map(String.init) ?? "YAML error")
        }
        guard let root = loaded as? [String: Any] else {
            if loaded == nil { return base }
            throw .unreadable("the top level must be a mapping")
        }
        var settings = base
        if let strict = root["strict"] as? Bool { settings.strict = strict }
        if let rules = root["rules"] as? [String: Any] {
            for (code, value) in rules {
                let text = (value as? Bool).map { $0 ? "on" : "off" } ?? String(describing: value)
                settings.overrides[code] = try severity(code: code, value: text)
            }
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
            guard let severity = Diagnostic.Severity(rawValue: value.lowercased()) else { throw .badSeverity(rule: code, value: value) }
            return severity
        }
    }
}
