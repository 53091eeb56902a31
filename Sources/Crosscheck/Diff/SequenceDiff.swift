/// Computes an edit script that turns the sequence `a` into `b`: the one diff engine behind every word, character,
/// line and sentence diff in Crosscheck.
///
/// The algorithm, in order:
/// 1. the common prefix and suffix are trimmed;
/// 2. with ``DiffOptions/Anchoring/unique`` anchoring, elements that occur exactly once in both remaining regions are
///    matched along their longest increasing chain of positions (patience anchoring), and each gap between two anchors
///    is handled recursively in the same way; a region without unique elements is anchored on rare elements (at most
///    four occurrences, as many in both, as git's histogram diff does) or, when long, on a content-defined sample of
///    runs of four elements that are unique in both;
/// 3. what is left is diffed with Myers' O(ND) algorithm in linear space (divide and conquer on the middle snake);
///    on regions longer than 8192 elements a search that needs more than 256 rounds splits at the furthest point it
///    reached instead (git's xdiff heuristic), so the result is no longer minimal;
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
        let dense = DenseIds(a, b)
        (a, b) = (dense.old, dense.new)
        scratch = DiffScratch(vocabulary: dense.count)
    }
    return a.withUnsafeBufferPointer { pa in
        b.withUnsafeBufferPointer { pb in
            var engine = SequenceDiffer(options: options, totalCount: a.count + b.count, scratch: scratch)
            return engine.run(pa, pb)
        }
    }
}

/// The state of one ``diff(_:_:options:)`` run.
struct SequenceDiffer {
    private let options: DiffOptions
    private var budget: Int
    private let initialBudget: Int
    private var hitBound = false
    private var usedAnchors = false
    private var usedHeuristic = false
    private var builder = DiffScriptBuilder()
    private let bisect: MyersBisect
    /// Anchoring tables (`nil` without anchoring); ids must be below their vocabulary.
    private let scratch: DiffScratch?

