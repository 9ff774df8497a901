import Foundation

/// Breaks a valid record in one place, for the tests of the validator and the schema: by JSON
/// Pointer through `JSONSerialization`, or by replacing a piece of its text (which keeps the
/// layout, so line numbers stay predictable).
package enum RecordEdit {
    package struct TextNotFound: Error, CustomStringConvertible {
        package var text: String
        package var occurrences: Int
        package var description: String { "expected \(text) once in the record, found it \(occurrences) times" }
    }

    private enum Change {
        case set(Any)
        case remove
    }

    /// The record with the value at `pointer` replaced by `value` (use `NSNull()` for null).
    package static func setting(_ pointer: String, to value: Any, in bytes: [UInt8]) throws -> [UInt8] {
        try apply(.set(value), at: pointer, in: bytes)
    }

    /// The record without the member `pointer` names.
    package static func removing(_ pointer: String, in bytes: [UInt8]) throws -> [UInt8] {
        try apply(.remove, at: pointer, in: bytes)
    }

    /// The record on one line, as an NDJSON file holds it.
    package static func compact(_ bytes: [UInt8]) throws -> [UInt8] {
        let object = try JSONSerialization.jsonObject(with: Data(bytes))
        return Array(
            try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
    }

    /// The record's text with `old`, which must occur exactly once, replaced by `new`.
    package static func replacingText(_ old: String, with new: String, in bytes: [UInt8]) throws -> [UInt8] {
        let text = String(decoding: bytes, as: UTF8.self)
        let occurrences = text.components(separatedBy: old).count - 1
        guard occurrences == 1 else { throw TextNotFound(text: old, occurrences: occurrences) }
        return Array(text.replacingOccurrences(of: old, with: new).utf8)
    }

    /// 1-based line and column (in Unicode scalars) where `needle` first starts in `bytes`.
    package static func position(of needle: String, in bytes: [UInt8]) -> (line: Int, column: Int)? {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, line) in lines.enumerated() {
            guard let range = line.range(of: needle) else { continue }
            return (offset + 1, line.unicodeScalars.distance(from: line.startIndex, to: range.lowerBound) + 1)
        }
        return nil
    }

    private static func apply(_ change: Change, at pointer: String, in bytes: [UInt8]) throws -> [UInt8] {
        let root = try JSONSerialization.jsonObject(with: Data(bytes))
        let tokens = pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        let edited = apply(change, at: tokens[...], in: root)
        return Array(
            try JSONSerialization.data(
                withJSONObject: edited, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]))
    }

    private static func apply(_ change: Change, at tokens: ArraySlice<String>, in node: Any) -> Any {
        guard let token = tokens.first else {
            if case .set(let value) = change { return value }
            return node
        }
        let rest = tokens.dropFirst()
        if var object = node as? [String: Any] {
            if rest.isEmpty, case .remove = change {
                object.removeValue(forKey: token)
            } else {
                object[token] = apply(change, at: rest, in: object[token] ?? NSNull())
            }
            return object
        }
        if var array = node as? [Any], let index = Int(token), array.indices.contains(index) {
            if rest.isEmpty, case .remove = change {
                array.remove(at: index)
            } else {
                array[index] = apply(change, at: rest, in: array[index])
            }
            return array
        }
        return node
    }
}
