/// The result of a ``TextDiff``: edits on byte ranges covering both texts, and statistics.
public struct TextDiffResult: Sendable, Hashable {
    /// The old text.
    public var old: SourceText
    /// The new text.
    public var new: SourceText
    /// The units compared.
    public var granularity: DiffGranularity
    /// The edits in document order; their `old` ranges tile the old text and their `new` ranges the new text.
    public var textEdits: [TextEdit]
    /// Summary figures.
    public var stats: DiffStats

    /// Creates a result.
    /// - Parameters:
    ///   - old: The old text.
    ///   - new: The new text.
    ///   - granularity: The units compared.
    ///   - textEdits: The edits in document order.
    ///   - stats: Summary figures.
    public init(old: SourceText, new: SourceText, granularity: DiffGranularity, textEdits: [TextEdit], stats: DiffStats)
    {
        self.old = old
        self.new = new
        self.granularity = granularity
        self.textEdits = textEdits
        self.stats = stats
    }

    /// The contract edits (scalar spans with exact text), as `crosscheck diff --format json` prints them.
    /// - Returns: One ``Edit`` per ``TextEdit``.
    /// - Complexity: O(n + m + 255 · e) for e edits.
    public func edits() -> [Edit] {
        textEdits.map { $0.contractEdit(old: old, new: new) }
    }
}
