import Testing

@testable import Gazette

@Suite struct CharsetSnifferTests {
    private func sniff(_ html: String) -> String? {
        CharsetSniffer.declaredCharset(in: Array(html.utf8))
    }

    @Test func metaCharsetAttribute() {
        #expect(sniff("<html><head><meta charset=\"gbk\"></head></html>") == "gbk")
    }

    @Test func metaCharsetIsCaseInsensitiveAndUnquoted() {
        #expect(sniff("<HTML><HEAD><META CHARSET=GB2312></HEAD></HTML>") == "gb2312")
    }

    @Test func httpEquivContent() {
        let page = "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\" /></head>"
        #expect(sniff(page) == "gb2312")
    }

    @Test func xmlDeclaration() {
        #expect(sniff("<?xml version=\"1.0\" encoding=\"GB18030\"?><html></html>") == "gb18030")
    }

    @Test func metaAfterALongTitle() {
        let title = String(repeating: "关于进一步加强基层治理工作的实施意见", count: 60)
        let page = "<html><head><title>\(title)</title><meta charset=\"utf-8\"></head><body></body></html>"
        #expect(Array(page.utf8).firstRange(of: Array("charset".utf8))!.lowerBound > 3000)
        #expect(sniff(page) == "utf-8")
    }

    @Test func noDeclarationGivesNil() {
        #expect(sniff("<html><head><title>通知</title></head><body><p>正文。</p></body></html>") == nil)
    }

    @Test func theWordCharsetWithoutAValueIsSkipped() {
        let page = "<p>charset is unknown</p><meta charset='big5'>"
        #expect(sniff(page) == "big5")
    }
}
