import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files so that a reader (or a rerun after a crash) never sees half of one:
/// the bytes go to a temporary name in the same folder, then are renamed into place.
public enum AtomicFile {
    /// Writes `data` to a temporary name beside `path` and renames it into place. A process
    /// killed at any point leaves either the old file or the new one, never a part; the
    /// temporary name starts with a dot and is removed on failure.
    public static func write(_ data: Data, to path: String) throws {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let file = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temporary = "\(folder)/.\(file).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw GazetteError.writeFailed(path, reason: String(cString: strerror(errno))) }
        var failure: Int32 = 0
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw GazetteError.writeFailed(path, reason: String(cString: strerror(failure)))
        }
    }

    /// Creates `path` and its parents when missing; fails when it exists and is no folder.
    public static func makeDirectory(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw GazetteError.writeFailed(path, reason: "exists and is not a folder") }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw GazetteError.writeFailed(path, reason: "cannot create folder")
        }
    }
}
