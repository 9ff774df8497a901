/// The marks that open a photo's caption: a circled number for numbered photos, an arrow
/// pointing at the photo. Ingest keeps a marked line beside its image; Segment reads it as a caption.
enum CaptionMarks {
    /// Circled numbers ①…⑳ and ❶…❿ mark numbered photos.
    static func isCircledNumber(_ scalar: Unicode.Scalar) -> Bool {
        (0x2460...0x2473).contains(scalar.value) || (0x2776...0x277F).contains(scalar.value)
            || (0x2780...0x2789).contains(scalar.value)
    }

    /// "▲ 新建成的……", "📷 整治后的……": an arrow pointing at the photo above or below, or a camera.
    static let pointers: Set<Unicode.Scalar> = ["▲", "△", "▼", "↑", "📷", "📸"]
}
