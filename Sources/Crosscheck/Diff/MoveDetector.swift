/// Finds passages that were moved: a deleted block and an inserted block that are the same text, exactly or after
/// edits.
///
/// The script is seen as equal stretches alternating with change groups (one deleted and one inserted range each).
/// Candidates are deleted and inserted ranges of at least ``minimumWords`` words in different groups (an in-place
/// rewrite is never a move). Pairs sharing enough distinct ids (an inverted index that ignores ids found in many
/// blocks) are compared with an inner diff. A pair qualifies when the similarity of its matched cores, 2 · common
/// words / words of both cores, reaches ``minimumSimilarity``; cores cut a moved passage out of a larger change and are
/// widened back to the block edges when both blocks have only a few unmatched units there (an edited first or last
/// word). Pairs are taken greedily by similarity; a group may hold several moved passages whose cores do not overlap.
/// Finally a moved passage takes back up to four units after it that the diff had matched in place (typically the
/// final period of a moved sentence).
struct MoveDetector {
    /// One detected move: its id and the unit ranges of the moved passage in both texts.
    struct Pair: Equatable {
        var id: Int
        var a: Range<Int>
        var b: Range<Int>
    }

    let aIds: [Int32]
    let bIds: [Int32]
    let oldWords: WordCounter
    let newWords: WordCounter
    let minimumWords: Int
    let minimumSimilarity: Double

    /// Ids in more insertion blocks than this are ignored when finding candidates (function words).
    private static let maxPostings = 32
    /// Candidates compared per deleted block.
    private static let maxCandidates = 8
    /// Unmatched units at a block edge that a core may still absorb (or a fifth of the core, if more).
    private static let edgeSlack = 3
    /// Work allowed for comparing two candidate blocks, per unit.
    private static let evaluationCostFactor = 64
    /// Units a moved passage may take back from a neighbouring equal stretch.
    private static let maxReclaim = 4

    /// Anchored diffs of stretches of both texts, sharing one set of anchoring tables.
    private struct Comparer {
        let dense: DenseIds
        let scratch: DiffScratch

        /// The script between `old[a]` and `new[b]`, with op ranges relative to the stretches.
        func diff(_ a: Range<Int>, _ b: Range<Int>, maxCost: Int?) -> DiffResult {
            dense.old.withUnsafeBufferPointer { pa in
                dense.new.withUnsafeBufferPointer { pb in
                    var engine = SequenceDiffer(
                        options: DiffOptions(anchoring: .unique, maxCost: maxCost), totalCount: a.count + b.count,
                        scratch: scratch)
                    return engine.run(UnsafeBufferPointer(rebasing: pa[a]), UnsafeBufferPointer(rebasing: pb[b]))
                }
            }
        }
    }

    /// The script as `equals[0] groups[0] equals[1] … groups[n-1] equals[n]`.
    private struct Layout {
        var equals: [(a: Range<Int>, b: Range<Int>)] = []
        var groups: [(a: Range<Int>, b: Range<Int>)] = []

        init(_ ops: [DiffOp]) {
            var a = 0
            var b = 0
            var equalStart = (0, 0)
            var inGroup = false
            var groupStart = (0, 0)
            for op in ops {
                if op.kind == .equal {
                    if inGroup {
                        groups.append((groupStart.0 ..< a, groupStart.1 ..< b))
                        equalStart = (a, b)
                        inGroup = false
                    }
                } else if !inGroup {
                    equals.append((equalStart.0 ..< a, equalStart.1 ..< b))
                    groupStart = (a, b)
                    inGroup = true
                }
                a = op.a.upperBound
                b = op.b.upperBound
            }
            if inGroup {
                groups.append((groupStart.0 ..< a, groupStart.1 ..< b))
                equalStart = (a, b)
            }
            equals.append((equalStart.0 ..< a, equalStart.1 ..< b))
        }
    }

    private func words(_ side: DiffSide, _ range: Range<Int>) -> Int {
        side == .old ? oldWords.words(units: range) : newWords.words(units: range)
    }

