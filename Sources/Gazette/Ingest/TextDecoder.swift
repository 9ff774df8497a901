/// Turns source bytes into text, deciding the encoding in a fixed order:
/// a forced name, the byte-order mark, the charset an HTML page declares, then detection
/// (valid UTF-8, else Big5 when its byte pairs say so and it reads as cleanly, else GB18030).
/// GB2312 and GBK are read as GB18030, their superset.
enum TextDecoder {
    struct Decoded {
        var text: String
        var encoding: String
        var encodingSource: EncodingSource
        var diagnostics: [Diagnostic] = []
        /// The source bytes are valid UTF-8 and were asked to be kept as they are: `text` is
        /// left empty and the caller reads the bytes.
        var isVerbatimUTF8 = false

        static func verbatim(_ source: EncodingSource) -> Decoded {
            Decoded(text: "", encoding: "UTF-8", encodingSource: source, isVerbatimUTF8: true)
        }
    }

    enum EncodingSource: String, Sendable {
        case forced, bom, declared, detected
    }

    /// Above this share of undecodable bytes (one in fifty) the input is refused, not repaired.
    static let maximumReplacementShare = 50

    /// With `keepingUTF8`, valid UTF-8 without a byte-order mark is not copied into a string
    /// (HTML ingest hands those bytes to the parser as they are).
    static func decode(
        _ bytes: [UInt8], format: SourceInfo.Format, forced: String? = nil, name: String, keepingUTF8: Bool = false
    ) throws -> Decoded {
        if let forced {
            let encoding = canonicalName(forced)
            guard let result = decode(bytes, as: encoding) else {
                throw GazetteError.undecodable(name, reason: "unknown encoding \(forced)")
            }
            return try accept(result, encoding: encoding, source: .forced, name: name)
        }
        if let (encoding, bomLength) = byteOrderMark(bytes) {
            let body = Array(bytes[bomLength...])
            let result = decode(body, as: encoding) ?? (text: "", replacements: body.count)
            return try accept(result, encoding: encoding, source: .bom, name: name)
        }
        if let kind = BinarySniffer.binaryKind(of: bytes) {
            if let encoding = BinarySniffer.utf16WithoutBOM(bytes) {
                throw GazetteError.needsEncoding(name, encoding: encoding)
            }
            throw GazetteError.binaryInput(name, kind: kind)
        }
        if format == .html, let declared = CharsetSniffer.declaredCharset(in: bytes) {
            let declared = canonicalName(declared)
            if keepingUTF8, declared == "UTF-8", invalidUTF8Sequences(bytes) == 0 { return .verbatim(.declared) }
            return try decodeDeclared(bytes, declared: declared, name: name)
        }
        if keepingUTF8, invalidUTF8Sequences(bytes) == 0 { return .verbatim(.detected) }
        return try detect(bytes, name: name)
    }

    private static func decodeDeclared(_ bytes: [UInt8], declared: String, name: String) throws -> Decoded {
        guard let result = decode(bytes, as: declared) else { return try detect(bytes, name: name) }
        if result.replacements == 0 {
            return Decoded(text: result.text, encoding: declared, encodingSource: .declared)
        }
        if var detected = try? detect(bytes, name: name), detected.encoding != declared, detected.diagnostics.isEmpty {
            detected.diagnostics.append(
                Diagnostic(
                    code: "encoding-overridden", severity: .warning,
                    message: "declared charset \(declared) does not fit the bytes; read as \(detected.encoding)"))
            return detected
        }
        return try accept(result, encoding: declared, source: .declared, name: name)
    }

    private static func detect(_ bytes: [UInt8], name: String) throws -> Decoded {
        if let text = String(validating: bytes, as: UTF8.self) {
            return Decoded(text: text, encoding: "UTF-8", encodingSource: .detected)
        }
        let utf8Errors = invalidUTF8Sequences(bytes)
        let gb = Iconv.decode(bytes, from: "GB18030").map { (text: $0.text, replacements: $0.replacements) }
        var best = gb.map { $0.replacements < utf8Errors } == true ? (gb!, "GB18030") : (lossyUTF8(bytes), "UTF-8")
        // Traditional Chinese in Big5 is also valid GB18030, read as nonsense: its byte pairs
        // betray it (a second byte below 0x7F, which GB2312 text never has).
        if looksLikeBig5(bytes), let big5 = decode(bytes, as: "BIG5-HKSCS"), big5.replacements <= best.0.replacements {
            best = (big5, "BIG5-HKSCS")
        }
        do {
            return try accept(best.0, encoding: best.1, source: .detected, name: name)
        } catch {
            let offset = firstInvalidUTF8Offset(bytes) ?? 0
            throw GazetteError.undecodable(name, reason: "invalid UTF-8 at byte \(offset), and not GB18030 text either")
        }
    }

