/// Recognizes bytes that are not a text or HTML document at all.
enum BinarySniffer {
    private static let signatures: [(prefix: [UInt8], kind: String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        (Array("GIF8".utf8), "GIF image"),
        (Array("%PDF".utf8), "PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"),
        ([0x1F, 0x8B], "gzip archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        ([0xD0, 0xCF, 0x11, 0xE0], "legacy Office document"),
        (Array("RIFF".utf8), "RIFF media"),
        ([0x42, 0x5A, 0x68], "bzip2 archive"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz archive"),
    ]

    /// A short name of what the bytes are, or nil when they may be text.
    static func binaryKind(of bytes: [UInt8]) -> String? {
        for signature in signatures where bytes.starts(with: signature.prefix) {
            return signature.kind
        }
        let head = bytes.prefix(8192)
        guard head.contains(0) else { return nil }
        return "contains NUL bytes"
    }

    /// "UTF-16LE" or "UTF-16BE" when NUL-holding bytes read as text in that encoding: almost
    /// every character then is ASCII, Chinese, or punctuation.
    static func utf16WithoutBOM(_ bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(8192))
        guard head.count >= 4, head.contains(0) else { return nil }
        for (name, littleEndian) in [("UTF-16LE", true), ("UTF-16BE", false)] {
            var plausible = 0
            var total = 0
            for index in stride(from: 0, to: head.count - 1, by: 2) {
                let unit =
                    littleEndian
                    ? UInt16(head[index]) | UInt16(head[index + 1]) << 8
                    : UInt16(head[index]) << 8 | UInt16(head[index + 1])
                total += 1
                switch unit {
                case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x3000...0x303F, 0x4E00...0x9FFF, 0xFF00...0xFFEF, 0x2000...0x206F:
                    plausible += 1
                default: break
                }
            }
            if total > 0, plausible * 10 >= total * 9 { return name }
        }
        return nil
    }
}
