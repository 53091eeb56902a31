/// Post-processing of edit scripts, ported from google/diff-match-patch (`diff_cleanupMerge`,
/// `diff_cleanupSemantic`, `diff_cleanupSemanticLossless`, `diff_cleanupEfficiency`) to op lists of ranges over
/// any element sequences.
///
/// Every function takes a valid script from `a` to `b` and returns a valid script between the same sequences; the
/// elements are only compared, never interpreted. Where diff-match-patch measures lengths in characters, these
/// functions use ``DiffWeights`` (one per element when none are given), and where it scores boundaries between
/// characters they ask a ``DiffBoundaryScorer``. With unit weights and ``ScalarBoundaryScorer`` they reproduce
/// diff-match-patch's results on code points.
public enum DiffCleanup {
    /// Merges adjacent ops of the same kind, factors common prefixes and suffixes of a deletion and an insertion out
    /// into the neighbouring equalities, and slides single edits sideways to remove equalities
    /// (`A<ins>BA</ins>C` → `<ins>AB</ins>AC`). Equalities may be left empty-free and each change run becomes one
    /// deletion followed by one insertion.
    /// - Parameters:
    ///   - ops: A valid script from `a` to `b`.
    ///   - a: The old sequence.
    ///   - b: The new sequence.
    /// - Returns: The normalised script.
    /// - Complexity: O(k · p) for k ops and p passes (usually 1–2) plus the compared prefix lengths.
    public static func merge(_ ops: [DiffOp], a: [Int32], b: [Int32]) -> [DiffOp] {
        var ops = ops
        while true {
            ops = mergeRuns(ops, a, b)
            var changes = false
            var p = 1
            while p < ops.count - 1 {
                if ops[p - 1].kind == .equal && ops[p + 1].kind == .equal {
                    let edit = ops[p]
                    let seq = edit.kind == .delete ? a : b
                    let range = edit.editRange
                    let previous = ops[p - 1].a
                    let next = ops[p + 1].a
                    if endsWith(seq, range, a, previous) {
                        let length = previous.count
                        if length > 0 {
                            ops[p].a = shifted(edit.a, -length)
                            ops[p].b = shifted(edit.b, -length)
                            ops[p + 1].a = ops[p + 1].a.lowerBound - length ..< ops[p + 1].a.upperBound
                            ops[p + 1].b = ops[p + 1].b.lowerBound - length ..< ops[p + 1].b.upperBound
                        }
                        ops.remove(at: p - 1)
                        changes = true
                    } else if startsWith(seq, range, a, next) {
                        let length = next.count
                        ops[p - 1].a = ops[p - 1].a.lowerBound ..< ops[p - 1].a.upperBound + length
                        ops[p - 1].b = ops[p - 1].b.lowerBound ..< ops[p - 1].b.upperBound + length
                        ops[p].a = shifted(edit.a, length)
                        ops[p].b = shifted(edit.b, length)
                        ops.remove(at: p + 1)
                        changes = true
                    }
                }
                p += 1
            }
            if !changes { return ops }
        }
    }

