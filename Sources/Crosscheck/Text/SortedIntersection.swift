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
        var i = 0
        var j = 0
        var count = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                count += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return count
    }
}
