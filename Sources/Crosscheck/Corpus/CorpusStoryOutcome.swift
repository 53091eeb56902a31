/// One finished story as the run writes it: the JSON line and what it was made from. Handed to every
/// ``CorpusStorySink`` in output order.
public struct CorpusStoryOutcome: Sendable {
    /// How the story was processed.
    public enum Status: String, Sendable, Codable {
        /// Two or more articles, checked.
        case checked
        /// One article: nothing to compare.
        case single
        /// Not checked (`--mode group`).
        case unchecked
        /// Versions diffed (`--mode diff`).
        case diffed
        /// The check ran longer than `--story-timeout` and was abandoned.
        case timeout
    }

    /// The story.
    public var story: CorpusStory
    /// How it was processed.
    public var status: Status
    /// The check, for checked stories.
    public var result: CheckResult?
    /// The JSON line written for it (without the line break).
    public var line: [UInt8]
    /// Discrepancies at or above `--fail-on`.
    public var failing: Int
    /// Version pairs diffed (`--mode diff`).
    public var versionPairs = 0
    /// CPU seconds of the worker thread spent on the story.
    public var cpuSeconds = 0.0
}

/// A consumer of finished stories besides the JSONL output — the seam for `crosscheck corpus --ledger DB`, which
/// stores every story's quotes. Called on the thread that runs the corpus, once per story, in output order, after
/// the story's line is written.
public protocol CorpusStorySink: AnyObject {
    /// Takes one story.
    /// - Parameter outcome: The story, its check and its line.
    /// - Throws: Any error; it stops the run (as an output error when it is a ``CrosscheckError``).
    func consume(_ outcome: CorpusStoryOutcome) throws
}
