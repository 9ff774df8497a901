import Foundation

/// Work on the inputs of a batch, spread over threads: each thread takes the next input when it
/// is free, and the outcomes come back in input order whatever the threads did.
enum ConcurrentWork {
    /// `work(index)` for every index below `count`, on at most `threads` threads.
    static func map<Outcome: Sendable>(
        _ count: Int, threads: Int, _ work: @Sendable (Int) -> Outcome
    ) -> [Outcome] {
        let slots = Slots<Outcome>(count: count)
        DispatchQueue.concurrentPerform(iterations: max(1, min(threads, count))) { _ in
            while let index = slots.claim() {
                slots.store(work(index), at: index)
            }
        }
        return slots.outcomes
    }
}

/// Outcomes filled in by several threads; every access holds the lock.
private final class Slots<Outcome>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Outcome?]
    private var next = 0

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ outcome: Outcome, at index: Int) {
        lock.lock()
        slots[index] = outcome
        lock.unlock()
    }

    var outcomes: [Outcome] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