    /// The first pass of `diff_cleanupMerge`: one deletion and one insertion per change run, common prefix and
    /// suffix factored out, adjacent equalities joined.
    private static func mergeRuns(_ ops: [DiffOp], _ a: [Int32], _ b: [Int32]) -> [DiffOp] {
        var out: [DiffOp] = []
        out.reserveCapacity(ops.count)
        let endA = ops.last?.a.upperBound ?? 0
        let endB = ops.last?.b.upperBound ?? 0
        var runStartA = ops.first?.a.lowerBound ?? 0
        var runStartB = ops.first?.b.lowerBound ?? 0
        var deletes = 0
        var inserts = 0
        var single: DiffOp? = nil
        for index in 0 ... ops.count {
            let op = index < ops.count ? ops[index] : DiffOp(.equal, a: endA ..< endA, b: endB ..< endB)
            if op.kind != .equal {
                if op.kind == .delete { deletes += 1 } else { inserts += 1 }
                single = op
                continue
            }
            var equality = op
            if deletes + inserts > 1 {
                var deleted = runStartA ..< equality.a.lowerBound
                var inserted = runStartB ..< equality.b.lowerBound
                if deletes != 0 && inserts != 0 {
                    let prefix = commonPrefix(b, inserted, a, deleted)
                    if prefix != 0 {
                        if let last = out.last, last.kind == .equal {
                            out[out.count - 1].a = last.a.lowerBound ..< last.a.upperBound + prefix
                            out[out.count - 1].b = last.b.lowerBound ..< last.b.upperBound + prefix
                        } else {
                            out.append(
                                DiffOp(
                                    .equal, a: deleted.lowerBound ..< deleted.lowerBound + prefix,
                                    b: inserted.lowerBound ..< inserted.lowerBound + prefix))
                        }
                        deleted = deleted.lowerBound + prefix ..< deleted.upperBound
                        inserted = inserted.lowerBound + prefix ..< inserted.upperBound
                    }
                    let suffix = commonSuffix(b, inserted, a, deleted)
                    if suffix != 0 {
                        equality.a = equality.a.lowerBound - suffix ..< equality.a.upperBound
                        equality.b = equality.b.lowerBound - suffix ..< equality.b.upperBound
                        deleted = deleted.lowerBound ..< deleted.upperBound - suffix
                        inserted = inserted.lowerBound ..< inserted.upperBound - suffix
                    }
                }
                if !deleted.isEmpty {
                    out.append(DiffOp(.delete, a: deleted, b: inserted.lowerBound ..< inserted.lowerBound))
                }
                if !inserted.isEmpty {
                    out.append(DiffOp(.insert, a: deleted.upperBound ..< deleted.upperBound, b: inserted))
                }
                out.append(equality)
            } else if deletes + inserts == 1, let op = single {
                out.append(op)
                out.append(equality)
            } else if let last = out.last, last.kind == .equal {
                out[out.count - 1].a = last.a.lowerBound ..< equality.a.upperBound
                out[out.count - 1].b = last.b.lowerBound ..< equality.b.upperBound
            } else {
                out.append(equality)
            }
            deletes = 0
            inserts = 0
            single = nil
            runStartA = equality.a.upperBound
            runStartB = equality.b.upperBound
        }
        if let last = out.last, last.kind == .equal, last.a.isEmpty { out.removeLast() }
        return out
    }

    /// Removes equalities that are no longer than the changes on both sides of them (they are "chaff": a shared
    /// space or short word between two rewritten stretches), then slides edits to natural boundaries
    /// (``semanticLossless(_:a:b:scorer:)``) and pulls an overlap between a deletion and an insertion out as an
    /// equality when it is at least half of either.
    /// - Parameters:
    ///   - ops: A valid script from `a` to `b`.
    ///   - a: The old sequence.
    ///   - b: The new sequence.
    ///   - weights: Element weights; `nil` counts elements.
    ///   - canEliminate: Which equalities (given by their range in `a`) may be removed at all; `nil` allows all, as
    ///     diff-match-patch does. Word diffs use it to keep whole unchanged phrases and sentences.
    ///   - scorer: Boundary scores for the sliding step.
    /// - Returns: The cleaned script.
    /// - Complexity: O(k) amortised for k ops (a removed equality re-examines the stretch since the equality before
    ///   it), plus the sliding and overlap comparisons, linear in the compared lengths.
    public static func semantic(
        _ ops: [DiffOp], a: [Int32], b: [Int32], weights: DiffWeights? = nil,
        canEliminate: ((Range<Int>) -> Bool)? = nil, scorer: some DiffBoundaryScorer
    ) -> [DiffOp] {
        func weight(_ side: DiffSide, _ range: Range<Int>) -> Int {
            weights?.weight(side, range) ?? range.count
        }
        // An equality turned into a change is marked `split` in place instead of being replaced by two ops, which
        // keeps the scan linear; diff-match-patch's counters see the same lengths either way.
        let items = ops
        var split = [Bool](repeating: false, count: ops.count)
        var changes = false
        var equalities: [Int] = []
        var lastEquality: Int? = nil
        var insertions1 = 0
        var deletions1 = 0
        var insertions2 = 0
        var deletions2 = 0
        var p = 0
        while p < items.count {
            let item = items[p]
            if item.kind == .equal && !split[p] {
                equalities.append(p)
                insertions1 = insertions2
                insertions2 = 0
                deletions1 = deletions2
                deletions2 = 0
                lastEquality = p
            } else {
                if split[p] {
                    deletions2 += weight(.old, item.a)
                    insertions2 += weight(.new, item.b)
                } else if item.kind == .insert {
                    insertions2 += weight(.new, item.b)
                } else {
                    deletions2 += weight(.old, item.a)
                }
                if let e = lastEquality, !items[e].a.isEmpty {
                    let length = weight(.old, items[e].a)
                    if length <= max(insertions1, deletions1) && length <= max(insertions2, deletions2)
                        && canEliminate?(items[e].a) ?? true
                    {
                        split[e] = true
                        equalities.removeLast()
                        if !equalities.isEmpty { equalities.removeLast() }
                        p = equalities.last ?? -1
                        insertions1 = 0
                        deletions1 = 0
                        insertions2 = 0
                        deletions2 = 0
                        lastEquality = nil
                        changes = true
                    }
                }
            }
            p += 1
        }
        var result = items
        if changes {
            result = []
            result.reserveCapacity(items.count + 8)
            for (index, item) in items.enumerated() {
                if split[index] {
                    result.append(DiffOp(.delete, a: item.a, b: item.b.lowerBound ..< item.b.lowerBound))
                    result.append(DiffOp(.insert, a: item.a.upperBound ..< item.a.upperBound, b: item.b))
                } else {
                    result.append(item)
                }
            }
            result = merge(result, a: a, b: b)
        }
        result = semanticLossless(result, a: a, b: b, scorer: scorer)
        return extractOverlaps(result, a, b, weight)
    }

