import Foundation
import GazetteTestSupport
import Testing

@Suite struct GazetteCommandTests {
    @Test func versionIsPrinted() throws {
        let run = try GazetteBinary.run(["--version"])
        #expect(run.status == 0)
        let version = run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(version.range(of: #"^\d+\.\d+\.\d+"#, options: .regularExpression) != nil, "got \(version)")
    }

    @Test func helpListsTheSubcommands() throws {
        let run = try GazetteBinary.run(["--help"])
        #expect(run.status == 0)
        for subcommand in ["parse", "convert", "figures"] {
            #expect(run.stdout.contains(subcommand))
        }
    }

    @Test func missingArgumentIsAUsageError() throws {
        let run = try GazetteBinary.run(["figures"])
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(!run.stderr.isEmpty)
    }
}