    /// Detects moves and rewrites the script so that each moved passage is one op.
    /// - Parameter ops: A cleaned unit-level script.
    /// - Returns: The new script, the move id of each of its ops, and the moves.
    /// - Complexity: O(u) for indexing plus one inner diff per candidate pair (at most 8 per deleted block).
    func detect(_ ops: [DiffOp]) -> (ops: [DiffOp], moves: [Int?], pairs: [Pair]) {
        let unchanged = (ops, [Int?](repeating: nil, count: ops.count), [Pair]())
        var layout = Layout(ops)
        let deletes = layout.groups.indices.filter { words(.old, layout.groups[$0].a) >= minimumWords }
        let inserts = layout.groups.indices.filter { words(.new, layout.groups[$0].b) >= minimumWords }
        guard !deletes.isEmpty, !inserts.isEmpty else { return unchanged }

        // Ids as dense indices (identity for an interner's ids), then an inverted index from id to the insertion
        // blocks containing it, in compressed rows.
        let dense = DenseIds(aIds, bIds)
        let vocabulary = dense.count
        let comparer = Comparer(dense: dense, scratch: DiffScratch(vocabulary: vocabulary))
        var lastBlock = [Int32](repeating: -1, count: vocabulary)
        var rowStart = [Int32](repeating: 0, count: vocabulary + 1)
        for (k, group) in inserts.enumerated() {
            for unit in layout.groups[group].b {
                let id = dense.b(unit)
                if lastBlock[id] == Int32(k) { continue }
                lastBlock[id] = Int32(k)
                rowStart[id + 1] += 1
            }
        }
        for id in 0 ..< vocabulary { rowStart[id + 1] += rowStart[id] }
        var postings = [Int32](repeating: 0, count: Int(rowStart[vocabulary]))
        var fill = rowStart
        for id in 0 ..< vocabulary { lastBlock[id] = -1 }
        // Distinct indexed ids per block: ids in many blocks are ignored on both sides.
        func indexed(_ id: Int) -> Bool { rowStart[id + 1] - rowStart[id] <= Int32(Self.maxPostings) }
        var distinctInsert = [Int](repeating: 0, count: inserts.count)
        var allDistinctInsert = [Int](repeating: 0, count: inserts.count)
        for (k, group) in inserts.enumerated() {
            for unit in layout.groups[group].b {
                let id = dense.b(unit)
                if lastBlock[id] == Int32(k) { continue }
                lastBlock[id] = Int32(k)
                postings[Int(fill[id])] = Int32(k)
                fill[id] += 1
                if newWords.words(units: unit ..< unit + 1) > 0 { allDistinctInsert[k] += 1 }
                if indexed(id) { distinctInsert[k] += 1 }
            }
        }

        struct Candidate {
            var deleteGroup: Int, insertGroup: Int
            var coreA: Range<Int>, coreB: Range<Int>
            var similarity: Double, common: Int
        }
        var accepted: [Candidate] = []
        var shared = [Int](repeating: 0, count: inserts.count)
        var touched: [Int] = []
        var stamp = [Int32](repeating: -1, count: vocabulary)
        for (d, group) in deletes.enumerated() {
            let range = layout.groups[group].a
            touched.removeAll(keepingCapacity: true)
            var distinct = 0
            var allDistinct = 0  // indexed ids; ids of word-like units
            for unit in range {
                let id = dense.a(unit)
                guard id >= 0, stamp[id] != Int32(d) else { continue }
                stamp[id] = Int32(d)
                if oldWords.words(units: unit ..< unit + 1) > 0 { allDistinct += 1 }
                let row = Int(rowStart[id]) ..< Int(rowStart[id + 1])
                guard row.count <= Self.maxPostings else { continue }
                distinct += 1
                for p in row {
                    let k = Int(postings[p])
                    if shared[k] == 0 { touched.append(k) }
                    shared[k] += 1
                }
            }
            var candidates: [(k: Int, count: Int)] = []
            for k in touched {
                let count = shared[k]
                shared[k] = 0
                // Shared indexed ids: at least 40% of the smaller block's indexed ids and of its distinct words.
                let smaller = Double(min(distinct, distinctInsert[k]))
                let smallerWords = Double(min(allDistinct, allDistinctInsert[k]))
                if inserts[k] != group && count > 0 && Double(count) >= 0.4 * max(smaller, smallerWords) {
                    candidates.append((k, count))
                }
            }
            candidates.sort { $0.count != $1.count ? $0.count > $1.count : $0.k < $1.k }
            for (k, _) in candidates.prefix(Self.maxCandidates) {
                if let match = evaluate(range, layout.groups[inserts[k]].b, comparer) {
                    accepted.append(
                        Candidate(
                            deleteGroup: group, insertGroup: inserts[k], coreA: match.a, coreB: match.b,
                            similarity: match.similarity, common: match.common))
                }
            }
        }
        guard !accepted.isEmpty else { return unchanged }
        accepted.sort {
            if $0.similarity != $1.similarity { return $0.similarity > $1.similarity }
            if $0.common != $1.common { return $0.common > $1.common }
            return ($0.coreA.lowerBound, $0.coreB.lowerBound) < ($1.coreA.lowerBound, $1.coreB.lowerBound)
        }
        // Greedy, one-to-one per passage: a group can hold several moved passages when their cores do not overlap.
        var coresA: [Int: [Range<Int>]] = [:]
        var coresB: [Int: [Range<Int>]] = [:]
        var chosen: [Candidate] = []
        for candidate in accepted {
            if coresA[candidate.deleteGroup, default: []].contains(where: { $0.overlaps(candidate.coreA) })
                || coresB[candidate.insertGroup, default: []].contains(where: { $0.overlaps(candidate.coreB) })
            {
                continue
            }
            coresA[candidate.deleteGroup, default: []].append(candidate.coreA)
            coresB[candidate.insertGroup, default: []].append(candidate.coreB)
            chosen.append(candidate)
        }
        for index in chosen.indices {
            var move = chosen[index]
            let othersB = coresB[move.insertGroup, default: []].filter { $0 != move.coreB }
            let othersA = coresA[move.deleteGroup, default: []].filter { $0 != move.coreA }
            reclaim(&layout, move.deleteGroup, move.insertGroup, &move.coreA, &move.coreB, othersA, othersB, comparer)
            chosen[index] = move
        }
        chosen.sort { $0.coreA.lowerBound < $1.coreA.lowerBound }

        var cutA: [Int: [(Range<Int>, Int)]] = [:]
        var cutB: [Int: [(Range<Int>, Int)]] = [:]
        var pairs: [Pair] = []
        for (offset, move) in chosen.enumerated() {
            cutA[move.deleteGroup, default: []].append((move.coreA, offset + 1))
            cutB[move.insertGroup, default: []].append((move.coreB, offset + 1))
            pairs.append(Pair(id: offset + 1, a: move.coreA, b: move.coreB))
        }
        return flatten(layout, cutA, cutB, pairs)
    }

