/// A JSON text parsed with the line and column of every value, so a finding about
/// `/sections/3/figures/0/value` can say where in the file that value is.
struct JSONTree: Sendable {
    indirect enum Value: Sendable {
        case object([(key: String, node: Node)])
        case array([Node])
        case string(String)
        /// A number as written, to be checked without floating point.
        case number(String)
        case bool(Bool)
        case null
    }

    struct Node: Sendable {
        var value: Value
        /// 1-based line and column (in Unicode scalars) where the value starts.
        var line: Int
        var column: Int
    }

    struct SyntaxError: Error, Sendable {
        var message: String
        var line: Int
        var column: Int
    }

    /// Deepest nesting accepted; deeper input is refused rather than risking the stack.
    static let maximumDepth = 256

    static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> Node {
        var parser = Parser(bytes: bytes)
        parser.skipBlanks()
        let node = try parser.value(depth: 0)
        parser.skipBlanks()
        guard parser.index == bytes.count else { throw parser.error("unexpected text after the JSON value") }
        return node
    }

    /// Parses one JSON value per non-empty line (NDJSON); each line is parsed on its own.
    static func parseLines(_ bytes: [UInt8]) -> [(line: Int, result: Result<Node, SyntaxError>)] {
        var results: [(Int, Result<Node, SyntaxError>)] = []
        // A byte-order mark may lead the file.
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var lineNumber = 1
        for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
            let line = Array(bytes[start..<index])
            if line.contains(where: { $0 > 0x20 }) {
                do {
                    // Lines inside the record count from 1; callers shift them to `lineNumber`.
                    results.append((lineNumber, .success(try parse(line))))
                } catch {
                    results.append(
                        (
                            lineNumber,
                            .failure(SyntaxError(message: error.message, line: lineNumber, column: error.column))
                        ))
                }
            }
            start = index + 1
            lineNumber += 1
        }
        return results
    }

    private struct Parser {
        let bytes: [UInt8]
        var index = 0
        var line = 1
        var lineStart = 0

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        /// The last column worked out, so a long line is counted once, not once per value.
        var counted = (index: 0, column: 1)

        var column: Int {
            mutating get {
                // Columns count scalars: UTF-8 continuation bytes are not counted.
                if counted.index < lineStart || counted.index > index { counted = (lineStart, 1) }
                var count = counted.column
                for position in counted.index..<min(index, bytes.count) where bytes[position] & 0xC0 != 0x80 {
                    count += 1
                }
                counted = (index, count)
                return count
            }
        }

        mutating func error(_ message: String) -> SyntaxError {
            SyntaxError(message: message, line: line, column: column)
        }

        mutating func skipBlanks() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0D: index += 1
                case 0x0A:
                    index += 1
                    line += 1
                    lineStart = index
                default: return
                }
            }
        }

        mutating func value(depth: Int) throws(SyntaxError) -> Node {
            guard depth < JSONTree.maximumDepth else {
                throw error("nested deeper than \(JSONTree.maximumDepth) levels")
            }
            guard index < bytes.count else { throw error("unexpected end of the text") }
            let (startLine, startColumn) = (line, column)
            let value: Value
            switch bytes[index] {
            case UInt8(ascii: "{"): value = try object(depth: depth)
            case UInt8(ascii: "["): value = try array(depth: depth)
            case UInt8(ascii: "\""): value = .string(try string())
            case UInt8(ascii: "t"):
                try literal("true")
                value = .bool(true)
            case UInt8(ascii: "f"):
                try literal("false")
                value = .bool(false)
            case UInt8(ascii: "n"):
                try literal("null")
                value = .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): value = .number(try number())
            default: throw error("unexpected character")
            }
            return Node(value: value, line: startLine, column: startColumn)
        }

        mutating func object(depth: Int) throws(SyntaxError) -> Value {
            index += 1
            var members: [(key: String, node: Node)] = []
            skipBlanks()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                index += 1
                return .object(members)
            }
            while true {
                skipBlanks()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                    throw error("expected a quoted key")
                }
                let key = try string()
                skipBlanks()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                    throw error("expected ':' after a key")
                }
                index += 1
                skipBlanks()
                members.append((key, try value(depth: depth + 1)))
                skipBlanks()
                guard index < bytes.count else { throw error("unexpected end inside an object") }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                guard bytes[index] == UInt8(ascii: "}") else { throw error("expected ',' or '}'") }
                index += 1
                return .object(members)
            }
        }

        mutating func array(depth: Int) throws(SyntaxError) -> Value {
            index += 1
            var elements: [Node] = []
            skipBlanks()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                index += 1
                return .array(elements)
            }
            while true {
                skipBlanks()
                elements.append(try value(depth: depth + 1))
                skipBlanks()
                guard index < bytes.count else { throw error("unexpected end inside an array") }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                guard bytes[index] == UInt8(ascii: "]") else { throw error("expected ',' or ']'") }
                index += 1
                return .array(elements)
            }
        }

        mutating func literal(_ word: String) throws(SyntaxError) {
            let expected = Array(word.utf8)
            guard index + expected.count <= bytes.count, Array(bytes[index..<index + expected.count]) == expected else {
                throw error("expected \(word)")
            }
            index += expected.count
        }

        mutating func number() throws(SyntaxError) -> String {
            let start = index
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            func digits() -> Int {
                let from = index
                while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
                return index - from
            }
            let first = index
            guard digits() > 0 else { throw error("expected digits") }
            if bytes[first] == UInt8(ascii: "0"), index - first > 1 { throw error("a number may not start with 0") }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                guard digits() > 0 else { throw error("expected digits after '.'") }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                    index += 1
                }
                guard digits() > 0 else { throw error("expected digits in the exponent") }
            }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        mutating func string() throws(SyntaxError) -> String {
            index += 1
            var scalars = String.UnicodeScalarView()
            var runStart = index
            func flushRun() {
                scalars.append(contentsOf: String(decoding: bytes[runStart..<index], as: UTF8.self).unicodeScalars)
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    flushRun()
                    index += 1
                    return String(scalars)
                }
                if byte < 0x20 { throw error("control character inside a string") }
                if byte == UInt8(ascii: "\\") {
                    flushRun()
                    index += 1
                    guard index < bytes.count else { break }
                    let escape = bytes[index]
                    index += 1
                    switch escape {
                    case UInt8(ascii: "\""): scalars.append("\"")
                    case UInt8(ascii: "\\"): scalars.append("\\")
                    case UInt8(ascii: "/"): scalars.append("/")
                    case UInt8(ascii: "b"): scalars.append("\u{08}")
                    case UInt8(ascii: "f"): scalars.append("\u{0C}")
                    case UInt8(ascii: "n"): scalars.append("\n")
                    case UInt8(ascii: "r"): scalars.append("\r")
                    case UInt8(ascii: "t"): scalars.append("\t")
                    case UInt8(ascii: "u"): scalars.append(try unicodeEscape())
                    default: throw error("unknown escape")
                    }
                    runStart = index
                    continue
                }
                index += 1
            }
            throw error("unterminated string")
        }

        mutating func unicodeEscape() throws(SyntaxError) -> Unicode.Scalar {
            func hex4() throws(SyntaxError) -> UInt32 {
                guard index + 4 <= bytes.count,
                    let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
                else { throw error("bad \\u escape") }
                index += 4
                return value
            }
            let high = try hex4()
            if (0xD800...0xDBFF).contains(high), index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "\\"),
                bytes[index + 1] == UInt8(ascii: "u")
            {
                let mark = index
                index += 2
                let low = try hex4()
                if (0xDC00...0xDFFF).contains(low),
                    let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
                {
                    return scalar
                }
                // Not a low surrogate: the lone high one is replaced, the next escape read on its own.
                index = mark
            }
            return Unicode.Scalar(high) ?? "\u{FFFD}"
        }
    }
}
