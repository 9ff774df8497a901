/// Input that cannot be read as a document at all. Problems inside a readable document
/// are `Diagnostic`s instead.
public enum GazetteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path names nothing.
    case fileNotFound(String)
    /// The path is a folder where a file was wanted.
    case notAFile(String)
    /// The file exists but reading it failed (permissions, I/O); `reason` says how.
    case unreadable(String, reason: String)
    /// The input has no bytes.
    case emptyInput(String)
    /// The input is binary (`kind`: "PDF", "ZIP", "NUL bytes", …), not text or HTML.
    case binaryInput(String, kind: String)
    /// The bytes are not text in any character set Gazette reads.
    case undecodable(String, reason: String)
    /// The input decodes but holds no readable text (an empty page, markup only).
    case noText(String)
    /// An extract (a record's JSON) that is not a valid Gazette record: `reason` is the first error.
    case invalidRecord(String, reason: String)
    /// Text in an encoding Gazette does not guess, with the `--encoding` name that reads it.
    case needsEncoding(String, encoding: String)
    /// An output file could not be written, or a database refused a record.
    case writeFailed(String, reason: String)
    /// Validation settings that cannot be used: a `.gazette.yml` (or `--rule`, named as the
    /// path) that is not YAML of the expected shape, names an unknown setting or rule, or sets
    /// a rule to something other than off, on or a severity; `reason` says which.
    case badSetting(String, reason: String)
    /// An extract (`.json`, `.ndjson`) given where an announcement was wanted.
    case extractGiven(String)
    /// An input past one of the `Limits`: `what` says which, with the count and the limit.
    case overLimit(String, what: String)

    /// The file the error is about, as it was named.
    public var path: String {
        switch self {
        case .fileNotFound(let path), .notAFile(let path), .unreadable(let path, _), .emptyInput(let path),
            .binaryInput(let path, _), .undecodable(let path, _), .noText(let path), .invalidRecord(let path, _),
            .needsEncoding(let path, _), .writeFailed(let path, _), .badSetting(let path, _), .extractGiven(let path),
            .overLimit(let path, _):
            path
        }
    }

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
        case .invalidRecord(let path, let reason):
            "\(path): not a valid Gazette record (\(reason)); check it with gazette validate"
        case .needsEncoding(let path, let encoding):
            "\(path): looks like \(encoding) text without a byte-order mark; read it with --encoding \(encoding)"
        case .writeFailed(let path, let reason): "\(path): cannot be written (\(reason))"
        case .overLimit(let path, let what): "\(path): over a limit: \(what)"
        case .badSetting(let path, let reason): "\(path): bad validation setting (\(reason))"
        case .extractGiven(let path):
            "\(path): an extract (Gazette JSON), not an announcement; check it with gazette validate or load it with gazette load"
        }
    }
}