    /// The last step of `diff_cleanupSemantic`: `<del>abcxxx</del><ins>xxxdef</ins>` →
    /// `<del>abc</del>xxx<ins>def</ins>` and `<del>xxxabc</del><ins>defxxx</ins>` → `<ins>def</ins>xxx<del>abc</del>`.
    private static func extractOverlaps(
        _ ops: [DiffOp], _ a: [Int32], _ b: [Int32], _ weight: (DiffSide, Range<Int>) -> Int
    ) -> [DiffOp] {
        var out: [DiffOp] = []
        out.reserveCapacity(ops.count)
        var p = 0
        while p < ops.count {
            guard p + 1 < ops.count, ops[p].kind == .delete, ops[p + 1].kind == .insert else {
                out.append(ops[p])
                p += 1
                continue
            }
            let deletion = ops[p].a
            let insertion = ops[p + 1].b
            let overlap1 = commonOverlap(a, deletion, b, insertion)
            let overlap2 = commonOverlap(b, insertion, a, deletion)
            let deletionWeight = Double(weight(.old, deletion))
            let insertionWeight = Double(weight(.new, insertion))
            if overlap1 >= overlap2 {
                let w = Double(weight(.old, deletion.upperBound - overlap1 ..< deletion.upperBound))
                if overlap1 > 0 && (w >= deletionWeight / 2 || w >= insertionWeight / 2) {
                    let cut = deletion.upperBound - overlap1
                    out.append(
                        DiffOp(
                            .delete, a: deletion.lowerBound ..< cut, b: insertion.lowerBound ..< insertion.lowerBound))
                    out.append(
                        DiffOp(
                            .equal, a: cut ..< deletion.upperBound,
                            b: insertion.lowerBound ..< insertion.lowerBound + overlap1))
                    out.append(
                        DiffOp(
                            .insert, a: deletion.upperBound ..< deletion.upperBound,
                            b: insertion.lowerBound + overlap1 ..< insertion.upperBound))
                    p += 2
                    continue
                }
            } else {
                let w = Double(weight(.old, deletion.lowerBound ..< deletion.lowerBound + overlap2))
                if w >= deletionWeight / 2 || w >= insertionWeight / 2 {
                    let cut = insertion.upperBound - overlap2
                    out.append(
                        DiffOp(.insert, a: deletion.lowerBound ..< deletion.lowerBound, b: insertion.lowerBound ..< cut)
                    )
                    out.append(
                        DiffOp(
                            .equal, a: deletion.lowerBound ..< deletion.lowerBound + overlap2,
                            b: cut ..< insertion.upperBound))
                    out.append(
                        DiffOp(
                            .delete, a: deletion.lowerBound + overlap2 ..< deletion.upperBound,
                            b: insertion.upperBound ..< insertion.upperBound))
                    p += 2
                    continue
                }
            }
            out.append(ops[p])
            out.append(ops[p + 1])
            p += 2
        }
        return out
    }

