#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes legacy encodings (GB18030 and its subsets) through the C library's iconv.
///
/// Undecodable bytes become U+FFFD, one per byte skipped, and are counted.
enum Iconv {
    struct Result {
        var text: String
        var replacements: Int
    }

    /// Returns nil when the C library does not know `encoding`.
    static func decode(_ bytes: [UInt8], from encoding: String) -> Result? {
        let descriptor = iconv_open("UTF-8", encoding)
        if descriptor == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(descriptor) }
        if bytes.isEmpty { return Result(text: "", replacements: 0) }

        var input = bytes
        var output = [UInt8](repeating: 0, count: 64 * 1024)
        var decoded = [UInt8]()
        decoded.reserveCapacity(bytes.count + bytes.count / 2)
        var replacements = 0
        input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                let outBase = UnsafeMutableRawPointer(outBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inPointer: UnsafeMutablePointer<CChar>? =
                    UnsafeMutableRawPointer(inBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                while inLeft > 0 {
                    var outPointer: UnsafeMutablePointer<CChar>? = outBase
                    var outLeft = outBuffer.count
                    let status = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                    let failure = status == -1 ? errno : 0
                    decoded.append(
                        contentsOf: UnsafeRawBufferPointer(
                            start: outBuffer.baseAddress, count: outBuffer.count - outLeft))
                    guard status == -1, failure != E2BIG else { continue }
                    // EILSEQ or EINVAL (a truncated sequence at the end): skip one byte.
                    replacements += 1
                    decoded.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    inPointer = inPointer.map { $0 + 1 }
                    inLeft -= 1
                }
            }
        }
        return Result(text: String(decoding: decoded, as: UTF8.self), replacements: replacements)
    }
}
