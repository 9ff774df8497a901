import Foundation

/// Writes files so that a reader (or a rerun after a crash) never sees half of one:
/// the bytes go to a temporary name in the same folder, then are renamed into place.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                throw GazetteError.writeFailed(path, reason: String(cString: strerror(errno)))
            }
        } catch let error as GazetteError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw GazetteError.writeFailed(path, reason: (error as NSError).localizedDescription)
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
