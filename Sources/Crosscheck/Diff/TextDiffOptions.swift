/// Settings of a ``TextDiff``.
public struct TextDiffOptions: Sendable, Hashable {
    /// How whitespace-only differences are reported.
    public enum Whitespace: String, Sendable, Hashable, CaseIterable {
        /// They are edits marked ``Edit/isCosmetic``, left out of the statistics and shown as unchanged.
        case folded
        /// They are ordinary edits.
        case significant
    }

    /// How whitespace-only differences are reported. Default: ``Whitespace/folded``.
    public var whitespace: Whitespace
    /// Whether to remove chaff equalities and slide edits to word and sentence boundaries. Default: `true`.
    public var semanticCleanup: Bool
    /// Whether to pair deleted and inserted passages that are the same text, moved. Default: `true`.
    public var detectMoves: Bool
    /// The fewest words a passage needs to count as moved. Default: 8.
    public var minimumMoveWords: Int
    /// The least similarity (twice the common words over the words of both passages, after the inner diff) a
    /// moved-and-edited passage needs. Default: 0.5, which admits passages with about 40% of their words changed.
    public var minimumMoveSimilarity: Double
    /// Whether a word replaced by a similar word (sharing at least 70% of its characters) carries character edits in
    /// ``Edit/inner``. Default: `true`.
    public var refineWords: Bool
    /// Options of the underlying sequence diff.
    public var engine: DiffOptions
    /// Word diffs of texts at least this long (old + new, in bytes) compare paragraphs first and word-diff only the
    /// changed ones (``ParagraphPass``; not guaranteed minimal). `Int.max` turns the paragraph pass off. Default:
    /// 32 KiB. It needs anchoring (``DiffOptions/minimal`` always diffs word by word).
    public var paragraphPassMinimumBytes: Int

    /// Creates text diff options.
    /// - Parameters:
    ///   - whitespace: How whitespace-only differences are reported.
    ///   - semanticCleanup: Whether to clean up chaff and align edits to boundaries.
    ///   - detectMoves: Whether to detect moved passages.
    ///   - minimumMoveWords: The fewest words of a moved passage.
    ///   - minimumMoveSimilarity: The least similarity of a moved-and-edited passage.
    ///   - refineWords: Whether slightly changed words carry character edits.
    ///   - engine: Sequence diff options.
    ///   - paragraphPassMinimumBytes: The combined length from which word diffs compare paragraphs first.
    public init(
        whitespace: Whitespace = .folded, semanticCleanup: Bool = true, detectMoves: Bool = true,
        minimumMoveWords: Int = 8, minimumMoveSimilarity: Double = 0.5, refineWords: Bool = true,
        engine: DiffOptions = DiffOptions(), paragraphPassMinimumBytes: Int = 32 * 1024
    ) {
        self.whitespace = whitespace
        self.semanticCleanup = semanticCleanup
        self.detectMoves = detectMoves
        self.minimumMoveWords = minimumMoveWords
        self.minimumMoveSimilarity = minimumMoveSimilarity
        self.refineWords = refineWords
        self.engine = engine
        self.paragraphPassMinimumBytes = paragraphPassMinimumBytes
    }
}
