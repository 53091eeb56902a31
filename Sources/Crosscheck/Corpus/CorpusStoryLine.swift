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

    /// The compact JSON line, sorted keys, byte for byte what ``JSONOutput/encode(_:pretty:)`` makes of it:
    /// written with ``JSONWriter`` (Foundation's encoder is a third of the worker time in `--mode diff`), the
    /// discrepancies too (``Discrepancy/write(into:)``).
    /// - Returns: The line, without a line break.
    /// - Throws: An encoding error from the discrepancies (not expected).
    func encoded() throws -> [UInt8] {
        var json = JSONWriter(capacity: 512)
        json.beginObject()
        json.key("counts")
        json.beginObject()
        for (name, value) in counts.sorted(by: { $0.key < $1.key }) {
            json.key(name)
            json.int(value)
        }
        json.endObject()
        json.key("discrepancies")
        Discrepancy.write(discrepancies, into: &json)
        json.key("documents")
        json.beginArray()
        for document in documents {
            json.beginObject()
            json.key("id")
            json.string(document.id)
            for (name, value) in [
                ("published", document.published), ("source", document.source), ("title", document.title),
                ("url", document.url),
            ] {
                json.key(name)
                if let value { json.string(value) } else { json.null() }
            }
            json.endObject()
        }
        json.endArray()
        json.key("status")
        json.string(status.rawValue)
        json.key("story")
        json.string(story)
        json.key("unrelated")
        json.bool(unrelated)
        if let versions {
            json.key("versions")
            json.beginArray()
            for pair in versions {
                json.beginObject()
                json.key("new")
                json.string(pair.new)
                json.key("old")
                json.string(pair.old)
                json.key("stats")
                ArticleDiffResult.write(pair.stats, into: &json)
                json.endObject()
            }
            json.endArray()
        }
        json.endObject()
        return json.bytes
    }
}
