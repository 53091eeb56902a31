/// The edit script between two sequences, as produced by ``diff(_:_:options:)``.
public struct DiffResult: Sendable, Hashable {
    /// The ops in order. They tile both sequences; adjacent ops never have the same kind, and in every run of changes
    /// between two equalities the deletion comes before the insertion.
    public var ops: [DiffOp]
    /// `true` when the script is guaranteed to be a shortest one: no anchoring heuristic was applied and the work
    /// bound was not hit.
    public var isMinimal: Bool
    /// `true` when the work bound was reached somewhere: a long region was split heuristically (at the furthest point
    /// a bounded search reached) or, when even that ran out of budget, reported as a deletion plus an insertion
    /// without being compared. The script is valid either way.
    public var hitWorkBound: Bool
    /// The work spent, in the units of ``DiffOptions/maxCost``.
    public var cost: Int

    /// Creates a result.
    /// - Parameters:
    ///   - ops: The ops in order.
    ///   - isMinimal: Whether the script is a shortest one.
    ///   - hitWorkBound: Whether the work bound was reached.
    ///   - cost: The work spent.
    public init(ops: [DiffOp], isMinimal: Bool, hitWorkBound: Bool, cost: Int) {
        self.ops = ops
        self.isMinimal = isMinimal
        self.hitWorkBound = hitWorkBound
        self.cost = cost
    }

    /// The number of deleted elements.
    public var deletedCount: Int { ops.reduce(0) { $0 + ($1.kind == .delete ? $1.a.count : 0) } }
    /// The number of inserted elements.
    public var insertedCount: Int { ops.reduce(0) { $0 + ($1.kind == .insert ? $1.b.count : 0) } }
    /// The number of kept elements (the length of the common subsequence found).
    public var equalCount: Int { ops.reduce(0) { $0 + ($1.kind == .equal ? $1.a.count : 0) } }
    /// The edit distance of the script: deleted plus inserted elements.
    public var distance: Int { deletedCount + insertedCount }
}
