import CSV
import Foundation

/// One CSV table in memory: RFC 4180 (CRLF line ends, quotes where needed), UTF-8, with a
/// header row.
public struct CSVTable: Sendable, Equatable {
    public var name: String
    public var header: [String]
    public var rows: [[String]] = []

    public init(name: String, header: [String]) {
        self.name = name
        self.header = header
    }

    /// The whole table: header row, then the rows, each line ending in CRLF.
    public func data() throws -> Data {
        try Self.encode([header] + rows)
    }

    /// The header row alone; `headerData() + rowsData()` of parts gives `data()` of the whole.
    public func headerData() throws -> Data {
        try Self.encode([header])
    }

    /// The rows alone, each ending in CRLF (empty when there are none).
    public func rowsData() throws -> Data {
        rows.isEmpty ? Data() : try Self.encode(rows)
    }

    private static func encode(_ lines: [[String]]) throws -> Data {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        for line in lines { try writer.write(row: line) }
        stream.close()
        var data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        data.append(contentsOf: [0x0D, 0x0A])
        return data
    }
}
