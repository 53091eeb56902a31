/// How much each element of the two compared sequences weighs in ``DiffCleanup/semantic(_:a:b:weights:scorer:)``:
/// for characters 1 each (diff-match-patch's lengths), for words their length in the text including the whitespace
/// before them, so that "a single short common word between two long changes" is judged by characters, not tokens.
public struct DiffWeights: Sendable, Hashable {
    /// `prefixA[i]` is the total weight of `a[0 ..< i]`.
    private let prefixA: [Int]
    private let prefixB: [Int]

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
        prefixA = pa
        prefixB = pb
    }

    /// The total weight of a range of one side.
    /// - Parameters:
    ///   - side: The sequence.
    ///   - range: Element indices.
    /// - Returns: The sum of their weights.
    /// - Complexity: O(1).
    public func weight(_ side: DiffSide, _ range: Range<Int>) -> Int {
        let p = side == .old ? prefixA : prefixB
        return p[range.upperBound] - p[range.lowerBound]
    }
}