    /// The matched cores of a deleted and an inserted block, if they qualify as one moved passage.
    ///
    /// The core runs from the first to the last common unit of the inner diff, after dropping isolated matches of one
    /// or two units at its edges (a stray "the" or period far from the passage), then grows over equal units at both
    /// ends and is widened to the block edges when both blocks have few unmatched units there.
    private func evaluate(
        _ a: Range<Int>, _ b: Range<Int>, _ comparer: Comparer
    ) -> (a: Range<Int>, b: Range<Int>, similarity: Double, common: Int)? {
        // A tight bound: similar blocks (or a passage inside a larger block) are cheap; dissimilar ones give up early.
        let result = comparer.diff(a, b, maxCost: Self.evaluationCostFactor * (a.count + b.count) + 4096)
        guard !result.hitWorkBound else { return nil }
        var equals = result.ops.filter { $0.kind == .equal }
        func isolated(_ edge: DiffOp, _ next: DiffOp) -> Bool {
            edge.a.count <= 2
                && max(
                    abs(next.a.lowerBound - edge.a.upperBound), abs(next.b.lowerBound - edge.b.upperBound),
                    abs(edge.a.lowerBound - next.a.upperBound), abs(edge.b.lowerBound - next.b.upperBound)) >= 4
        }
        while equals.count >= 2 && isolated(equals[0], equals[1]) { equals.removeFirst() }
        while equals.count >= 2 && isolated(equals[equals.count - 1], equals[equals.count - 2]) { equals.removeLast() }
        guard let first = equals.first, let last = equals.last else { return nil }
        // Similarity counts words only: shared punctuation and markup do not make two passages the same.
        var common = equals.reduce(0) { $0 + words(.old, shifted($1.a, a.lowerBound)) }
        var coreA = a.lowerBound + first.a.lowerBound ..< a.lowerBound + last.a.upperBound
        var coreB = b.lowerBound + first.b.lowerBound ..< b.lowerBound + last.b.upperBound
        while coreA.upperBound < a.upperBound && coreB.upperBound < b.upperBound
            && aIds[coreA.upperBound] == bIds[coreB.upperBound]
        {
            common += words(.old, coreA.upperBound ..< coreA.upperBound + 1)
            coreA = coreA.lowerBound ..< coreA.upperBound + 1
            coreB = coreB.lowerBound ..< coreB.upperBound + 1
        }
        while coreA.lowerBound > a.lowerBound && coreB.lowerBound > b.lowerBound
            && aIds[coreA.lowerBound - 1] == bIds[coreB.lowerBound - 1]
        {
            coreA = coreA.lowerBound - 1 ..< coreA.upperBound
            coreB = coreB.lowerBound - 1 ..< coreB.upperBound
            common += words(.old, coreA.lowerBound ..< coreA.lowerBound + 1)
        }
        let slack = max(Self.edgeSlack, min(coreA.count, coreB.count) / 5)
        if coreA.lowerBound - a.lowerBound <= slack && coreB.lowerBound - b.lowerBound <= slack {
            coreA = a.lowerBound ..< coreA.upperBound
            coreB = b.lowerBound ..< coreB.upperBound
        }
        if a.upperBound - coreA.upperBound <= slack && b.upperBound - coreB.upperBound <= slack {
            coreA = coreA.lowerBound ..< a.upperBound
            coreB = coreB.lowerBound ..< b.upperBound
        }
        let wordsA = words(.old, coreA)
        let wordsB = words(.new, coreB)
        guard wordsA >= minimumWords, wordsB >= minimumWords else { return nil }
        let similarity = 2 * Double(common) / Double(wordsA + wordsB)
        guard similarity >= minimumSimilarity else { return nil }
        return (coreA, coreB, similarity, common)
    }

