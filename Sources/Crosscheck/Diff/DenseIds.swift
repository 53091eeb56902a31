/// The ids of two unit sequences as dense indices `0 ..< count`, for array-indexed tables.
///
/// Ids from a token interner already are dense and are used as they are; anything else (negative or sparse values) is
/// renumbered once with a dictionary.
struct DenseIds {
    /// One more than the largest dense index.
    let count: Int
    /// The old ids, renumbered.
    let old: [Int32]
    /// The new ids, renumbered.
    let new: [Int32]

    /// - Complexity: O(n + m), plus hashing when the ids are not dense.
    init(_ a: [Int32], _ b: [Int32]) {
        var low = Int32.max
        var high = Int32.min
        for x in a {
            low = min(low, x)
            high = max(high, x)
        }
        for x in b {
            low = min(low, x)
            high = max(high, x)
        }
        if a.isEmpty && b.isEmpty {
            (old, new, count) = (a, b, 0)
        } else if low >= 0 && Int(high) < 2 * (a.count + b.count) + 4096 {
            (old, new, count) = (a, b, Int(high) + 1)
        } else {
            var map = [Int32: Int32]()
            map.reserveCapacity(min(a.count + b.count, 1 << 20))
            func renumber(_ s: [Int32]) -> [Int32] {
                s.map { id in
                    if let known = map[id] { return known }
                    let next = Int32(truncatingIfNeeded: map.count)
                    map[id] = next
                    return next
                }
            }
            let ra = renumber(a)
            let rb = renumber(b)
            (old, new, count) = (ra, rb, map.count)
        }
    }

    /// The dense index of old unit `i`.
    @inline(__always) func a(_ i: Int) -> Int { Int(old[i]) }
    /// The dense index of new unit `i`.
    @inline(__always) func b(_ i: Int) -> Int { Int(new[i]) }
}
