import Foundation

/// One CSV table in memory: RFC 4180 (CRLF line ends, quotes where needed), UTF-8, with a
/// header row.
public struct CSVTable: Sendable, Equatable {
    /// The table's name, also its file's name without `.csv` ("documents", "figures").
    public var name: String
    /// The column names of the header row ("document_id", "section", …).
    public var header: [String]
    /// The body rows, each a list of fields in the order of `header`; empty until rows are added.
    public var rows: [[String]] = []

    /// An empty table called `name` with the columns `header`.
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

    /// RFC 4180: fields holding a comma, a quote, CR or LF are quoted, quotes doubled; lines
    /// end in CRLF. (Written by hand: a general CSV package's per-byte stream writer took more
    /// than half of `convert`'s time.)
    private static func encode(_ lines: [[String]]) throws -> Data {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lines.count * 64)
        for line in lines {
            for (index, field) in line.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                let utf8 = field.utf8
                // Comma, quote, CR, LF.
                let needsQuotes = utf8.contains { (byte: UInt8) -> Bool in
                    byte == 0x2C || byte == 0x22 || byte == 0x0D || byte == 0x0A
                }
                if needsQuotes {
                    bytes.append(UInt8(ascii: "\""))
                    for byte in utf8 {
                        if byte == 0x22 { bytes.append(byte) }
                        bytes.append(byte)
                    }
                    bytes.append(UInt8(ascii: "\""))
                } else {
                    bytes.append(contentsOf: utf8)
                }
            }
            bytes.append(contentsOf: [0x0D, 0x0A])
        }
        return Data(bytes)
    }
}
