/// Aligns the sentences of two documents.
///
/// 1. **Candidates**: an inverted index over the second document's content tokens, skipping tokens found in many of
///    its sentences, accumulates shared IDF weight per sentence pair; each sentence of the first document keeps its
///    ``AlignmentOptions/candidatesPerSentence`` best partners, plus every sentence with the same identity key.
///    The full similarity is computed only for those.
/// 2. **In-order links**: the heaviest chain of candidate pairs (increasing in both documents) whose similarity
///    reaches ``AlignmentOptions/linkThreshold``, weighted by similarity (a weighted LCS, by a Fenwick tree).
/// 3. **Moves**: remaining pairs at or above ``AlignmentOptions/moveThreshold``, most similar first.
/// 4. **Gaps**: a second heaviest chain over pairs at or above ``AlignmentOptions/gapThreshold`` that lie in the
///    same gap between in-order links (rewritten sentences in their old place).
/// 5. **Splits and merges**: a sentence linked to one sentence, or to none, is relinked to 2–3 consecutive
///    sentences of the other document when each of them is mostly contained in it and together they match it
///    clearly better.
///
/// - Complexity: O((n + m) · (k + t)) for `k` candidates per sentence and `t` tokens per sentence, plus
///   O(p log m) for the chains over `p` candidate pairs.
struct PairwiseAligner {
    let a: [SentenceProfile]
    let b: [SentenceProfile]
    let options: AlignmentOptions
    /// Similarities of profile pairs already computed by other document pairs of the same alignment, if shared.
    var memo: SimilarityMemo? = nil

    struct Candidate: Hashable {
        var i: Int
        var j: Int
        var similarity: Double
        /// Shared token weight.
        var shared: Double
    }

    func align() -> [SentenceLink] {
        let candidates = self.candidates()
        var links: [SentenceLink] = []
        var linkOfA = [Int](repeating: -1, count: a.count)
        var linkOfB = [Int](repeating: -1, count: b.count)
        func add(_ candidate: Candidate, moved: Bool) {
            linkOfA[candidate.i] = links.count
            linkOfB[candidate.j] = links.count
            links.append(
                SentenceLink(
                    a: candidate.i ..< candidate.i + 1, b: candidate.j ..< candidate.j + 1, moved: moved,
                    similarity: candidate.similarity))
        }

        // In-order links.
        let strong = candidates.filter { $0.similarity >= options.linkThreshold }
        for index in Self.heaviestChain(strong, bCount: b.count) { add(strong[index], moved: false) }

        // Moves.
        let movable = candidates.filter { $0.similarity >= options.moveThreshold }.sorted {
            ($0.similarity, -$0.i, -$0.j) > ($1.similarity, -$1.i, -$1.j)
        }
        for candidate in movable where linkOfA[candidate.i] < 0 && linkOfB[candidate.j] < 0 {
            add(candidate, moved: true)
        }

        // Gaps between in-order links.
        let gapOfA = gapIndices(linkOfA, links, count: a.count)
        let gapOfB = gapIndices(linkOfB, links, count: b.count)
        let inGaps = candidates.filter {
            $0.similarity >= options.gapThreshold && linkOfA[$0.i] < 0 && linkOfB[$0.j] < 0
                && gapOfA[$0.i] == gapOfB[$0.j]
        }
        for index in Self.heaviestChain(inGaps, bCount: b.count) { add(inGaps[index], moved: false) }

        // A move that lies in the same gap of the in-order chain as its partner is in order after all.
        for k in links.indices where links[k].moved {
            if gapOfA[links[k].a.lowerBound] == gapOfB[links[k].b.lowerBound] { links[k].moved = false }
        }

        // Splits (one sentence of `a` to several of `b`) and merges (the reverse).
        // Each sentence's candidates in flat form (CSR), ordered by the partner's index: `candidates` is ordered
        // by `(i, j)` (see `candidates()`), so it is already grouped by `a`; a stable counting sort groups it by `b`.
        var startsA = [Int](repeating: 0, count: a.count + 1)
        var startsB = [Int](repeating: 0, count: b.count + 1)
        for candidate in candidates {
            startsA[candidate.i + 1] += 1
            startsB[candidate.j + 1] += 1
        }
        for k in 0 ..< a.count { startsA[k + 1] += startsA[k] }
        for k in 0 ..< b.count { startsB[k + 1] += startsB[k] }
        var fillB = startsB
        var byB = candidates
        for candidate in candidates {
            byB[fillB[candidate.j]] = candidate
            fillB[candidate.j] += 1
        }
        relinkRuns(
            wholes: a, parts: b, partners: candidates, starts: startsA, linkOfWhole: &linkOfA, linkOfPart: &linkOfB,
            links: &links, wholeIsA: true)
        relinkRuns(
            wholes: b, parts: a, partners: byB, starts: startsB, linkOfWhole: &linkOfB, linkOfPart: &linkOfA,
            links: &links, wholeIsA: false)

        var result: [SentenceLink] = []
        var seen = Set<Int>()
        for k in linkOfA where k >= 0 && seen.insert(k).inserted { result.append(links[k]) }
        return result.sorted { ($0.a.lowerBound, $0.b.lowerBound) < ($1.a.lowerBound, $1.b.lowerBound) }
    }

