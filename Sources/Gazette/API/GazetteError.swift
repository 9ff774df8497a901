/// Input that cannot be read as a document at all. Problems inside a readable document
/// are `Diagnostic`s instead.
public enum GazetteError: Error, Sendable, Equatable, CustomStringConvertible {
    case fileNotFound(String)
    case notAFile(String)
    case unreadable(String, reason: String)
    case emptyInput(String)
    case binaryInput(String, kind: String)
    case undecodable(String, reason: String)
    case noText(String)
    /// An extract (a record's JSON) that is not a valid Gazette record: `reason` is the first error.
    case invalidRecord(String, reason: String)
    /// Text in an encoding Gazette does not guess, with the `--encoding` name that reads it.
    case needsEncoding(String, encoding: String)
    case writeFailed(String, reason: String)
    /// An input past one of the `Limits`: `what` says which, with the count and the limit.
    case overLimit(String, what: String)

    /// One line naming the file and what is wrong with it.
    public var description: String {
        switch self {
        case .fileNotFound(let path): "\(path): no such file"
        case .notAFile(let path): "\(path): is a directory, not a file"
        case .unreadable(let path, let reason): "\(path): cannot be read (\(reason))"
        case .emptyInput(let path): "\(path): empty input, nothing to parse"
        case .binaryInput(let path, let kind): "\(path): binary data (\(kind)), not a text or HTML document"
        case .undecodable(let path, let reason): "\(path): cannot be decoded (\(reason))"
        case .noText(let path): "\(path): no readable text in the document"
        case .invalidRecord(let path, let reason): "\(path): not a valid Gazette record (\(reason)); check it with gazette validate"
        case .needsEncoding(let path, let encoding): "\(path): looks like \(encoding) text without a byte-order mark; read it with --encoding \(encoding)"
        case .writeFailed(let path, let reason): "\(path): cannot be written (\(reason))"
        case .overLimit(let path, let what): "\(path): over a limit: \(what)"
        }
    }
}
