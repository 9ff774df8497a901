import CLibXML2

/// The one place that talks to libxml2: parses HTML bytes already decoded to UTF-8 and copies
/// the tree into an `HTMLTree`. No libxml2 pointer outlives `parse`.
public enum HTMLParser {
    /// Elements whose content is never text a reader sees; their subtrees are not copied.
    /// Recover from broken markup, stay off the network, ignore declared charsets (the bytes
    /// are UTF-8 already), and lift the depth limit of 256 past which libxml2 drops the rest.
    static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
            | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)

    static let opaqueElements: Set<String> = ["script", "style", "noscript", "template", "svg", "math", "object", "iframe"]

    /// Parses in recover mode, without network access, ignoring any charset the page declares
    /// (the bytes are UTF-8 by the time they get here).
    static func parse(utf8 bytes: [UInt8]) -> HTMLTree {
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlReadMemory(pointer, Int32(clamping: buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document else { return HTMLTree(nodes: []) }
        defer { xmlFreeDoc(document) }
        return copy(document)
    }

    /// libxml2's parse alone, with the options Gazette uses, for benchmarks that compare the
    /// whole pipeline against it. Returns the number of top-level nodes, so the work is kept.
    @_spi(Benchmarks)
    public static func parseOnly(utf8 bytes: [UInt8]) -> Int {
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlReadMemory(pointer, Int32(clamping: buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document else { return 0 }
        defer { xmlFreeDoc(document) }
        var count = 0
        var node = document.pointee.children
        while let current = node {
            count += 1
            node = current.pointee.next
        }
        return count
    }

    /// Walks the libxml2 tree iteratively (pages nest deeper than the stack allows recursion).
    private static func copy(_ document: htmlDocPtr) -> HTMLTree {
        var nodes: [HTMLTree.Node] = [HTMLTree.Node(name: "#document", text: "", attributes: [], parent: -1, end: 0)]
        nodes.reserveCapacity(1024)
        var stack: [(next: xmlNodePtr?, index: Int)] = [(document.pointee.children, 0)]
        while let top = stack.last {
            guard let node = top.next else {
                nodes[top.index].end = nodes.count
                stack.removeLast()
                continue
            }
            stack[stack.count - 1].next = node.pointee.next
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                // libxml2's HTML parser gives element names in lowercase already.
                let name = string(node.pointee.name)
                let index = nodes.count
                nodes.append(HTMLTree.Node(name: name, text: "", attributes: attributes(of: node), parent: top.index, end: index + 1))
                if !opaqueElements.contains(name) {
                    stack.append((node.pointee.children, index))
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let index = nodes.count
                nodes.append(HTMLTree.Node(name: "#text", text: string(node.pointee.content), attributes: [], parent: top.index, end: index + 1))
            default:
                continue
            }
        }
        return HTMLTree(nodes: nodes)
    }

    private static func attributes(of node: xmlNodePtr) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = string(current.pointee.name)
            if HTMLTree.keptAttributes.contains(name) {
                var value = ""
                var child = current.pointee.children
                while let text = child {
                    value += string(text.pointee.content)
                    child = text.pointee.next
                }
                result.append((name, value))
            }
            attribute = current.pointee.next
        }
        return result
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
