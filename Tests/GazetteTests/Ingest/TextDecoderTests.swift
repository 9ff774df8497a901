import Testing

@testable import Gazette

/// GB18030 byte sequences checked once with `iconv -f utf-8 -t gb18030`.
enum GB18030Sample {
    /// "渝中"
    static let yuzhong: [UInt8] = [0xD3, 0xE5, 0xD6, 0xD0]
    /// "镕": in GBK/GB18030 but not in GB2312.
    static let rong: [UInt8] = [0xE9, 0x46]
    /// "通知"
    static let notice: [UInt8] = [0xCD, 0xA8, 0xD6, 0xAA]
    /// "区政府召开会议，部署工作。"
    static let sentence: [UInt8] = [
        0xC7, 0xF8, 0xD5, 0xFE, 0xB8, 0xAE, 0xD5, 0xD9, 0xBF, 0xAA, 0xBB, 0xE1, 0xD2, 0xE9,
        0xA3, 0xAC, 0xB2, 0xBF, 0xCA, 0xF0, 0xB9, 0xA4, 0xD7, 0xF7, 0xA1, 0xA3,
    ]
    static let sentenceText = "区政府召开会议，部署工作。"
}

/// A traditional-Chinese sentence in Big5, checked once with Python's big5 codec.
enum Big5Sample {
    /// "本市將於下週一起實施新的垃圾分類措施，請市民配合辦理。"
    static let sentence: [UInt8] = [
        0xA5, 0xBB, 0xA5, 0xAB, 0xB1, 0x4E, 0xA9, 0xF3, 0xA4, 0x55, 0xB6, 0x67, 0xA4, 0x40, 0xB0, 0x5F, 0xB9, 0xEA,
        0xAC, 0x49,
        0xB7, 0x73, 0xAA, 0xBA, 0xA9, 0x55, 0xA7, 0xA3, 0xA4, 0xC0, 0xC3, 0xFE, 0xB1, 0xB9, 0xAC, 0x49, 0xA1, 0x41,
        0xBD, 0xD0,
        0xA5, 0xAB, 0xA5, 0xC1, 0xB0, 0x74, 0xA6, 0x58, 0xBF, 0xEC, 0xB2, 0x7A, 0xA1, 0x43,
    ]
    static let sentenceText = "本市將於下週一起實施新的垃圾分類措施，請市民配合辦理。"
}

@Suite struct TextDecoderTests {
    @Test func undeclaredBig5IsDetectedNotReadAsGB18030() throws {
        for format in [SourceInfo.Format.text, .html] {
            let decoded = try TextDecoder.decode(Big5Sample.sentence, format: format, name: "a")
            #expect(decoded.text == Big5Sample.sentenceText)
            #expect(decoded.encoding == "BIG5-HKSCS")
            #expect(decoded.encodingSource == .detected)
        }
    }

    /// Declared Big5 with a character of Microsoft's Big5 (A1FE, "／") that the Hong Kong
    /// table lacks is read as Big5, not overridden as GB18030 nonsense.
    @Test func declaredBig5WithMicrosoftsCharactersStaysBig5() throws {
        let page =
            Array("<html><head><meta charset=\"big5\"></head><body><p>".utf8) + Big5Sample.sentence + [0xA1, 0xFE]
            + Array("</p></body></html>".utf8)
        let decoded = try TextDecoder.decode(page, format: .html, name: "a.html")
        #expect(decoded.text.contains(Big5Sample.sentenceText + "／"))
        #expect(decoded.encodingSource == .declared)
        #expect(decoded.diagnostics.isEmpty)
    }

    @Test func gbTextIsNeverTakenForBig5() {
        #expect(!TextDecoder.looksLikeBig5(GB18030Sample.yuzhong + GB18030Sample.sentence))
        #expect(TextDecoder.looksLikeBig5(Big5Sample.sentence))
    }

    @Test func utf8WithoutBOMIsDetected() throws {
        let decoded = try TextDecoder.decode(Array("区里召开会议。".utf8), format: .text, name: "a.txt")
        #expect(decoded.text == "区里召开会议。")
        #expect(decoded.encoding == "UTF-8")
        #expect(decoded.encodingSource == .detected)
        #expect(decoded.diagnostics.isEmpty)
    }

