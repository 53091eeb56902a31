/// Computes an edit script that turns the sequence `a` into `b`: the one diff engine behind every word, character,
/// line and sentence diff in Crosscheck.
///
/// The algorithm, in order:
/// 1. the common prefix and suffix are trimmed;
/// 2. with ``DiffOptions/Anchoring/unique`` anchoring, elements that occur exactly once in both remaining regions are
///    matched along their longest increasing chain of positions (patience anchoring), and each gap between two anchors
///    is handled recursively in the same way;
/// 3. what is left is diffed with Myers' O(ND) algorithm in linear space (divide and conquer on the middle snake);
/// 4. a deterministic work bound (``DiffOptions/maxCost``, plus a per-gap bound) stops pathological regions, which are
///    then reported as a deletion plus an insertion. The script stays valid and ``DiffResult/hitWorkBound`` is set.
///
/// Element values are arbitrary; dense non-negative ids (as a token interner produces) avoid a remapping pass.
///
/// - Parameters:
///   - a: The old sequence of ids.
///   - b: The new sequence of ids.
///   - options: Anchoring and work bound.
/// - Returns: The edit script.
/// - Complexity: O(n + m) for trimming and each anchoring level, O(n log n) for the chains, and O((n + m) · D) for
///   the Myers part with D the edit distance of a gap, capped by the work bound: on edited documents close to linear,
///   on unrelated inputs at most about ``DiffOptions/automaticMaxCost(elementCount:)`` steps. Space O(n + m + V)
///   where V is the largest id.
public func diff(_ a: [Int32], _ b: [Int32], options: DiffOptions = DiffOptions()) -> DiffResult {
    var a = a
    var b = b
    var scratch: DiffScratch? = nil
    if options.anchoring == .unique && a.count + b.count >= SequenceDiffer.anchoringThreshold {
        scratch = DiffScratch(vocabulary: SequenceDiffer.densify(&a, &b))
    }
    return a.withUnsafeBufferPointer { pa in
        b.withUnsafeBufferPointer { pb in
            var engine = SequenceDiffer(options: options, totalCount: a.count + b.count, scratch: scratch)
            return engine.run(pa, pb)
        }
    }
}

/// Reusable tables for patience anchoring over ids below a vocabulary size; all counts are zero between uses.
final class DiffScratch {
    /// Occurrence counts per id in the current region.
    var countA: [Int32]
    var countB: [Int32]
    /// Position in `b` of the last occurrence of an id in the current region.
    var positionB: [Int32]
    let bisect = MyersBisect()

    /// - Parameter vocabulary: One more than the largest id that will be diffed.
    init(vocabulary: Int) {
        countA = [Int32](repeating: 0, count: vocabulary)
        countB = [Int32](repeating: 0, count: vocabulary)
        positionB = [Int32](repeating: 0, count: vocabulary)
    }
}

/// The state of one ``diff(_:_:options:)`` run.
struct SequenceDiffer {
    private let options: DiffOptions
    private var budget: Int
    private let initialBudget: Int
    private var hitBound = false
    private var usedAnchors = false
    private var builder = DiffScriptBuilder()
    private let bisect: MyersBisect
    /// Anchoring tables (`nil` without anchoring); ids must be below their vocabulary.
    private let scratch: DiffScratch?

    /// Regions shorter than this (both sides together) skip anchoring.
    static let anchoringThreshold = 48
    /// Anchoring recursion stops at this depth; deeper gaps go straight to Myers.
    private static let maxAnchorDepth = 48

    /// - Parameters:
    ///   - options: Diff options.
    ///   - totalCount: `a.count + b.count`, for the automatic work bound.
    ///   - scratch: Anchoring tables for dense ids; without them no anchoring is done.
    init(options: DiffOptions, totalCount: Int, scratch: DiffScratch?) {
        self.options = options
        self.scratch = options.anchoring == .unique ? scratch : nil
        self.bisect = scratch?.bisect ?? MyersBisect()
        let bound = options.maxCost ?? DiffOptions.automaticMaxCost(elementCount: totalCount)
        self.budget = max(0, bound)
        self.initialBudget = max(0, bound)
    }

