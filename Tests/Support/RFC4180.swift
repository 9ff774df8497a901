import Foundation

/// A small RFC 4180 reader: quoted fields, doubled quotes, CRLF records.
package enum RFC4180 {
    package static func records(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending {
                pending = nil
                return p
            }
            return scalars.next()
        }
        while let scalar = next() {
            if quoted {
                if scalar == "\"" {
                    let following = next()
                    if following == "\"" {
                        field.unicodeScalars.append("\"")
                    } else {
                        quoted = false
                        pending = following
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" && field.isEmpty {
                quoted = true
            } else if scalar == "," {
                record.append(field)
                field = ""
            } else if scalar == "\r" {
                let following = next()
                precondition(following == "\n", "a bare CR outside quotes")
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else {
                precondition(scalar != "\n", "a bare LF outside quotes")
                field.unicodeScalars.append(scalar)
            }
        }
        precondition(record.isEmpty && field.isEmpty, "the last record must end with CRLF")
        return records
    }
}
