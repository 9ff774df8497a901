/// Names of output files derived from input paths.
enum OutputNames {
    /// "Samples/a.html" → "a.json".
    static func jsonName(for input: String) -> String {
        stem(of: input) + ".json"
    }

    /// The input's file name without its extension, made safe as a file name.
    static func stem(of input: String) -> String {
        let file = input.split(separator: "/").last.map(String.init) ?? input
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return safePart(file) }
        return safePart(String(file[..<dot]))
    }

    /// Longest part of a name, in bytes, leaving room for "-NN.json" within the 255 of a file name.
    static let maximumPartBytes = 200

    /// One part of an output path as it may be written: control characters and backslashes
    /// become "_", "." and ".." become "_", and long names are cut (at a character) to
    /// `maximumPartBytes`.
    static func safePart(_ part: String) -> String {
        var scalars = String.UnicodeScalarView()
        var bytes = 0
        for scalar in part.unicodeScalars {
            let safe: Unicode.Scalar =
                scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\\" || scalar == "/" ? "_" : scalar
            bytes += UTF8.width(safe)
            if bytes > maximumPartBytes { break }
            scalars.append(safe)
        }
        let safe = String(scalars)
        return safe.isEmpty || safe == "." || safe == ".." ? "_" : safe
    }

    /// Output names for many inputs, made unique in order: "a.json", then "a-2.json".
    static func uniqueJSONNames(for inputs: [String]) -> [String] {
        unique(inputs.map { (folder: "", stem: stem(of: $0)) })
    }

    /// Names for many inputs made unique in order with the extension `ext` ("html"), none of
    /// them one of `reserved` ("index.html" becomes "index-2.html").
    static func uniqueNames(for inputs: [String], extension ext: String, reserved: Set<String> = []) -> [String] {
        unique(inputs.map { (folder: "", stem: stem(of: $0)) }, extension: ext, reserved: reserved)
    }

    /// "folder/stem.EXT", with "-2", "-3"… added to a stem already used in the same folder.
    private static func unique(
        _ names: [(folder: String, stem: String)], extension ext: String = "json", reserved: Set<String> = []
    ) -> [String] {
        var used = reserved
        return names.map { folder, stem in
            let prefix = folder.isEmpty ? "" : folder + "/"
            var name = "\(prefix)\(stem).\(ext)"
            var counter = 2
            while !used.insert(name).inserted {
                name = "\(prefix)\(stem)-\(counter).\(ext)"
                counter += 1
            }
            return name
        }
    }

    /// Output names that mirror the names inputs are known by (`InputFinder`): "a/b.html" →
    /// "a/b.json". Names are kept inside the output folder: ".." and "." parts are dropped and
    /// every part is made safe; two inputs that would land on one name get "-2".
    static func mirroredJSONNames(for names: [String]) -> [String] {
        unique(
            names.map { name in
                let parts = name.split(separator: "/").filter { $0 != ".." && $0 != "." }.map(String.init)
                let folder = parts.dropLast().map(safePart).joined(separator: "/")
                return (folder, stem(of: parts.last ?? name))
            })
    }
}