    /// Diffs two sequences of ids (dense and below the scratch vocabulary when anchoring).
    mutating func run(_ a: UnsafeBufferPointer<Int32>, _ b: UnsafeBufferPointer<Int32>) -> DiffResult {
        region(a, 0, a.count, b, 0, b.count, depth: 0)
        let ops = builder.finish()
        return DiffResult(
            ops: ops, isMinimal: !hitBound && !usedAnchors, hitWorkBound: hitBound, cost: initialBudget - budget)
    }

    /// Makes the ids of both sequences dense non-negative integers (unchanged when they already are).
    /// - Returns: One more than the largest id.
    static func densify(_ a: inout [Int32], _ b: inout [Int32]) -> Int {
        var low = Int32.max
        var high = Int32.min
        for x in a { low = min(low, x); high = max(high, x) }
        for x in b { low = min(low, x); high = max(high, x) }
        if low >= 0 && Int(high) < 2 * (a.count + b.count) + 4096 { return Int(high) + 1 }
        var map = [Int32: Int32]()
        map.reserveCapacity(min(a.count + b.count, 1 << 20))
        func remap(_ s: inout [Int32]) {
            for i in s.indices {
                let next = Int32(truncatingIfNeeded: map.count)
                let id = map[s[i], default: next]
                if id == next { map[s[i]] = next }
                s[i] = id
            }
        }
        remap(&a)
        remap(&b)
        return map.count
    }

    /// Diffs `a[aLo ..< aHi]` against `b[bLo ..< bHi]`, anchoring if enabled.
    private mutating func region(
        _ a: UnsafeBufferPointer<Int32>, _ aLo: Int, _ aHi: Int,
        _ b: UnsafeBufferPointer<Int32>, _ bLo: Int, _ bHi: Int, depth: Int
    ) {
        var aLo = aLo, bLo = bLo, aHi = aHi, bHi = bHi
        let prefix = Self.commonPrefix(a, aLo, aHi, b, bLo, bHi)
        builder.equal(prefix)
        aLo += prefix
        bLo += prefix
        let suffix = Self.commonSuffix(a, aLo, aHi, b, bLo, bHi)
        aHi -= suffix
        bHi -= suffix
        defer { builder.equal(suffix) }
        let n = aHi - aLo, m = bHi - bLo
        if n == 0 || m == 0 {
            builder.delete(n)
            builder.insert(m)
            return
        }
        if let scratch, n + m >= Self.anchoringThreshold && depth < Self.maxAnchorDepth
            && budget > n + m
        {
            let anchors = uniqueAnchors(scratch, a, aLo, aHi, b, bLo, bHi)
            if !anchors.isEmpty {
                usedAnchors = true
                var pa = aLo, pb = bLo
                for (i, j) in anchors {
                    region(a, pa, i, b, pb, j, depth: depth + 1)
                    builder.equal(1)
                    pa = i + 1
                    pb = j + 1
                }
                region(a, pa, aHi, b, pb, bHi, depth: depth + 1)
                return
            }
        }
        let cap = max(1 << 20, options.regionCostFactor.multipliedReportingOverflow(by: n + m).partialValue)
        var local = min(budget, cap < 0 ? Int.max : cap)
        let start = local
        myers(a.baseAddress.unsafelyUnwrapped + aLo, n, b.baseAddress.unsafelyUnwrapped + bLo, m, budget: &local)
        budget -= start - local
    }

