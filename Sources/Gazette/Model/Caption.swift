/// A photo caption ("①……", "图1 ……", "▲ ……"), kept apart from section bodies.
public struct Caption: Codable, Sendable, Equatable {
    /// The caption's own marker ("①", "图1", "▲"), or nil when it had none.
    public var marker: String?
    public var text: String
    /// The `src` (or `data-src`) of the image the caption belongs to, on HTML pages.
    public var image: String?

    public init(marker: String?, text: String, image: String? = nil) {
        self.marker = marker
        self.text = text
        self.image = image
    }

    enum CodingKeys: String, CodingKey { case marker, text, image }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(marker, forKey: .marker)
        try container.encode(text, forKey: .text)
        try container.encodeIfPresent(image, forKey: .image)
    }
}
