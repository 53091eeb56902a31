extension ShingleSketch {
    /// The number of shingles two sketches have in common.
    /// - Parameter other: The other sketch.
    /// - Returns: |A ∩ B| of the two shingle sets.
    /// - Complexity: O(|A| + |B|).
    func sharedShingles(_ other: ShingleSketch) -> Int {
        SortedIntersection.count(shingles, other.shingles)
    }
}
