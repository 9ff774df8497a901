/// The whole conversion, one value-in value-out stage after another:
/// Ingest (bytes → blocks) → Segment (blocks → outline) → Extract (outline → document) → Validate.
public struct Pipeline: Sendable {
    public var format: SourceInfo.Format?
    public var encoding: String?
    public var maximumBytes: Int
    public var segmenter = Segmenter()
    public var extractor = Extractor()
    /// The pipeline's own figures were just read by the recognizer; re-reading them is for
    /// records from elsewhere.
    public var validator = Validator(rereadsFigures: false)

    public init(format: SourceInfo.Format? = nil, encoding: String? = nil, maximumBytes: Int = SourceFile.defaultMaximumBytes) {
        self.format = format
        self.encoding = encoding
        self.maximumBytes = maximumBytes
    }

    /// Converts the file at `path` ("-" reads standard input).
    public func document(atPath path: String) throws -> Document {
        let bytes = path == "-"
            ? try SourceFile.readAll(0, path: "-", maximumBytes: maximumBytes)
            : try SourceFile.read(path, maximumBytes: maximumBytes)
        return try document(from: bytes, name: path)
    }

    /// Converts source bytes; throws only when they cannot be read as a document at all.
    public func document(from bytes: [UInt8], name: String) throws -> Document {
        let ingested = try Ingest.read(bytes, name: name, format: format, encoding: encoding)
        let outline = segmenter.outline(of: ingested.blocks, titleHint: ingested.titleHint)
        let metadata = MetadataReader.read(
            bylines: ingested.hints.bylines, lines: outline.trailer, meta: ingested.hints.meta, canonicalURL: ingested.hints.canonicalURL)
        var document = extractor.document(from: outline, source: ingested.source, metadata: metadata, tables: ingested.tables)
        document.diagnostics = ingested.diagnostics + validator.diagnostics(for: document)
        return document
    }
}
