import Foundation
import Testing

/// A program or package outside Swift that some tests check Gazette against. Such suites run
/// when the tool is installed and are skipped, with a line saying what to install, when it is
/// not. `.ci/run` installs every tool and sets `GAZETTE_REQUIRE_TOOLS=1`, so in CI a missing
/// tool fails its tests instead of skipping them.
package enum OutsideTool: Sendable {
    /// A PostgreSQL server's binaries (Debian's `postgresql` package), for the loader tests.
    case postgres
    /// PySpark (and Java), for the streaming test.
    case pyspark
    /// Python's `jsonschema`, the reference validator of the published schema.
    case jsonschema
    /// Headless Chromium (Debian's `chromium` package), for the review pages' browser test.
    case chromium
    /// Python's `pre-commit`, to run the repository's hooks as a user's repository would.
    case preCommit

    package var isInstalled: Bool {
        switch self {
        case .postgres: Self.postgresInstalled
        case .pyspark: Self.pysparkInstalled
        case .jsonschema: Self.jsonschemaInstalled
        case .chromium: Self.chromiumExecutable != nil
        case .preCommit: Self.preCommitInstalled
        }
    }

    package var missing: Comment {
        switch self {
        case .postgres:
            "needs PostgreSQL's server binaries under /usr/lib/postgresql: apt-get install postgresql (.ci/run does)"
        case .pyspark:
            "needs PySpark and Java: python3 -m pip install pyspark; apt-get install openjdk-17-jre-headless (.ci/run does)"
        case .jsonschema: "needs Python's jsonschema: python3 -m pip install jsonschema (.ci/run does)"
        case .chromium: "needs headless Chromium: apt-get install chromium (.ci/run does)"
        case .preCommit: "needs pre-commit: python3 -m pip install pre-commit (.ci/run does)"
        }
    }

    /// Set in CI: a missing tool is a failure, not a skip.
    package static let required = ProcessInfo.processInfo.environment["GAZETTE_REQUIRE_TOOLS"] == "1"

    private static let postgresInstalled: Bool = {
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        return versions.contains {
            FileManager.default.isExecutableFile(atPath: "/usr/lib/postgresql/\($0)/bin/initdb")
        }
    }()

    /// The Chromium executable on `PATH` (`chromium`, else `chromium-browser`), or nil.
    package static let chromiumExecutable: URL? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return URL(fileURLWithPath: "\(folder)/\(name)")
            }
        }
        return nil
    }()

    private static let pysparkInstalled = pythonImports("pyspark")
    private static let jsonschemaInstalled = pythonImports("jsonschema")
    private static let preCommitInstalled = pythonImports("pre_commit")

    private static func pythonImports(_ module: String) -> Bool {
        (try? ChildProcess.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", "import \(module)"]).status) == 0
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs the suite only where `tool` is installed (always in CI, where it must be).
    package static func needs(_ tool: OutsideTool) -> Self {
        .enabled(if: OutsideTool.required || tool.isInstalled, tool.missing)
    }
}
