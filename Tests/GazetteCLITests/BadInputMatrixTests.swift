import Foundation
import GazetteTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One table of inputs the tool cannot (or can only just) read, run through the built binary.
/// Each row says how to make the input, the command, the exact exit status, the exact lines a
/// user sees (the temporary folder written as `<TMP>`), what standard output holds and what
/// `--out` may leave behind. A row whose right expectation the binary does not meet yet keeps
/// the right expectation, wrapped in `withKnownIssue` for that one aspect.
@Suite struct BadInputMatrixTests {
    /// What a row's setup hands back: the command line, standard input, and the name of the
    /// file the messages must mention (nil when the input has no file name).
    struct Setup {
        var arguments: [String]
        var stdin: Data? = nil
        var fileName: String?
    }

    enum Stdout: Sendable {
        /// Nothing at all.
        case empty
        /// Exactly these lines (after the temporary folder is replaced by `<TMP>`).
        case lines([String])
        /// One JSON record; the closure checks it.
        case record(@Sendable ([String: Any]) -> Void)
        /// One JSON object a line; the closure checks them.
        case ndjson(@Sendable ([[String: Any]]) -> Void)
    }

    enum Out: Sendable {
        /// The row is not run again with `--out`.
        case notChecked
        /// Run again with `--out DIR`: DIR holds no file afterwards.
        case nothingWritten
        /// Run again with `--out DIR`: DIR holds exactly these files.
        case writes([String])
    }

    enum Aspect: Sendable, Hashable {
        case status, stderr, stdout, out
    }

    struct Row: Sendable, CustomTestStringConvertible {
        var name: String
        var make: @Sendable (TemporaryFolder) throws -> Setup
        var status: Int32
        var stderr: [String]
        var stdout: Stdout = .empty
        var out: Out = .nothingWritten
        /// Extra checks of the folder after the run (for `convert`).
        var after: (@Sendable (TemporaryFolder) throws -> Void)? = nil
        /// Aspects whose right expectation is not met yet, with why.
        var knownIssues: [Aspect: String] = [:]

        var testDescription: String { name }
    }

    // MARK: - Inputs

    static let notice =
        "关于开展秋季消防安全检查的通知\n各社区、各有关单位：\n一、检查时间\n检查定于10月8日至10月20日进行，共抽查商户约450家。\n二、检查要求\n各单位要如实填报自查表，发现隐患立即整改。\n"

    static let floodPage = """
        <html><head><meta charset="utf-8"><title>关于做好汛期值班值守工作的通知</title></head><body>\
        <p>各镇街、各部门：</p>\
        <p>入汛以来，全区累计降雨量达到320毫米，比常年同期偏多15%。</p>\
        <p>请各单位严格执行领导带班制度，确保信息报送及时准确。</p>\
        </body></html>
        """

    static let cutPage = """
        <html><head><title>关于开展冬季供暖巡查的通知</title></head><body>\
        <p>为保障居民温暖过冬，区住建局决定开展供暖专项巡查。</p>\
        <p>巡查覆盖全区86个小区，重点检查管网运行和室温达标情况。</p>\
        <p>请各供热企业于11月10日前完成自查，并报送整改清单。</p>\
        <p class="foot
        """

