/// One run of an edit script between two sequences `a` (old) and `b` (new): elements kept, deleted from `a`, or
/// inserted from `b`.
///
/// Both ranges are always present, so an op knows where it happens in both sequences: an insertion has an empty
/// `a` range at the position in `a` where the elements of `b` go, a deletion has an empty `b` range. The ops of a
/// ``DiffResult`` are in order and tile both sequences: the `a` ranges of all ops concatenate to `0 ..< a.count`, the
/// `b` ranges to `0 ..< b.count`.
public struct DiffOp: Hashable, Sendable {
    /// What an op does.
    public enum Kind: UInt8, Hashable, Sendable {
        /// `a[a]` and `b[b]` are the same elements.
        case equal
        /// `a[a]` is removed; `b` is empty.
        case delete
        /// `b[b]` is added; `a` is empty.
        case insert
    }

    /// What the op does.
    public var kind: Kind
    /// The elements of the old sequence the op covers (empty for an insertion).
    public var a: Range<Int>
    /// The elements of the new sequence the op covers (empty for a deletion).
    public var b: Range<Int>

    /// Creates an op.
    /// - Parameters:
    ///   - kind: What the op does.
    ///   - a: Range in the old sequence (empty for an insertion).
    ///   - b: Range in the new sequence (empty for a deletion).
    public init(_ kind: Kind, a: Range<Int>, b: Range<Int>) {
        self.kind = kind
        self.a = a
        self.b = b
    }

    /// The number of elements the op covers: kept, deleted or inserted.
    public var count: Int {
        switch kind {
        case .equal, .delete: a.count
        case .insert: b.count
        }
    }

    /// The op's range in the sequence it edits: `a` for equalities and deletions, `b` for insertions.
    var editRange: Range<Int> { kind == .insert ? b : a }
}

/// Which of the two compared sequences or texts something refers to.
public enum DiffSide: Sendable, Hashable {
    /// The old sequence (`a`).
    case old
    /// The new sequence (`b`).
    case new
}
