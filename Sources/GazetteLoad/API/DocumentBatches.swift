import Foundation
import Gazette

/// Documents handed to a loader a batch at a time, so a load of many files holds one batch in
/// memory and writes while it reads: an array, or a closure that reads the next documents (nil
/// when there are none). One loader reads it, in transactions of its batch size.
public struct DocumentBatches: @unchecked Sendable {
    /// Documents per transaction unless told otherwise: large enough that commits cost little,
    /// small enough that an interrupted load loses little work.
    public static let defaultSize = 250

    private let next: () -> [Document]?
    private var pending: ArraySlice<Document> = []

    /// Documents as `next` reads them, called each time the loader wants more until it returns nil.
    public init(_ next: @escaping () -> [Document]?) {
        self.next = next
    }

    /// All of `documents`, handed over at once (the loader still commits them in batches).
    public init(_ documents: [Document]) {
        var handed = false
        self.init {
            defer { handed = true }
            return handed ? nil : documents
        }
    }

    /// The next `size` documents at most, nil when none are left.
    mutating func next(upTo size: Int) -> [Document]? {
        if pending.isEmpty, let more = next() { pending = more[...] }
        guard !pending.isEmpty else { return nil }
        let batch = Array(pending.prefix(size))
        pending = pending.dropFirst(batch.count)
        return batch
    }

}