    /// `text` encoded as GB18030 through the C library's iconv.
    static func gb18030(_ text: String) throws -> [UInt8] {
        let descriptor = iconv_open("GB18030", "UTF-8")
        try #require(descriptor != iconv_t(bitPattern: -1), "iconv knows no GB18030")
        defer { iconv_close(descriptor) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        let (status, left) = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outLeft = outBuffer.count
                let status = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                return (status, outLeft)
            }
        }
        try #require(status != -1, "iconv could not encode the text as GB18030")
        let bytes = Array(output[0..<(output.count - left)])
        #expect(String(validating: bytes, as: UTF8.self) == nil, "GB18030 bytes of Chinese text are not valid UTF-8")
        return bytes
    }

    /// All paragraphs of a record, the lead's and every section's, in order.
    static func paragraphs(of record: [String: Any]) -> [String] {
        var found = (record["lead"] as? [String: Any])?["paragraphs"] as? [String] ?? []
        func walk(_ sections: [[String: Any]]) {
            for section in sections {
                found += section["paragraphs"] as? [String] ?? []
                walk(section["sections"] as? [[String: Any]] ?? [])
            }
        }
        walk(record["sections"] as? [[String: Any]] ?? [])
        return found
    }

    static let isRoot = getuid() == 0

    static let rows: [Row] = [
        Row(
            name: "missing file",
            make: { folder in Setup(arguments: ["parse", folder.path("不存在的通知.txt")], fileName: "不存在的通知.txt") },
            status: 1,
            stderr: ["gazette: error: <TMP>/不存在的通知.txt: no such file"]),

        isRoot
            // Root reads chmod-000 files, so use a file even root cannot read: the kernel
            // refuses reading a process's memory at offset 0.
            ? Row(
                name: "unreadable file (as root: /proc/self/mem)",
                make: { _ in Setup(arguments: ["parse", "/proc/self/mem"], fileName: "mem") },
                status: 1,
                stderr: ["gazette: error: /proc/self/mem: cannot be read (Input/output error)"])
            : Row(
                name: "unreadable file (chmod 000)",
                make: { folder in
                    let path = try folder.write(Array(notice.utf8), to: "locked.txt")
                    try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
                    return Setup(arguments: ["parse", path], fileName: "locked.txt")
                },
                status: 1,
                stderr: ["gazette: error: <TMP>/locked.txt: cannot be read (Permission denied)"]),

        Row(
            name: "a directory",
            make: { folder in
                try folder.write(Array(notice.utf8), to: "archive.html/inner.txt")
                return Setup(arguments: ["parse", folder.path("archive.html")], fileName: "archive.html")
            },
            status: 1,
            stderr: ["gazette: error: <TMP>/archive.html: is a directory, not a file"]),

        Row(
            name: "empty file",
            make: { folder in Setup(arguments: ["parse", try folder.write([], to: "blank.txt")], fileName: "blank.txt")
            },
            status: 1,
            stderr: ["gazette: error: <TMP>/blank.txt: empty input, nothing to parse"]),

        Row(
            name: "whitespace only (spaces, newlines, tabs, full-width spaces)",
            make: { folder in
                let path = try folder.write(Array("  \n\n\t\u{3000}\u{3000}\r\n \u{3000} \n".utf8), to: "spaces.txt")
                return Setup(arguments: ["parse", path], fileName: "spaces.txt")
            },
            status: 1,
            stderr: ["gazette: error: <TMP>/spaces.txt: no readable text in the document"]),

        Row(
            name: "PNG image",
            make: { folder in
                let bytes: [UInt8] =
                    [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array("IHDR-not-really-a-picture".utf8) + [
                        0, 1, 2, 0xFF,
                    ]
                return Setup(arguments: ["parse", try folder.write(bytes, to: "现场照片.png")], fileName: "现场照片.png")
            },
            status: 1,
            stderr: ["gazette: error: <TMP>/现场照片.png: binary data (PNG image), not a text or HTML document"]),

        Row(
            name: "PNG image named .html",
            make: { folder in
                let bytes: [UInt8] =
                    [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array("<html><body>通知</body></html>".utf8)
                return Setup(arguments: ["parse", try folder.write(bytes, to: "page.html")], fileName: "page.html")
            },
            status: 1,
            stderr: ["gazette: error: <TMP>/page.html: binary data (PNG image), not a text or HTML document"]),

        Row(
            name: "PDF document",
            make: { folder in
                let bytes =
                    Array("%PDF-1.4\n%\u{E2}\u{E3}\n1 0 obj << /Type /Catalog >> endobj\n".utf8) + [0x00, 0x9C, 0x78]
                return Setup(arguments: ["parse", try folder.write(bytes, to: "plan.pdf")], fileName: "plan.pdf")
            },
            status: 1,
            stderr: ["gazette: error: <TMP>/plan.pdf: binary data (PDF document), not a text or HTML document"]),

        Row(
            name: "ZIP archive",
            make: { folder in
                let bytes: [UInt8] =
                    [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00] + Array("word/document.xml".utf8) + [0xAB, 0xCD]
                return Setup(arguments: ["parse", try folder.write(bytes, to: "report.txt")], fileName: "report.txt")
            },
            status: 1,
            stderr: ["gazette: error: <TMP>/report.txt: binary data (ZIP archive), not a text or HTML document"]),

        Row(
            name: "ELF executable",
            make: { folder in
                let bytes: [UInt8] =
                    [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00] + Array(repeating: 0, count: 8)
                    + Array(".text.data".utf8)
                return Setup(arguments: ["parse", try folder.write(bytes, to: "toolbox")], fileName: "toolbox")
            },
            status: 1,
            stderr: ["gazette: error: <TMP>/toolbox: binary data (ELF executable), not a text or HTML document"]),

        Row(
            name: "UTF-16LE without a byte-order mark",
            make: { folder in
                let text = "关于召开年度总结大会的通知\n各科室：定于下周五下午召开总结大会。\n"
                let bytes = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
                return Setup(arguments: ["parse", try folder.write(bytes, to: "wide.txt")], fileName: "wide.txt")
            },
            status: 1,
            stderr: [
                "gazette: error: <TMP>/wide.txt: looks like UTF-16LE text without a byte-order mark; read it with --encoding UTF-16LE"
            ]),

        Row(
            name: "invalid UTF-8 that is not GB18030 either",
            make: { folder in
                let bytes = Array("通知".utf8) + [0xFF, 0x80, 0xFF, 0x80, 0xFF, 0xFF, 0x80, 0x80, 0xFF, 0xFE, 0x80]
                return Setup(arguments: ["parse", try folder.write(bytes, to: "garbled.txt")], fileName: "garbled.txt")
            },
            status: 1,
            stderr: [
                "gazette: error: <TMP>/garbled.txt: cannot be decoded (invalid UTF-8 at byte 6, and not GB18030 text either)"
            ]),

        Row(
            name: "GB18030 page declared charset=utf-8 is read as GB18030",
            make: { folder in
                let path = try folder.write(try gb18030(floodPage), to: "mislabeled.html")
                return Setup(arguments: ["parse", path, "--compact"], fileName: "mislabeled.html")
            },
            status: 0,
            stderr: [],
            stdout: .record { record in
                let source = record["source"] as? [String: Any]
                #expect(source?["encoding"] as? String == "GB18030")
                #expect(record["title"] as? String == "关于做好汛期值班值守工作的通知")
                let codes = (record["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
                #expect(codes.contains("encoding-overridden"))
                #expect(paragraphs(of: record).contains("入汛以来，全区累计降雨量达到320毫米，比常年同期偏多15%。"))
            },
            out: .writes(["mislabeled.json"])),

        Row(
            name: "HTML cut off in the middle of a tag still parses",
            make: { folder in
                Setup(
                    arguments: ["parse", try folder.write(Array(cutPage.utf8), to: "cut.html"), "--compact"],
                    fileName: "cut.html")
            },
            status: 0,
            stderr: [],
            stdout: .record { record in
                #expect(record["title"] as? String == "关于开展冬季供暖巡查的通知")
                #expect(paragraphs(of: record).last == "请各供热企业于11月10日前完成自查，并报送整改清单。")
                #expect(paragraphs(of: record).contains("巡查覆盖全区86个小区，重点检查管网运行和室温达标情况。"))
            },
            out: .writes(["cut.json"])),

        Row(
            name: "HTML with a head and no body",
            make: { folder in
                let page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>关于调整办公时间的通知</title></head></html>"
                return Setup(
                    arguments: ["parse", try folder.write(Array(page.utf8), to: "headless.html")],
                    fileName: "headless.html")
            },
            status: 1,
            stderr: ["gazette: error: <TMP>/headless.html: no readable text in the document"]),

        Row(
            name: "a page that is only a script",
            make: { folder in
                let page = "<script>var notice = \"关于开展春季植树活动的通知，共植树1200棵。\"; document.write(notice);</script>\n"
                return Setup(
                    arguments: ["parse", try folder.write(Array(page.utf8), to: "scripted.html")],
                    fileName: "scripted.html")
            },
            status: 1,
            stderr: ["gazette: error: <TMP>/scripted.html: no readable text in the document"]),

        Row(
            name: "input over --max-bytes",
            make: { folder in
                let path = try folder.write(
                    Array(repeating: UInt8(ascii: "a"), count: 1000) + Array(repeating: UInt8(ascii: "\n"), count: 24),
                    to: "huge.txt")
                return Setup(arguments: ["parse", path, "--max-bytes", "100"], fileName: "huge.txt")
            },
            status: 1,
            stderr: ["gazette: error: <TMP>/huge.txt: cannot be read (1024 bytes is over the limit of 100)"]),

        Row(
            name: "a paragraph over the 4 MiB limit",
            make: { folder in
                let path = try folder.write(
                    Array("标题\n\n".utf8) + Array(repeating: UInt8(ascii: "7"), count: 4 * 1024 * 1024 + 1),
                    to: "long-line.txt")
                return Setup(arguments: ["parse", path], fileName: "long-line.txt")
            },
            status: 1,
            stderr: [
                "gazette: error: <TMP>/long-line.txt: over a limit: a paragraph of 4194305 bytes, longer than 4194304"
            ]),

        Row(
            name: "a FIFO does not hang",
            make: { folder in
                let path = folder.path("pipe.txt")
                #expect(mkfifo(path, 0o600) == 0)
                return Setup(arguments: ["parse", path], fileName: "pipe.txt")
            },
            status: 1,
            stderr: ["gazette: error: <TMP>/pipe.txt: cannot be read (not a regular file)"]),

        Row(
            name: "a device file (/dev/zero) is refused without reading",
            make: { _ in Setup(arguments: ["parse", "/dev/zero"], fileName: "zero") },
            status: 1,
            stderr: ["gazette: error: /dev/zero: cannot be read (not a regular file)"]),

        Row(
            name: "empty standard input",
            make: { _ in Setup(arguments: ["parse", "-"], stdin: Data(), fileName: "-") },
            status: 1,
            stderr: ["gazette: error: -: empty input, nothing to parse"]),

        Row(
            name: "a good file in a folder with spaces and Chinese characters converts",
            make: { folder in
                let path = try folder.write(Array(notice.utf8), to: "二〇二四 年 通知/消防 检查 通知.txt")
                return Setup(arguments: ["parse", path, "--compact"], fileName: "消防 检查 通知.txt")
            },
            status: 0,
            stderr: [],
            stdout: .record { record in
                #expect(record["title"] as? String == "关于开展秋季消防安全检查的通知")
                #expect((record["source"] as? [String: Any])?["name"] as? String == "消防 检查 通知.txt")
                #expect((record["sections"] as? [Any])?.count == 2)
            },
            out: .writes(["消防 检查 通知.json"])),

        Row(
            name: "validate: an extract of another schema version",
            make: { folder in
                let source = try folder.write(Array(notice.utf8), to: "src/notice.txt")
                let good = try GazetteBinary.run(["parse", source])
                #expect(good.status == 0)
                let future = good.stdout.replacingOccurrences(
                    of: "\"schemaVersion\": \"1.4\"", with: "\"schemaVersion\": \"7.2\"")
                #expect(future != good.stdout)
                return Setup(
                    arguments: ["validate", try folder.write(Array(future.utf8), to: "future.json")],
                    fileName: "future.json")
            },
            status: 1,
            stderr: ["gazette: validated 1 file: 1 failing finding, 0 others"],
            stdout: .lines([
                "<TMP>/future.json:2:20: error: /schemaVersion \"7.2\" is not one of \"1.0\", \"1.1\", \"1.2\", \"1.3\", \"1.4\" [schema-version]"
            ]),
            out: .notChecked),

        Row(
            name: "validate: malformed JSON",
            make: { folder in
                let text = "{\"schemaVersion\": \"1.0\", \"title\": \"防汛通知\", \"sections\": [,]}\n"
                return Setup(
                    arguments: ["validate", try folder.write(Array(text.utf8), to: "broken.json")],
                    fileName: "broken.json")
            },
            status: 1,
            stderr: ["gazette: validated 1 file: 1 failing finding, 0 others"],
            stdout: .lines(["<TMP>/broken.json:1:56: error: unexpected character [json-syntax]"]),
            out: .notChecked),

        Row(
            name: "validate: NDJSON with one bad line among good ones",
            make: { folder in
                let first = try GazetteBinary.run([
                    "parse", "--compact", try folder.write(Array(notice.utf8), to: "src/a.txt"),
                ])
                let third = try GazetteBinary.run([
                    "parse", "--compact", try folder.write(Array(cutPage.utf8), to: "src/c.html"),
                ])
                #expect(first.status == 0 && third.status == 0)
                let lines = first.stdout + "{\"schemaVersion\": \"1.0\", \"title\": \"半截\n" + third.stdout
                return Setup(
                    arguments: ["validate", try folder.write(Array(lines.utf8), to: "batch.ndjson")],
                    fileName: "batch.ndjson")
            },
            status: 1,
            stderr: ["gazette: validated 1 file: 1 failing finding, 0 others"],
            stdout: .lines(["<TMP>/batch.ndjson:2:38: error: unterminated string [json-syntax]"]),
            out: .notChecked),

        Row(
            name: "validate: a missing extract",
            make: { folder in Setup(arguments: ["validate", folder.path("gone.json")], fileName: "gone.json") },
            status: 2,
            stderr: [
                "gazette: validated 0 files: 0 failing findings, 0 others",
                "gazette: error: <TMP>/gone.json: no such file",
            ],
            out: .notChecked),

        Row(
            name: "parse --ndjson: one bad request among good ones",
            make: { folder in
                let path = try folder.write(Array(cutPage.utf8), to: "c.html")
                func line(_ object: [String: Any]) throws -> String {
                    String(
                        decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]),
                        as: UTF8.self)
                }
                let requests =
                    [
                        try line(["id": 1, "name": "a.txt", "content": notice]),
                        "{\"id\": 2, \"name\": \"b.txt\", \"content\": \"关于",
                        try line(["id": "three", "path": path]),
                    ].joined(separator: "\n") + "\n"
                return Setup(arguments: ["parse", "--ndjson"], stdin: Data(requests.utf8), fileName: nil)
            },
            status: 0,
            stderr: [],
            stdout: .ndjson { answers in
                #expect(answers.count == 3)
                guard answers.count == 3 else { return }
                #expect(answers[0]["id"] as? Int == 1)
                #expect((answers[0]["record"] as? [String: Any])?["title"] as? String == "关于开展秋季消防安全检查的通知")
                #expect(answers[1]["id"] is NSNull)
                #expect(answers[1]["record"] == nil)
                #expect(
                    answers[1]["error"] as? String
                        == "line 2 is not JSON (unterminated string); send one JSON object a line")
                #expect(answers[2]["id"] as? String == "three")
                #expect((answers[2]["record"] as? [String: Any])?["title"] as? String == "关于开展冬季供暖巡查的通知")
                #expect(answers.filter { $0["error"] != nil }.count == 1)
            },
            out: .notChecked),

        Row(
            name: "convert: a folder of good files and three bad ones",
            make: { folder in
                try folder.write(Array(notice.utf8), to: "in/a-notice.txt")
                try folder.write(Array(cutPage.utf8), to: "in/b-heating.html")
                try folder.write([], to: "in/c-empty.txt")
                try folder.write(try gb18030(floodPage), to: "in/d-flood.html")
                try folder.write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], to: "in/e-photo.html")
                try folder.write(Array("防汛".utf8) + [0xFF, 0x80, 0xFF, 0xFF, 0x80, 0x80, 0xFE], to: "in/f-garbled.txt")
                try folder.write(Array(notice.utf8), to: "in/g-notice.htm")
                return Setup(
                    arguments: ["convert", folder.path("in"), "--out", folder.path("out"), "--jobs", "3"], fileName: nil
                )
            },
            status: 1,
            stderr: [
                "gazette: error: <TMP>/in/c-empty.txt: empty input, nothing to parse",
                "gazette: error: <TMP>/in/e-photo.html: binary data (PNG image), not a text or HTML document",
                "gazette: error: <TMP>/in/f-garbled.txt: cannot be decoded (invalid UTF-8 at byte 6, and not GB18030 text either)",
                "gazette: converted 4 documents, 3 failed, <N> bytes in <T> s",
            ],
            out: .notChecked,
            after: { folder in
                let json = try folder.contents(of: "out").filter { $0.hasSuffix(".json") }
                #expect(json == ["a-notice.json", "b-heating.json", "d-flood.json", "g-notice.json"])
                let documents = try String(contentsOfFile: folder.path("out/documents.csv"), encoding: .utf8)
                let rows = documents.split(separator: "\r\n").dropFirst()
                #expect(rows.count == 4)
                #expect(
                    !documents.contains("c-empty") && !documents.contains("e-photo") && !documents.contains("f-garbled")
                )
            }),
    ]

    // MARK: - The test

    @Test(arguments: rows)
    func badInput(_ row: Row) throws {
        let folder = try TemporaryFolder()
        let setup = try row.make(folder)
        let run = try BoundedRun.run(setup.arguments, stdin: setup.stdin, seconds: 5)
        try check(run, row: row, setup: setup, folder: folder)
        try row.after?(folder)

        switch row.out {
        case .notChecked:
            break
        case .nothingWritten, .writes:
            let outFolder = folder.path("out")
            let again = try BoundedRun.run(setup.arguments + ["--out", outFolder], stdin: setup.stdin, seconds: 5)
            #expect(!again.timedOut, "with --out: did not finish in 5 s")
            expecting(.status, row) { #expect(again.status == row.status, "with --out") }
            #expect(again.stdout == "", "with --out, standard output must be empty")
            let written = FileManager.default.fileExists(atPath: outFolder) ? try folder.contents(of: "out") : []
            expecting(.out, row) {
                if case .writes(let names) = row.out {
                    #expect(written == names)
                } else {
                    #expect(written == [], "a failed input must leave no file in --out")
                }
            }
        }
    }

    private func check(_ run: BoundedRun.Result, row: Row, setup: Setup, folder: TemporaryFolder) throws {
        #expect(!run.timedOut, "did not finish in 5 s (hung?)")
        #expect(run.seconds < 5)
        expecting(.status, row) { #expect(run.status == row.status) }

        // No crash, whatever else goes wrong.
        for marker in ["Fatal error", "Backtrace", "Stack dump", "💣", "Program crashed"] {
            #expect(!run.stderr.contains(marker), "stderr shows a crash: \(run.stderr)")
        }
        #expect(run.stderr.isEmpty || run.stderr.hasSuffix("\n"))

        let stderrLines = normalized(run.stderr, folder: folder)
        expecting(.stderr, row) {
            #expect(stderrLines.count == row.stderr.count, "stderr: \(run.stderr)")
            #expect(stderrLines == row.stderr)
            if let name = setup.fileName {
                for line in stderrLines where line.hasPrefix("gazette: error:") {
                    #expect(line.contains(name), "the message must name the file")
                }
            }
        }

        expecting(.stdout, row) {
            switch row.stdout {
            case .empty:
                #expect(run.stdout == "")
            case .lines(let expected):
                let lines = normalized(run.stdout, folder: folder)
                #expect(lines == expected)
                if let name = setup.fileName {
                    for line in lines { #expect(line.contains(name)) }
                }
            case .record(let inspect):
                guard let object = try? JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
                else {
                    Issue.record("standard output is not one JSON record: \(run.stdout.prefix(300))")
                    return
                }
                inspect(object)
            case .ndjson(let inspect):
                let objects = run.stdout.split(separator: "\n").map {
                    (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
                }
                #expect(!objects.contains { $0 == nil }, "every answer line is a JSON object")
                inspect(objects.compactMap { $0 })
            }
        }
    }

    /// Lines of `text` with the temporary folder written `<TMP>` and the measured parts of
    /// `convert`'s summary written `<N>` and `<T>`.
    private func normalized(_ text: String, folder: TemporaryFolder) -> [String] {
        text.replacingOccurrences(of: folder.url.path, with: "<TMP>")
            .replacingOccurrences(
                of: #", [0-9]+ bytes in [0-9]+\.[0-9]+ s"#, with: ", <N> bytes in <T> s", options: .regularExpression
            )
            .split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    /// Runs `body` as is, or as a known issue when `row` lists one for `aspect`.
    private func expecting(_ aspect: Aspect, _ row: Row, _ body: () -> Void) {
        if let issue = row.knownIssues[aspect] {
            withKnownIssue(Comment(rawValue: issue)) { body() }
        } else {
            body()
        }
    }
}

/// Runs the binary like `ChildProcess.run`, but gives up after a deadline so a hang fails the
/// test instead of stalling the suite.
enum BoundedRun {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var timedOut: Bool
        var seconds: Double
    }

    static func run(_ arguments: [String], stdin: Data?, seconds limit: Double) throws -> Result {
        let run = try ChildProcess.run(try GazetteBinary.executable(), arguments, stdin: stdin, deadline: limit)
        return Result(
            status: run.status, stdout: run.stdout, stderr: run.stderr, timedOut: run.timedOut, seconds: run.seconds)
    }
}
