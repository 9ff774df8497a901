/// Checks a parsed record against `RecordSchema` and reports every problem with its JSON
/// Pointer and position, not only the first. It reads the schema itself, so the published
/// schema and the checker cannot drift apart. It knows the keywords the schema uses:
/// type, const, enum, required, properties, additionalProperties, items, pattern,
/// minLength, minimum and $ref.
struct SchemaChecker: Sendable {
    struct Problem: Sendable, Equatable {
        var pointer: String
        var message: String
        var line: Int
        var column: Int
    }

    /// The record schema, parsed once.
    static let record = SchemaChecker(schema: try! JSONTree.parse(Array(RecordSchema.json.utf8)))

    private let root: JSONTree.Node
    private let definitions: [String: JSONTree.Node]
    /// Compiled once; a `Regex` is immutable once built, so sharing it across threads is safe.
    nonisolated(unsafe) private let patterns: [String: Regex<AnyRegexOutput>]

    init(schema: JSONTree.Node) {
        root = schema
        var definitions: [String: JSONTree.Node] = [:]
        if let defs = schema.member("$defs"), case .object(let members) = defs.value {
            for (name, node) in members { definitions["#/$defs/" + name] = node }
        }
        self.definitions = definitions
        var patterns: [String: Regex<AnyRegexOutput>] = [:]
        SchemaChecker.collectPatterns(schema, into: &patterns)
        self.patterns = patterns
    }

    private static func collectPatterns(_ node: JSONTree.Node, into patterns: inout [String: Regex<AnyRegexOutput>]) {
        switch node.value {
        case .object(let members):
            for (key, child) in members {
                if key == "pattern", case .string(let pattern) = child.value { patterns[pattern] = try? Regex(pattern) }
                collectPatterns(child, into: &patterns)
            }
        case .array(let elements):
            for child in elements { collectPatterns(child, into: &patterns) }
        default:
            break
        }
    }

    func problems(in record: JSONTree.Node) -> [Problem] {
        var problems: [Problem] = []
        check(record, against: root, pointer: "", into: &problems)
        return problems
    }

    private func check(
        _ node: JSONTree.Node, against schema: JSONTree.Node, pointer: String, into problems: inout [Problem]
    ) {
        func report(_ message: String) {
            problems.append(Problem(pointer: pointer, message: message, line: node.line, column: node.column))
        }
        if case .string(let reference)? = schema.member("$ref")?.value, let target = definitions[reference] {
            check(node, against: target, pointer: pointer, into: &problems)
            return
        }
        if let constant = schema.member("const"), !node.equals(constant) {
            report("must be \(constant.display)")
            return
        }
        if case .array(let options)? = schema.member("enum")?.value, !options.contains(where: node.equals) {
            report("\(node.display) is not one of \(options.map(\.display).joined(separator: ", "))")
            return
        }
        if let type = schema.member("type") {
            let allowed: [String]
            switch type.value {
            case .string(let name): allowed = [name]
            case .array(let names):
                allowed = names.compactMap { if case .string(let name) = $0.value { name } else { nil } }
            default: allowed = []
            }
            guard allowed.contains(where: node.hasType) else {
                report("expected \(allowed.joined(separator: " or ")), found \(node.typeName)")
                return
            }
        }
        switch node.value {
        case .object(let members):
            checkObject(members, node: node, schema: schema, pointer: pointer, into: &problems)
        case .array(let elements):
            if let items = schema.member("items") {
                for (offset, element) in elements.enumerated() {
                    check(element, against: items, pointer: pointer + "/\(offset)", into: &problems)
                }
            }
        case .string(let text):
            if case .number(let minimum)? = schema.member("minLength")?.value, let length = Int(minimum),
                text.unicodeScalars.count < length
            {
                report("must not be empty")
            }
            if case .string(let pattern)? = schema.member("pattern")?.value, let regex = patterns[pattern],
                (try? regex.wholeMatch(in: text)) == nil
            {
                report("\(node.display) does not match \(pattern)")
            }
        case .number(let number):
            if case .number(let minimum)? = schema.member("minimum")?.value, let value = Int(number),
                let floor = Int(minimum), value < floor
            {
                report("must be at least \(minimum)")
            }
        default:
            break
        }
    }

    private func checkObject(
        _ members: [(key: String, node: JSONTree.Node)], node: JSONTree.Node, schema: JSONTree.Node, pointer: String,
        into problems: inout [Problem]
    ) {
        let properties: [(key: String, node: JSONTree.Node)]
        if case .object(let declared)? = schema.member("properties")?.value {
            properties = declared
        } else {
            properties = []
        }
        if case .array(let required)? = schema.member("required")?.value {
            for case .string(let key) in required.map(\.value) where !members.contains(where: { $0.key == key }) {
                problems.append(
                    Problem(
                        pointer: pointer + "/" + Self.escape(key), message: "is required but missing", line: node.line,
                        column: node.column))
            }
        }
        let closed: Bool
        if case .bool(false)? = schema.member("additionalProperties")?.value { closed = true } else { closed = false }
        var seen = Set<String>()
        for (key, child) in members {
            let childPointer = pointer + "/" + Self.escape(key)
            if !seen.insert(key).inserted {
                problems.append(
                    Problem(pointer: childPointer, message: "appears twice", line: child.line, column: child.column))
            }
            if let property = properties.first(where: { $0.key == key }) {
                check(child, against: property.node, pointer: childPointer, into: &problems)
            } else if closed {
                problems.append(
                    Problem(
                        pointer: childPointer, message: "is not a field of the record", line: child.line,
                        column: child.column))
            }
        }
    }

    /// JSON Pointer escaping (RFC 6901).
    static func escape(_ key: String) -> String {
        guard key.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return key }
        return key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }
}

extension JSONTree.Node {
    func member(_ key: String) -> JSONTree.Node? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.node
    }

    var typeName: String {
        switch value {
        case .object: "object"
        case .array: "array"
        case .string: "string"
        // As in JSON Schema, a number with a zero fraction (4.0) is an integer.
        case .number(let text): Self.isIntegral(text) ? "integer" : "number"
        case .bool: "boolean"
        case .null: "null"
        }
    }

    static func isIntegral(_ text: String) -> Bool {
        guard !text.contains(where: { $0 == "e" || $0 == "E" }) else { return false }
        guard let dot = text.firstIndex(of: ".") else { return true }
        return text[text.index(after: dot)...].allSatisfy { $0 == "0" }
    }

    func hasType(_ name: String) -> Bool {
        name == typeName || (name == "number" && typeName == "integer")
    }

    /// Short display of a scalar value for messages.
    var display: String {
        switch value {
        case .string(let text): "\"\(text.count > 40 ? String(text.prefix(40)) + "…" : text)\""
        case .number(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .null: "null"
        case .object: "an object"
        case .array: "an array"
        }
    }

    func equals(_ other: JSONTree.Node) -> Bool {
        switch (value, other.value) {
        case (.string(let a), .string(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.bool(let a), .bool(let b)): a == b
        case (.null, .null): true
        default: false
        }
    }
}
