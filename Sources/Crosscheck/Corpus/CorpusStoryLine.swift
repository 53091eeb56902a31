/// The JSON line written per story (docs/corpus.md; schema `docs/schemas/corpus.schema.json`):
/// `{"story", "status", "documents", "discrepancies", "counts", "unrelated"}`, plus `versions` in `--mode diff`.
struct CorpusStoryLine: Encodable {
    /// One diffed pair of versions (`--mode diff`).
    struct VersionPair: Encodable {
        /// The earlier version's id.
        var old: String
        /// The later version's id.
        var new: String
        /// The word diff's statistics.
        var stats: DiffStats
    }

    /// The story id (its first article's id).
    var story: String
    /// `checked`, `single`, `unchecked` or `timeout`.
    var status: CorpusStoryOutcome.Status
    /// The articles, without text, in input order.
    var documents: [CheckReport.DocumentEntry]
    /// The discrepancies, most severe first (empty unless checked).
    var discrepancies: [Discrepancy]
    /// Discrepancies per severity.
    var counts: [String: Int]
    /// Whether the check found the articles unrelated.
    var unrelated: Bool
    /// The diffed version pairs (`--mode diff` only).
    var versions: [VersionPair]?

    /// The line of a story.
    /// - Parameters:
    ///   - story: The story.
    ///   - status: How it was processed.
    ///   - result: Its check, if checked.
    init(story: CorpusStory, status: CorpusStoryOutcome.Status, result: CheckResult?) {
        self.story = story.id
        self.status = status
        documents = story.articles.map {
            CheckReport.DocumentEntry(
                id: $0.id, source: $0.source, url: $0.url, title: $0.title, published: $0.published)
        }
        if let result {
            let report = CheckReport(result)
            discrepancies = report.discrepancies
            counts = report.counts
            unrelated = report.unrelated
        } else {
            discrepancies = []
            var counts: [String: Int] = [:]
            for severity in Severity.allCases { counts[severity.rawValue] = 0 }
            self.counts = counts
            unrelated = false
        }
    }
}
