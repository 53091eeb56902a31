import Foundation

/// A piece of work started on a thread of its own, whose result the caller collects later: the simplest fork-join,
/// for overlapping two independent parts of one command on a second core (reading the second input while the first
/// is read, counting words while other text is tokenized).
///
/// ```swift
/// let counting = BackgroundJob { countWords(in: unchanged) }
/// let tokens = tokenize(changed)
/// let words = counting.value()
/// ```
///
/// Starting a thread costs tens of microseconds, so callers use it only for work of a millisecond or more.
public final class BackgroundJob<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    /// Set once by the worker thread, under `condition`.
    private var result: Value?

    /// Starts `work` on a new thread.
    /// - Parameter work: The work; it must not touch anything the caller changes before ``value()`` returns.
    public init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            let computed = work()
            condition.lock()
            result = computed
            condition.signal()
            condition.unlock()
        }
        thread.start()
    }

    /// Waits for the work to finish and returns its result.
    /// - Returns: What the work returned.
    /// - Complexity: Blocks until the work is done.
    public func value() -> Value {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let result { return result }
            condition.wait()
        }
    }
}