    /// Plain recursive Myers on `a[0 ..< n]`, `b[0 ..< m]`.
    private mutating func myers(
        _ a: UnsafePointer<Int32>, _ n: Int, _ b: UnsafePointer<Int32>, _ m: Int, budget local: inout Int
    ) {
        var a = a, b = b, n = n, m = m
        var prefix = 0
        while prefix < n && prefix < m && a[prefix] == b[prefix] { prefix += 1 }
        builder.equal(prefix)
        a += prefix; b += prefix; n -= prefix; m -= prefix
        var suffix = 0
        while suffix < n && suffix < m && a[n - 1 - suffix] == b[m - 1 - suffix] { suffix += 1 }
        n -= suffix; m -= suffix
        local -= prefix + suffix
        defer { builder.equal(suffix) }
        if n == 0 || m == 0 {
            builder.delete(n)
            builder.insert(m)
            return
        }
        switch bisect.middleSnake(a, n, b, m, budget: &local) {
        case .split(let x, let y):
            myers(a, x, b, y, budget: &local)
            myers(a + x, n - x, b + y, m - y, budget: &local)
        case .disjoint:
            builder.delete(n)
            builder.insert(m)
        case .exhausted:
            hitBound = true
            builder.delete(n)
            builder.insert(m)
        }
    }

    /// The longest chain of elements unique in both regions whose positions increase in both.
    /// - Complexity: O(n + m + u log u) for u unique common elements.
    private mutating func uniqueAnchors(
        _ scratch: DiffScratch, _ a: UnsafeBufferPointer<Int32>, _ aLo: Int, _ aHi: Int,
        _ b: UnsafeBufferPointer<Int32>, _ bLo: Int, _ bHi: Int
    ) -> [(Int, Int)] {
        budget -= 3 * (aHi - aLo + bHi - bLo)
        var candidates: [(Int, Int)] = []
        scratch.countA.withUnsafeMutableBufferPointer { ca in
            scratch.countB.withUnsafeMutableBufferPointer { cb in
                scratch.positionB.withUnsafeMutableBufferPointer { pos in
                    for j in bLo ..< bHi {
                        let id = Int(b[j])
                        cb[id] &+= 1
                        pos[id] = Int32(truncatingIfNeeded: j)
                    }
                    for i in aLo ..< aHi { ca[Int(a[i])] &+= 1 }
                    for i in aLo ..< aHi {
                        let id = Int(a[i])
                        if ca[id] == 1 && cb[id] == 1 { candidates.append((i, Int(pos[id]))) }
                    }
                    for i in aLo ..< aHi { ca[Int(a[i])] = 0 }
                    for j in bLo ..< bHi { cb[Int(b[j])] = 0 }
                }
            }
        }
        return Self.longestIncreasingChain(candidates)
    }

    /// The longest subsequence of `pairs` (sorted by first coordinate, distinct second coordinates) whose second
    /// coordinates increase. Ties resolve to the earliest-ending chain, deterministically.
    /// - Complexity: O(u log u).
    static func longestIncreasingChain(_ pairs: [(Int, Int)]) -> [(Int, Int)] {
        guard !pairs.isEmpty else { return [] }
        var tails: [Int] = []  // tails[t]: index of the pair ending the best chain of length t + 1
        var previous = [Int](repeating: -1, count: pairs.count)
        for (index, pair) in pairs.enumerated() {
            var low = 0, high = tails.count
            while low < high {
                let mid = (low + high) / 2
                if pairs[tails[mid]].1 < pair.1 { low = mid + 1 } else { high = mid }
            }
            if low > 0 { previous[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var chain: [(Int, Int)] = []
        chain.reserveCapacity(tails.count)
        var index = tails[tails.count - 1]
        while index >= 0 {
            chain.append(pairs[index])
            index = previous[index]
        }
        chain.reverse()
        return chain
    }

    static func commonPrefix(
        _ a: UnsafeBufferPointer<Int32>, _ aLo: Int, _ aHi: Int,
        _ b: UnsafeBufferPointer<Int32>, _ bLo: Int, _ bHi: Int
    ) -> Int {
        let limit = min(aHi - aLo, bHi - bLo)
        var k = 0
        while k < limit && a[aLo + k] == b[bLo + k] { k += 1 }
        return k
    }

    static func commonSuffix(
        _ a: UnsafeBufferPointer<Int32>, _ aLo: Int, _ aHi: Int,
        _ b: UnsafeBufferPointer<Int32>, _ bLo: Int, _ bHi: Int
    ) -> Int {
        let limit = min(aHi - aLo, bHi - bLo)
        var k = 0
        while k < limit && a[aHi - 1 - k] == b[bHi - 1 - k] { k += 1 }
        return k
    }
}
