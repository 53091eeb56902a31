import Foundation

/// A fixed set of worker threads that run submitted jobs and hand their results back in submission order.
///
/// The caller keeps the pipeline bounded: it submits while ``isFull`` is false and otherwise takes the oldest
/// result with ``next(timeout:)``, which blocks until that job is done. A job running longer than the timeout is
/// abandoned: ``next(timeout:)`` returns `.timedOut` for it, a replacement worker starts so the pool keeps its
/// size, and the abandoned job's result is dropped when it ends (Swift threads cannot be killed, so it still runs
/// to completion in the background).
final class OrderedWorkPool<Output: Sendable>: @unchecked Sendable {
    /// The outcome of one job.
    enum Outcome {
        /// The job's result.
        case done(Output)
        /// The job ran longer than the timeout and was abandoned.
        case timedOut
    }

    private let condition = NSCondition()
    private var queue: [(Int, @Sendable () -> Output)] = []
    private var queueHead = 0
    private var results: [Int: Output] = [:]
    private var started: [Int: ContinuousClock.Instant] = [:]
    private var abandoned: Set<Int> = []
    private var surplus = 0
    private var submitted = 0
    private var delivered = 0
    private var stopping = false
    private var threads = 0
    /// The most jobs submitted but not yet taken back.
    let capacity: Int

    /// Starts the workers.
    /// - Parameters:
    ///   - workers: The number of threads (at least 1).
    ///   - capacity: The most jobs in flight (at least `workers`).
    init(workers: Int, capacity: Int) {
        self.capacity = max(capacity, workers, 1)
        for _ in 0 ..< max(workers, 1) { startWorker() }
    }

    /// Stops the workers once they finish their current job; queued jobs are not run. Call it when done: the
    /// threads keep the pool alive until then.
    func shutdown() {
        condition.lock()
        stopping = true
        condition.broadcast()
        condition.unlock()
    }

    /// Whether ``capacity`` jobs are in flight.
    var isFull: Bool {
        condition.lock()
        defer { condition.unlock() }
        return submitted - delivered >= capacity
    }

    /// Whether no job is in flight.
    var isEmpty: Bool {
        condition.lock()
        defer { condition.unlock() }
        return submitted == delivered
    }

    /// Queues a job.
    /// - Parameter job: The work; runs on a worker thread.
    func submit(_ job: @escaping @Sendable () -> Output) {
        condition.lock()
        queue.append((submitted, job))
        submitted += 1
        condition.broadcast()
        condition.unlock()
    }

    /// Returns the oldest job's result if it is ready, without waiting.
    /// - Returns: The outcome, or `nil` if none is ready.
    func poll() -> Outcome? {
        condition.lock()
        defer { condition.unlock() }
        guard delivered < submitted, let result = results.removeValue(forKey: delivered) else { return nil }
        started[delivered] = nil
        delivered += 1
        return .done(result)
    }

    /// Waits for the oldest job's result.
    /// - Parameter timeout: The longest the job may run, in seconds, counted from when a worker started it;
    ///   `nil` waits for ever.
    /// - Returns: The outcome, or `nil` when no job is in flight.
    func next(timeout: Double?) -> Outcome? {
        condition.lock()
        defer { condition.unlock() }
        guard delivered < submitted else { return nil }
        while true {
            if let result = results.removeValue(forKey: delivered) {
                started[delivered] = nil
                delivered += 1
                return .done(result)
            }
            if let timeout, let start = started[delivered] {
                let elapsed = ContinuousClock.now - start
                let limit = Duration.milliseconds(Int64(timeout * 1000))
                if elapsed >= limit {
                    abandoned.insert(delivered)
                    started[delivered] = nil
                    delivered += 1
                    surplus += 1
                    startWorker()
                    return .timedOut
                }
                let remaining = limit - elapsed
                let (whole, fraction) = remaining.components
                _ = condition.wait(
                    until: Date(timeIntervalSinceNow: min(Double(whole) + Double(fraction) / 1e18, 0.5) + 0.001))
            } else if timeout != nil {
                _ = condition.wait(until: Date(timeIntervalSinceNow: 0.05))
            } else {
                condition.wait()
            }
        }
    }

    // MARK: - Workers

    /// Starts one worker thread; call with the lock held or before any job is submitted.
    private func startWorker() {
        threads += 1
        let thread = Thread { [self] in work() }
        thread.stackSize = 8 << 20
        thread.start()
    }

    private func work() {
        while true {
            condition.lock()
            while queueHead == queue.count && !stopping { condition.wait() }
            if stopping {
                condition.unlock()
                return
            }
            let (id, job) = queue[queueHead]
            queueHead += 1
            // Taken jobs still hold what their closures captured: drop them soon.
            if queueHead >= 16 {
                queue.removeFirst(queueHead)
                queueHead = 0
            }
            started[id] = ContinuousClock.now
            condition.unlock()
            let output = job()
            condition.lock()
            if abandoned.remove(id) != nil {
                if surplus > 0 {
                    surplus -= 1
                    threads -= 1
                    condition.unlock()
                    return
                }
            } else {
                results[id] = output
                condition.broadcast()
            }
            condition.unlock()
        }
    }
}
