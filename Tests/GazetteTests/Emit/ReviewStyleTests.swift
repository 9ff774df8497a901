import Foundation
import Testing

@testable import Gazette

/// The review pages' colours, read from the style sheet itself: every text colour keeps a
/// contrast of at least 7:1 (WCAG's AAA) on each background it is drawn on.
@Suite struct ReviewStyleTests {
    /// The `--name:#rrggbb` variables of the style sheet.
    static let variables: [String: String] = {
        var found: [String: String] = [:]
        let sheet = ReviewStyle.page
        var rest = Substring(sheet)
        while let start = rest.range(of: "--") {
            let tail = rest[start.upperBound...]
            guard let colon = tail.firstIndex(of: ":"), tail[tail.index(after: colon)...].hasPrefix("#") else {
                rest = tail
                continue
            }
            let name = String(tail[..<colon])
            let value = tail[tail.index(after: colon)...].prefix { $0 == "#" || $0.isHexDigit }
            found[name] = String(value)
            rest = tail[colon...]
        }
        return found
    }()

    static func luminance(_ hex: String) -> Double {
        var digits = Array(hex.dropFirst())
        if digits.count == 3 { digits = digits.flatMap { [$0, $0] } }
        let channels = stride(from: 0, to: 6, by: 2).map {
            Double(Int(String(digits[$0..<($0 + 2)]), radix: 16)!) / 255
        }
        let linear = channels.map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    }

    static func contrast(_ one: String, _ other: String) -> Double {
        let (a, b) = (luminance(one), luminance(other))
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    static func color(_ name: String) throws -> String {
        try #require(variables[name], "no --\(name) in the style sheet")
    }

    @Test func theStyleSheetDefinesItsColours() {
        #expect(
            Set(["ink", "muted", "paper", "panel", "fig", "date", "org", "err", "warn", "info"]).isSubset(
                of: Self.variables.keys))
    }

    /// Text colours and the backgrounds the sheet draws them on (the failing row's pink too).
    @Test(arguments: [
        ("ink", ["paper", "panel", "fig", "date", "org", "#fff4f4"]),
        ("muted", ["paper", "panel"]),
        ("err", ["paper", "panel", "#fff4f4"]),
        ("warn", ["paper", "panel", "#fff4f4"]),
        ("info", ["paper", "panel", "#fff4f4"]),
        ("paper", ["ink"]),
    ])
    func textKeepsSevenToOneOnItsBackgrounds(text: String, backgrounds: [String]) throws {
        let foreground = try Self.color(text)
        for background in backgrounds {
            let fill = background.hasPrefix("#") ? background : try Self.color(background)
            let ratio = Self.contrast(foreground, fill)
            #expect(ratio >= 7, "--\(text) on \(background): \(ratio)")
        }
    }
}
