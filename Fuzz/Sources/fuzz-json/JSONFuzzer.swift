import Foundation
import Gazette

/// Arbitrary bytes through what `gazette validate` and `gazette load` do with extracts: the
/// JSON and NDJSON checks (syntax, schema, rules) and the record decoder, then a decoded
/// record written back out.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    let validator = ExtractValidator()
    _ = validator.findings(inJSON: bytes, file: "fuzz.json")
    _ = validator.findings(inNDJSON: bytes, file: "fuzz.ndjson")
    if let document = try? JSONEmitter.document(from: Data(bytes)) {
        _ = JSONEmitter.bytes(document, pretty: false)
    }
    for line in bytes.split(separator: 0x0A) where line.contains(where: { $0 > 0x20 }) {
        _ = JSONEmitter.record(fromLine: Data(line))
    }
    return 0
}
