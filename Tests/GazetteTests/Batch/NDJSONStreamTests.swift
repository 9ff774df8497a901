import Foundation
import Testing

@testable import Gazette

/// One request line in, one answer line out: the contract of `parse --ndjson`.
@Suite struct NDJSONStreamTests {
    static let stream = NDJSONStream(pipeline: Pipeline(maximumBytes: 400))

    static func answer(_ line: String, number: Int = 1) throws -> [String: Any] {
        let bytes = try #require(stream.answer(to: Array(line.utf8), lineNumber: number))
        return try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    @Test func aRequestGetsItsRecordUnderItsOwnId() throws {
        let answer = try Self.answer(#"{"id": "a-1", "name": "n.txt", "content": "关于试点的通知\n一、要求\n增长5%。"}"#)
        #expect(answer["id"] as? String == "a-1")
        let record = try #require(answer["record"] as? [String: Any])
        #expect((record["source"] as? [String: Any])?["name"] as? String == "n.txt")
    }

    @Test(arguments: [#"7"#, #"null"#, #"true"#, #"[1, {"b": "c"}]"#, #"{"run": 3, "part": [2]}"#])
    func anyIdComesBackAsSent(id: String) throws {
        let answer = try Self.answer(#"{"id": \#(id), "content": "关于试点的通知\n一、要求\n增长5%。"}"#)
        let sent = try JSONSerialization.jsonObject(with: Data(id.utf8), options: .fragmentsAllowed)
        let back = try #require(answer["id"])
        let canonical = { (value: Any) in try JSONSerialization.data(withJSONObject: [value], options: [.sortedKeys]) }
        #expect(try canonical(back) == canonical(sent))
    }

    @Test func blankLinesGetNoAnswerAndAByteOrderMarkIsSkipped() throws {
        #expect(Self.stream.answer(to: Array("   ".utf8), lineNumber: 1) == nil)
        let answer = try Self.answer("\u{FEFF}" + #"{"id": 1, "content": "关于试点的通知\n一、要求\n增长5%。"}"#)
        #expect(answer["record"] != nil)
    }

    @Test func badRequestsSayWhatIsWrong() throws {
        #expect(
            try Self.answer("not json", number: 4)["error"] as? String
                == "line 4 is not JSON; send one JSON object a line")
        #expect(
            (try Self.answer(#"{"id": 2, "content": "abc"#, number: 5)["error"] as? String)?.hasPrefix(
                "line 5 is not JSON (") == true)
        #expect(
            try Self.answer(#"{"id": 3}"#, number: 6)["error"] as? String
                == #"line 6: a request needs "content" or "path""#)
        let big = try Self.answer(#"{"id": 4, "content": "\#(String(repeating: "多", count: 200))"}"#, number: 7)
        #expect(big["error"] as? String == "line 7: content of 600 bytes is over the limit of 400 (--max-bytes)")
    }

    @Test func aStreamAnswersEveryLineInOrder() throws {
        let lines = (1...5).map { #"{"id": \#($0), "content": "关于第\#($0)项的通知\n一、要求\n增长\#($0)%。"}"# }
        var pipe: [Int32] = [0, 0]
        #expect(Glibc.pipe(&pipe) == 0)
        let input = Data((lines.joined(separator: "\n") + "\n\n").utf8)
        input.withUnsafeBytes { _ = Glibc.write(pipe[1], $0.baseAddress, $0.count) }
        close(pipe[1])
        var answers: [Data] = []
        try Self.stream.run(input: pipe[0]) { answers.append($0) }
        close(pipe[0])
        let ids = try answers.map {
            try #require(try JSONSerialization.jsonObject(with: $0) as? [String: Any])["id"] as? Int
        }
        #expect(ids == [1, 2, 3, 4, 5])
    }
}