    @Test func utf8BOMIsRemovedAndNamesTheEncoding() throws {
        let decoded = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("区里召开会议。".utf8), format: .text, name: "a.txt")
        #expect(decoded.text == "区里召开会议。")
        #expect(!decoded.text.unicodeScalars.contains("\u{FEFF}"))
        #expect(decoded.encoding == "UTF-8")
        #expect(decoded.encodingSource == .bom)
    }

    @Test func gb18030IsDetectedWithoutDeclaration() throws {
        let bytes = GB18030Sample.yuzhong + GB18030Sample.sentence
        #expect(String(validating: bytes, as: UTF8.self) == nil, "the sample must not be valid UTF-8")
        let decoded = try TextDecoder.decode(bytes, format: .text, name: "a.txt")
        #expect(decoded.text == "渝中" + GB18030Sample.sentenceText)
        #expect(decoded.encoding == "GB18030")
        #expect(decoded.encodingSource == .detected)
        #expect(decoded.diagnostics.isEmpty)
    }

    @Test func htmlDeclaringGB2312IsReadAsGB18030SoGBKCharactersSurvive() throws {
        let bytes =
            Array(
                "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body><p>"
                    .utf8)
            + GB18030Sample.rong + GB18030Sample.sentence + Array("</p></body></html>".utf8)
        let decoded = try TextDecoder.decode(bytes, format: .html, name: "a.html")
        #expect(decoded.encoding == "GB18030")
        #expect(decoded.encodingSource == .declared)
        #expect(decoded.text.contains("镕" + GB18030Sample.sentenceText))
        #expect(!decoded.text.contains("\u{FFFD}"))
        #expect(decoded.diagnostics.isEmpty)
    }

    @Test func wrongDeclaredCharsetIsOverriddenWithADiagnostic() throws {
        // UTF-8 bytes whose odd-length Chinese runs cannot be paired up as GB18030.
        let page =
            "<html><head><meta charset=\"gb2312\"><title>区政府通知</title></head><body><p>区政府召开会议，部署工作。</p></body></html>"
        let decoded = try TextDecoder.decode(Array(page.utf8), format: .html, name: "a.html")
        #expect(decoded.encoding == "UTF-8")
        #expect(decoded.text == page)
        #expect(decoded.diagnostics.map(\.code) == ["encoding-overridden"])
        #expect(decoded.diagnostics.first?.severity == .warning)
    }

    @Test func gb18030BytesDeclaredUTF8AreOverridden() throws {
        let bytes =
            Array("<html><head><meta charset=\"utf-8\"></head><body><p>".utf8)
            + GB18030Sample.yuzhong + GB18030Sample.sentence + Array("</p></body></html>".utf8)
        let decoded = try TextDecoder.decode(bytes, format: .html, name: "a.html")
        #expect(decoded.encoding == "GB18030")
        #expect(decoded.text.contains("渝中" + GB18030Sample.sentenceText))
        #expect(decoded.diagnostics.map(\.code) == ["encoding-overridden"])
    }

    @Test func forcedEncodingWins() throws {
        let decoded = try TextDecoder.decode(GB18030Sample.notice, format: .text, forced: "gbk", name: "a.txt")
        #expect(decoded.text == "通知")
        #expect(decoded.encoding == "GB18030")
        #expect(decoded.encodingSource == .forced)
    }

    @Test func unknownForcedEncodingIsAnError() {
        #expect(throws: GazetteError.self) {
            try TextDecoder.decode(Array("正文".utf8), format: .text, forced: "no-such-charset", name: "a.txt")
        }
    }

    @Test func bytesThatAreNeitherUTF8NorGB18030AreRefused() {
        let noise = (0..<200).map { $0 % 3 == 0 ? UInt8(0x80) : UInt8(0xFF) }
        #expect(throws: GazetteError.self) {
            try TextDecoder.decode(noise, format: .text, name: "noise.txt")
        }
    }

    @Test func aFewBadBytesAreReplacedAndCounted() throws {
        let text = String(repeating: "区里召开会议，部署下一阶段工作。", count: 10)
        let bytes = Array(text.utf8) + [0xFF] + Array(text.utf8)
        let decoded = try TextDecoder.decode(bytes, format: .text, name: "a.txt")
        #expect(decoded.text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count == 1)
        #expect(decoded.diagnostics.map(\.code) == ["undecodable-bytes"])
    }

    @Test(arguments: [
        ("gb2312", "GB18030"), ("GBK", "GB18030"), ("gb18030", "GB18030"), ("x-gbk", "GB18030"),
        ("utf-8", "UTF-8"), ("UTF8", "UTF-8"), ("big5", "BIG5-HKSCS"),
    ])
    func encodingLabelsHaveOneSpelling(label: String, canonical: String) {
        #expect(TextDecoder.canonicalName(label) == canonical)
    }
}
