/// Accumulates an edit script in order, merging adjacent ops of the same kind and putting each run of changes
/// between two equalities in the canonical order: one deletion, then one insertion.
struct DiffScriptBuilder {
    private(set) var ops: [DiffOp] = []
    /// Next unconsumed position in `a` (including pending deletions).
    private var aPosition = 0
    private var bPosition = 0
    private var pendingDeletes = 0
    private var pendingInserts = 0

    init(aStart: Int = 0, bStart: Int = 0) {
        aPosition = aStart
        bPosition = bStart
    }

    mutating func equal(_ count: Int) {
        guard count > 0 else { return }
        flush()
        if let last = ops.last, last.kind == .equal {
            ops[ops.count - 1].a = last.a.lowerBound ..< last.a.upperBound + count
            ops[ops.count - 1].b = last.b.lowerBound ..< last.b.upperBound + count
        } else {
            ops.append(DiffOp(.equal, a: aPosition ..< aPosition + count, b: bPosition ..< bPosition + count))
        }
        aPosition += count
        bPosition += count
    }

    mutating func delete(_ count: Int) {
        pendingDeletes += count
    }

    mutating func insert(_ count: Int) {
        pendingInserts += count
    }

    private mutating func flush() {
        if pendingDeletes > 0 {
            ops.append(DiffOp(.delete, a: aPosition ..< aPosition + pendingDeletes, b: bPosition ..< bPosition))
            aPosition += pendingDeletes
            pendingDeletes = 0
        }
        if pendingInserts > 0 {
            ops.append(DiffOp(.insert, a: aPosition ..< aPosition, b: bPosition ..< bPosition + pendingInserts))
            bPosition += pendingInserts
            pendingInserts = 0
        }
    }

    mutating func finish() -> [DiffOp] {
        flush()
        return ops
    }
}
