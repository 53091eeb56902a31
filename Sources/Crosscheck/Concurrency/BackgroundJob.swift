#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

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
/// The thread is a plain POSIX thread (Foundation's `Thread` cost about 0.3 ms of CPU more to start, measured on a
/// 100 KB diff), detached, with the system's default stack. If no thread can be started, the work runs at once on
/// the caller's thread. Starting one still costs tens of microseconds and some page faults, so callers use it only
/// for work of a millisecond or more.
public final class BackgroundJob<Value: Sendable>: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private let condition: UnsafeMutablePointer<pthread_cond_t>
    /// Set once by the worker thread, under `mutex`.
    private var result: Value?

    /// Starts `work` on a new thread (or runs it now, if no thread can be started).
    /// - Parameter work: The work; it must not touch anything the caller changes before ``value()`` returns.
    public init(_ work: @escaping @Sendable () -> Value) {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
        condition = .allocate(capacity: 1)
        condition.initialize(to: pthread_cond_t())
        pthread_cond_init(condition, nil)
        let finish: @Sendable () -> Void = { [self] in
            let computed = work()
            pthread_mutex_lock(mutex)
            result = computed
            pthread_cond_signal(condition)
            pthread_mutex_unlock(mutex)
        }
        if !DetachedThread.start(finish) { finish() }
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    /// Waits for the work to finish and returns its result.
    /// - Returns: What the work returned.
    /// - Complexity: Blocks until the work is done.
    public func value() -> Value {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        while true {
            if let result { return result }
            pthread_cond_wait(condition, mutex)
        }
    }
}

/// Starts a closure on a detached POSIX thread (not generic, so its entry point can be a C function).
private final class DetachedThread {
    private let body: @Sendable () -> Void

    private init(_ body: @escaping @Sendable () -> Void) {
        self.body = body
    }

    /// Runs `body` on a new detached thread.
    /// - Returns: `false` if no thread could be started (`body` has not run).
    static func start(_ body: @escaping @Sendable () -> Void) -> Bool {
        let context = Unmanaged.passRetained(DetachedThread(body)).toOpaque()
        var attributes = pthread_attr_t()
        guard pthread_attr_init(&attributes) == 0 else {
            Unmanaged<DetachedThread>.fromOpaque(context).release()
            return false
        }
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        #if canImport(Darwin)
            var thread: pthread_t?
            let code = pthread_create(
                &thread, &attributes,
                { raw in
                    Unmanaged<DetachedThread>.fromOpaque(raw).takeRetainedValue().body()
                    return nil
                }, context)
        #else
            var thread = pthread_t()
            let code = pthread_create(
                &thread, &attributes,
                { raw in
                    guard let raw else { return nil }
                    Unmanaged<DetachedThread>.fromOpaque(raw).takeRetainedValue().body()
                    return nil
                }, context)
        #endif
        if code != 0 {
            Unmanaged<DetachedThread>.fromOpaque(context).release()
            return false
        }
        return true
    }
}
