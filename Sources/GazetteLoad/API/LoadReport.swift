/// What a load did: rows written per table, and the documents that failed, each alone.
public struct LoadReport: Sendable, Equatable {
    /// Rows written per table, by table name ("documents": 12, "figures": 1480).
    public var counts: [String: Int] = [:]
    /// The documents that could not be written, by name, with the database's reason.
    public var failures: [Failure] = []
    /// Documents written (a source met under several names counts once per batch it is in).
    public var documents = 0

    /// A document the database refused, with its reason.
    public struct Failure: Sendable, Equatable {
        /// The document's id, and the names it was met under.
        public var document: String
        /// The names the document was met under, joined by ", ".
        public var name: String
        /// The database's reason for refusing it.
        public var reason: String
    }

    mutating func add(_ other: LoadReport) {
        counts.merge(other.counts, uniquingKeysWith: +)
        failures += other.failures
        documents += other.documents
    }
}
