/// How much each element of the two compared sequences weighs in ``DiffCleanup/semantic(_:a:b:weights:canEliminate:scorer:)``:
/// for characters 1 each (diff-match-patch's lengths), for words their length in the text including the whitespace
/// before them, so that "a single short common word between two long changes" is judged by characters, not tokens.
public struct DiffWeights: Sendable, Hashable {
    private enum Storage: Sendable, Hashable {
        /// `a[i]` is the total weight of elements `0 ..< i`.
        case prefixSums(a: [Int], b: [Int])
        /// Units of a text: a stretch weighs the bytes from the end of the unit before it to the end of its last unit.
        case spans(a: [Range<Int>], b: [Range<Int>])
    }

    private let storage: Storage

    /// Creates weights from one weight per element.
    /// - Parameters:
    ///   - a: The weight of each element of the old sequence.
    ///   - b: The weight of each element of the new sequence.
    /// - Complexity: O(n + m).
    public init(a: [Int], b: [Int]) {
        var pa = [0]
        pa.reserveCapacity(a.count + 1)
        for w in a { pa.append(pa[pa.count - 1] + w) }
        var pb = [0]
        pb.reserveCapacity(b.count + 1)
        for w in b { pb.append(pb[pb.count - 1] + w) }
        storage = .prefixSums(a: pa, b: pb)
    }

    /// Weights of text units: each unit weighs its bytes plus the bytes between it and the unit before it, so a
    /// stretch of units weighs the text it spans including the whitespace before it.
    /// - Parameters:
    ///   - oldUnits: Byte ranges of the old text's units, sorted.
    ///   - newUnits: Byte ranges of the new text's units, sorted.
    /// - Complexity: O(1); no tables are built.
    public init(spansOf oldUnits: [Range<Int>], _ newUnits: [Range<Int>]) {
        storage = .spans(a: oldUnits, b: newUnits)
    }

    /// The total weight of a range of one side.
    /// - Parameters:
    ///   - side: The sequence.
    ///   - range: Element indices.
    /// - Returns: The sum of their weights.
    /// - Complexity: O(1).
    public func weight(_ side: DiffSide, _ range: Range<Int>) -> Int {
        switch storage {
        case .prefixSums(let a, let b):
            let p = side == .old ? a : b
            return p[range.upperBound] - p[range.lowerBound]
        case .spans(let a, let b):
            guard !range.isEmpty else { return 0 }
            let units = side == .old ? a : b
            let start = range.lowerBound > 0 ? units[range.lowerBound - 1].upperBound : units[0].lowerBound
            return units[range.upperBound - 1].upperBound - start
        }
    }
}
