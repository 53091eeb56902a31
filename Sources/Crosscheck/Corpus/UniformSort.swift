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
        var starts: [Int32] = []
        // Every position is written by `sort`.
        return [T](unsafeUninitializedCapacity: count) { sorted, initialized in
            values.withUnsafeBufferPointer { sort($0, significantBits: significantBits, into: sorted, starts: &starts) }
            initialized = count
        }
    }

    /// Sorts values whose significant bits are uniform into a buffer, with reusable bucket counters.
    /// - Parameters:
    ///   - values: The values; only their low `significantBits` bits may be set.
    ///   - significantBits: How many low bits the values use (at most `T.bitWidth`).
    ///   - sorted: Receives the values in ascending order, duplicates kept, in its first `values.count` places
    ///     (at least that many).
    ///   - starts: Scratch space for the bucket counters (grown as needed).
    /// - Complexity: O(n) expected for uniform values, O(n²) at worst.
    @inline(__always)
    static func sort<T: FixedWidthInteger & UnsignedInteger>(
        _ values: UnsafeBufferPointer<T>, significantBits: Int, into sorted: UnsafeMutableBufferPointer<T>,
        starts: inout [Int32]
    ) {
        let count = values.count
        guard count > 1 else {
            if count == 1 { sorted[0] = values[0] }
            return
        }
        let bits = min(16, significantBits, max(1, Int.bitWidth - (count - 1).leadingZeroBitCount))
        let shift = significantBits - bits
        let bucketCount = (1 << bits) + 1
        ContentScratch.reserve(&starts, bucketCount)
        starts.withUnsafeMutableBufferPointer { starts in
            for bucket in 0 ..< bucketCount { starts[bucket] = 0 }
            for value in values { starts[Int(value >> shift) + 1] += 1 }
            for bucket in 1 ..< bucketCount { starts[bucket] += starts[bucket - 1] }
            for value in values {
                let bucket = Int(value >> shift)
                sorted[Int(starts[bucket])] = value
                starts[bucket] += 1
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
    }
}