    /// Slides every single edit between two equalities to the position with the best boundary scores
    /// (`The c<ins>at c</ins>ame.` → `The <ins>cat </ins>came.`), without changing the number of edited elements.
    /// Ties prefer the rightmost position (trailing rather than leading whitespace on edits).
    /// - Parameters:
    ///   - ops: A valid script from `a` to `b`.
    ///   - a: The old sequence.
    ///   - b: The new sequence.
    ///   - scorer: Boundary scores.
    /// - Returns: The script with edits slid; equalities that become empty are removed.
    /// - Complexity: O(total length of the equalities an edit can slide across).
    public static func semanticLossless(
        _ ops: [DiffOp], a: [Int32], b: [Int32], scorer: some DiffBoundaryScorer
    ) -> [DiffOp] {
        var ops = ops
        var p = 1
        while p < ops.count - 1 {
            if ops[p - 1].kind == .equal && ops[p + 1].kind == .equal && ops[p].kind != .equal {
                let edit = ops[p]
                let side: DiffSide = edit.kind == .delete ? .old : .new
                let seq = side == .old ? a : b
                let lower = side == .old ? ops[p - 1].a.lowerBound : ops[p - 1].b.lowerBound
                let upper = side == .old ? ops[p + 1].a.upperBound : ops[p + 1].b.upperBound
                let original = edit.editRange.lowerBound
                var start = original
                var end = edit.editRange.upperBound
                // Shift the edit as far left as possible.
                var common = 0
                while start - common > lower && end - common > start
                    && seq[start - 1 - common] == seq[end - 1 - common]
                {
                    common += 1
                }
                start -= common
                end -= common
                func total(_ s: Int, _ e: Int) -> Int {
                    scorer.score(side, boundary: s, lower: lower, upper: e)
                        + scorer.score(side, boundary: e, lower: s, upper: upper)
                }
                var best = start
                var bestScore = total(start, end)
                // Step right, looking for the best fit.
                while start < end && end < upper && seq[start] == seq[end] {
                    start += 1
                    end += 1
                    let score = total(start, end)
                    if score >= bestScore {
                        bestScore = score
                        best = start
                    }
                }
                if best != original {
                    let delta = best - original
                    ops[p - 1].a = ops[p - 1].a.lowerBound ..< ops[p - 1].a.upperBound + delta
                    ops[p - 1].b = ops[p - 1].b.lowerBound ..< ops[p - 1].b.upperBound + delta
                    ops[p].a = shifted(edit.a, delta)
                    ops[p].b = shifted(edit.b, delta)
                    ops[p + 1].a = ops[p + 1].a.lowerBound + delta ..< ops[p + 1].a.upperBound
                    ops[p + 1].b = ops[p + 1].b.lowerBound + delta ..< ops[p + 1].b.upperBound
                    if ops[p - 1].a.isEmpty {
                        ops.remove(at: p - 1)
                        p -= 1
                    }
                    if ops[p + 1].a.isEmpty {
                        ops.remove(at: p + 1)
                        p -= 1
                    }
                }
            }
            p += 1
        }
        return ops
    }

