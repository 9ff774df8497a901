import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Writes files so that a reader (or a rerun after a crash) never sees half of one:
/// the bytes go to a temporary name in the same folder, then are renamed into place.
package enum AtomicFile {
    /// Writes `data` to a temporary name beside `path` and renames it into place. A process
    /// killed at any point leaves either the old file or the new one, never a part; the
    /// temporary name starts with a dot and is removed on failure.
    package static func write(_ data: Data, to path: String) throws {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let file = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temporary = folder + "/" + temporaryName(for: file)
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

    /// The hidden name a file is written under before it is renamed into place:
    /// ".NAME.PID.RANDOM.tmp", so that a later run can tell whose it was.
    static func temporaryName(for file: String) -> String {
        ".\(file).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    }

    /// The process that wrote a temporary file named by `temporaryName`, if the name is one.
    static func writer(ofTemporary name: String) -> pid_t? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
        let parts = name.dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 4, UInt32(parts[parts.count - 1]) != nil, let pid = pid_t(parts[parts.count - 2]), pid > 0
        else { return nil }
        return pid
    }

    /// Removes the temporary files that runs killed before they could rename them left in
    /// `folder` and the folders below it (links are not followed). A file whose writer is
    /// still running is left alone: another run may be writing into the same folder.
    /// Returns how many were removed.
    @discardableResult
    package static func removeStaleTemporaries(in folder: String) -> Int {
        removeTemporaries(in: folder) { !isRunning($0) }
    }

    /// Removes the temporary files this process is writing in `folder` and below: what an
    /// interrupted run cleans up before it exits.
    @discardableResult
    package static func removeOwnTemporaries(in folder: String) -> Int {
        let me = getpid()
        return removeTemporaries(in: folder) { $0 == me }
    }

    /// Removes the temporary files in `folder` and below whose writer `matches`.
    private static func removeTemporaries(in folder: String, writtenBy matches: (pid_t) -> Bool) -> Int {
        var removed = 0
        var pending = [folder]
        while let current = pending.popLast() {
            guard let directory = opendir(current) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) {
                    String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard name != ".", name != ".." else { continue }
                let path = current + "/" + name
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                if info.st_mode & S_IFMT == S_IFDIR {
                    pending.append(path)
                } else if info.st_mode & S_IFMT == S_IFREG, let writer = writer(ofTemporary: name), matches(writer),
                    unlink(path) == 0
                {
                    removed += 1
                }
            }
        }
        return removed
    }

    private static func isRunning(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    /// Creates the folder `relative` below `root`, one part at a time, refusing to pass
    /// through a symbolic link or anything else that is not a real folder: nothing derived
    /// from an input name is written outside `root`.
    package static func makeDirectory(_ relative: String, under root: String) throws {
        var path = root
        for part in relative.split(separator: "/") {
            guard part != "..", part != "." else {
                throw GazetteError.writeFailed(root + "/" + relative, reason: "the name leaves the output folder")
            }
            path += "/" + part
            var info = stat()
            if lstat(path, &info) == 0 {
                guard info.st_mode & S_IFMT == S_IFDIR else {
                    let what = info.st_mode & S_IFMT == S_IFLNK ? "is a symbolic link" : "exists and is not a folder"
                    throw GazetteError.writeFailed(path, reason: "\(what); not writing through it")
                }
                continue
            }
            if mkdir(path, 0o755) != 0, errno != EEXIST {
                throw GazetteError.writeFailed(path, reason: String(cString: strerror(errno)))
            }
        }
    }

    /// Creates `path` and its parents when missing; fails when it exists and is no folder.
    package static func makeDirectory(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw GazetteError.writeFailed(path, reason: "exists and is not a folder")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw GazetteError.writeFailed(path, reason: "cannot create folder")
        }
    }
}
