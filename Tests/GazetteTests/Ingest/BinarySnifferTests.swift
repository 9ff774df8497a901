import Testing

@testable import Gazette

@Suite struct BinarySnifferTests {
    static let png: [UInt8] = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    ]

    @Test(arguments: [
        ("PNG", png),
        ("PDF", Array("%PDF-1.7\n%âãÏÓ\n1 0 obj".utf8)),
        ("ZIP", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00] as [UInt8]),
        ("ELF", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00] as [UInt8]),
    ])
    func signaturesAreRecognized(name: String, bytes: [UInt8]) throws {
        let kind = try #require(BinarySniffer.binaryKind(of: bytes))
        #expect(kind.contains(name))
    }

    @Test(arguments: [true, false])
    func utf16WithoutBOMIsRecognizedWithItsByteOrder(littleEndian: Bool) throws {
        for text in ["<html><body><p>notice of the district office</p></body></html>", "区政府开展安全检查，共排查隐患120处。"] {
            let bytes = text.utf16.flatMap { unit -> [UInt8] in
                let low = UInt8(unit & 0xFF)
                let high = UInt8(unit >> 8)
                return littleEndian ? [low, high] : [high, low]
            }
            #expect(BinarySniffer.binaryKind(of: bytes) != nil)
            #expect(BinarySniffer.utf16WithoutBOM(bytes) == (littleEndian ? "UTF-16LE" : "UTF-16BE"), "\(text)")
        }
    }

    @Test func binaryWithNULsIsNoUTF16() {
        let bytes: [UInt8] = [0x00, 0x01, 0x02, 0x03, 0xFF, 0x00, 0x9C, 0x00, 0x05, 0x00, 0x00, 0x00, 0x10, 0x80]
        #expect(BinarySniffer.utf16WithoutBOM(bytes) == nil)
    }

    @Test func textIsNotBinary() {
        #expect(BinarySniffer.binaryKind(of: Array("区里召开会议。\nplain ascii too".utf8)) == nil)
        #expect(BinarySniffer.binaryKind(of: GB18030Sample.sentence) == nil)
    }

    @Test func nulBytesInTextAreFlagged() {
        #expect(BinarySniffer.binaryKind(of: Array("正文".utf8) + [0x00] + Array("内容".utf8)) != nil)
    }
}
