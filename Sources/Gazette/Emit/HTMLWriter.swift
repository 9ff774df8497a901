/// Writes HTML straight into UTF-8 bytes, escaping every piece of text it is given.
///
/// Text and attribute values are escaped alike: `&`, `<`, `>`, `"` and `'` become references,
/// and control characters other than tab, line feed and carriage return (which HTML does not
/// allow) become U+FFFD. Escaping works on bytes: in UTF-8 no byte of a multi-byte character is
/// ASCII, so Chinese text passes through untouched. Markup given to `raw` is written as it is.
package struct HTMLWriter {
    package private(set) var bytes: [UInt8] = []

    package init(capacity: Int = 16_384) {
        bytes.reserveCapacity(capacity)
    }

    /// Markup written as given: only for literals and markup this writer made.
    package mutating func raw(_ markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    /// Markup another writer made.
    package mutating func append(_ other: HTMLWriter) {
        bytes.append(contentsOf: other.bytes)
    }

    /// Text, escaped.
    package mutating func text(_ text: String) {
        for byte in text.utf8 { append(escaping: byte) }
    }

    /// The Unicode scalars of a slice of a paragraph, escaped.
    package mutating func text(_ scalars: ArraySlice<Unicode.Scalar>) {
        for scalar in scalars {
            if scalar.isASCII {
                append(escaping: UInt8(scalar.value))
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
    }

    /// ` name="value"`, the value escaped; nothing when `value` is nil.
    package mutating func attribute(_ name: String, _ value: String?) {
        guard let value else { return }
        bytes.append(UInt8(ascii: " "))
        bytes.append(contentsOf: name.utf8)
        bytes.append(contentsOf: #"=""#.utf8)
        text(value)
        bytes.append(UInt8(ascii: "\""))
    }

    /// `<tag attributes…>text</tag>`: an element holding only escaped text.
    package mutating func element(_ tag: String, _ content: String, attributes: [(String, String?)] = []) {
        bytes.append(UInt8(ascii: "<"))
        bytes.append(contentsOf: tag.utf8)
        for (name, value) in attributes { attribute(name, value) }
        bytes.append(UInt8(ascii: ">"))
        text(content)
        raw("</\(tag)>")
    }

    private mutating func append(escaping byte: UInt8) {
        switch byte {
        case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
        case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
        case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
        case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
        case UInt8(ascii: "'"): bytes.append(contentsOf: "&#39;".utf8)
        case 0x09, 0x0A, 0x0D: bytes.append(byte)
        case 0x00..<0x20, 0x7F: bytes.append(contentsOf: [0xEF, 0xBF, 0xBD])
        default: bytes.append(byte)
        }
    }

    /// A string as a URL path segment of a link: every byte outside the unreserved set
    /// (letters, digits, `-._~`) percent-encoded, so any file name links to itself.
    package static func pathSegment(_ name: String) -> String {
        var out = ""
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
