import Dispatch
import Foundation
import Gazette

/// What `convert` does when it is interrupted (Ctrl-C's SIGINT, or SIGTERM from a job
/// runner): it removes the temporary files it was writing under the output folder and exits
/// with 128 + the signal's number, as shells expect. Finished files stay; a rerun finishes
/// the job.
enum Interruption {
    /// Keeps the signal sources alive for the life of the process.
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func cleanUp(_ folder: String) {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                AtomicFile.removeOwnTemporaries(in: folder)
                // _exit: no exit handlers run while the workers are still converting.
                _exit(128 + number)
            }
            source.resume()
            sources.append(source)
        }
    }
}
