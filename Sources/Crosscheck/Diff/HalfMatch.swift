/// diff-match-patch's half-match speedup: a substring common to both texts that is at least half as long as the
/// longer one splits the diff into two smaller ones. Fast but not always minimal.
enum HalfMatch {
    struct Match {
        var a1: Range<Int>, a2: Range<Int>, b1: Range<Int>, b2: Range<Int>
        var commonA: Range<Int>, commonB: Range<Int>
    }

    /// `diff_halfMatch` on `a[ra]` and `b[rb]`.
    /// - Complexity: O((n + m) · occurrences of the seed).
    static func find(_ a: [Int32], _ ra: Range<Int>, _ b: [Int32], _ rb: Range<Int>) -> Match? {
        let oldIsLonger = ra.count > rb.count
        let (long, lr, short, sr) = oldIsLonger ? (a, ra, b, rb) : (b, rb, a, ra)
        if lr.count < 4 || sr.count * 2 < lr.count { return nil }
        let first = candidate(long, lr, short, sr, lr.lowerBound + (lr.count + 3) / 4)
        let second = candidate(long, lr, short, sr, lr.lowerBound + (lr.count + 1) / 2)
        let best: Candidate
        switch (first, second) {
        case (nil, nil): return nil
        case (let f?, nil): best = f
        case (nil, let s?): best = s
        case (let f?, let s?): best = f.common.count > s.common.count ? f : s
        }
        if oldIsLonger {
            return Match(
                a1: best.long1, a2: best.long2, b1: best.short1, b2: best.short2,
                commonA: best.longCommon, commonB: best.common)
        }
        return Match(
            a1: best.short1, a2: best.short2, b1: best.long1, b2: best.long2,
            commonA: best.common, commonB: best.longCommon)
    }

    private struct Candidate {
        var long1: Range<Int>, long2: Range<Int>, short1: Range<Int>, short2: Range<Int>
        /// The common middle in the short text, and in the long text.
        var common: Range<Int>, longCommon: Range<Int>
    }

    /// `diff_halfMatchI`: the longest common substring seeded by the quarter of `long` starting at `i`.
    private static func candidate(
        _ long: [Int32], _ lr: Range<Int>, _ short: [Int32], _ sr: Range<Int>, _ i: Int
    ) -> Candidate? {
        let seed = i ..< i + lr.count / 4
        var best: Candidate? = nil
        var bestLength = 0
        var from = sr.lowerBound
        while let j = firstIndex(of: long, seed, in: short, sr, from: from) {
            let prefix = DiffCleanup.commonPrefix(long, i ..< lr.upperBound, short, j ..< sr.upperBound)
            let suffix = DiffCleanup.commonSuffix(long, lr.lowerBound ..< i, short, sr.lowerBound ..< j)
            if bestLength < suffix + prefix {
                bestLength = suffix + prefix
                best = Candidate(
                    long1: lr.lowerBound ..< i - suffix, long2: i + prefix ..< lr.upperBound,
                    short1: sr.lowerBound ..< j - suffix, short2: j + prefix ..< sr.upperBound,
                    common: j - suffix ..< j + prefix, longCommon: i - suffix ..< i + prefix)
            }
            from = j + 1
        }
        return bestLength * 2 >= lr.count ? best : nil
    }

    /// The first index `>= from` where `pattern[pr]` occurs in `text[tr]`.
    /// - Complexity: O(|pr| + |tr|) (Knuth–Morris–Pratt).
    static func firstIndex(
        of pattern: [Int32], _ pr: Range<Int>, in text: [Int32], _ tr: Range<Int>, from: Int
    ) -> Int? {
        let length = pr.count
        if length == 0 { return from <= tr.upperBound ? from : nil }
        guard tr.upperBound - from >= length else { return nil }
        var failure = [Int](repeating: 0, count: length)
        var k = 0
        for i in stride(from: 1, to: length, by: 1) {
            while k > 0 && pattern[pr.lowerBound + i] != pattern[pr.lowerBound + k] { k = failure[k - 1] }
            if pattern[pr.lowerBound + i] == pattern[pr.lowerBound + k] { k += 1 }
            failure[i] = k
        }
        var state = 0
        for t in from ..< tr.upperBound {
            while state > 0 && text[t] != pattern[pr.lowerBound + state] { state = failure[state - 1] }
            if text[t] == pattern[pr.lowerBound + state] { state += 1 }
            if state == length { return t - length + 1 }
        }
        return nil
    }
}
