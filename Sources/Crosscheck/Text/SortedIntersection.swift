/// Set operations on sorted arrays of distinct values (shingle hashes, character trigrams), the one merge loop that
/// alignment profiles and corpus sketches share.
enum SortedIntersection {
    /// The number of values two sorted arrays have in common. With duplicates (sorted multisets) it is the size of
    /// the multiset intersection: each value counts as often as it is in both.
    /// - Parameters:
    ///   - a: Sorted ascending.
    ///   - b: Sorted ascending.
    /// - Returns: |a ∩ b|.
    /// - Complexity: O(|a| + |b|).
    static func count<T: Comparable>(_ a: [T], _ b: [T]) -> Int {
        a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in
                // Branch-free steps: which side advances is data, not control flow (the comparisons are
                // unpredictable, so branches mispredict about every other step).
                var i = 0
                var j = 0
                var count = 0
                while i < x.count && j < y.count {
                    let (u, v) = (x[i], y[j])
                    count &+= u == v ? 1 : 0
                    i &+= u <= v ? 1 : 0
                    j &+= v <= u ? 1 : 0
                }
                return count
            }
        }
    }
}
