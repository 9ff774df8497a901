import Foundation

/// Finds the source an extract was read from, to show it on the extract's review page: the
/// file the record names (`source.name`) beside the extract, else in the `--sources` folder
/// (by that name, then by its last part).
///
/// A file is shown only when its SHA-256 is the record's: a record names any path it likes, and
/// a page must not publish some other file that happens to stand there. Names that climb out
/// of their folder (`..`) or are absolute are not looked up.
struct ReviewSourceFinder {
    var sources: String?
    var maximumBytes: Int

    /// The source to show, or nil with a note saying why none is.
    func source(of document: Document, besideExtract extract: String) -> (ReviewPage.Source?, [String]) {
        let name = document.source.name
        let parts = name.split(separator: "/")
        guard !name.isEmpty, name != "-", !name.hasPrefix("/"), !parts.contains("..") else {
            return (nil, ["The source \(name) is not looked for: its name is not a relative path."])
        }
        var mismatched: [String] = []
        for path in candidates(for: name, extract: extract) {
            guard let bytes = try? SourceFile.read(path, maximumBytes: maximumBytes) else { continue }
            guard SHA256Digest.hex(bytes) == document.source.sha256 else {
                mismatched.append(path)
                continue
            }
            return (ReviewPage.Source(name: path, text: ReviewBatch.text(of: bytes, as: document.source)), [])
        }
        if let path = mismatched.first {
            return (
                nil,
                ["\(path) is not shown: it is not the source the record was read from (its SHA-256 differs)."]
            )
        }
        let place =
            sources.map { "beside the extract or in \($0)" }
            ?? "beside the extract (--sources DIR names another folder to look in)"
        return (nil, ["The source \(name) was not found \(place)."])
    }

    private func candidates(for name: String, extract: String) -> [String] {
        let folder = (extract as NSString).deletingLastPathComponent
        var paths = [(folder.isEmpty ? "" : folder + "/") + name]
        if let sources {
            paths.append(sources + "/" + name)
            if let last = name.split(separator: "/").last { paths.append(sources + "/" + last) }
        }
        var seen = Set<String>()
        return paths.filter { seen.insert($0).inserted }
    }
}
