import Gazette
import Yams

/// `.gazette.yml`, read as YAML and handed to the library's `ValidationConfig`:
///
///     strict: true
///     rules:
///       duplicate-item: off
///       lead-count: error
enum ConfigFile {
    static let keys: Set<String> = ["strict", "rules"]

    /// Settings from the YAML text, on top of `base`. An unknown key, a rule that does not
    /// exist or a setting that is none of off, on, info, warning, error is an error naming it.
    static func settings(
        fromYAML text: String, base: ValidationSettings = ValidationSettings(), file: String = ".gazette.yml"
    ) throws(GazetteError) -> ValidationSettings {
        let loaded: Any?
        do {
            loaded = try Yams.load(yaml: text)
        } catch {
            let reason = String(describing: error).split(separator: "\n").first.map(String.init) ?? "YAML error"
            throw .badSetting(file, reason: "not YAML: \(reason)")
        }
        guard let root = loaded as? [String: Any] else {
            if loaded == nil { return base }
            throw .badSetting(file, reason: "the top level must be a mapping")
        }
        if let unknown = root.keys.sorted().first(where: { !keys.contains($0) }) {
            throw .badSetting(file, reason: "no setting is called \(unknown) (known: strict, rules)")
        }
        var strict: Bool?
        if let value = root["strict"] {
            guard let flag = value as? Bool else { throw .badSetting(file, reason: "strict must be true or false") }
            strict = flag
        }
        var rules: [String: String] = [:]
        if let value = root["rules"] {
            guard let mapping = value as? [String: Any] else {
                throw .badSetting(file, reason: "rules must be a mapping of rule to setting")
            }
            for (code, setting) in mapping {
                rules[code] = (setting as? Bool).map { $0 ? "on" : "off" } ?? String(describing: setting)
            }
        }
        return try ValidationConfig.settings(strict: strict, rules: rules, base: base, file: file)
    }
}
