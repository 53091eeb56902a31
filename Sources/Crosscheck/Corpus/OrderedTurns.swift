import Foundation

/// A serial section inside jobs that run in parallel: each job holds a ticket (0, 1, 2, … in submission order) and
/// runs its section only after every earlier ticket has run its own, so the sections run one at a time, in ticket
/// order, on whichever threads the jobs happen to run on.
///
/// This is how the corpus pipeline keeps its order-dependent steps (reading the inputs, the document frequencies of
/// ``SalientProfiler``) deterministic while the jobs around them run on several workers. Jobs must be started in
/// ticket order (``OrderedWorkPool`` starts them in submission order), so the job holding the next ticket is
/// always running and no job waits for ever; ``cancel()`` releases the waiters when the pool stops early.
final class OrderedTurns: @unchecked Sendable {
    private let condition = NSCondition()
    private var next = 0
    private var cancelled = false

    /// Creates the turns; ticket 0 goes first.
    init() {}

    /// Runs `body` once every ticket before `ticket` has run its section.
    /// - Parameters:
    ///   - ticket: The job's ticket; every ticket must be used exactly once.
    ///   - body: The serial section.
    /// - Returns: What `body` returns, or `nil` when the turns were cancelled before this ticket's turn came.
    func run<Result>(ticket: Int, _ body: () -> Result) -> Result? {
        condition.lock()
        while next != ticket && !cancelled { condition.wait() }
        guard !cancelled else {
            condition.unlock()
            return nil
        }
        condition.unlock()
        let result = body()
        condition.lock()
        next += 1
        condition.broadcast()
        condition.unlock()
        return result
    }

    /// Lets every waiting and future ``run(ticket:_:)`` return `nil` without running its section.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
