import Foundation
import Gazette

/// The figure and date recognizers on arbitrary text, as `gazette figures --numbers --dates`
/// runs them, with and without bare numbers. Besides crashes, a mention whose offsets do not
/// slice out its own text breaks the documented contract and stops the fuzzer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let paragraph = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let scalars = Array(paragraph.unicodeScalars)
    for bareNumbers in [false, true] {
        let figures = Pipeline.figures(in: paragraph, includingBareNumbers: bareNumbers)
        for figure in figures {
            checkSlice(figure.text, figure.start, figure.end, of: scalars, what: "figure")
        }
        _ = JSONEmitter.bytes(figures: figures, dates: [], pretty: false)
    }
    for (year, title) in [(nil, nil), (2025, "2026年部分节假日安排")] as [(Int?, String?)] {
        let dates = Pipeline.dates(in: paragraph, publicationYear: year, title: title)
        for date in dates {
            checkSlice(date.text, date.start, date.end, of: scalars, what: "date")
        }
        _ = JSONEmitter.bytes(figures: [], dates: dates, pretty: false)
    }
    return 0
}

/// `start..<end` are Unicode scalar offsets into the paragraph and the slice equals `text`.
private func checkSlice(_ text: String, _ start: Int, _ end: Int, of scalars: [Unicode.Scalar], what: String) {
    guard 0 <= start, start <= end, end <= scalars.count else {
        fatalError("\(what) \(text.debugDescription) has offsets \(start)..<\(end) outside 0..<\(scalars.count)")
    }
    let slice = String(String.UnicodeScalarView(scalars[start..<end]))
    guard slice == text else {
        fatalError("\(what) \(text.debugDescription) at \(start)..<\(end) slices \(slice.debugDescription)")
    }
}
