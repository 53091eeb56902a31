/// The settings of a corpus run (`crosscheck corpus`): grouping, limits, parallelism and checking.
public struct CorpusOptions: Sendable {
    /// How articles become stories.
    public var grouping: StoryGrouping = .similarity
    /// Worker threads for signatures and checks (`--jobs`); at least 1.
    public var jobs: Int = 1
    /// Least Jaccard similarity of two articles' word-shingle sets for them to be one story (`--min-similarity`).
    public var minimumSimilarity: Double = 0.3
    /// Least similarity of two articles' salient content terms (idf-weighted cosine of their profiles, see
    /// docs/corpus.md) for them to be one story (`--min-term-similarity`); `nil` turns this channel off, leaving
    /// shingle similarity and URLs.
    public var minimumTermSimilarity: Double? = 0.2
    /// Largest difference in publication time, in seconds, between two articles linked by similarity
    /// (`--window`); articles without a parsable `published` are not limited by it.
    public var windowSeconds: Int64 = 3 * 86_400
    /// Most articles kept open for grouping (`--max-open-documents`): when more arrive, the oldest (in input order)
    /// leaves the buffer, and a story whose articles have all left is finished and checked.
    public var maxOpenDocuments: Int = 20_000
    /// Most bytes of article text held by unfinished stories (`--max-open-bytes`); over it, the oldest articles
    /// leave the buffer as above.
    public var maxOpenBytes: Int = 512 << 20
    /// Most articles in one story (`--max-story-documents`): an article that would make a story larger starts
    /// a new story (the story is split, and the split is counted).
    public var maxStoryDocuments: Int = 50
    /// Wall-clock limit for checking one story, in seconds (`--story-timeout`); `nil` for none. A story over it
    /// is written with status `timeout` and no discrepancies, and counted.
    public var storyTimeout: Double? = 60
    /// What is done with each story (`--mode`).
    public var mode: CorpusMode = .check
    /// The headline rule of the documents.
    public var headline: HeadlineRule = .auto
    /// The discrepancy engine's thresholds.
    public var checkOptions: CheckOptions = CheckOptions()
    /// The least severity counted as failing (`--fail-on`); `nil` never fails.
    public var failOn: Severity?

    /// Creates the default options.
    public init() {}

    /// Checks that every value is usable.
    /// - Throws: ``CorpusError/invalidOption(name:value:reason:)`` naming the option.
    public func validate() throws(CorpusError) {
        if jobs < 1 { throw .invalidOption(name: "--jobs", value: "\(jobs)", reason: "must be at least 1") }
        if !(minimumSimilarity > 0 && minimumSimilarity <= 1) {
            throw .invalidOption(
                name: "--min-similarity", value: "\(minimumSimilarity)", reason: "must be in (0, 1]")
        }
        if let minimumTermSimilarity, !(minimumTermSimilarity > 0 && minimumTermSimilarity <= 1) {
            throw .invalidOption(
                name: "--min-term-similarity", value: "\(minimumTermSimilarity)", reason: "must be in (0, 1]")
        }
        if windowSeconds < 0 {
            throw .invalidOption(name: "--window", value: "\(windowSeconds)", reason: "must not be negative")
        }
        if maxOpenDocuments < 1 {
            throw .invalidOption(
                name: "--max-open-documents", value: "\(maxOpenDocuments)", reason: "must be at least 1")
        }
        if maxOpenBytes < 1 {
            throw .invalidOption(name: "--max-open-bytes", value: "\(maxOpenBytes)", reason: "must be positive")
        }
        if maxStoryDocuments < 1 {
            throw .invalidOption(
                name: "--max-story-documents", value: "\(maxStoryDocuments)", reason: "must be at least 1")
        }
        if let storyTimeout, !(storyTimeout > 0) {
            throw .invalidOption(name: "--story-timeout", value: "\(storyTimeout)", reason: "must be positive")
        }
    }
}
