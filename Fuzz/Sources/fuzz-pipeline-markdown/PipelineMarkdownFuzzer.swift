import Foundation
import Gazette

/// The whole pipeline on arbitrary bytes read as a Markdown announcement (headings, lists,
/// tables, images, links, front matter), then the record written as JSON. Thrown errors are
/// fine (unreadable input); only crashes are findings.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    guard let document = try? Pipeline(format: .markdown).document(from: bytes, name: "fuzz.md") else { return 0 }
    _ = try? JSONEmitter.data(document, pretty: false)
    return 0
}