    /// Candidate pairs with their similarity, ordered by `(i, j)` (each pair once).
    func candidates() -> [Candidate] {
        guard !a.isEmpty && !b.isEmpty else { return [] }
        // Postings of `b` in CSR form over dense ids.
        var maxId: Int32 = -1
        for profile in b { if let last = profile.ids.last { maxId = max(maxId, last) } }
        var starts = [Int](repeating: 0, count: Int(maxId) + 2)
        for profile in b { for id in profile.ids { starts[Int(id) + 1] += 1 } }
        for k in 1 ..< starts.count { starts[k] += starts[k - 1] }
        var fill = starts
        var postings = [Int](repeating: 0, count: starts.last ?? 0)
        for (j, profile) in b.enumerated() {
            for id in profile.ids {
                postings[fill[Int(id)]] = j
                fill[Int(id)] += 1
            }
        }
        // Sentences of `b` by identity (ids from the shared corpus; -1 for none), in CSR form, `j` ascending; and
        // how often each identity is in `a`.
        var identityCount = 0
        for profile in a where profile.identityID >= 0 {
            identityCount = max(identityCount, Int(profile.identityID) + 1)
        }
        for profile in b where profile.identityID >= 0 {
            identityCount = max(identityCount, Int(profile.identityID) + 1)
        }
        var sameStarts = [Int](repeating: 0, count: identityCount + 1)
        for profile in b where profile.identityID >= 0 { sameStarts[Int(profile.identityID) + 1] += 1 }
        for k in stride(from: 1, to: sameStarts.count, by: 1) { sameStarts[k] += sameStarts[k - 1] }
        var sameFill = sameStarts
        var sameOfB = [Int](repeating: 0, count: sameStarts.last ?? 0)
        for (j, profile) in b.enumerated() where profile.identityID >= 0 {
            sameOfB[sameFill[Int(profile.identityID)]] = j
            sameFill[Int(profile.identityID)] += 1
        }
        var countOfA = [Int](repeating: 0, count: identityCount)
        for profile in a where profile.identityID >= 0 { countOfA[Int(profile.identityID)] += 1 }
        func sameRange(_ profile: SentenceProfile) -> Range<Int> {
            guard profile.identityID >= 0 else { return 0 ..< 0 }
            return sameStarts[Int(profile.identityID)] ..< sameStarts[Int(profile.identityID) + 1]
        }
        let cap = max(16, b.count / 10)
        var accumulated = [Double](repeating: 0, count: b.count)
        var touched: [Int] = []
        var grams = GramSet()
        var result: [Candidate] = []
        result.reserveCapacity(a.count * 4)
        for (i, profile) in a.enumerated() {
            // A sentence found exactly once in each document needs no other candidate (versions repeat most
            // sentences unchanged).
            let sameInB = sameRange(profile)
            if profile.identityID >= 0, countOfA[Int(profile.identityID)] == 1, sameInB.count == 1 {
                result.append(
                    Candidate(i: i, j: sameOfB[sameInB.lowerBound], similarity: 1, shared: profile.totalWeight))
                continue
            }
            touched.removeAll(keepingCapacity: true)
            for (k, id) in profile.ids.enumerated() where id <= maxId {
                let range = starts[Int(id)] ..< starts[Int(id) + 1]
                guard range.count <= cap else { continue }
                for j in postings[range] {
                    if accumulated[j] == 0 { touched.append(j) }
                    accumulated[j] += profile.weights[k]
                }
            }
            var chosen = touched
            if chosen.count > options.candidatesPerSentence {
                chosen.sort { (accumulated[$0], -$0) > (accumulated[$1], -$1) }
                chosen.removeLast(chosen.count - options.candidatesPerSentence)
            }
            for j in touched { accumulated[j] = 0 }
            if !sameInB.isEmpty {
                let same = Array(sameOfB[sameInB])
                // A sentence repeated many times (a dateline, a refrain) keeps the copies nearest its relative
                // position (`same` is sorted), so candidates stay linear in the document length.
                var window = same.indices
                if same.count > options.candidatesPerSentence {
                    let target = i * b.count / a.count
                    var low = same.partitioningIndex { $0 >= target }
                    var high = low
                    while high - low < options.candidatesPerSentence {
                        if low > 0 && (high == same.count || target - same[low - 1] <= same[high] - target) {
                            low -= 1
                        } else {
                            high += 1
                        }
                    }
                    window = low ..< high
                }
                for j in same[window] where !chosen.contains(j) { chosen.append(j) }
            }
            chosen.sort()
            // The sentence's trigrams are looked up by every candidate (the same count as a sorted merge), unless
            // every candidate's similarity is already known.
            var gramsReady = false
            for j in chosen {
                let memoized = profile.profileID >= 0 && b[j].profileID >= 0
                if memoized, let known = memo?.lookup(profile.profileID, b[j].profileID) {
                    result.append(Candidate(i: i, j: j, similarity: known.similarity, shared: known.shared))
                    continue
                }
                if !gramsReady {
                    grams.reset(profile.grams)
                    gramsReady = true
                }
                let shared = profile.sharedWeight(b[j])
                let similarity = SentenceProfile.similarity(
                    shared: shared, total: profile.totalWeight + b[j].totalWeight,
                    sharedGrams: grams.count(in: b[j].grams), grams: profile.grams.count + b[j].grams.count)
                if memoized {
                    memo?.remember(profile.profileID, b[j].profileID, shared: shared, similarity: similarity)
                }
                result.append(Candidate(i: i, j: j, similarity: similarity, shared: shared))
            }
        }
        return result
    }

