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
}
