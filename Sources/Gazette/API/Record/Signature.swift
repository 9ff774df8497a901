/// The close of an official document: the issuing organs, the date it was signed, and how
/// it is released ("此件公开发布").
public struct Signature: Decodable, Sendable, Equatable {
    /// The issuing organs, one per line as printed ("澜江省人民政府办公厅").
    public var organizations: [String]
    /// The date under them, ISO 8601 ("2025-03-12"); nil when none is printed.
    public var date: String?
    /// The release note without its brackets ("此件公开发布"), or nil.
    public var release: String?

    /// A signature with the given organs, date and release note; empty unless given.
    public init(organizations: [String] = [], date: String? = nil, release: String? = nil) {
        self.organizations = organizations
        self.date = date
        self.release = release
    }
}