    /// For every sentence, the number of sentences linked in order before it.
    private func gapIndices(_ linkOf: [Int], _ links: [SentenceLink], count: Int) -> [Int] {
        var gaps = [Int](repeating: 0, count: count)
        var seen = 0
        for s in 0 ..< count {
            gaps[s] = seen
            if linkOf[s] >= 0 && !links[linkOf[s]].moved { seen += 1 }
        }
        return gaps
    }

    /// Relinks wholes to runs of 2–3 consecutive parts (see the type's documentation, step 5).
    /// - Parameters:
    ///   - partners: The candidates of every whole, `partners[starts[w] ..< starts[w + 1]]` for whole `w`, each
    ///     run ordered by the part's index (a candidate pair is unique, so the order is strict).
    ///   - starts: Run boundaries, `wholes.count + 1` of them.
    private func relinkRuns(
        wholes: [SentenceProfile], parts: [SentenceProfile], partners: [Candidate], starts: [Int],
        linkOfWhole: inout [Int], linkOfPart: inout [Int], links: inout [SentenceLink], wholeIsA: Bool
    ) {
        // The part's index in a candidate: `j` when the wholes are `a`, `i` otherwise.
        func partIndex(_ candidate: Candidate) -> Int { wholeIsA ? candidate.j : candidate.i }
        var eligible: [Candidate] = []
        for w in wholes.indices {
            let current = linkOfWhole[w]
            if current >= 0 && (links[current].a.count != 1 || links[current].b.count != 1) { continue }
            let whole = wholes[w]
            // Already ordered by the part's index.
            eligible.removeAll(keepingCapacity: true)
            for candidate in partners[starts[w] ..< starts[w + 1]] {
                let p = partIndex(candidate)
                let part = parts[p]
                guard part.totalWeight > 0, linkOfPart[p] < 0 || linkOfPart[p] == current else { continue }
                if candidate.shared / part.totalWeight >= options.partContainment { eligible.append(candidate) }
            }
            guard eligible.count >= 2 else { continue }
            let baseline = max(
                current >= 0 ? links[current].similarity : 0, eligible.map(\.similarity).max() ?? 0)
            let linkedPart: Int? =
                current >= 0 ? (wholeIsA ? links[current].b.lowerBound : links[current].a.lowerBound) : nil
            var best: (similarity: Double, run: Range<Int>)?
            for start in eligible.indices {
                for length in 2 ... 3 where start + length <= eligible.count {
                    let first = partIndex(eligible[start])
                    let last = partIndex(eligible[start + length - 1])
                    guard last - first == length - 1 else { continue }
                    let run = first ..< last + 1
                    if let linkedPart, !run.contains(linkedPart) { continue }
                    let similarity = whole.similarity(SentenceProfile.union(run.map { parts[$0] }))
                    if similarity > (best?.similarity ?? -1) { best = (similarity, run) }
                }
            }
            guard let best, best.similarity >= options.splitThreshold,
                best.similarity >= baseline + options.splitGain
            else { continue }
            let index = links.count
            links.append(
                SentenceLink(
                    a: wholeIsA ? w ..< w + 1 : best.run, b: wholeIsA ? best.run : w ..< w + 1, moved: false,
                    similarity: best.similarity))
            if current >= 0 {
                for p in wholeIsA ? links[current].b : links[current].a { linkOfPart[p] = -1 }
            }
            linkOfWhole[w] = index
            for p in best.run { linkOfPart[p] = index }
        }
    }

