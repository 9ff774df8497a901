import Testing

@testable import Gazette

@Suite struct IngestTests {
    @Test func htmlPageDeclaredGB2312WithGB18030BytesIsReadCompletely() throws {
        let bytes =
            Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>".utf8)
            + GB18030Sample.notice + Array("</title></head><body><div class=\"content\"><p>".utf8)
            + GB18030Sample.yuzhong + GB18030Sample.rong + GB18030Sample.sentence
            + Array("</p></div></body></html>".utf8)
        let ingested = try Ingest.read(bytes, name: "page.html")
        #expect(ingested.source.encoding == "GB18030")
        #expect(ingested.source.format == .html)
        #expect(ingested.blocks.map(\.text).contains("渝中镕" + GB18030Sample.sentenceText))
        #expect(!ingested.diagnostics.contains { $0.code == "encoding-overridden" })
    }

    @Test func utf8PageDeclaredGB2312IsOverridden() throws {
        let page =
            "<html><head><meta charset=\"gb2312\"><title>区政府通知</title></head><body><div class=\"content\"><p>区政府召开会议，部署工作。</p></div></body></html>"
        let ingested = try Ingest.read(Array(page.utf8), name: "page.html")
        #expect(ingested.source.encoding == "UTF-8")
        #expect(ingested.diagnostics.map(\.code).contains("encoding-overridden"))
        #expect(ingested.blocks.map(\.text).contains("区政府召开会议，部署工作。"))
    }

    @Test func sourceDescribesTheBytes() throws {
        let bytes = Array("标题\n正文。".utf8)
        let ingested = try Ingest.read(bytes, name: "some/folder/notice.txt")
        #expect(ingested.source.name == "notice.txt")
        #expect(ingested.source.bytes == bytes.count)
        #expect(ingested.source.format == .text)
        // SHA-256 of "标题\n正文。", computed with sha256sum.
        #expect(ingested.source.sha256 == "9ab84ddb5bba76490adf48db4eae77fe7f21f26ece7007fe3b47454953eee681")
    }

    @Test(arguments: [
        ("a.html", "正文", SourceInfo.Format.html),
        ("a.HTM", "正文", .html),
        ("a.txt", "<html><body>正文</body></html>", .text),
        ("-", "<!DOCTYPE html><html><body>正文</body></html>", .html),
        ("-", "  <div>正文</div>", .html),
        ("-", "<正文>", .text),
        ("notes", "区里召开会议。", .text),
    ])
    func formatComesFromTheNameElseFromALeadingTag(name: String, content: String, format: SourceInfo.Format) {
        #expect(Ingest.detectFormat(name: name, bytes: Array(content.utf8)) == format)
    }

    @Test func emptyInputIsAnError() {
        #expect(throws: GazetteError.emptyInput("empty.txt")) {
            try Ingest.read([], name: "empty.txt")
        }
    }

    @Test func binaryInputIsAnError() {
        #expect {
            try Ingest.read(BinarySnifferTests.png, name: "photo.txt")
        } throws: { error in
            guard case GazetteError.binaryInput(let name, _) = error else { return false }
            return name == "photo.txt"
        }
    }

    @Test func whitespaceOnlyTextHasNoText() {
        #expect(throws: GazetteError.noText("blank.txt")) {
            try Ingest.read(Array("　　\n \n\t\n".utf8), name: "blank.txt")
        }
    }

    @Test func htmlWithoutTextHasNoText() {
        let page = "<html><head><script>var a = 1;</script></head><body><img src=\"a.png\"></body></html>"
        #expect(throws: GazetteError.noText("empty.html")) {
            try Ingest.read(Array(page.utf8), name: "empty.html")
        }
    }

    @Test func xhtmlWithAnXMLDeclarationIsHTML() {
        let page = Array(
            #"<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html><html><body><p>正文。</p></body></html>"#.utf8)
        #expect(Ingest.detectFormat(name: "page", bytes: page) == .html)
        #expect(Ingest.detectFormat(name: "data", bytes: Array(#"<?xml version="1.0"?><records/>"#.utf8)) == .text)
    }
}
