import Foundation

/// Field-by-field differences between two records, as JSON Pointers with the old and new
/// values: "/sections/3 added", "/title changed", "/sections/0/figures/2/value changed".
package struct RecordDiff: Sendable {
    package struct Change: Sendable, Equatable, Decodable {
        package enum Kind: String, Sendable, Decodable { case added, removed, changed }
        package var pointer: String
        package var kind: Kind
        /// Short displays of the values ("\"1.29万辆\"", "an object").
        package var old: String?
        package var new: String?

        package init(pointer: String, kind: Kind, old: String? = nil, new: String? = nil) {
            self.pointer = pointer
            self.kind = kind
            self.old = old
            self.new = new
        }

        /// "figure value changed: 12900 → 13000 at /sections/0/figures/2/value".
        package var description: String {
            let what = Self.subject(of: pointer)
            switch kind {
            case .added: return "\(what) added at \(pointer)" + (new.map { ": \($0)" } ?? "")
            case .removed: return "\(what) removed at \(pointer)" + (old.map { ": \($0)" } ?? "")
            case .changed: return "\(what) changed at \(pointer): \(old ?? "") → \(new ?? "")"
            }
        }

        /// A word for what a pointer names: "section", "figure value", "title".
        static func subject(of pointer: String) -> String {
            let tokens = pointer.split(separator: "/").map(String.init)
            guard let last = tokens.last else { return "record" }
            let owner = tokens.dropLast().last { Int($0) == nil }
            if Int(last) != nil {
                let singular = [
                    "sections": "section", "figures": "figure", "paragraphs": "paragraph", "captions": "caption",
                    "dates": "date", "tables": "table", "diagnostics": "diagnostic",
                    "leadOrganizations": "lead organization",
                    "references": "reference", "trailer": "trailer line", "rows": "row",
                ]
                return owner.flatMap { singular[$0] } ?? "item"
            }
            if let owner, ["figures", "dates", "captions", "tables", "diagnostics"].contains(owner) {
                return "\(String(owner.dropLast())) \(last)"
            }
            return last
        }
    }

    /// The changes from `old` to `new`, depth first, in document order.
    package static func changes(from old: [UInt8], to new: [UInt8]) throws -> [Change] {
        do {
            let before = try JSONTree.parse(old)
            let after = try JSONTree.parse(new)
            var changes: [Change] = []
            compare(before, after, pointer: "", into: &changes)
            return changes
        } catch {
            throw error
        }
    }

    private static func compare(
        _ old: JSONTree.Node, _ new: JSONTree.Node, pointer: String, into changes: inout [Change]
    ) {
        switch (old.value, new.value) {
        case (.object(let before), .object(let after)):
            for (key, node) in before {
                let childPointer = pointer + "/" + SchemaChecker.escape(key)
                if let match = after.first(where: { $0.key == key }) {
                    compare(node, match.node, pointer: childPointer, into: &changes)
                } else {
                    changes.append(Change(pointer: childPointer, kind: .removed, old: node.display, new: nil))
                }
            }
            for (key, node) in after where !before.contains(where: { $0.key == key }) {
                changes.append(
                    Change(
                        pointer: pointer + "/" + SchemaChecker.escape(key), kind: .added, old: nil, new: node.display))
            }
        case (.array(let before), .array(let after)):
            for index in 0..<max(before.count, after.count) {
                let childPointer = pointer + "/\(index)"
                if index >= after.count {
                    changes.append(Change(pointer: childPointer, kind: .removed, old: before[index].display, new: nil))
                } else if index >= before.count {
                    changes.append(Change(pointer: childPointer, kind: .added, old: nil, new: after[index].display))
                } else {
                    compare(before[index], after[index], pointer: childPointer, into: &changes)
                }
            }
        default:
            if !old.equals(new) || old.typeName != new.typeName {
                changes.append(Change(pointer: pointer, kind: .changed, old: old.display, new: new.display))
            }
        }
    }
}

extension RecordDiff {
    /// The changes of each compared file as one JSON object: file name → its changes, names in
    /// sorted order, each change with its pointer, kind and the old and new values when known.
    package static func json(_ report: [String: [Change]]) -> Data {
        var writer = JSONWriter(pretty: true)
        writer.object { w in
            for name in report.keys.sorted() {
                w.key(name)
                w.array(report[name] ?? []) { w, change in
                    w.object { w in
                        w.field("pointer", change.pointer)
                        w.field("kind", change.kind.rawValue)
                        w.optionalField("old", change.old)
                        w.optionalField("new", change.new)
                    }
                }
            }
        }
        return Data(writer.bytes)
    }
}
