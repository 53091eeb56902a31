/// Appends ``TextEdit``s in document order while walking both texts: extends the open equal edit, or closes it and
/// emits a change. Adjacent changes without moves merge into one.
struct EditWriter {
    private(set) var edits: [TextEdit] = []
    /// Everything before these byte positions has been assigned to an edit (or the open equal edit).
    private(set) var positionA: Int
    private(set) var positionB: Int
    private var equalStartA: Int
    private var equalStartB: Int

    init(startA: Int, startB: Int) {
        positionA = startA
        positionB = startB
        equalStartA = startA
        equalStartB = startB
    }

    /// Extends the open equal edit by `length` bytes on both sides (the bytes must be identical).
    mutating func equal(_ length: Int) {
        positionA += length
        positionB += length
    }

    private mutating func closeEqual() {
        if positionA > equalStartA {
            edits.append(TextEdit(op: .equal, old: equalStartA ..< positionA, new: equalStartB ..< positionB))
        }
    }

    /// Emits a change up to the given positions (may be empty on one side).
    mutating func change(toA: Int, toB: Int, isCosmetic: Bool, move: Int? = nil, inner: [TextEdit] = []) {
        guard toA > positionA || toB > positionB else { return }
        closeEqual()
        let old = positionA ..< toA
        let new = positionB ..< toB
        if move == nil, inner.isEmpty, let last = edits.last, last.op != .equal, last.move == nil,
            last.inner.isEmpty, last.old.upperBound == old.lowerBound, last.new.upperBound == new.lowerBound
        {
            let merged = last.old.lowerBound ..< old.upperBound
            let mergedNew = last.new.lowerBound ..< new.upperBound
            edits[edits.count - 1] = TextEdit(
                op: Self.operation(merged, mergedNew), old: merged, new: mergedNew,
                isCosmetic: last.isCosmetic && isCosmetic)
        } else {
            edits.append(
                TextEdit(
                    op: Self.operation(old, new), old: old, new: new, move: move, isCosmetic: isCosmetic, inner: inner))
        }
        positionA = toA
        positionB = toB
        equalStartA = toA
        equalStartB = toB
    }

    mutating func finish() -> [TextEdit] {
        closeEqual()
        equalStartA = positionA
        equalStartB = positionB
        return edits
    }

    static func operation(_ old: Range<Int>, _ new: Range<Int>) -> Edit.Operation {
        old.isEmpty ? .insert : (new.isEmpty ? .delete : .replace)
    }
}
