import Crosscheck

/// Stores every story of a `crosscheck corpus` run in a ``QuoteLedger`` as the run streams:
/// `crosscheck corpus --ledger DB`.
///
/// Each story is one ``QuoteLedger/add(_:)`` call, so one transaction, made after the story's line is written and
/// before the run's next checkpoint is saved: a run killed at any point leaves whole stories in the ledger, and
/// every story the checkpoint counts as written is in it. Resuming replays the stories written after the last
/// checkpoint; their articles are already stored (same content) and are skipped, so nothing is stored twice.
///
/// The quotes of a checked story are those `check` extracted (``CheckResult/quotes``), not extracted again; the
/// articles of other stories (one article, `--mode group` or `diff`, a timed-out check) have their quotes
/// extracted here, on the calling thread, as `crosscheck ledger add` does.
///
/// ```swift
/// let runner = CorpusRunner(inputs: ["day1.jsonl.gz"], ingest: IngestOptions(), options: CorpusOptions())
/// let sink = CorpusLedgerSink(ledger: try QuoteLedger(path: "news.sqlite"))
/// runner.sinks.append(sink)
/// _ = try runner.run(output: .standardOutput()) { print($0) }
/// print(sink.added.quotesAdded)
/// ```
public final class CorpusLedgerSink: CorpusStorySink {
    /// The ledger stories are stored in.
    public let ledger: QuoteLedger
    /// Whether the first line of an article is its headline, for articles whose quotes are extracted here (use
    /// the run's ``CorpusOptions/headline`` so that they match those of checked stories).
    public let headline: HeadlineRule
    /// What the stories consumed so far stored.
    public private(set) var added = LedgerAddResult()
    /// The extractor for articles the run did not check.
    private let extractor: QuoteExtractor

    /// Creates a sink.
    /// - Parameters:
    ///   - ledger: The ledger to fill.
    ///   - headline: The run's headline rule.
    ///   - extractor: The quote extractor for articles the run did not check.
    public init(ledger: QuoteLedger, headline: HeadlineRule = .auto, extractor: QuoteExtractor = QuoteExtractor()) {
        self.ledger = ledger
        self.headline = headline
        self.extractor = extractor
    }

    /// Stores the story's articles and quotes in one transaction (articles already stored are skipped).
    /// - Parameter outcome: The story.
    /// - Throws: ``LedgerError/databaseFailed(path:reason:)``; nothing of the story is stored then.
    /// - Complexity: That of ``QuoteLedger/add(_:)``, plus quote extraction (linear in the text) for stories that
    ///   were not checked.
    public func consume(_ outcome: CorpusStoryOutcome) throws {
        added += try ledger.add(entries(outcome))
    }

    /// The ledger entries of a story: its articles in input order with the quotes `check` found in them, or
    /// extracted now when the story was not checked.
    /// - Parameter outcome: The story.
    /// - Returns: One entry per article.
    /// - Complexity: O(1) per article for a checked story; linear in the text otherwise.
    public func entries(_ outcome: CorpusStoryOutcome) -> [LedgerEntry] {
        if let result = outcome.result, result.quotes.count == result.documents.count {
            return zip(result.documents, result.quotes).map { LedgerEntry(article: $0.article, quotes: $1) }
        }
        return outcome.story.articles.map {
            LedgerEntry(document: Document(article: $0, headline: headline), extractor: extractor)
        }
    }
}
