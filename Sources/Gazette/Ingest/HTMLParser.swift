import CLibXML2

/// The one place that talks to libxml2: parses HTML bytes already decoded to UTF-8 and builds
/// an `HTMLTree` from the parser's events. No libxml2 pointer outlives `parse`.
package enum HTMLParser {
    /// Recover from broken markup, stay off the network, ignore declared charsets (the bytes
    /// are UTF-8 already), and lift the depth limit of 256 past which libxml2 drops the rest.
    static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
            | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)

    /// Elements whose content is never text a reader sees; their subtrees are not kept.
    static let opaqueElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "object", "iframe",
    ]

    /// libxml2 set up once, before any thread parses: its global state (the dictionary's
    /// mutex and random seed) is not built safely by two parsers starting at once, and two
    /// `convert` threads left to do it can wait on each other for ever. A `static let` runs
    /// its initializer exactly once, whichever thread comes first.
    static let initialized: Void = xmlInitParser()

    /// Parses in recover mode, without network access, ignoring any charset the page declares
    /// (the bytes are UTF-8 by the time they get here). The parser's events build the tree
    /// directly: libxml2 never builds a tree of its own.
    static func parse(utf8 bytes: [UInt8], maximumNesting: Int = Limits.standard.maximumNesting) -> HTMLTree {
        _ = initialized
        guard !bytes.isEmpty, let context = htmlNewParserCtxt() else { return HTMLTree(nodes: []) }
        defer { htmlFreeParserCtxt(context) }
        var handler = htmlSAXHandler()
        handler.initialized = 1
        handler.startElement = { context, name, attributes in
            TreeBuilder.from(context).open(name, attributes)
        }
        handler.endElement = { context, _ in
            TreeBuilder.from(context).close()
        }
        handler.characters = { context, characters, length in
            TreeBuilder.from(context).text(characters, Int(length))
        }
        // Whitespace libxml2 calls ignorable is dropped, as its own tree builder drops it; a
        // comment separates the text on either side of it.
        handler.comment = { context, _ in
            TreeBuilder.from(context).endText()
        }
        context.pointee.sax.pointee = handler
        let builder = TreeBuilder(maximumNesting: maximumNesting)
        withExtendedLifetime(builder) {
            context.pointee.userData = Unmanaged.passUnretained(builder).toOpaque()
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                    if let document = htmlCtxtReadMemory(
                        context, pointer, Int32(clamping: buffer.count), nil, "UTF-8", options)
                    {
                        xmlFreeDoc(document)
                    }
                }
            }
        }
        return builder.finish()
    }

    /// Gazette's own parse: libxml2's events into an `HTMLTree`. Returns the node count.
    package static func treeOnly(utf8 bytes: [UInt8]) -> Int { parse(utf8: bytes).nodes.count }

    /// libxml2's own parse into its tree (`htmlReadMemory`), with the options Gazette uses, for
    /// benchmarks that compare the whole pipeline against it. Returns the number of top-level
    /// nodes, so the work is kept.
    package static func parseOnly(utf8 bytes: [UInt8]) -> Int {
        _ = initialized
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

    /// Builds `HTMLTree` nodes in document order from start, end and text events, mirroring
    /// what libxml2's tree builder keeps: adjacent text merges, text outside every element is
    /// dropped, and the insides of opaque elements are skipped.
    private final class TreeBuilder {
        var nodes: [HTMLTree.Node] = [HTMLTree.Node(name: "#document", text: "", attributes: [], parent: -1, end: 0)]
        /// Open elements, innermost last; the document node at the bottom.
        var open: [Int] = [0]
        /// Depth inside an opaque element whose events are ignored.
        var skipped = 0
        var pendingText: [UInt8] = []
        /// Open elements past `maximumNesting`: not kept, their text goes to the deepest kept one.
        let maximumNesting: Int
        var flattenedDepth = 0
        var flattened = 0
        /// The opaque element being skipped was past the depth limit and has no node.
        var skippingFlattened = false
        /// libxml2 interns names, so each distinct name pointer is read into Swift once.
        struct ElementName {
            var name: String
            var kind: HTMLTree.Kind
            var isOpaque: Bool
        }
        var elementNames: [UnsafeRawPointer: ElementName] = [:]
        /// Attribute names by pointer: the name when Gazette keeps the attribute, else nil.
        var attributeNames: [UnsafeRawPointer: String?] = [:]

        init(maximumNesting: Int) {
            self.maximumNesting = max(1, maximumNesting)
            nodes.reserveCapacity(1024)
            pendingText.reserveCapacity(4096)
        }

        /// The builder behind the user data libxml2 hands every callback.
        static func from(_ userData: UnsafeMutableRawPointer?) -> TreeBuilder {
            Unmanaged<TreeBuilder>.fromOpaque(userData!).takeUnretainedValue()
        }

        func open(_ name: UnsafePointer<xmlChar>?, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
            if skipped > 0 {
                skipped += 1
                return
            }
            if open.count > maximumNesting {
                flattenedDepth += 1
                flattened += 1
                if let name, elementName(name).isOpaque {
                    skipped = 1
                    skippingFlattened = true
                }
                return
            }
            endText()
            let element = name.map(elementName) ?? ElementName(name: "", kind: [], isOpaque: false)
            let index = nodes.count
            nodes.append(
                HTMLTree.Node(
                    name: element.name, text: "", attributes: kept(attributes), parent: open[open.count - 1],
                    end: index + 1, kind: element.kind))
            open.append(index)
            if element.isOpaque { skipped = 1 }
        }

        /// libxml2's HTML parser gives element names in lowercase already.
        private func elementName(_ pointer: UnsafePointer<xmlChar>) -> ElementName {
            if let known = elementNames[UnsafeRawPointer(pointer)] { return known }
            let name = String(cString: pointer)
            let element = ElementName(
                name: name, kind: HTMLVocabulary.elementKinds[name] ?? [],
                isOpaque: HTMLParser.opaqueElements.contains(name))
            elementNames[UnsafeRawPointer(pointer)] = element
            return element
        }

        func close() {
            if skipped > 0 {
                skipped -= 1
                if skipped > 0 { return }
                if skippingFlattened {
                    skippingFlattened = false
                    flattenedDepth -= 1
                    return
                }
            } else if flattenedDepth > 0 {
                flattenedDepth -= 1
                return
            }
            endText()
            guard open.count > 1 else { return }
            let index = open.removeLast()
            nodes[index].end = nodes.count
        }

        func text(_ characters: UnsafePointer<xmlChar>?, _ length: Int) {
            guard skipped == 0, open.count > 1, let characters, length > 0 else { return }
            pendingText.append(contentsOf: UnsafeBufferPointer(start: characters, count: length))
        }

        func endText() {
            guard !pendingText.isEmpty else { return }
            let index = nodes.count
            nodes.append(
                HTMLTree.Node(
                    name: "#text", text: String(decoding: pendingText, as: UTF8.self), attributes: [],
                    parent: open[open.count - 1], end: index + 1))
            pendingText.removeAll(keepingCapacity: true)
        }

        func finish() -> HTMLTree {
            endText()
            while open.count > 1 { nodes[open.removeLast()].end = nodes.count }
            nodes[0].end = nodes.count
            var tree = HTMLTree(nodes: nodes)
            tree.flattenedElements = flattened
            return tree
        }

        /// The attributes Gazette reads, from libxml2's NULL-terminated name/value list.
        private func kept(
            _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
        ) -> [(name: String, value: String)] {
            guard var pair = attributes else { return [] }
            var result: [(name: String, value: String)] = []
            while let name = pair[0] {
                let key: String?
                if let known = attributeNames[UnsafeRawPointer(name)] {
                    key = known
                } else {
                    let string = String(cString: name)
                    key = HTMLTree.keptAttributes.contains(string) ? string : nil
                    attributeNames[UnsafeRawPointer(name)] = .some(key)
                }
                if let key { result.append((key, pair[1].map { String(cString: $0) } ?? "")) }
                pair += 2
            }
            return result
        }
    }
}