    /// Regions shorter than this (both sides together) skip anchoring.
    static let anchoringThreshold = 48
    /// Regions longer than this (both sides) use the round-limited middle-snake search.
    static let exactLimit = 8192
    /// Rounds of the middle-snake search on a long region before it splits heuristically (git's xdiff uses a
    /// similar minimum of 256).
    static let heuristicRounds = 256
    /// Elements occurring at most this often (equally often in both regions) anchor a region without unique ones.
    static let rareLimit: Int32 = 4
    /// Regions at least this long (both sides) without unique or rare elements are anchored on sampled runs.
    static let gramRegion = 4096
    /// The length of those runs.
    static let gramLength = 4
    /// One run in this many is sampled.
    static let gramSampling = 16
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
            ops: ops, isMinimal: !hitBound && !usedAnchors && !usedHeuristic, hitWorkBound: hitBound || usedHeuristic,
            cost: initialBudget - budget)
    }

    /// Diffs `a[aLo ..< aHi]` against `b[bLo ..< bHi]`, anchoring if enabled.
    private mutating func region(
        _ a: UnsafeBufferPointer<Int32>, _ aLo: Int, _ aHi: Int,
        _ b: UnsafeBufferPointer<Int32>, _ bLo: Int, _ bHi: Int, depth: Int
    ) {
        var aLo = aLo
        var bLo = bLo
        var aHi = aHi
        var bHi = bHi
        let prefix = Self.commonPrefix(a, aLo, aHi, b, bLo, bHi)
        builder.equal(prefix)
        aLo += prefix
        bLo += prefix
        let suffix = Self.commonSuffix(a, aLo, aHi, b, bLo, bHi)
        aHi -= suffix
        bHi -= suffix
        defer { builder.equal(suffix) }
        let n = aHi - aLo
        let m = bHi - bLo
        if n == 0 || m == 0 {
            builder.delete(n)
            builder.insert(m)
            return
        }
        if let scratch,
            n + m >= Self.anchoringThreshold && depth < Self.maxAnchorDepth
                && budget > n + m
        {
            let anchors = uniqueAnchors(scratch, a, aLo, aHi, b, bLo, bHi)
            if !anchors.isEmpty {
                usedAnchors = true
                var pa = aLo
                var pb = bLo
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

    /// Recursive Myers on `a[0 ..< n]`, `b[0 ..< m]`: exact on small regions; on large ones a middle-snake search that
    /// runs longer than ``heuristicRounds`` rounds splits at the furthest point reached instead (non-minimal). The
    /// part after a split is handled in a loop, so the recursion depth stays logarithmic.
    private mutating func myers(
        _ a: UnsafePointer<Int32>, _ n: Int, _ b: UnsafePointer<Int32>, _ m: Int, budget local: inout Int
    ) {
        var a = a
        var b = b
        var n = n
        var m = m
        var suffixes: [Int] = []
        defer { for suffix in suffixes.reversed() { builder.equal(suffix) } }
        while true {
            var prefix = 0
            while prefix < n && prefix < m && a[prefix] == b[prefix] { prefix += 1 }
            builder.equal(prefix)
            a += prefix
            b += prefix
            n -= prefix
            m -= prefix
            var suffix = 0
            while suffix < n && suffix < m && a[n - 1 - suffix] == b[m - 1 - suffix] { suffix += 1 }
            n -= suffix
            m -= suffix
            local -= prefix + suffix
            suffixes.append(suffix)
            if n == 0 || m == 0 {
                builder.delete(n)
                builder.insert(m)
                return
            }
            let rounds = n + m > Self.exactLimit ? Self.heuristicRounds : .max
            let x: Int
            let y: Int
            switch bisect.middleSnake(a, n, b, m, budget: &local, maxRounds: rounds) {
            case .split(let sx, let sy):
                (x, y) = (sx, sy)
            case .heuristic(let sx, let sy):
                usedHeuristic = true
                (x, y) = (sx, sy)
            case .disjoint:
                builder.delete(n)
                builder.insert(m)
                return
            case .exhausted:
                hitBound = true
                builder.delete(n)
                builder.insert(m)
                return
            }
            myers(a, x, b, y, budget: &local)
            a += x
            b += y
            n -= x
            m -= y
        }
    }

    /// The longest chain of elements unique in both regions whose positions increase in both; without any, the longest
    /// chain of rare elements (at most ``rareLimit`` occurrences, as many in both), k-th occurrence paired with k-th;
    /// without those either, in a long region, the chain of sampled unique runs (``gramAnchors``).
    /// - Complexity: O(n + m + u log u) for u candidate pairs.
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
                    if candidates.isEmpty {
                        // No element is unique in both: fall back to rare elements (as git's histogram diff does),
                        // pairing the k-th occurrence in `a` with the k-th in `b` when both counts agree.
                        var inA: [(Int32, Int)] = []
                        var inB: [(Int32, Int)] = []
                        for i in aLo ..< aHi {
                            let id = Int(a[i])
                            let count = ca[id]
                            if count >= 2 && count <= Self.rareLimit && cb[id] == count { inA.append((a[i], i)) }
                        }
                        for j in bLo ..< bHi {
                            let id = Int(b[j])
                            let count = cb[id]
                            if count >= 2 && count <= Self.rareLimit && ca[id] == count { inB.append((b[j], j)) }
                        }
                        inA.sort { $0 < $1 }
                        inB.sort { $0 < $1 }
                        budget -= 2 * (inA.count + inB.count)
                        for k in 0 ..< min(inA.count, inB.count) { candidates.append((inA[k].1, inB[k].1)) }
                        candidates.sort { $0.0 < $1.0 }
                    }
                    for i in aLo ..< aHi { ca[Int(a[i])] = 0 }
                    for j in bLo ..< bHi { cb[Int(b[j])] = 0 }
                }
            }
        }
        if candidates.isEmpty && aHi - aLo + bHi - bLo >= Self.gramRegion {
            candidates = gramAnchors(a, aLo, aHi, b, bLo, bHi)
        }
        return Self.longestIncreasingChain(candidates)
    }

    /// Anchors for a long region of frequent elements only (a small vocabulary): runs of ``gramLength`` elements that
    /// occur exactly once in both regions, among a content-defined sample of one run in ``gramSampling`` (the same
    /// run is sampled in both sequences or in neither). Each anchor is the first element of such a run, verified
    /// element by element.
    /// - Complexity: O(n + m) expected, with a dictionary of about (n + m) / ``gramSampling`` entries.
    private mutating func gramAnchors(
        _ a: UnsafeBufferPointer<Int32>, _ aLo: Int, _ aHi: Int,
        _ b: UnsafeBufferPointer<Int32>, _ bLo: Int, _ bHi: Int
    ) -> [(Int, Int)] {
        let k = Self.gramLength
        guard aHi - aLo >= k, bHi - bLo >= k else { return [] }
        budget -= 2 * (aHi - aLo + bHi - bLo)
        @inline(__always) func hash(_ p: UnsafeBufferPointer<Int32>, _ i: Int) -> UInt64 {
            var h = FNV1a()
            for t in 0 ..< k { h.add(UInt64(UInt32(bitPattern: p[i + t]))) }
            return h.value ^ (h.value >> 29)
        }
        struct Seen { var countA: Int32 = 0, positionA: Int32 = 0, countB: Int32 = 0, positionB: Int32 = 0 }
        var table = [UInt64: Seen]()
        table.reserveCapacity((aHi - aLo + bHi - bLo) / Self.gramSampling)
        for i in aLo ... aHi - k {
            let h = hash(a, i)
            guard h % UInt64(Self.gramSampling) == 0 else { continue }
            table[h, default: Seen()].countA += 1
            table[h]?.positionA = Int32(truncatingIfNeeded: i)
        }
        for j in bLo ... bHi - k {
            let h = hash(b, j)
            guard h % UInt64(Self.gramSampling) == 0, var seen = table[h], seen.countA == 1 else { continue }
            seen.countB += 1
            seen.positionB = Int32(truncatingIfNeeded: j)
            table[h] = seen
        }
        var candidates: [(Int, Int)] = []
        for seen in table.values where seen.countA == 1 && seen.countB == 1 {
            let i = Int(seen.positionA)
            let j = Int(seen.positionB)
            if (0 ..< k).allSatisfy({ a[i + $0] == b[j + $0] }) { candidates.append((i, j)) }
        }
        candidates.sort { $0.0 < $1.0 }
        return candidates
    }

    /// The longest subsequence of `pairs` (sorted by first coordinate, distinct second coordinates) whose second
    /// coordinates increase. Ties resolve to the earliest-ending chain, deterministically.
    /// - Complexity: O(u log u).
    static func longestIncreasingChain(_ pairs: [(Int, Int)]) -> [(Int, Int)] {
        guard !pairs.isEmpty else { return [] }
        var tails: [Int] = []  // tails[t]: index of the pair ending the best chain of length t + 1
        var previous = [Int](repeating: -1, count: pairs.count)
        for (index, pair) in pairs.enumerated() {
            var low = 0
            var high = tails.count
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
