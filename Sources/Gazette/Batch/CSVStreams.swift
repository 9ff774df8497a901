import Foundation

/// The CSV tables of a batch, written as rows arrive: each table goes to a temporary file
/// beside its final name and is renamed into place at the end, so a killed run never leaves a
/// truncated table. The bytes are those `CSVEmitter` writes for all documents at once.
struct CSVStreams {
    private var handles: [(name: String, temporary: String, handle: FileHandle)] = []
    private let folder: String

    init(folder: String) throws {
        self.folder = folder
        for table in CSVEmitter.tables(for: []) {
            let temporary = folder + "/" + AtomicFile.temporaryName(for: table.name + ".csv")
            guard FileManager.default.createFile(atPath: temporary, contents: try table.headerData()),
                let handle = FileHandle(forWritingAtPath: temporary)
            else {
                throw GazetteError.writeFailed("\(folder)/\(table.name).csv", reason: "cannot create a temporary file")
            }
            handle.seekToEndOfFile()
            handles.append((table.name, temporary, handle))
        }
    }

    /// Appends encoded rows: for each document, one `Data` per table, in the tables' order.
    mutating func append(_ rows: [[Data]]) throws {
        for (index, entry) in handles.enumerated() {
            var chunk = Data()
            for document in rows where index < document.count { chunk.append(document[index]) }
            guard !chunk.isEmpty else { continue }
            do {
                try entry.handle.write(contentsOf: chunk)
            } catch {
                throw GazetteError.writeFailed("\(folder)/\(entry.name).csv", reason: "write failed")
            }
        }
    }

    mutating func finish() throws {
        for entry in handles {
            try? entry.handle.synchronize()
            try? entry.handle.close()
            if rename(entry.temporary, "\(folder)/\(entry.name).csv") != 0 {
                throw GazetteError.writeFailed("\(folder)/\(entry.name).csv", reason: String(cString: strerror(errno)))
            }
        }
        handles = []
    }

    /// Removes the temporary files of an unfinished run.
    mutating func discard() {
        for entry in handles {
            try? entry.handle.close()
            try? FileManager.default.removeItem(atPath: entry.temporary)
        }
        handles = []
    }
}
