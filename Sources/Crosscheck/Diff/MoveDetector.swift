/// Finds passages that were moved: a deleted block and an inserted block that are the same text, exactly or after
/// edits.
///
/// Candidates are deleted and inserted blocks of at least ``minimumWords`` words in different places (at least one
/// equal stretch between them, so an in-place rewrite is never a move). Pairs sharing enough distinct ids (an
/// inverted index, ignoring ids common to many blocks) are compared with an inner diff; the matched core of both
/// blocks (first to last common unit) must keep ``minimumWords`` words on both sides and reach
/// ``minimumSimilarity`` = 2 · common / (units of both cores). Pairs are taken greedily by similarity, one-to-one, and
/// the blocks are cut to their cores.
struct MoveDetector {
    /// One detected move: its id and the unit ranges of the moved passage in both texts.
    struct Pair: Equatable {
        var id: Int
        var a: Range<Int>
        var b: Range<Int>
    }

    let aIds: [Int32]
    let bIds: [Int32]
    /// `aWordsBefore[i]`: number of word-like units in `a[0 ..< i]`.
    let aWordsBefore: [Int]
    let bWordsBefore: [Int]
    let minimumWords: Int
    let minimumSimilarity: Double
    let engine: DiffOptions

    /// Ids in more insertion blocks than this are ignored when finding candidates (function words).
    private static let maxPostings = 64
    /// Candidates compared per deleted block.
    private static let maxCandidates = 8

    private func words(_ side: DiffSide, _ range: Range<Int>) -> Int {
        let p = side == .old ? aWordsBefore : bWordsBefore
        return p[range.upperBound] - p[range.lowerBound]
    }

    /// Detects moves and cuts the script so that each moved passage is one op.
    /// - Parameter ops: A cleaned unit-level script.
    /// - Returns: The script with moved passages split out, the move id of each op, and the moves.
    /// - Complexity: O(u) for indexing plus one inner diff per candidate pair (at most 8 per deleted block).
    func detect(_ ops: [DiffOp]) -> (ops: [DiffOp], moves: [Int?], pairs: [Pair]) {
        let unchanged = (ops, [Int?](repeating: nil, count: ops.count), [Pair]())
        var group = [Int](repeating: 0, count: ops.count)
        var equalsSeen = 0
        var deletes: [Int] = []
        var inserts: [Int] = []
        for (index, op) in ops.enumerated() {
            if op.kind == .equal { equalsSeen += 1 }
            group[index] = equalsSeen
            if op.kind == .delete && words(.old, op.a) >= minimumWords { deletes.append(index) }
            if op.kind == .insert && words(.new, op.b) >= minimumWords { inserts.append(index) }
        }
        guard !deletes.isEmpty, !inserts.isEmpty else { return unchanged }

        var postings: [Int32: [Int]] = [:]
        var distinctInsert = [Int](repeating: 0, count: inserts.count)
        for (k, opIndex) in inserts.enumerated() {
            for id in bIds[ops[opIndex].b] {
                if postings[id]?.last == k { continue }
                postings[id, default: []].append(k)
                distinctInsert[k] += 1
            }
        }

        struct Accepted {
            var deleteOp: Int, insertOp: Int
            var coreA: Range<Int>, coreB: Range<Int>
            var similarity: Double, common: Int
        }
        var accepted: [Accepted] = []
        for deleteOp in deletes {
            let range = ops[deleteOp].a
            var seen = Set<Int32>()
            var shared: [Int: Int] = [:]
            for id in aIds[range] where seen.insert(id).inserted {
                guard let list = postings[id], list.count <= Self.maxPostings else { continue }
                for k in list { shared[k, default: 0] += 1 }
            }
            let candidates = shared.filter { k, count in
                count >= max(3, Int(0.3 * Double(min(seen.count, distinctInsert[k]))))
                    && group[inserts[k]] != group[deleteOp]
            }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(Self.maxCandidates)
            for (k, _) in candidates {
                if let match = evaluate(range, ops[inserts[k]].b) {
                    accepted.append(Accepted(
                        deleteOp: deleteOp, insertOp: inserts[k], coreA: match.coreA, coreB: match.coreB,
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
        var usedDeletes = Set<Int>(), usedInserts = Set<Int>()
        var chosen: [Accepted] = []
        for candidate in accepted
        where !usedDeletes.contains(candidate.deleteOp) && !usedInserts.contains(candidate.insertOp) {
            usedDeletes.insert(candidate.deleteOp)
            usedInserts.insert(candidate.insertOp)
            chosen.append(candidate)
        }
        chosen.sort { $0.coreA.lowerBound < $1.coreA.lowerBound }

        var cutA: [Int: (Range<Int>, Int)] = [:]
        var cutB: [Int: (Range<Int>, Int)] = [:]
        var pairs: [Pair] = []
        for (offset, move) in chosen.enumerated() {
            let id = offset + 1
            cutA[move.deleteOp] = (move.coreA, id)
            cutB[move.insertOp] = (move.coreB, id)
            pairs.append(Pair(id: id, a: move.coreA, b: move.coreB))
        }
        var newOps: [DiffOp] = []
        var moves: [Int?] = []
        for (index, op) in ops.enumerated() {
            if let (core, id) = cutA[index] {
                let at = op.b.lowerBound ..< op.b.lowerBound
                for (piece, move) in [(op.a.lowerBound ..< core.lowerBound, nil), (core, id), (core.upperBound ..< op.a.upperBound, nil)]
                where !piece.isEmpty {
                    newOps.append(DiffOp(.delete, a: piece, b: at))
                    moves.append(move)
                }
            } else if let (core, id) = cutB[index] {
                let at = op.a.lowerBound ..< op.a.lowerBound
                for (piece, move) in [(op.b.lowerBound ..< core.lowerBound, nil), (core, id), (core.upperBound ..< op.b.upperBound, nil)]
                where !piece.isEmpty {
                    newOps.append(DiffOp(.insert, a: at, b: piece))
                    moves.append(move)
                }
            } else {
                newOps.append(op)
                moves.append(nil)
            }
        }
        return (newOps, moves, pairs)
    }

    /// Compares a deleted and an inserted block: the matched core and its similarity, if it qualifies.
    private func evaluate(_ a: Range<Int>, _ b: Range<Int>) -> (coreA: Range<Int>, coreB: Range<Int>, similarity: Double, common: Int)? {
        let result = diff(Array(aIds[a]), Array(bIds[b]), options: engine)
        guard let first = result.ops.first(where: { $0.kind == .equal }),
            let last = result.ops.last(where: { $0.kind == .equal })
        else { return nil }
        let coreA = a.lowerBound + first.a.lowerBound ..< a.lowerBound + last.a.upperBound
        let coreB = b.lowerBound + first.b.lowerBound ..< b.lowerBound + last.b.upperBound
        let common = result.equalCount
        let similarity = 2 * Double(common) / Double(coreA.count + coreB.count)
        guard similarity >= minimumSimilarity, words(.old, coreA) >= minimumWords, words(.new, coreB) >= minimumWords
        else { return nil }
        return (coreA, coreB, similarity, common)
    }
}
