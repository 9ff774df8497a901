extension String {
    /// The string of `scalars`, encoded to UTF-8 in one pass. `String(String.UnicodeScalarView(_:))`
    /// appends scalar by scalar and was a hot spot wherever a slice of a paragraph becomes text.
    init<Scalars: Collection>(scalars: Scalars) where Scalars.Element == Unicode.Scalar {
        var capacity = 0
        for scalar in scalars { capacity += UTF8.width(scalar) }
        guard capacity > 0 else {
            self = ""
            return
        }
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var count = 0
            for scalar in scalars {
                UTF8.encode(scalar) { unit in
                    buffer[count] = unit
                    count += 1
                }
            }
            return count
        }
    }
}