    private func shifted(_ range: Range<Int>, _ offset: Int) -> Range<Int> {
        range.lowerBound + offset ..< range.upperBound + offset
    }

    /// Moves units that the diff matched in place right after a moved passage into the passage when they continue it
    /// on the other side (typically the period of a moved sentence, matched with the period of the sentence that
    /// replaced it). Never empties an equal stretch, never reaches into another moved passage.
    private func reclaim(
        _ layout: inout Layout, _ g: Int, _ h: Int, _ coreA: inout Range<Int>, _ coreB: inout Range<Int>,
        _ othersA: [Range<Int>], _ othersB: [Range<Int>], _ comparer: Comparer
    ) {
        let inner = comparer.diff(coreA, coreB, maxCost: nil).ops
        guard let last = inner.last(where: { $0.kind == .equal }) else { return }
        // Positions just after the last match, in both texts.
        let matchedEndA = coreA.lowerBound + last.a.upperBound
        let matchedEndB = coreB.lowerBound + last.b.upperBound
        func free(_ position: Int, _ others: [Range<Int>]) -> Bool { !others.contains { $0.contains(position) } }
        if coreA.upperBound == layout.groups[g].a.upperBound && matchedEndA == coreA.upperBound {
            // The old passage ends its group: take units from the equal stretch after it.
            let equal = layout.equals[g + 1]
            var k = 0
            while k < Self.maxReclaim && k < equal.a.count - 1 && matchedEndB + k < layout.groups[h].b.upperBound
                && free(matchedEndB + k, othersB) && aIds[equal.a.lowerBound + k] == bIds[matchedEndB + k]
            {
                k += 1
            }
            guard k > 0 else { return }
            layout.equals[g + 1] = (
                equal.a.lowerBound + k ..< equal.a.upperBound, equal.b.lowerBound + k ..< equal.b.upperBound
            )
            layout.groups[g] = (
                layout.groups[g].a.lowerBound ..< layout.groups[g].a.upperBound + k,
                layout.groups[g].b.lowerBound ..< layout.groups[g].b.upperBound + k
            )
            coreA = coreA.lowerBound ..< coreA.upperBound + k
            coreB = coreB.lowerBound ..< max(coreB.upperBound, matchedEndB + k)
        } else if coreB.upperBound == layout.groups[h].b.upperBound && matchedEndB == coreB.upperBound {
            // The new passage ends its group: take units from the equal stretch after it.
            let equal = layout.equals[h + 1]
            var k = 0
            while k < Self.maxReclaim && k < equal.b.count - 1 && matchedEndA + k < layout.groups[g].a.upperBound
                && free(matchedEndA + k, othersA) && bIds[equal.b.lowerBound + k] == aIds[matchedEndA + k]
            {
                k += 1
            }
            guard k > 0 else { return }
            layout.equals[h + 1] = (
                equal.a.lowerBound + k ..< equal.a.upperBound, equal.b.lowerBound + k ..< equal.b.upperBound
            )
            layout.groups[h] = (
                layout.groups[h].a.lowerBound ..< layout.groups[h].a.upperBound + k,
                layout.groups[h].b.lowerBound ..< layout.groups[h].b.upperBound + k
            )
            coreB = coreB.lowerBound ..< coreB.upperBound + k
            coreA = coreA.lowerBound ..< max(coreA.upperBound, matchedEndA + k)
        }
    }

