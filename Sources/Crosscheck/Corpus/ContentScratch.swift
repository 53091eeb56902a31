/// Working memory for the content analyses of many articles on one thread (``CorpusEntry``): the word hashes and
/// term keys of one article at a time, and the buffers their sketches are sorted in. Every buffer grows as needed
/// and is reused for the next article, so a batch of articles costs a few allocations instead of a dozen large
/// ones per article; what an analysis keeps (the sorted shingles, the bands, the terms) is still its own array.
///
/// Not shared between threads: each job makes its own.
struct ContentScratch {
    /// The hash of every word of the article being analysed (``ContentHashes``); only a prefix is meaningful.
    var words: [UInt64] = []
    /// The term keys of the article being analysed (``ContentHashes``); only a prefix is meaningful.
    var terms: [UInt64] = []
    /// The sort buffers.
    var sort = SortScratch()

    /// Creates empty buffers.
    init() {}

    /// Buffers for sorting hashes (``ShingleSketch``, ``SalientTerms``).
    struct SortScratch {
        /// Unsorted shingle hashes.
        var hashes32: [UInt32] = []
        /// Sorted 32-bit values.
        var sorted32: [UInt32] = []
        /// Sorted 64-bit values.
        var sorted64: [UInt64] = []
        /// Bucket starts of ``UniformSort``.
        var starts: [Int32] = []
        /// MinHash bins and signature (``ShingleSketch``).
        var bins: [UInt64] = []
        var signature: [UInt64] = []

        /// Creates empty buffers.
        init() {}
    }

    /// Makes `buffer` hold at least `count` elements (zeros when it grows; the contents are otherwise kept).
    /// - Parameters:
    ///   - buffer: A buffer.
    ///   - count: The least number of elements.
    /// - Complexity: O(count) when it grows, O(1) otherwise.
    @inline(__always)
    static func reserve<T: FixedWidthInteger>(_ buffer: inout [T], _ count: Int) {
        if buffer.count < count { grow(&buffer, count) }
    }

    @inline(never)
    private static func grow<T: FixedWidthInteger>(_ buffer: inout [T], _ count: Int) {
        buffer = [T](repeating: 0, count: max(count, 2 * buffer.count))
    }
}
