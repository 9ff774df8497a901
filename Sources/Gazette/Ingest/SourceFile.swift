#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a source file's bytes, refusing what is not a regular, readable file of sane size.
package enum SourceFile {
    /// Inputs above this size are refused unless the caller raises the limit.
    package static let defaultMaximumBytes = Limits.standard.maximumBytes

    package static func read(_ path: String, maximumBytes: Int = defaultMaximumBytes) throws -> [UInt8] {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw GazetteError.fileNotFound(path) }
            throw GazetteError.unreadable(path, reason: String(cString: strerror(errno)))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw GazetteError.notAFile(path)
        default: throw GazetteError.unreadable(path, reason: "not a regular file")
        }
        guard Int(info.st_size) <= maximumBytes else {
            throw GazetteError.unreadable(path, reason: "\(info.st_size) bytes is over the limit of \(maximumBytes)")
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw GazetteError.unreadable(path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        return try readAll(descriptor, path: path, maximumBytes: maximumBytes)
    }

    /// Reads standard input or any descriptor to its end.
    package static func readAll(
        _ descriptor: Int32, path: String, maximumBytes: Int = defaultMaximumBytes
    ) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw GazetteError.unreadable(path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > maximumBytes {
                throw GazetteError.unreadable(path, reason: "over the limit of \(maximumBytes) bytes")
            }
        }
        return bytes
    }
}
