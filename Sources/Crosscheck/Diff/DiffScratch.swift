/// Reusable tables for patience anchoring over ids below a vocabulary size; all counts are zero between uses.
final class DiffScratch {
    /// Occurrence counts per id in the current region.
    var countA: [Int32]
    var countB: [Int32]
    /// Position in `b` of the last occurrence of an id in the current region.
    var positionB: [Int32]
    let bisect = MyersBisect()

    /// - Parameter vocabulary: One more than the largest id that will be diffed.
    init(vocabulary: Int) {
        countA = [Int32](repeating: 0, count: vocabulary)
        countB = [Int32](repeating: 0, count: vocabulary)
        positionB = [Int32](repeating: 0, count: vocabulary)
    }
}
