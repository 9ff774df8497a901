import ArgumentParser
import Foundation
import Gazette

/// How findings are weighed, shared by `validate` and `review`: `--strict`, `--rule`, and the
/// settings file (`--config`, else `.gazette.yml` in the current folder; the flags win).
struct ValidationOptions: ParsableArguments {
    @Flag(help: "Warnings fail too.")
    var strict = false

    @Option(name: .customLong("rule"), help: "Set one rule: CODE=off|info|warning|error (repeatable).")
    var rules: [String] = []

    @Option(help: "A YAML settings file (default: .gazette.yml when present).")
    var config: String?

    /// The settings; a wrong file or flag is reported on one line and ends the command with exit 2.
    func settingsOrUsageError() throws -> ValidationSettings {
        do {
            return try settings()
        } catch let error as GazetteError {
            reportError(error.description)
            throw ExitCode(2)
        }
    }

    /// The settings, or a `GazetteError` naming the file or the flag that is wrong.
    func settings() throws -> ValidationSettings {
        var settings = ValidationSettings()
        let configPath = config ?? (FileManager.default.fileExists(atPath: ".gazette.yml") ? ".gazette.yml" : nil)
        if let configPath {
            guard let text = try? String(contentsOfFile: configPath, encoding: .utf8) else {
                throw GazetteError.unreadable(configPath, reason: "not a UTF-8 text file, or no permission to read it")
            }
            settings = try ConfigFile.settings(fromYAML: text, file: configPath)
        }
        if strict { settings.strict = true }
        for rule in rules {
            let (code, severity) = try ValidationConfig.override(rule)
            settings.overrides[code] = .some(severity)
        }
        return settings
    }
}
