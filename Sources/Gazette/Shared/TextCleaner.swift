/// Normalizes the whitespace of one paragraph: trims blanks at both ends (ASCII, full-width
/// U+3000, no-break spaces, zero-width marks), turns inner runs of blanks into one space and
/// drops control characters. Letters, digits and punctuation are kept exactly as written.
enum TextCleaner {
    /// "——澜州港开港三十周年发展纪实" → "澜州港开港三十周年发展纪实": a subtitle's dash.
    static func withoutLeadingDashes(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars[...]
        while let first = scalars.first, first == "—" || first == "－" || first == "-" || TextCleaner.isBlank(first) {
            scalars = scalars.dropFirst()
        }
        return scalars.isEmpty ? text : String(scalars)
    }

    /// A Latin letter, half- or full-width ("A", "ｚ").
    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value >= 0x41 && scalar.value <= 0x5A) || (scalar.value >= 0x61 && scalar.value <= 0x7A)
            || (scalar.value >= 0xFF21 && scalar.value <= 0xFF3A) || (scalar.value >= 0xFF41 && scalar.value <= 0xFF5A)
    }

    /// A Chinese character (CJK Unified Ideographs and their extensions).
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
            || (0x20000...0x2FFFF).contains(scalar.value)
    }

    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0xA0, 0x3000, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0xFEFF, 0x200C, 0x200D: true
        default: false
        }
    }

    /// `clean` for a whole string, returning it untouched when there is nothing to clean.
    static func clean(_ text: String) -> String {
        var previousBlank = true
        var needsWork = false
        for scalar in text.unicodeScalars {
            let blank = isBlank(scalar) || scalar == "\n" || scalar == "\r"
            if (blank && (previousBlank || scalar != " ")) || scalar.value < 0x20 || scalar.value == 0x7F {
                needsWork = true
                break
            }
            previousBlank = blank
        }
        if !needsWork && !previousBlank { return text }
        return clean(text.unicodeScalars)
    }

    static func clean<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var out: [UInt8] = []
        out.reserveCapacity(scalars.underestimatedCount * 3)
        var pendingSpace = false
        var pendingBreak = false
        var previous: Unicode.Scalar?
        for scalar in scalars {
            if isBlank(scalar) || scalar == "\n" || scalar == "\r" {
                pendingSpace = !out.isEmpty
                if scalar == "\n" || scalar == "\r" { pendingBreak = true }
                continue
            }
            if scalar.value < 0x20 || scalar.value == 0x7F { continue }
            // A line break in the source between two Chinese characters is no space (Word wraps
            // its HTML in the middle of words).
            if pendingSpace,
                !(pendingBreak && previous.map(TextCleaner.isCJK) == true && TextCleaner.isCJK(scalar))
            {
                out.append(0x20)
            }
            pendingSpace = false
            pendingBreak = false
            UTF8.encode(scalar) { out.append($0) }
            previous = scalar
        }
        return String(decoding: out, as: UTF8.self)
    }
}
