import Foundation

/// The streaming contract of `gazette parse --ndjson`, the one Spark's `RDD.pipe`, Hadoop
/// Streaming and GNU parallel `--pipe` expect: one JSON request a line in, one JSON answer a
/// line out, in the same order, each written as soon as it is ready.
///
/// Requests: `{"id": …, "name": "a.html", "content": "<html>…"}` (the raw text or HTML), or
/// `{"id": …, "path": "/data/a.html"}`. Answers: `{"id": …, "record": {…}}`, or
/// `{"id": …, "error": "…"}` when the request cannot be read or converted; the stream goes on.
package struct NDJSONStream: Sendable {
    package var pipeline: Pipeline

    package init(pipeline: Pipeline) {
        self.pipeline = pipeline
    }

    /// Reads requests from `input` until it ends, writing one answer per request to `output`.
    package func run(input: Int32, output: (Data) -> Void) throws {
        var pending: [UInt8] = []
        var lineNumber = 0
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw GazetteError.unreadable("-", reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            pending.append(contentsOf: chunk[0..<count])
            while let newline = pending.firstIndex(of: 0x0A) {
                let line = Array(pending[..<newline])
                pending.removeSubrange(...newline)
                lineNumber += 1
                if let answer = answer(to: line, lineNumber: lineNumber) { output(Data(answer + [0x0A])) }
            }
        }
        if !pending.isEmpty, let answer = answer(to: pending, lineNumber: lineNumber + 1) {
            output(Data(answer + [0x0A]))
        }
    }

    /// The answer line to one request line; nil for a blank line.
    package func answer(to line: [UInt8], lineNumber: Int) -> [UInt8]? {
        guard line.contains(where: { $0 > 0x20 }) else { return nil }
        // A byte-order mark may lead the stream.
        let line = lineNumber == 1 && line.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(line.dropFirst(3)) : line
        let request: JSONTree.Node
        do {
            request = try JSONTree.parse(line)
        } catch {
            // Past an opening brace the parser's words say where the object broke; before it, they
            // would only puzzle.
            let detail = line.first(where: { $0 > 0x20 }) == UInt8(ascii: "{") ? " (\(error.message))" : ""
            return envelope(id: nil, error: "line \(lineNumber) is not JSON\(detail); send one JSON object a line")
        }
        guard case .object = request.value else {
            return envelope(
                id: nil, error: "line \(lineNumber) is JSON but not an object; send {\"content\": …} or {\"path\": …}")
        }
        let id = request.member("id")
        let bytes: [UInt8]
        let name: String
        switch (request.member("content")?.value, request.member("path")?.value) {
        case (.string(let content)?, _):
            bytes = Array(content.utf8)
            guard bytes.count <= pipeline.maximumBytes else {
                return envelope(
                    id: id,
                    error:
                        "line \(lineNumber): content of \(bytes.count) bytes is over the limit of \(pipeline.maximumBytes) (--max-bytes)"
                )
            }
            if case .string(let given)? = request.member("name")?.value {
                name = given
            } else {
                name = "line \(lineNumber)"
            }
        case (nil, .string(let path)?):
            do {
                bytes = try SourceFile.read(path, maximumBytes: pipeline.maximumBytes)
            } catch let error as GazetteError {
                return envelope(id: id, error: error.description)
            } catch {
                return envelope(id: id, error: "\(path): cannot be read")
            }
            name = path
        default:
            return envelope(id: id, error: "line \(lineNumber): a request needs \"content\" or \"path\"")
        }
        do {
            let document = try pipeline.document(from: bytes, name: name)
            var writer = JSONWriter(pretty: false, capacity: bytes.count * 2 + 256)
            writer.object { w in
                w.key("id")
                w.value(id)
                w.key("record")
                w.write(document)
            }
            return writer.bytes
        } catch let error as GazetteError {
            return envelope(id: id, error: error.description)
        } catch {
            return envelope(id: id, error: "\(name): \(error)")
        }
    }

    private func envelope(id: JSONTree.Node?, error: String) -> [UInt8] {
        var writer = JSONWriter(pretty: false)
        writer.object { w in
            w.key("id")
            w.value(id)
            w.field("error", error)
        }
        return writer.bytes
    }
}

extension JSONWriter {
    /// Writes a request's id back as it came, whatever JSON it is (null when there is none).
    mutating func value(_ node: JSONTree.Node?) {
        switch node?.value {
        case .string(let text)?: string(text)
        case .number(let text)?: raw(text)
        case .bool(let flag)?: raw(flag ? "true" : "false")
        case .object(let members)?:
            object { w in
                for member in members {
                    w.key(member.key)
                    w.value(member.node)
                }
            }
        case .array(let elements)?: array(elements) { $0.value($1) }
        case .null?, nil: null()
        }
    }
}
