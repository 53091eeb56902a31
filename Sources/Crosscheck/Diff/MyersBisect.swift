/// The middle-snake search of Myers' linear-space O(ND) algorithm ("An O(ND) Difference Algorithm and Its
/// Variations", 1986), with the same diagonal order, tie-breaking and grid clipping as google/diff-match-patch's
/// `diff_bisect`, so that both produce the same split points.
///
/// The two V arrays are allocated once and reused; only the cells a round can read are (re)initialised, so a search
/// that stops after `d` rounds costs O(d²) plus the snake lengths, never O(n + m) setup.
final class MyersBisect {
    /// The outcome of one middle-snake search.
    enum Outcome: Equatable {
        /// The forward and reverse paths met: `a[..<x]`/`b[..<y]` and `a[x...]`/`b[y...]` can be diffed separately
        /// and the concatenation of their shortest scripts is a shortest script.
        case split(x: Int, y: Int)
        /// The sequences have no element in common.
        case disjoint
        /// The search reached its round limit: `a[..<x]`/`b[..<y]` is the furthest point a forward path reached, a valid
        /// but not necessarily optimal split (the heuristic of git's xdiff).
        case heuristic(x: Int, y: Int)
        /// The work budget ran out before the paths met.
        case exhausted
    }

    /// A heuristic split prefers points at the end of a common run at least this long.
    static let longSnake = 16

    private var forward: UnsafeMutablePointer<Int32>
    private var reverse: UnsafeMutablePointer<Int32>
    private var capacity: Int

    init() {
        capacity = 64
        forward = .allocate(capacity: capacity)
        reverse = .allocate(capacity: capacity)
    }

    deinit {
        forward.deallocate()
        reverse.deallocate()
    }

    private func reserve(_ count: Int) {
        guard count > capacity else { return }
        forward.deallocate()
        reverse.deallocate()
        capacity = max(count, capacity * 2)
        forward = .allocate(capacity: capacity)
        reverse = .allocate(capacity: capacity)
    }

