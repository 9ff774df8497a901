/// A photo caption ("①……", "图1 ……", "▲ ……"), kept apart from section bodies.
public struct Caption: Decodable, Sendable, Equatable {
    /// The caption's own marker ("①", "图1", "▲"), or nil when it had none.
    public var marker: String?
    /// The caption's text without its marker ("改造后的小区").
    public var text: String
    /// The `src` (or `data-src`) of the image the caption belongs to, on HTML pages.
    public var image: String?
    /// Figures of the caption's text (`paragraph` 0; offsets into `text`).
    public var figures: [Figure]
    /// Dates of the caption's text (`paragraph` 0).
    public var dates: [DateMention]

    /// A caption with its marker and text, the image it belongs to on an HTML page, and the figures and dates
    /// of its text.
    public init(marker: String?, text: String, image: String? = nil, figures: [Figure] = [], dates: [DateMention] = [])
    {
        self.marker = marker
        self.text = text
        self.image = image
        self.figures = figures
        self.dates = dates
    }

    enum CodingKeys: String, CodingKey { case marker, text, image, figures, dates }

    /// Reads captions of records before schema 1.3 too, which have no figures or dates.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            marker: try container.decodeIfPresent(String.self, forKey: .marker),
            text: try container.decode(String.self, forKey: .text),
            image: try container.decodeIfPresent(String.self, forKey: .image),
            figures: try container.decodeIfPresent([Figure].self, forKey: .figures) ?? [],
            dates: try container.decodeIfPresent([DateMention].self, forKey: .dates) ?? [])
    }
}
