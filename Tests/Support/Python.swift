import Foundation

/// `python3`, for the reference tools the tests check Gazette against (the `jsonschema`
/// validator, `xml.etree`).
package enum Python {
    package struct Unavailable: Error, CustomStringConvertible {
        package var description: String
    }

    /// Exit status a script uses to say a module it needs is not installed.
    package static let missingModule: Int32 = 3

    /// Runs `script` with `arguments` (as `sys.argv[1:]`).
    package static func run(_ script: String, _ arguments: [String] = []) throws -> GazetteBinary.Run {
        let run = try ChildProcess.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script] + arguments)
        if run.status == 127 {
            throw Unavailable(
                description: "python3 was not found on PATH; the reference checks need it (\(run.stderr))")
        }
        return run
    }
}