    /// The script of a layout, with the moved passages cut out of their groups.
    private func flatten(
        _ layout: Layout, _ cutA: [Int: [(Range<Int>, Int)]], _ cutB: [Int: [(Range<Int>, Int)]], _ pairs: [Pair]
    ) -> (ops: [DiffOp], moves: [Int?], pairs: [Pair]) {
        var ops: [DiffOp] = []
        var moves: [Int?] = []
        func appendEqual(_ equal: (a: Range<Int>, b: Range<Int>)) {
            guard !equal.a.isEmpty else { return }
            ops.append(DiffOp(.equal, a: equal.a, b: equal.b))
            moves.append(nil)
        }
        for (index, group) in layout.groups.enumerated() {
            appendEqual(layout.equals[index])
            let deletedPieces = Self.pieces(group.a, cutA[index] ?? [])
            let insertedPieces = Self.pieces(group.b, cutB[index] ?? [])
            for (piece, move) in deletedPieces {
                ops.append(DiffOp(.delete, a: piece, b: group.b.lowerBound ..< group.b.lowerBound))
                moves.append(move)
            }
            for (piece, move) in insertedPieces {
                ops.append(DiffOp(.insert, a: group.a.upperBound ..< group.a.upperBound, b: piece))
                moves.append(move)
            }
        }
        appendEqual(layout.equals[layout.equals.count - 1])
        return (ops, moves, pairs)
    }

    /// A group's range cut at its moved passages (sorted, disjoint).
    private static func pieces(_ range: Range<Int>, _ cuts: [(Range<Int>, Int)]) -> [(Range<Int>, Int?)] {
        var result: [(Range<Int>, Int?)] = []
        var position = range.lowerBound
        for (core, id) in cuts.sorted(by: { $0.0.lowerBound < $1.0.lowerBound }) {
            if core.lowerBound > position { result.append((position ..< core.lowerBound, nil)) }
            result.append((core, id))
            position = core.upperBound
        }
        if position < range.upperBound { result.append((position ..< range.upperBound, nil)) }
        return result
    }
}
