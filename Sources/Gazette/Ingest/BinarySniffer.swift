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
        let zeros = head.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
        guard zeros > 0 else { return nil }
        if looksLikeUTF16WithoutBOM(head) { return "UTF-16 text without a byte-order mark" }
        return "contains NUL bytes"
    }

    /// Text in UTF-16 has a NUL in every other byte for ASCII characters.
    private static func looksLikeUTF16WithoutBOM(_ head: ArraySlice<UInt8>) -> Bool {
        let bytes = Array(head)
        guard bytes.count >= 4 else { return false }
        var evenZeros = 0, oddZeros = 0
        for (index, byte) in bytes.enumerated() where byte == 0 {
            if index % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let pairs = bytes.count / 2
        return max(evenZeros, oddZeros) * 4 >= pairs && min(evenZeros, oddZeros) * 10 < max(evenZeros, oddZeros)
    }
}
