import Foundation

/// Emit: a document as JSON. Keys are sorted so the same document always gives the same bytes.
public enum JSONEmitter {
    public static func data(_ document: Document, pretty: Bool = true) throws -> Data {
        try encoder(pretty: pretty).encode(document)
    }

    public static func data<T: Encodable>(_ value: T, pretty: Bool = true) throws -> Data {
        try encoder(pretty: pretty).encode(value)
    }

    private static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    public static func document(from data: Data) throws -> Document {
        try JSONDecoder().decode(Document.self, from: data)
    }
}
