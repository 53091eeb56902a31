/// Settings of the sequence diff ``diff(_:_:options:)``.
public struct DiffOptions: Sendable, Hashable {
    /// How the diff finds its first matches before running Myers' algorithm.
    public enum Anchoring: Sendable, Hashable {
        /// Plain Myers O(ND) after trimming the common prefix and suffix: the result is a shortest edit script unless
        /// the work bound is hit.
        case none
        /// Patience-style anchoring: elements that occur exactly once in both regions are matched first (longest
        /// increasing chain of their positions), recursively, and Myers fills the gaps. Readable on prose, near-linear
        /// on edited documents, not always minimal.
        case unique
    }

    /// How first matches are found. Default: ``Anchoring/unique``.
    public var anchoring: Anchoring
    /// The work bound, in units of explored edit-graph cells and counted elements. `nil` means automatic:
    /// ``automaticMaxCost(elementCount:)`` of the total input length. When the bound is reached, the remaining
    /// unresolved regions are reported as a deletion plus an insertion: the script stays valid and
    /// ``DiffResult/hitWorkBound`` is set. `Int.max` disables the bound. The bound counts work, never time, so results
    /// are deterministic.
    public var maxCost: Int?
    /// Work allowed for one gap between anchors before it is given up as a deletion plus an insertion, as a multiple of
    /// the gap's length (at least 2^20 units). Keeps one pathological region from using the whole ``maxCost``.
    public var regionCostFactor: Int

    /// Creates diff options.
    /// - Parameters:
    ///   - anchoring: How first matches are found.
    ///   - maxCost: The total work bound, `nil` for automatic.
    ///   - regionCostFactor: The per-region work bound as a multiple of the region's length.
    public init(anchoring: Anchoring = .unique, maxCost: Int? = nil, regionCostFactor: Int = 64) {
        self.anchoring = anchoring
        self.maxCost = maxCost
        self.regionCostFactor = regionCostFactor
    }

    /// Options for a shortest edit script: no anchoring and no work bound. Quadratic on unrelated inputs.
    public static let minimal = DiffOptions(anchoring: .none, maxCost: .max, regionCostFactor: .max)

    /// The automatic work bound for inputs of a given total length: 2^24 + 32 per element.
    /// - Parameter elementCount: `a.count + b.count`.
    /// - Returns: The bound in work units (about 2 ns each on current hardware).
    public static func automaticMaxCost(elementCount: Int) -> Int {
        (1 << 24) + 32 * elementCount
    }
}
