/// An HTML document as plain Swift values: its nodes in document order (pre-order), so that
/// a node's subtree is the contiguous range `index..<node.end`. Only the attributes Gazette
/// reads are kept.
struct HTMLTree: Sendable {
    struct Node: Sendable {
        /// Lowercased element name, or "#text" for a text node.
        var name: String
        /// The text of a text node; empty for elements.
        var text: String
        var attributes: [String: String]
        /// Index of the parent node, -1 for the root.
        var parent: Int
        /// One past the last node of this node's subtree.
        var end: Int

        var isText: Bool { name == "#text" }

        func attribute(_ name: String) -> String? { attributes[name] }
    }

    var nodes: [Node]

    static let keptAttributes: Set<String> = [
        "id", "class", "src", "alt", "href", "name", "content", "property", "rel", "title", "data-src", "hidden", "style",
    ]

    /// Children of the node at `index`, in order.
    func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var child = index + 1
        while child < nodes[index].end {
            result.append(child)
            child = nodes[child].end
        }
        return result
    }
}
