extension ShingleSketch {
    /// The number of shingles two sketches have in common.
    /// - Parameter other: The other sketch.
    /// - Returns: |A ∩ B| of the two shingle sets.
    /// - Complexity: O(|A| + |B|).
    func sharedShingles(_ other: ShingleSketch) -> Int {
        let a = shingles
        let b = other.shingles
        var i = 0
        var j = 0
        var common = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                common += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return common
    }
}
