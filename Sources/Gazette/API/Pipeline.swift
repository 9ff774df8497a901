/// The whole conversion, one value-in value-out stage after another:
/// Ingest (bytes → blocks) → Segment (blocks → outline) → Extract (outline → document) → Validate.
public struct Pipeline: Sendable {
    /// The version of Gazette, recorded in every record as `gazetteVersion`.
    public static let version = "0.1.0"

    /// The format inputs are read as; nil takes it from the file name's extension, else from the first bytes.
    public var format: SourceInfo.Format?
    /// A character set forced on every input ("GB18030", "UTF-8"; `--encoding`); nil decides it from a
    /// byte-order mark, a declared charset, or the bytes themselves.
    public var encoding: String?
    /// How much one input may hold; an input past a limit is refused with `GazetteError.overLimit`.
    public var limits: Limits
    /// Bytes of one input (`limits.maximumBytes`).
    public var maximumBytes: Int {
        get { limits.maximumBytes }
        set { limits.maximumBytes = newValue }
    }
    package var segmenter = Segmenter()
    package var extractor = Extractor()
    /// The pipeline's own figures were just read by the recognizer; re-reading them is for
    /// records from elsewhere.
    public var validator = Validator(rereadsFigures: false)

    /// A pipeline reading inputs as `format` in `encoding` (nil: decided per input), within `limits`.
    public init(format: SourceInfo.Format? = nil, encoding: String? = nil, limits: Limits = .standard) {
        self.format = format
        self.encoding = encoding
        self.limits = limits
    }

    /// A pipeline with the standard limits except the size of one input, `maximumBytes` (`--max-bytes`).
    public init(format: SourceInfo.Format? = nil, encoding: String? = nil, maximumBytes: Int) {
        self.init(format: format, encoding: encoding)
        self.maximumBytes = maximumBytes
    }

    /// Converts the file at `path` ("-" reads standard input); `sourceName` as below.
    public func document(atPath path: String, sourceName: String? = nil) throws -> Document {
        let bytes =
            path == "-"
            ? try SourceFile.readAll(0, path: "-", maximumBytes: maximumBytes)
            : try SourceFile.read(path, maximumBytes: maximumBytes)
        return try document(from: bytes, name: path, sourceName: sourceName)
    }

    /// Converts source bytes; throws only when they cannot be read as a document at all.
    /// `name` is the input as errors name it; `sourceName`, when given, is the record's
    /// `source.name` (by default the last part of `name`).
    public func document(from bytes: [UInt8], name: String, sourceName: String? = nil) throws -> Document {
        // Each stage's output is the next one's only input.
        let ingested = try Ingest.read(
            bytes, name: name, sourceName: sourceName, format: format, encoding: encoding, limits: limits)
        let outline = segmenter.outline(of: ingested)
        let sections = outline.sectionCount
        guard sections <= limits.maximumSections else {
            throw GazetteError.overLimit(name, what: "\(sections) sections, more than \(limits.maximumSections)")
        }
        let extracted = extractor.document(from: outline, maximumFigures: limits.maximumFigures)
        guard !extracted.overLimit else {
            throw GazetteError.overLimit(name, what: "more than \(limits.maximumFigures) figures")
        }
        var document = extracted.document
        document.diagnostics = outline.origin.diagnostics + validator.diagnostics(for: document)
        return document
    }
}
