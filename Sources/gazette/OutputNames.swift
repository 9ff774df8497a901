/// Names of output files derived from input paths.
enum OutputNames {
    /// "Samples/a.html" → "a.json".
    static func jsonName(for input: String) -> String {
        stem(of: input) + ".json"
    }

    static func stem(of input: String) -> String {
        let file = input.split(separator: "/").last.map(String.init) ?? input
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
        return String(file[..<dot])
    }

    /// Output names for many inputs, made unique in order: "a.json", then "a-2.json".
    static func uniqueJSONNames(for inputs: [String]) -> [String] {
        var used = Set<String>()
        return inputs.map { input in
            let stem = stem(of: input)
            var name = stem + ".json"
            var counter = 2
            while !used.insert(name).inserted {
                name = "\(stem)-\(counter).json"
                counter += 1
            }
            return name
        }
    }

    /// Output names that mirror each input's folder below the input root it was found under:
    /// "Samples/a/b.html" under root "Samples" → "a/b.json". Names are kept inside the output
    /// folder: ".." and absolute parts are dropped.
    static func mirroredJSONNames(for inputs: [String], roots: [String]) -> [String] {
        let cleanRoots = roots.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        return inputs.map { input in
            var relative = input
            if let root = cleanRoots.filter({ input.hasPrefix($0 + "/") }).max(by: { $0.count < $1.count }) {
                relative = String(input.dropFirst(root.count + 1))
            }
            let parts = relative.split(separator: "/").filter { $0 != ".." && $0 != "." }.map(String.init)
            let folder = parts.dropLast().joined(separator: "/")
            let name = stem(of: parts.last ?? input) + ".json"
            return folder.isEmpty ? name : folder + "/" + name
        }
    }
}
