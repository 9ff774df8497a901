/// Writes JSON straight into bytes, in the order the fields are given: the contract's order
/// for Gazette's records. Pretty output indents by two spaces; compact output has no blanks.
/// Strings are escaped as RFC 8259 requires (quote, backslash, control characters); other
/// characters, Chinese included, are written as they are.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    let pretty: Bool
    private var depth = 0
    /// Whether the container being written already holds an element.
    private var hasElement: [Bool] = []

    init(pretty: Bool, capacity: Int = 4096) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    // MARK: Containers

    mutating func object(_ body: (inout JSONWriter) -> Void) {
        open("{")
        body(&self)
        close("}")
    }

    mutating func array<S: Sequence>(_ elements: S, _ write: (inout JSONWriter, S.Element) -> Void) {
        open("[")
        for element in elements {
            separate()
            write(&self, element)
        }
        close("]")
    }

    /// Starts the member `key` of the object being written; its value must follow.
    mutating func key(_ key: String) {
        separate()
        string(key)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
    }

    // MARK: Members

    mutating func field(_ key: String, _ value: String) {
        self.key(key)
        string(value)
    }

    mutating func field(_ key: String, _ value: String?) {
        self.key(key)
        if let value { string(value) } else { null() }
    }

    /// Writes the member only when the value is present.
    mutating func optionalField(_ key: String, _ value: String?) {
        guard let value else { return }
        field(key, value)
    }

    mutating func field(_ key: String, _ value: Int) {
        self.key(key)
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func field(_ key: String, _ value: Int?) {
        self.key(key)
        if let value { bytes.append(contentsOf: String(value).utf8) } else { null() }
    }

    mutating func field(_ key: String, _ value: Bool) {
        self.key(key)
        raw(value ? "true" : "false")
    }

    mutating func field(_ key: String, _ value: Double) {
        self.key(key)
        number(value)
    }

    mutating func field(_ key: String, strings: [String]) {
        self.key(key)
        array(strings) { $0.string($1) }
    }

    // MARK: Values

    /// Writes JSON text that is already valid (a number, true or false) as it is.
    mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// A number as Swift prints it most briefly ("0.25", "3.0"); null when it is not finite,
    /// which JSON cannot write.
    mutating func number(_ value: Double) {
        if value.isFinite { bytes.append(contentsOf: String(value).utf8) } else { null() }
    }

    mutating func null() {
        bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
    }

    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            // Runs of bytes that need no escape are copied whole.
            var start = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                escape(byte)
                start = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
        case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
        case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
        case 0x00..<0x20:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
        default: bytes.append(byte)
        }
    }

    // MARK: Layout

    private mutating func open(_ mark: Unicode.Scalar) {
        bytes.append(UInt8(ascii: mark))
        depth += 1
        hasElement.append(false)
    }

    private mutating func close(_ mark: Unicode.Scalar) {
        depth -= 1
        if hasElement.removeLast(), pretty { newline() }
        bytes.append(UInt8(ascii: mark))
    }

    private mutating func separate() {
        if hasElement[hasElement.count - 1] { bytes.append(UInt8(ascii: ",")) }
        hasElement[hasElement.count - 1] = true
        if pretty { newline() }
    }

    private mutating func newline() {
        bytes.append(0x0A)
        for _ in 0..<depth { bytes.append(contentsOf: [0x20, 0x20]) }
    }
}
