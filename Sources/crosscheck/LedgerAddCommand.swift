import ArgumentParser
import Crosscheck
import CrosscheckLedger

/// `crosscheck ledger add FILE...`: stores the quotes of articles in the ledger.
struct LedgerAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Store the quotes of articles in the ledger.",
        discussion: """
            Reads every article of the inputs (text, HTML, JSON, JSONL, WARC, gzip-compressed or not), finds its \
            quotes and stores them with the article's id, source, URL, title and date. Articles are stored in \
            transactions of --batch articles: an interrupted run leaves whole articles only, and running it again \
            adds the rest (an article already stored, by content, is skipped). On an input error the articles \
            read before it are kept. Prints what was added (text, or json: {"added": {...}, "ledger": {...}}).

            Examples:
              crosscheck ledger add a.txt b.html corpus.jsonl.gz
              crosscheck ledger add crawl.warc.gz --db news.sqlite --format json
            """
    )

    @Argument(help: "Input files ('-' for standard input).")
    var files: [String]

    @Option(help: "Whether the first line is the headline: auto (when the article has no title), always, never.")
    var headline: HeadlineRule = .auto

    @Option(help: "Articles per transaction.")
    var batch = 200

    @OptionGroup var database: LedgerDatabaseOption
    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard batch > 0 else { throw ValidationError("--batch must be positive (got \(batch))") }
    }

    mutating func run() throws {
        let format = try output.resolvedFormat(supported: [.text, .json], fallback: .json)
        let options = try input.ingestOptions()
        let (files, rule, size, path, destination) = (files, headline, batch, database.db, output.output)
        try CommandFailure.run {
            let ledger = try QuoteLedger(path: path)
            let reader = ArticleReader(options: options)
            let extractor = QuoteExtractor()
            var pending: [LedgerEntry] = []
            var total = LedgerAddResult()
            do {
                for file in files {
                    try reader.forEachArticle(path: file) { article in
                        pending.append(
                            LedgerEntry(document: Document(article: article, headline: rule), extractor: extractor))
                        if pending.count >= size {
                            total += try ledger.add(pending)
                            pending.removeAll(keepingCapacity: true)
                        }
                    }
                }
            } catch let error as IngestError {
                // Keep what was read before the bad input; the error is still reported.
                try ledger.add(pending)
                throw error
            }
            total += try ledger.add(pending)
            let counts = try ledger.counts()
            let bytes: [UInt8]
            if format == .json {
                bytes = try JSONOutput.encode(LedgerAddReport(added: total, ledger: counts), pretty: true) + [0x0A]
            } else {
                bytes = Array(LedgerTextRenderer.render(added: total, counts: counts, path: path).utf8)
            }
            let writer = try OutputWriter(path: destination)
            try writer.write(bytes)
            try writer.commit()
        }
    }
}

/// The JSON form of `ledger add`'s result: `{"added": LedgerAddResult, "ledger": LedgerCounts}`.
struct LedgerAddReport: Encodable {
    /// What this run stored.
    var added: LedgerAddResult
    /// The ledger's size afterwards.
    var ledger: LedgerCounts
}
