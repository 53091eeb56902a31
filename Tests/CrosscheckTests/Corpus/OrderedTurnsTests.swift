import Foundation
import Testing

@testable import Crosscheck

/// The serial sections of the reading jobs.
@Suite struct OrderedTurnsTests {
    final class Log: @unchecked Sendable {
        let lock = NSLock()
        var order: [Int] = []
        func append(_ value: Int) {
            lock.lock()
            order.append(value)
            lock.unlock()
        }
    }

    @Test func sectionsRunInTicketOrderWhateverTheThreads() {
        let turns = OrderedTurns()
        let log = Log()
        let pool = OrderedWorkPool<Int>(workers: 4, capacity: 64)
        defer { pool.shutdown() }
        for ticket in 0 ..< 64 {
            pool.submit {
                // Uneven work before the section, so later tickets often arrive first.
                var spin = 0
                for index in 0 ..< (64 - ticket) * 2_000 { spin &+= index }
                return turns.run(ticket: ticket) {
                    log.append(ticket)
                    return spin
                } ?? -1
            }
        }
        var results = 0
        while let outcome = pool.next(timeout: nil) {
            if case .done(let value) = outcome, value >= 0 { results += 1 }
        }
        #expect(results == 64)
        #expect(log.order == Array(0 ..< 64))
    }

    @Test func cancellingReleasesAJobWaitingForATurnThatNeverComes() {
        let turns = OrderedTurns()
        let pool = OrderedWorkPool<Bool>(workers: 1, capacity: 2)
        defer { pool.shutdown() }
        // Ticket 1 waits for ticket 0, which is never run.
        pool.submit { turns.run(ticket: 1) { true } ?? false }
        Thread.sleep(forTimeInterval: 0.05)
        turns.cancel()
        guard case .done(let ran) = pool.next(timeout: nil) else {
            Issue.record("the job did not finish")
            return
        }
        #expect(ran == false)
    }
}
