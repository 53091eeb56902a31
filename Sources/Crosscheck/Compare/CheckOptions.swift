/// Thresholds of ``Crosschecker``.
public struct CheckOptions: Sendable, Hashable {
    /// Least share of the two documents' body sentences aligned with the other document for them to count as the
    /// same story; below it the pair is reported as unrelated and not checked.
    public var minimumCoverage: Double = 0.2
    /// Least word overlap (shared words over the shorter quote's words) for two quotes to be the same utterance.
    public var quoteMatchThreshold: Double = 0.6
    /// Least confidence of a direct quote for `quote-speaker` and `quote-missing`.
    public var minimumQuoteConfidence: Double = 0.7
    /// Least number of words of a direct quote for `quote-missing`.
    public var minimumMissingQuoteWords: Int = 4

    /// Creates the default options.
    public init() {}
}