    /// True when at least a fifth of the text's double-byte pairs have a second byte in
    /// 0x40–0x7E, as half of Big5's common characters do and GB2312's never do, and every
    /// pair opens with a Big5 lead byte (0xA1–0xF9).
    static func looksLikeBig5(_ bytes: [UInt8]) -> Bool {
        var pairs = 0
        var lowTrails = 0
        var index = 0
        while index + 1 < bytes.count {
            let lead = bytes[index]
            guard lead >= 0x81 else {
                index += 1
                continue
            }
            guard lead >= 0xA1, lead <= 0xF9 else { return false }
            pairs += 1
            if bytes[index + 1] >= 0x40, bytes[index + 1] <= 0x7E { lowTrails += 1 }
            index += 2
        }
        return pairs >= 4 && lowTrails * 5 >= pairs
    }

    /// Offset of the first byte that breaks UTF-8, if any.
    private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var offset = 0
        while offset < bytes.count {
            let lead = bytes[offset]
            let length =
                lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0
            guard length > 0, offset + length <= bytes.count,
                String(validating: bytes[offset..<(offset + length)], as: UTF8.self) != nil
            else { return offset }
            offset += length
        }
        return nil
    }

    /// Keeps a decoding with a few bad bytes (with a diagnostic counting them) and refuses one
    /// that is mostly noise.
    private static func accept(
        _ result: (text: String, replacements: Int), encoding: String, source: EncodingSource, name: String
    ) throws -> Decoded {
        var decoded = Decoded(text: result.text, encoding: encoding, encodingSource: source)
        guard result.replacements > 0 else { return decoded }
        let scalars = result.text.unicodeScalars.count
        if result.replacements * maximumReplacementShare > scalars {
            throw GazetteError.undecodable(
                name, reason: "\(result.replacements) bytes are not valid \(encoding)")
        }
        decoded.diagnostics.append(
            Diagnostic(
                code: "undecodable-bytes", severity: .warning,
                message: "\(result.replacements) bytes could not be decoded as \(encoding) and were replaced by U+FFFD")
        )
        return decoded
    }

    private static func decode(_ bytes: [UInt8], as encoding: String) -> (text: String, replacements: Int)? {
        switch encoding {
        case "UTF-8":
            if let text = String(validating: bytes, as: UTF8.self) { return (text, 0) }
            return lossyUTF8(bytes)
        case "BIG5-HKSCS":
            // Big5 as sites write it: Hong Kong's characters (HKSCS) or Microsoft's (CP950,
            // "︴" at A1FE); each rejects some of the other's. The reading with fewer bad bytes wins.
            let hkscs = Iconv.decode(bytes, from: encoding).map { (text: $0.text, replacements: $0.replacements) }
            guard hkscs.map({ $0.replacements > 0 }) ?? true,
                let windows = Iconv.decode(bytes, from: "CP950").map({ (text: $0.text, replacements: $0.replacements) }
                ),
                windows.replacements < (hkscs?.replacements ?? Int.max)
            else { return hkscs }
            return windows
        default:
            return Iconv.decode(bytes, from: encoding).map { ($0.text, $0.replacements) }
        }
    }

    /// UTF-8 with each invalid sequence replaced by U+FFFD, and how many there were.
    private static func lossyUTF8(_ bytes: [UInt8]) -> (text: String, replacements: Int) {
        (String(decoding: bytes, as: UTF8.self), invalidUTF8Sequences(bytes))
    }

    /// Counts maximal invalid UTF-8 sequences without building a string.
    static func invalidUTF8Sequences(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            let count = buffer.count
            var invalid = 0
            var index = 0
            while index < count {
                // Eight ASCII bytes at a time: markup is mostly ASCII.
                if index + 8 <= count,
                    UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    index += 8
                    continue
                }
                let lead = base[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                let length =
                    lead >= 0xC2 && lead <= 0xDF
                    ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0
                var valid = length > 0 && index + length <= count
                if valid {
                    for offset in 1..<length where base[index + offset] & 0xC0 != 0x80 { valid = false }
                }
                if valid, length == 3 {
                    let second = base[index + 1]
                    valid = !(lead == 0xE0 && second < 0xA0) && !(lead == 0xED && second > 0x9F)
                } else if valid, length == 4 {
                    let second = base[index + 1]
                    valid = !(lead == 0xF0 && second < 0x90) && !(lead == 0xF4 && second > 0x8F)
                }
                if valid {
                    index += length
                } else {
                    invalid += 1
                    index += 1
                }
            }
            return invalid
        }
    }

    private static func byteOrderMark(_ bytes: [UInt8]) -> (String, Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", 2) }
        return nil
    }

    /// The one spelling Gazette records for an encoding label found in the wild.
    static func canonicalName(_ label: String) -> String {
        let key = label.lowercased().filter { $0.isLetter || $0.isNumber }
        switch key {
        case "utf8": return "UTF-8"
        case "gb2312", "gbk", "gb18030", "xgbk", "cp936", "ms936", "windows936", "euccn", "csgb2312", "hz":
            return "GB18030"
        case "big5", "big5hkscs", "cp950": return "BIG5-HKSCS"
        case "utf16le": return "UTF-16LE"
        case "utf16be", "utf16": return "UTF-16BE"
        case "latin1", "iso88591", "windows1252", "cp1252", "usascii", "ascii": return "WINDOWS-1252"
        default: return label.uppercased()
        }
    }
}