    /// The indices of the heaviest chain of pairs increasing in both `i` and `j`, weighted by similarity.
    /// - Complexity: O(p log m).
    static func heaviestChain(_ pairs: [Candidate], bCount: Int) -> [Int] {
        guard !pairs.isEmpty else { return [] }
        // The aligner's pairs come in `(i, j)` order already (filtered from `candidates()`); sort only otherwise.
        let inOrder = zip(pairs, pairs.dropFirst()).allSatisfy { ($0.i, $0.j) < ($1.i, $1.j) }
        let order =
            inOrder
            ? Array(pairs.indices) : pairs.indices.sorted { (pairs[$0].i, pairs[$0].j) < (pairs[$1].i, pairs[$1].j) }
        // Fenwick tree of prefix maxima over j: (score, pair index).
        var tree = [(score: Double, index: Int)](repeating: (0, -1), count: bCount + 1)
        var score = [Double](repeating: 0, count: pairs.count)
        var previous = [Int](repeating: -1, count: pairs.count)
        func better(_ x: (score: Double, index: Int), _ y: (score: Double, index: Int)) -> Bool {
            x.score > y.score || (x.score == y.score && x.index >= 0 && (y.index < 0 || x.index < y.index))
        }
        var start = 0
        while start < order.count {
            var end = start
            while end < order.count && pairs[order[end]].i == pairs[order[start]].i { end += 1 }
            for k in start ..< end {
                let p = order[k]
                var best: (score: Double, index: Int) = (0, -1)
                var position = pairs[p].j
                while position > 0 {
                    if better(tree[position], best) { best = tree[position] }
                    position -= position & -position
                }
                score[p] = best.score + pairs[p].similarity
                previous[p] = best.index
            }
            for k in start ..< end {
                let p = order[k]
                var position = pairs[p].j + 1
                while position <= bCount {
                    if better((score[p], p), tree[position]) { tree[position] = (score[p], p) }
                    position += position & -position
                }
            }
            start = end
        }
        var last = -1
        for p in order where last < 0 || better((score[p], p), (score[last], last)) { last = p }
        var chain: [Int] = []
        while last >= 0 {
            chain.append(last)
            last = previous[last]
        }
        return chain.reversed()
    }
}

extension Array where Element == Int {
    /// The first index whose element satisfies a predicate that is false then true along the array.
    fileprivate func partitioningIndex(where belongs: (Int) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if belongs(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
