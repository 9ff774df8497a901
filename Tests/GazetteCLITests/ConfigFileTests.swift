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
        #expect(throws: GazetteError.badSetting(".gazette.yml", reason: "no rule is called no-such-rule")) {
            try ConfigFile.settings(fromYAML: "rules:\n  no-such-rule: off\n")
        }
    }

    @Test func badSeverityInYAMLIsAnError() {
        #expect(
            throws: GazetteError.badSetting(
                ".gazette.yml", reason: "rule lead-count: loud is none of off, on, info, warning, error")
        ) {
            try ConfigFile.settings(fromYAML: "rules:\n  lead-count: loud\n")
        }
    }

    @Test func yamlThatIsNotAMappingIsAnError() {
        #expect(throws: GazetteError.self) { try ConfigFile.settings(fromYAML: "- strict\n- rules\n") }
        #expect(throws: GazetteError.self) { try ConfigFile.settings(fromYAML: "rules: [unclosed\n") }
    }

    @Test func unknownKeyIsAnErrorNamingIt() {
        #expect(
            throws: GazetteError.badSetting(".gazette.yml", reason: "no setting is called rule (known: strict, rules)")
        ) {
            try ConfigFile.settings(fromYAML: "rule:\n  lead-count: off\n")
        }
        #expect(
            GazetteError.badSetting("ci/gazette.yml", reason: "no setting is called stict (known: strict, rules)")
                .description
                == "ci/gazette.yml: bad validation setting (no setting is called stict (known: strict, rules))")
    }

    @Test func strictMustBeABoolean() {
        #expect(throws: GazetteError.self) { try ConfigFile.settings(fromYAML: "strict: sometimes\n") }
    }
}
