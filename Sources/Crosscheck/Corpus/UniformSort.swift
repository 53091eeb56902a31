/// Sorting of hash values for the corpus sketches: the values are uniform, so one counting pass on their top bits
/// (about one bucket per value) leaves them nearly sorted, and an insertion sort finishes in about one more pass.
enum UniformSort {
    /// Sorts values whose significant bits are uniform.
    /// - Parameters:
    ///   - values: The values; only their low `significantBits` bits may be set.
    ///   - significantBits: How many low bits the values use (at most `T.bitWidth`).
    /// - Returns: The values in ascending order, duplicates kept.
    /// - Complexity: O(n) expected for uniform values, O(n²) at worst.
    @inline(__always)
    static func sorted<T: FixedWidthInteger & UnsignedInteger>(_ values: [T], significantBits: Int) -> [T] {
        let count = values.count
        guard count > 1 else { return values }
        let bits = min(16, significantBits, max(1, Int.bitWidth - (count - 1).leadingZeroBitCount))
        let shift = significantBits - bits
        var starts = [Int32](repeating: 0, count: (1 << bits) + 1)
        // Every position is written by the scatter below.
        return [T](unsafeUninitializedCapacity: count) { sorted, initialized in
            values.withUnsafeBufferPointer { values in
                starts.withUnsafeMutableBufferPointer { starts in
                    for value in values { starts[Int(value >> shift) + 1] += 1 }
                    for bucket in 1 ..< starts.count { starts[bucket] += starts[bucket - 1] }
                    for value in values {
                        let bucket = Int(value >> shift)
                        sorted[Int(starts[bucket])] = value
                        starts[bucket] += 1
                    }
                }
            }
            for i in 1 ..< count {
                let value = sorted[i]
                var j = i
                while j > 0 && sorted[j - 1] > value {
                    sorted[j] = sorted[j - 1]
                    j -= 1
                }
                sorted[j] = value
            }
            initialized = count
        }
    }
}
