import Foundation

/// A PostgreSQL cluster of the test run's own, on a Unix socket in a temporary folder: made
/// with the server binaries Debian's `postgresql` package installs (`.ci/run` installs it),
/// started once, and stopped when the test process exits.
package enum ThrowawayPostgres {
    package struct Unavailable: Error, CustomStringConvertible {
        package var description: String
    }

    /// The URL of a fresh database on the cluster; each call makes a new database.
    package static func database() throws -> String {
        let folder = try cluster.get()
        let name = "gazette_\(UUID().uuidString.prefix(8).lowercased())"
        try runAsServer(["createdb", "-h", folder, "-U", "gazette", name])
        return "postgres://gazette@/\(name)?host=\(folder)"
    }

    /// The socket folder of the running cluster.
    package static let cluster: Result<String, Unavailable> = {
        do {
            guard let bin = serverBinaries() else {
                throw Unavailable(
                    description:
                        "no PostgreSQL server binaries under /usr/lib/postgresql; install Debian's postgresql package (.ci/run does)"
                )
            }
            binaries = bin
            let folder = "/tmp/gazette-pg-\(getpid())"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            if getuid() == 0, system("/bin/chown postgres \(folder)") != 0 {
                throw Unavailable(description: "cannot hand \(folder) to the postgres user")
            }
            try runAsServer(["initdb", "-D", folder + "/data", "-U", "gazette", "--auth=trust", "--no-sync"])
            try runAsServer([
                "pg_ctl", "-D", folder + "/data", "-o", "-k \(folder) -c listen_addresses='' -c fsync=off", "-l",
                folder + "/log", "-w", "start",
            ])
            clusterFolder = folder
            // At exit Foundation's Process can no longer wait for a child: stop with system(3).
            stopCommand =
                (getuid() == 0 ? "/usr/sbin/runuser -u postgres -- " : "")
                + "\(bin)/pg_ctl -D \(folder)/data -m immediate stop >/dev/null 2>&1; rm -rf \(folder)"
            atexit {
                guard let command = ThrowawayPostgres.stopCommand else { return }
                _ = system(command)
            }
            return .success(folder)
        } catch let error as Unavailable {
            return .failure(error)
        } catch {
            return .failure(Unavailable(description: "cannot start a PostgreSQL cluster: \(error)"))
        }
    }()

    package nonisolated(unsafe) static var binaries = ""
    package nonisolated(unsafe) static var clusterFolder: String?
    package nonisolated(unsafe) static var stopCommand: String?

    private static func serverBinaries() -> String? {
        let root = "/usr/lib/postgresql"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root))?.compactMap(Int.init).sorted() ?? []
        return versions.last.map { "\(root)/\($0)/bin" }.flatMap {
            FileManager.default.fileExists(atPath: $0 + "/initdb") ? $0 : nil
        }
    }

    /// Runs a server tool, as the `postgres` user when the tests run as root (PostgreSQL
    /// refuses to run as root). It goes through system(3): Foundation's Process would wait for
    /// the server that `pg_ctl start` leaves running, which keeps Process's own pipe open.
    package static func runAsServer(_ arguments: [String]) throws {
        let tool = ([binaries + "/" + arguments[0]] + arguments.dropFirst()).map(quoted).joined(separator: " ")
        let command = (getuid() == 0 ? "/usr/sbin/runuser -u postgres -- " : "") + tool + " </dev/null >/dev/null 2>&1"
        let status = system(command)
        if status != 0 { throw Unavailable(description: "\(arguments.joined(separator: " ")) exited with \(status)") }
    }

    private static func quoted(_ argument: String) -> String {
        "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
