import Foundation
import Gazette

/// The documents of a load as the loaders write them, shared by SQLite and PostgreSQL: one
/// entry per document id (the same source met under two names is one document with both
/// names, even when the names come in different batches), each with its rows in
/// `RecordTables` order and the time of loading on its documents row.
struct LoadPlan {
    struct Entry: Sendable {
        var document: Document
        var names: [String]
    }

    /// The names each document of this load has been met under so far.
    private var names: [String: [String]] = [:]

    /// The entries of the next batch: one per id, carrying every name the id had in this load.
    mutating func entries(_ documents: [Document]) -> [Entry] {
        var entries: [Entry] = []
        var positions: [String: Int] = [:]
        for document in documents {
            let id = document.id
            if !names[id, default: []].contains(document.source.name) {
                names[id, default: []].append(document.source.name)
            }
            if let position = positions[id] {
                entries[position].document = document
            } else {
                positions[id] = entries.count
                entries.append(Entry(document: document, names: []))
            }
        }
        for index in entries.indices { entries[index].names = names[entries[index].document.id] ?? [] }
        return entries
    }

    /// The tables that hang off a document, emptied before it is written again.
    static let children = RecordTables.layouts.map(\.name).filter { $0 != "documents" }

    /// The rows of each entry of a batch, made on all cores while the database waits.
    static func rows(for batch: [Entry], loadedAt: String) -> [[[[SQLValue]]]] {
        let parts = max(1, min(batch.count, ProcessInfo.processInfo.activeProcessorCount))
        let made = RowsBox(count: batch.count)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            for index in stride(from: part, to: batch.count, by: parts) {
                made.set(index, rows(for: batch[index], loadedAt: loadedAt))
            }
        }
        return made.rows
    }

    /// The rows of an entry, table by table; the documents row ends with `loadedAt`.
    static func rows(for entry: Entry, loadedAt: String) -> [[[SQLValue]]] {
        var tables = RecordTables.rows(for: entry.document)
        tables[0][0].append(.text(loadedAt))
        tables[1] = entry.names.map { [.text(entry.document.id), .text($0)] }
        return tables
    }
}

/// Rows made by several threads, each writing only the slots of its own entries.
private final class RowsBox: @unchecked Sendable {
    var rows: [[[[SQLValue]]]]
    private let lock = NSLock()

    init(count: Int) {
        rows = Array(repeating: [], count: count)
    }

    func set(_ index: Int, _ value: [[[SQLValue]]]) {
        lock.lock()
        rows[index] = value
        lock.unlock()
    }
}
