import Foundation
import Gazette

/// The records committed in `Output/`, read back: the documents the loader tests load.
package enum CommittedOutput {
    package static let documents: [Document] = {
        let folder = GazetteBinary.repositoryRoot.appendingPathComponent("Output")
        let files =
            (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { $0.hasSuffix(".json") }
            .sorted() ?? []
        return files.compactMap { try? JSONEmitter.document(from: Data(contentsOf: folder.appendingPathComponent($0))) }
    }()
}