    /// Removes short equalities between edits where keeping them costs more than rewriting them
    /// (`diff_cleanupEfficiency`): an equality shorter than `editCost` surrounded by insertions and deletions on both
    /// sides, or shorter than half of it with three of the four.
    /// - Parameters:
    ///   - ops: A valid script from `a` to `b`.
    ///   - a: The old sequence.
    ///   - b: The new sequence.
    ///   - editCost: The cost of an edit in elements (diff-match-patch's `Diff_EditCost`, default 4).
    /// - Returns: The cleaned, merged script.
    /// - Complexity: O(k²) in the worst case for k ops; meant for short scripts.
    public static func efficiency(_ ops: [DiffOp], a: [Int32], b: [Int32], editCost: Int = 4) -> [DiffOp] {
        var ops = ops
        var changes = false
        var equalities: [Int] = []
        var lastEquality: Int? = nil
        var p = 0
        var preInsert = false
        var preDelete = false
        var postInsert = false
        var postDelete = false
        while p < ops.count {
            if ops[p].kind == .equal {
                if ops[p].a.count < editCost && (postInsert || postDelete) {
                    equalities.append(p)
                    preInsert = postInsert
                    preDelete = postDelete
                    lastEquality = p
                } else {
                    equalities = []
                    lastEquality = nil
                }
                postInsert = false
                postDelete = false
            } else {
                if ops[p].kind == .delete { postDelete = true } else { postInsert = true }
                let flags = [preInsert, preDelete, postInsert, postDelete].filter { $0 }.count
                if let e = lastEquality, !ops[e].a.isEmpty,
                    (preInsert && preDelete && postInsert && postDelete)
                        || (Double(ops[e].a.count) < Double(editCost) / 2 && flags == 3)
                {
                    let equality = ops[e]
                    ops[e] = DiffOp(.insert, a: equality.a.upperBound ..< equality.a.upperBound, b: equality.b)
                    ops.insert(
                        DiffOp(.delete, a: equality.a, b: equality.b.lowerBound ..< equality.b.lowerBound), at: e)
                    equalities.removeLast()
                    lastEquality = nil
                    if preInsert && preDelete {
                        postInsert = true
                        postDelete = true
                        equalities = []
                    } else {
                        if !equalities.isEmpty { equalities.removeLast() }
                        p = equalities.last ?? -1
                        postInsert = false
                        postDelete = false
                    }
                    changes = true
                }
            }
            p += 1
        }
        return changes ? merge(ops, a: a, b: b) : ops
    }

    // MARK: - Element comparisons

    /// The number of equal elements at the start of `x[xr]` and `y[yr]`.
    /// - Complexity: O(length of the common prefix).
    static func commonPrefix(_ x: [Int32], _ xr: Range<Int>, _ y: [Int32], _ yr: Range<Int>) -> Int {
        let limit = min(xr.count, yr.count)
        var k = 0
        while k < limit && x[xr.lowerBound + k] == y[yr.lowerBound + k] { k += 1 }
        return k
    }

    /// The number of equal elements at the end of `x[xr]` and `y[yr]`.
    /// - Complexity: O(length of the common suffix).
    static func commonSuffix(_ x: [Int32], _ xr: Range<Int>, _ y: [Int32], _ yr: Range<Int>) -> Int {
        let limit = min(xr.count, yr.count)
        var k = 0
        while k < limit && x[xr.upperBound - 1 - k] == y[yr.upperBound - 1 - k] { k += 1 }
        return k
    }

    /// The length of the longest suffix of `x[xr]` that is a prefix of `y[yr]` (`diff_commonOverlap`).
    /// - Complexity: O(min(|xr|, |yr|)) with the Knuth–Morris–Pratt failure function.
    static func commonOverlap(_ x: [Int32], _ xr: Range<Int>, _ y: [Int32], _ yr: Range<Int>) -> Int {
        let length = min(xr.count, yr.count)
        guard length > 0 else { return 0 }
        let pattern = y[yr.lowerBound ..< yr.lowerBound + length]
        let base = pattern.startIndex
        var failure = [Int](repeating: 0, count: length)
        var k = 0
        for i in stride(from: 1, to: length, by: 1) {
            while k > 0 && pattern[base + i] != pattern[base + k] { k = failure[k - 1] }
            if pattern[base + i] == pattern[base + k] { k += 1 }
            failure[i] = k
        }
        var state = 0
        for i in xr.upperBound - length ..< xr.upperBound {
            while state > 0 && (state == length || x[i] != pattern[base + state]) { state = failure[state - 1] }
            if x[i] == pattern[base + state] { state += 1 }
        }
        return state
    }

    private static func endsWith(_ seq: [Int32], _ range: Range<Int>, _ other: [Int32], _ suffix: Range<Int>) -> Bool {
        guard suffix.count <= range.count else { return false }
        let start = range.upperBound - suffix.count
        for k in 0 ..< suffix.count where seq[start + k] != other[suffix.lowerBound + k] { return false }
        return true
    }

    private static func startsWith(_ seq: [Int32], _ range: Range<Int>, _ other: [Int32], _ prefix: Range<Int>) -> Bool
    {
        guard prefix.count <= range.count else { return false }
        for k in 0 ..< prefix.count where seq[range.lowerBound + k] != other[prefix.lowerBound + k] { return false }
        return true
    }

    private static func shifted(_ range: Range<Int>, _ delta: Int) -> Range<Int> {
        range.lowerBound + delta ..< range.upperBound + delta
    }
}
