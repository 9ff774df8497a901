import Foundation
import GazetteTestSupport
import Testing

/// The repository's pre-commit hook, run by pre-commit itself on a user's repository of
/// extracts: a good extract passes, a broken one fails the commit with its finding.
@Suite(.serialized, .needs(.preCommit)) struct PreCommitHookTests {
    struct NotAClone: Error, CustomStringConvertible {
        var description: String { "pre-commit try-repo needs the project as a git clone" }
    }

    /// Runs the `gazette-validate-system` hook over every file of a new repository holding
    /// `files`, with the built gazette first on the PATH.
    static func runHook(on files: [String: String]) throws -> GazetteBinary.Run {
        let root = GazetteBinary.repositoryRoot
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent(".git").path) else {
            throw NotAClone()
        }
        let repository = try TemporaryFolder()
        for (name, text) in files { _ = try repository.write(Array(text.utf8), to: name) }
        let git = URL(fileURLWithPath: "/usr/bin/env")
        for arguments in [["git", "init", "-q"], ["git", "add", "."]] {
            let run = try ChildProcess.run(git, arguments, in: repository.url)
            try #require(run.status == 0, "\(arguments): \(run.stderr)")
        }
        let binaries = try GazetteBinary.executable().deletingLastPathComponent().path
        let path = binaries + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        return try ChildProcess.run(
            git,
            [
                "PATH=\(path)", "PRE_COMMIT_HOME=\(repository.url.path)/.cache", "python3", "-m", "pre_commit",
                "try-repo", root.path, "gazette-validate-system", "--all-files",
            ],
            in: repository.url, deadline: 300)
    }

    static var goodExtract: String {
        get throws {
            try String(
                contentsOf: GazetteBinary.repositoryRoot.appendingPathComponent("Output/notice-items.json"),
                encoding: .utf8)
        }
    }

    @Test func aValidExtractPasses() throws {
        let run = try Self.runHook(on: ["extracts/notice.json": try Self.goodExtract, "notes.txt": "not checked"])
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        #expect(run.stdout.contains("gazette validate"))
        #expect(run.stdout.contains("Passed"))
    }

    @Test func aBrokenExtractFailsWithItsFinding() throws {
        let broken = try Self.goodExtract.replacingOccurrences(of: "\"sections\":", with: "\"sectionz\":")
        let run = try Self.runHook(on: ["extracts/good.json": try Self.goodExtract, "extracts/bad.json": broken])
        #expect(run.status != 0)
        #expect(run.stdout.contains("Failed"))
        #expect(run.stdout.contains("extracts/bad.json"))
        #expect(run.stdout.contains("[schema]"))
        #expect(!run.stdout.contains("extracts/good.json:"))
    }
}
