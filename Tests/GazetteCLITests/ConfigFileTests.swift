import GazetteTestSupport
import Testing

@testable import Gazette
@testable import gazette

/// `.gazette.yml` as the command reads it.
@Suite struct ConfigFileTests {
    @Test func yamlTurnsRulesOffRaisesThemAndSetsStrict() throws {
        let yaml = """
            strict: true
            rules:
              duplicate-item: off
              lead-count: error
              no-title: info
            """
        let settings = try ConfigFile.settings(fromYAML: yaml)
        #expect(settings.strict)
        #expect(
            settings.overrides == [
                "duplicate-item": Diagnostic.Severity?.none, "lead-count": .error, "no-title": .info,
            ])
        #expect(settings.severity(for: "duplicate-item", default: .warning) == nil)
    }

    @Test func yamlOnRestoresTheRuleSeverity() throws {
        let base = ValidationSettings(overrides: ["section-empty": Diagnostic.Severity?.none])
        let settings = try ConfigFile.settings(fromYAML: "rules:\n  section-empty: on\n", base: base)
        #expect(settings.overrides["section-empty"] == .some(.warning))
        #expect(!settings.strict)
    }

    @Test func emptyYAMLKeepsTheBase() throws {
        let base = ValidationSettings(strict: true)
        #expect(try ConfigFile.settings(fromYAML: "", base: base) == base)
    }

    @Test func unknownRuleInYAMLIsAnError() {
        #expect(throws: ValidationConfig.Problem.unknownRule("no-such-rule")) {
            try ConfigFile.settings(fromYAML: "rules:\n  no-such-rule: off\n")
        }
    }

    @Test func badSeverityInYAMLIsAnError() {
        #expect(throws: ValidationConfig.Problem.badSeverity(rule: "lead-count", value: "loud")) {
            try ConfigFile.settings(fromYAML: "rules:\n  lead-count: loud\n")
        }
    }

    @Test func yamlThatIsNotAMappingIsAnError() {
        #expect(throws: ValidationConfig.Problem.self) { try ConfigFile.settings(fromYAML: "- strict\n- rules\n") }
        #expect(throws: ValidationConfig.Problem.self) { try ConfigFile.settings(fromYAML: "rules: [unclosed\n") }
    }

    @Test func unknownKeyIsAnErrorNamingIt() {
        #expect(throws: ValidationConfig.Problem.unknownKey("rule")) {
            try ConfigFile.settings(fromYAML: "rule:\n  lead-count: off\n")
        }
        #expect(
            ValidationConfig.Problem.unknownKey("stict").description
                == "no setting is called stict (known: strict, rules)")
    }

    @Test func strictMustBeABoolean() {
        #expect(throws: ValidationConfig.Problem.self) { try ConfigFile.settings(fromYAML: "strict: sometimes\n") }
    }
}
