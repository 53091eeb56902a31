/// What a corpus run did: counts for the final message and the exit status.
public struct CorpusSummary: Sendable, Hashable, Encodable {
    /// Articles read (including those of stories skipped on resume).
    public var articles = 0
    /// Stories written by this run (not counting those already in the output on resume).
    public var storiesWritten = 0
    /// Stories that were already in the output when resuming.
    public var storiesResumed = 0
    /// Stories with two or more articles written by this run.
    public var multiDocumentStories = 0
    /// Discrepancies written by this run.
    public var discrepancies = 0
    /// Discrepancies at or above ``CorpusOptions/failOn``.
    public var failing = 0
    /// Records skipped (malformed lines, bad WARC records, oversize articles).
    public var skippedRecords = 0
    /// Inputs whose rest was skipped after corrupt or truncated data (or that could not be opened).
    public var skippedInputs = 0
    /// Stories whose check timed out.
    public var timedOutStories = 0
    /// Links refused by ``CorpusOptions/maxStoryDocuments`` (each one splits a story).
    public var storySplits = 0
    /// Version pairs diffed (`--mode diff`).
    public var versionPairs = 0
    /// CPU seconds the workers spent on the stories (building documents, checking or diffing, encoding lines),
    /// summed over workers: the per-story work without reading, grouping and writing.
    public var storyCPUSeconds = 0.0

    /// Whether anything was skipped: records, inputs or story checks (exit status 2).
    public var skippedAnything: Bool { skippedRecords > 0 || skippedInputs > 0 || timedOutStories > 0 }

    /// Creates an empty summary.
    public init() {}
}
