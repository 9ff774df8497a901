import Foundation

/// Emit: a document as JSON, its fields in the contract's order, so the same document always
/// gives the same bytes.
public enum JSONEmitter {
    /// The JSON of a document as `Data`, without a final newline: indented when `pretty`, else on one line.
    public static func data(_ document: Document, pretty: Bool = true) throws -> Data {
        Data(bytes(document, pretty: pretty))
    }

    /// The JSON bytes of a document, without a final newline.
    public static func bytes(_ document: Document, pretty: Bool = true) -> [UInt8] {
        // A guess at the size, from the source's size: a record read back from anywhere may
        // state any number there, so the guess is kept within the input limit.
        let sourceBytes = min(max(document.source.bytes, 0), Limits.standard.maximumBytes)
        var writer = JSONWriter(pretty: pretty, capacity: sourceBytes * 2 + 1024)
        writer.write(document)
        return writer.bytes
    }

    /// The figures and dates of one piece of text as a JSON array, in the order they stand,
    /// each written as records write it; dates carry `"kind": "date"` after their value.
    public static func bytes(figures: [Figure], dates: [DateMention], pretty: Bool = true) -> [UInt8] {
        enum Mention {
            case figure(Figure)
            case date(DateMention)
        }
        var mentions: [(start: Int, mention: Mention)] =
            figures.map { ($0.start, .figure($0)) } + dates.map { ($0.start, .date($0)) }
        mentions.sort { $0.start < $1.start }
        var writer = JSONWriter(pretty: pretty)
        writer.array(mentions) { writer, entry in
            switch entry.mention {
            case .figure(let figure): writer.write(figure)
            case .date(let date): writer.write(date, kind: "date")
            }
        }
        return writer.bytes
    }

    /// Reads one record from its JSON (records of older readable schema versions too); throws the decoder's
    /// error when `data` is not a Gazette record.
    public static func document(from data: Data) throws -> Document {
        try JSONDecoder().decode(Document.self, from: data)
    }

    /// The record of one NDJSON line: a record itself, or a `parse --ndjson` answer holding one.
    public static func record(fromLine data: Data) -> Document? {
        if let document = try? document(from: data) { return document }
        struct Answer: Decodable { var record: Document }
        return try? JSONDecoder().decode(Answer.self, from: data).record
    }
}
