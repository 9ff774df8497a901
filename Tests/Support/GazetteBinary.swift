import Foundation
import Testing

/// The built `gazette` executable, found next to the test bundle, and a way to run it.
package enum GazetteBinary {
    package struct NotFound: Error, CustomStringConvertible {
        package var searched: [String]
        package var description: String {
            "the gazette executable was not found next to the test bundle (looked in: \(searched.joined(separator: ", "))); "
                + "build it with `swift build` before `swift test`"
        }
    }

    package struct Run {
        package var status: Int32
        package var stdout: String
        package var stderr: String
        /// The run was killed at its deadline.
        package var timedOut = false
        package var seconds = 0.0

        package var stderrLines: [String] {
            stderr.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        }
    }

    /// The repository root, from this file's location (Tests/Support/…).
    package static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private static let located: Result<URL, NotFound> = {
        var starts: [URL] = [URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()]
        starts.append(Bundle.main.bundleURL)
        if let executable = Bundle.main.executableURL { starts.append(executable) }
        if let first = CommandLine.arguments.first {
            starts.append(URL(fileURLWithPath: first).resolvingSymlinksInPath())
        }
        var searched: [String] = []
        for start in starts {
            var folder = start.deletingLastPathComponent()
            for _ in 0..<5 {
                let candidate = folder.appendingPathComponent("gazette")
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
                    !isDirectory.boolValue,
                    FileManager.default.isExecutableFile(atPath: candidate.path)
                {
                    return .success(candidate)
                }
                if !searched.contains(folder.path) { searched.append(folder.path) }
                if folder.lastPathComponent == ".build" || folder.path == "/" { break }
                folder = folder.deletingLastPathComponent()
            }
        }
        return .failure(NotFound(searched: searched))
    }()

    package static func executable() throws -> URL {
        try located.get()
    }

    /// Runs `gazette` with `arguments`, feeding `stdin`, in `directory` (the test's own when nil),
    /// and collects its exit status and output.
    package static func run(_ arguments: [String], stdin: Data? = nil, in directory: URL? = nil) throws -> Run {
        try ChildProcess.run(try executable(), arguments, stdin: stdin, in: directory)
    }
}

/// Runs a program to its end with its output captured in files (no pipe to fill up); with a
/// `deadline` in seconds, a program still running then is killed, so a hang fails a test
/// instead of stalling the suite.
package enum ChildProcess {
    package static func run(
        _ executable: URL, _ arguments: [String], stdin: Data? = nil, in directory: URL? = nil, deadline: Double? = nil
    ) throws -> GazetteBinary.Run {
        let scratch = try TemporaryFolder()
        let outURL = scratch.url.appendingPathComponent("stdout")
        let errURL = scratch.url.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        if let stdin {
            let inURL = scratch.url.appendingPathComponent("stdin")
            try stdin.write(to: inURL)
            process.standardInput = try FileHandle(forReadingFrom: inURL)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        let started = Date()
        try process.run()
        var timedOut = false
        if let deadline {
            let end = started.addingTimeInterval(deadline)
            while process.isRunning, Date() < end { usleep(5_000) }
            if process.isRunning {
                timedOut = true
                kill(process.processIdentifier, SIGKILL)
            }
        }
        process.waitUntilExit()
        try out.close()
        try err.close()
        return GazetteBinary.Run(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
            timedOut: timedOut, seconds: Date().timeIntervalSince(started))
    }
}

/// A fresh folder under the system temporary folder, removed when the value is released.
package final class TemporaryFolder {
    package let url: URL

    package init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes `bytes` to `name` inside the folder and returns the file's path.
    @discardableResult
    package func write(_ bytes: [UInt8], to name: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file.path
    }

    package func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Names of the files directly inside `name` (or the folder itself), sorted.
    package func contents(of name: String? = nil) throws -> [String] {
        let folder = name.map { url.appendingPathComponent($0) } ?? url
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }
}
