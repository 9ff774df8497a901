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

    public func data() throws -> Data {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: header)
        for row in rows { try writer.write(row: row) }
        stream.close()
        var data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        data.append(contentsOf: [0x0D, 0x0A])
        return data
    }
}
