/// Document numbers: the issuing office's code, the year in 〔〕 and a serial, "渝中府办发〔2025〕12号".
enum DocumentNumber {
    static let openers: Set<Unicode.Scalar> = ["〔", "[", "［", "（", "(", "【"]
    static let closers: Set<Unicode.Scalar> = ["〕", "]", "］", "）", ")", "】"]

    static func find(in line: String) -> String? {
        let s = Array(line.unicodeScalars)
        guard s.count <= 60 else { return nil }
        for index in s.indices where openers.contains(s[index]) {
            guard index + 6 < s.count, (1...4).allSatisfy({ NumeralReader.digit(s[index + $0]) != nil }),
                closers.contains(s[index + 5])
            else { continue }
            var end = index + 6
            while end < s.count, NumeralReader.digit(s[end]) != nil { end += 1 }
            guard end > index + 6, end < s.count, s[end] == "号" else { continue }
            var start = index
            while start > 0, TextCleaner.isCJK(s[start - 1]) { start -= 1 }
            guard index - start >= 2 else { continue }
            return String(scalars: s[start...end])
        }
        return nil
    }
}