    /// Finds the middle snake of `a[0 ..< n]` and `b[0 ..< m]`.
    /// - Parameters:
    ///   - a: The old elements (need not be trimmed, but both must be non-empty for a useful answer).
    ///   - n: Number of old elements.
    ///   - b: The new elements.
    ///   - m: Number of new elements.
    ///   - budget: Remaining work units; decreased by the work done. The search stops with ``Outcome/exhausted`` at
    ///     the start of a round when it is used up.
    ///   - maxRounds: After this many rounds without meeting, return the furthest forward point instead
    ///     (``Outcome/heuristic(x:y:)``); `Int.max` for an exact search.
    /// - Returns: Where to split, or why not.
    /// - Complexity: O((n + m) · D) time for edit distance D, O(D) initialisation, O(n + m) space (reused).
    func middleSnake(
        _ a: UnsafePointer<Int32>, _ n: Int, _ b: UnsafePointer<Int32>, _ m: Int, budget: inout Int,
        maxRounds: Int = .max
    ) -> Outcome {
        let maxD = (n + m + 1) / 2
        let offset = maxD + 2
        reserve(2 * maxD + 5)
        let v1 = forward + offset
        let v2 = reverse + offset
        v1[-1] = -1
        v1[0] = -1
        v1[1] = 0
        v2[-1] = -1
        v2[0] = -1
        v2[1] = 0
        let delta = n - m
        let front = delta & 1 != 0
        var k1start = 0
        var k1end = 0
        var k2start = 0
        var k2end = 0
        var work = 0
        defer { budget -= work }
        for d in 0 ..< maxD {
            if work >= budget { return .exhausted }
            if d > maxRounds {
                // The furthest point (largest x + y) of the previous forward round, preferring points that end a
                // long snake, i.e. lie on a real common stretch rather than on chance matches of common elements
                // (git's xdiff does the same).
                var best = (x: 0, y: 0)
                var bestAny = (x: 0, y: 0)
                var k = -(d - 1) + k1start
                while k <= (d - 1) - k1end {
                    let x = Int(v1[k])
                    let y = x - k
                    if x <= n && y <= m && x >= 0 && y >= 0 {
                        if x + y > bestAny.x + bestAny.y { bestAny = (x, y) }
                        if x + y > best.x + best.y {
                            var run = 0
                            while run < Self.longSnake && x - 1 - run >= 0 && y - 1 - run >= 0
                                && a[x - 1 - run] == b[y - 1 - run]
                            {
                                run += 1
                            }
                            work += run
                            if run == Self.longSnake { best = (x, y) }
                        }
                    }
                    k += 2
                }
                if best.x + best.y == 0 { best = bestAny }
                return best.x + best.y > 0 ? .heuristic(x: best.x, y: best.y) : .exhausted
            }
            if d > 0 {
                v1[-d - 1] = -1
                v1[d + 1] = -1
                v2[-d - 1] = -1
                v2[d + 1] = -1
            }
            // The reverse array is initialised on [-(d+1), d+1]; cells outside it were never written in this search.
            let initialised = d + 1
            var k1 = -d + k1start
            while k1 <= d - k1end {
                var x1: Int
                if k1 == -d || (k1 != d && v1[k1 - 1] < v1[k1 + 1]) {
                    x1 = Int(v1[k1 + 1])
                } else {
                    x1 = Int(v1[k1 - 1]) + 1
                }
                var y1 = x1 - k1
                if _slowPath(x1 < 0 || y1 < 0) { return .exhausted }
                let x0 = x1
                while x1 < n && y1 < m && a[x1] == b[y1] {
                    x1 += 1
                    y1 += 1
                }
                work += 1 + x1 - x0
                v1[k1] = Int32(truncatingIfNeeded: x1)
                if x1 > n {
                    k1end += 2
                } else if y1 > m {
                    k1start += 2
                } else if front {
                    let k2 = delta - k1
                    if k2 >= -maxD && k2 < maxD && k2 >= -initialised && k2 <= initialised && v2[k2] != -1 {
                        let x2 = n - Int(v2[k2])
                        if x1 >= x2 { return Self.clampedSplit(x1, y1, n, m) }
                    }
                }
                k1 += 2
            }
            var k2 = -d + k2start
            while k2 <= d - k2end {
                var x2: Int
                if k2 == -d || (k2 != d && v2[k2 - 1] < v2[k2 + 1]) {
                    x2 = Int(v2[k2 + 1])
                } else {
                    x2 = Int(v2[k2 - 1]) + 1
                }
                var y2 = x2 - k2
                if _slowPath(x2 < 0 || y2 < 0) { return .exhausted }
                let x0 = x2
                while x2 < n && y2 < m && a[n - x2 - 1] == b[m - y2 - 1] {
                    x2 += 1
                    y2 += 1
                }
                work += 1 + x2 - x0
                v2[k2] = Int32(truncatingIfNeeded: x2)
                if x2 > n {
                    k2end += 2
                } else if y2 > m {
                    k2start += 2
                } else if !front {
                    let k1 = delta - k2
                    if k1 >= -maxD && k1 < maxD && k1 >= -initialised && k1 <= initialised && v1[k1] != -1 {
                        let x1 = Int(v1[k1])
                        let y1 = x1 - k1
                        if x1 >= n - x2 { return Self.clampedSplit(x1, y1, n, m) }
                    }
                }
                k2 += 2
            }
        }
        return .disjoint
    }

    /// A split point inside the grid. The reverse overlap test can read a forward value from a diagonal that already
    /// ran off the grid; diff-match-patch's Python port silently clamps such points through string slicing, and so do we.
    private static func clampedSplit(_ x: Int, _ y: Int, _ n: Int, _ m: Int) -> Outcome {
        .split(x: min(max(x, 0), n), y: min(max(y, 0), m))
    }
}
