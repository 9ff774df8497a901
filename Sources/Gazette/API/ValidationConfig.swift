/// A repository's validation settings, as `.gazette.yml` and `--rule` give them:
///
///     strict: true
///     rules:
///       duplicate-item: off
///       lead-count: error
public enum ValidationConfig {
    /// Settings on top of `base`: `strict` when given, and each rule's code with its setting
    /// ("off", "on", or a severity) as `.gazette.yml` writes them. A rule that does not exist
    /// or a setting that is none of those is a `GazetteError.badSetting` naming `file`.
    public static func settings(
        strict: Bool?, rules: [String: String], base: ValidationSettings = ValidationSettings(),
        file: String = ".gazette.yml"
    ) throws(GazetteError) -> ValidationSettings {
        var settings = base
        if let strict { settings.strict = strict }
        for (code, value) in rules.sorted(by: { $0.key < $1.key }) {
            settings.overrides[code] = try severity(code: code, value: value, source: file)
        }
        return settings
    }

    /// "CODE=off|info|warning|error", as `--rule` takes it.
    /// A malformed argument is a `GazetteError.badSetting` naming `--rule`.
    public static func override(
        _ argument: String
    ) throws(GazetteError) -> (code: String, severity: Diagnostic.Severity?) {
        let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2 else {
            throw .badSetting("--rule", reason: "expected CODE=off|info|warning|error, got \(argument)")
        }
        return (parts[0], try severity(code: parts[0], value: parts[1], source: "--rule"))
    }

    private static func severity(
        code: String, value: String, source: String
    ) throws(GazetteError) -> Diagnostic.Severity? {
        guard let rule = Rule.named(code) else { throw .badSetting(source, reason: "no rule is called \(code)") }
        switch value.lowercased() {
        case "off", "false", "no": return nil
        case "on", "true", "yes": return rule.severity
        default:
            guard let severity = Diagnostic.Severity(rawValue: value.lowercased()) else {
                throw .badSetting(source, reason: "rule \(code): \(value) is none of off, on, info, warning, error")
            }
            return severity
        }
    }
}
