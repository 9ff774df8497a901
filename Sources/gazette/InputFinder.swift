import Foundation
import Gazette

#if canImport(Glibc)
import Glibc
#endif

/// Expands the inputs of a command: files as given (a link named on the command line is
/// followed), folders searched recursively for files with one of `extensions`, in the order of
/// their paths. Symbolic links inside a folder are skipped unless `followingSymlinks`; then
/// each folder is entered once, so a link back up the tree is no loop.
///
/// Each file found also gets the name it is known by (`names`), which becomes the record's
/// `source.name` and, with `--keep-dirs`, its place under the output folder: a file named on
/// the command line is known by its file name; a file found in a folder by its path below that
/// folder, led by the folder's own name when several folders are given (`A/163` and `A/sina`
/// give `163/1.html` and `sina/1.html`).
enum InputFinder {
    static let sourceExtensions = Ingest.sourceExtensions

    struct Found {
        var found: [String] = []
        /// The name of each of `found`, in the same order.
        var names: [String] = []
        var missing: [GazetteError] = []
        /// Links skipped or not followed, one line each, for standard error.
        var notes: [String] = []
    }

    static func files(
        in inputs: [String], extensions: Set<String> = sourceExtensions, followingSymlinks: Bool = false
    ) -> Found {
        var result = Found()
        let folders = inputs.filter { input in
            var info = stat()
            return stat(input, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
        }
        for input in inputs {
            var info = stat()
            guard stat(input, &info) == 0 else {
                result.missing.append(.fileNotFound(input))
                continue
            }
            guard info.st_mode & S_IFMT == S_IFDIR else {
                result.found.append(input)
                result.names.append(lastPart(of: input))
                continue
            }
            let base = input.count > 1 && input.hasSuffix("/") ? String(input.dropLast()) : input
            var walk = Walk(extensions: extensions, followingSymlinks: followingSymlinks)
            walk.visit(folder: base, relative: "", identity: FileIdentity(info))
            let relatives = walk.relativePaths.sorted()
            let lead = folders.count > 1 ? lastPart(of: base) + "/" : ""
            result.found += relatives.map { base + "/" + $0 }
            result.names += relatives.map { lead + $0 }
            result.missing += walk.broken.map { .unreadable($0, reason: "a symbolic link whose target does not exist") }
            if walk.skippedLinks > 0 {
                let links = walk.skippedLinks == 1 ? "1 symbolic link" : "\(walk.skippedLinks) symbolic links"
                result.notes.append("skipped \(links) under \(input) (--follow-symlinks follows them)")
            }
            result.notes += walk.loops.map { "\($0): a symbolic link to a folder already searched, not followed again" }
        }
        return result
    }

    /// The last part of a path that names something: "A/163/" and "A/163/." give "163".
    static func lastPart(of path: String) -> String {
        let parts = path.split(separator: "/").filter { $0 != "." }
        guard let last = parts.last else { return path }
        if last == "..", let real = realpath(path, nil) {
            defer { free(real) }
            return lastPart(of: String(cString: real))
        }
        return String(last)
    }

    /// A file's device and inode: the same folder reached twice has the same identity.
    struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64

        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    private struct Walk {
        let extensions: Set<String>
        let followingSymlinks: Bool
        var relativePaths: [String] = []
        var visited: Set<FileIdentity> = []
        var skippedLinks = 0
        var loops: [String] = []
        var broken: [String] = []

        init(extensions: Set<String>, followingSymlinks: Bool) {
            self.extensions = extensions
            self.followingSymlinks = followingSymlinks
        }

        /// Searches folders with a stack of their own, not recursion: trees can be deep.
        mutating func visit(folder: String, relative: String, identity: FileIdentity) {
            visited.insert(identity)
            var pending = [(path: folder, relative: relative)]
            while let (path, relative) = pending.popLast() {
                for name in Self.entries(of: path) {
                    let entryPath = path + "/" + name
                    let entryRelative = relative.isEmpty ? name : relative + "/" + name
                    var info = stat()
                    guard lstat(entryPath, &info) == 0 else { continue }
                    if info.st_mode & S_IFMT == S_IFLNK {
                        guard followingSymlinks else {
                            skippedLinks += 1
                            continue
                        }
                        guard stat(entryPath, &info) == 0 else {
                            broken.append(entryPath)
                            continue
                        }
                    }
                    switch info.st_mode & S_IFMT {
                    case S_IFDIR:
                        guard visited.insert(FileIdentity(info)).inserted else {
                            loops.append(entryPath)
                            continue
                        }
                        pending.append((entryPath, entryRelative))
                    case S_IFREG:
                        if extensions.contains((name as NSString).pathExtension.lowercased()) {
                            relativePaths.append(entryRelative)
                        }
                    default:
                        continue
                    }
                }
            }
        }

        /// The names in a folder, without "." and "..".
        static func entries(of folder: String) -> [String] {
            guard let directory = opendir(folder) else { return [] }
            defer { closedir(directory) }
            var names: [String] = []
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name != "." && name != ".." { names.append(name) }
            }
            return names
        }
    }
}
