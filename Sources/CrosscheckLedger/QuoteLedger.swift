import Crosscheck
import Foundation
internal import GRDB

/// A quote ledger: every quote of every article added, in an SQLite database, with the versions of the same quote
/// across outlets grouped together, searchable by words and speaker, and a list of the quotes whose versions
/// disagree.
///
/// The database is one SQLite file in WAL mode (readers never block the writer). Every ``add(_:)`` call is one
/// transaction: a process killed in the middle leaves the articles of earlier calls whole and none of the
/// interrupted call's. Adding an article whose content is already stored (same source, URL, title, date and text)
/// changes nothing, so re-running an import is safe.
///
/// Quote identity: a new quote (confidence at least ``minimumGroupConfidence``) joins the group of the stored quote
/// that shares the most of its words, when they share at least ``CheckOptions/quoteMatchThreshold`` of the shorter
/// quote's words and at least three (the rule `crosscheck check` matches quotes by); direct and partial quotes
/// group with each other, indirect speech only with indirect speech. Candidates come from the full-text index, so
/// adding stays fast as the ledger grows. Quotes of lower confidence (scare quotes, titles) are groups of their own.
///
/// `QuoteLedger` is `Sendable`: one instance may be shared by concurrent tasks; writes are serialized, reads run
/// in parallel. Several processes may use the same file (a busy writer is waited for up to a minute).
///
/// ```swift
/// let ledger = try QuoteLedger(path: "ledger.sqlite")
/// try ledger.add(documents: documents)
/// for conflict in try ledger.conflicts() { print(conflict.differences.map(\.summary)) }
/// ```
public final class QuoteLedger: Sendable {
    /// The database path used when none is given: `crosscheck-ledger.sqlite` in the current directory.
    public static let defaultPath = "crosscheck-ledger.sqlite"
    /// Least confidence of a quote for it to be grouped with other versions; below it (scare quotes, titles) a
    /// quote is stored as a group of its own.
    public static let minimumGroupConfidence = 0.5
    /// Most full-text candidates considered when grouping a new quote (the most recently added first).
    static let candidateLimit = 32
    /// How many of a quote's rarest words find its candidates.
    static let candidateTerms = 4

    /// The database path as given.
    public let path: String
    /// Thresholds shared with `crosscheck check`: the quote match threshold and the least confidence for
    /// speaker comparisons.
    public let options: CheckOptions
    /// The connection pool.
    private let pool: DatabasePool

    /// Opens a ledger, creating the database file when `create` is true and it does not exist, and bringing its
    /// schema up to date.
    /// - Parameters:
    ///   - path: The SQLite file.
    ///   - create: Whether to create the file when it is missing; when `false`, a missing file is an error.
    ///   - options: Quote matching and speaker thresholds.
    /// - Throws: ``LedgerError/notFound(path:)``, ``LedgerError/cannotOpen(path:reason:)`` (no permission, not an
    ///   SQLite database) or ``LedgerError/newerSchema(path:)``.
    public init(path: String, create: Bool = true, options: CheckOptions = CheckOptions()) throws {
        self.path = path
        self.options = options
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if !create && !exists { throw LedgerError.notFound(path: path) }
        if isDirectory.boolValue { throw LedgerError.cannotOpen(path: path, reason: "it is a directory") }
        var configuration = Configuration()
        configuration.label = "crosscheck-ledger"
        configuration.busyMode = .timeout(60)
        configuration.prepareDatabase { db in
            // WAL with synchronous=NORMAL: a crashed or killed process never loses a committed transaction.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            let migrator = LedgerSchema.migrator
            if try pool.read({ try migrator.hasBeenSuperseded($0) }) { throw LedgerError.newerSchema(path: path) }
            try migrator.migrate(pool)
            self.pool = pool
        } catch let error as LedgerError {
            throw error
        } catch let error as DatabaseError {
            throw LedgerError.cannotOpen(path: path, reason: Self.reason(error))
        } catch {
            throw LedgerError.cannotOpen(path: path, reason: "\(error)")
        }
    }

    // MARK: Adding

    /// Stores articles and their quotes in one transaction, skipping articles already stored.
    /// - Parameter entries: The articles with their quotes.
    /// - Returns: What was stored.
    /// - Throws: ``LedgerError/databaseFailed(path:reason:)``; nothing of this call is stored then.
    /// - Complexity: Per quote of w words, O(w) word-count look-ups and updates, two full-text queries of at most
    ///   ``candidateLimit`` rows each, and an O(w) overlap with each candidate; O(log n) per B-tree operation in a
    ///   ledger of n quotes.
    @discardableResult
    public func add(_ entries: [LedgerEntry]) throws -> LedgerAddResult {
        let prepared = entries.map(PreparedEntry.init)
        return try perform {
            try pool.write { db in
                var result = LedgerAddResult()
                var nextQuote = try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'quote'") ?? 0
                var frequencies = try WordFrequencies(db, quoteCount: nextQuote)
                for entry in prepared {
                    try insert(entry, into: db, nextQuote: &nextQuote, frequencies: &frequencies, result: &result)
                }
                return result
            }
        }
    }

    /// Extracts the quotes of analysed documents and stores them with their articles in one transaction.
    /// - Parameters:
    ///   - documents: The documents.
    ///   - extractor: The quote extractor.
    /// - Returns: What was stored.
    /// - Throws: ``LedgerError/databaseFailed(path:reason:)``; nothing of this call is stored then.
    /// - Complexity: Quote extraction (linear in the texts) plus that of ``add(_:)``.
    @discardableResult
    public func add(documents: [Document], extractor: QuoteExtractor = QuoteExtractor()) throws -> LedgerAddResult {
        try add(documents.map { LedgerEntry(document: $0, extractor: extractor) })
    }

    /// Stores one article and its quotes in one transaction, unless the article is already stored.
    /// - Parameters:
    ///   - article: The article.
    ///   - quotes: Its quotes, with spans into its text.
    /// - Returns: What was stored.
    /// - Throws: ``LedgerError/databaseFailed(path:reason:)``.
    @discardableResult
    public func add(article: Article, quotes: [Quote]) throws -> LedgerAddResult {
        try add([LedgerEntry(article: article, quotes: quotes)])
    }

    /// An entry with its hash and its quotes' folded words, computed outside the write transaction.
    private struct PreparedEntry {
        let entry: LedgerEntry
        let hash: String
        let quotes: [(quote: Quote, words: [String], parts: String?)]

        init(_ entry: LedgerEntry) {
            self.entry = entry
            hash = entry.contentHash
            quotes = entry.quotes.map { quote in
                let text = QuoteText(parts: (quote.parts ?? [quote.quote]).map(\.text))
                let parts = quote.parts.flatMap { try? JSONOutput.encode($0, pretty: false) }
                return (quote, text.words, parts.map { String(decoding: $0, as: UTF8.self) })
            }
        }
    }

    /// Inserts one article and its quotes, grouping each quote with its stored versions.
    private func insert(
        _ prepared: PreparedEntry, into db: Database, nextQuote: inout Int64, frequencies: inout WordFrequencies,
        result: inout LedgerAddResult
    ) throws {
        let article = prepared.entry.article
        let existing = try db.cachedStatement(sql: "SELECT id FROM article WHERE contentHash = ?")
        if try Int64.fetchOne(existing, arguments: [prepared.hash]) != nil {
            result.articlesSkipped += 1
            return
        }
        try db.cachedStatement(
            sql: """
                INSERT INTO article (docId, source, url, title, published, contentHash, quoteCount)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                article.id, article.source, article.url, article.title, article.published, prepared.hash,
                prepared.quotes.count,
            ])
        let articleId = db.lastInsertedRowID
        result.articlesAdded += 1
        for (position, item) in prepared.quotes.enumerated() {
            let quote = item.quote
            nextQuote += 1
            var group = nextQuote
            if quote.confidence >= Self.minimumGroupConfidence, !item.words.isEmpty,
                let existing = try matchingGroup(
                    words: item.words, indirect: quote.kind == .indirect, frequencies: &frequencies, in: db)
            {
                group = existing
                result.quotesGrouped += 1
            }
            try db.cachedStatement(
                sql: """
                    INSERT INTO quote (id, articleId, position, kind, text, normalizedText, quoteStart, quoteEnd,
                        parts, speaker, speakerStart, speakerEnd, speakerName, cue, cueStart, cueEnd, confidence,
                        groupId)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """
            ).execute(
                arguments: [
                    nextQuote, articleId, position, quote.kind.rawValue, quote.quote.text,
                    item.words.joined(separator: " "), quote.quote.start, quote.quote.end, item.parts,
                    quote.speaker?.text, quote.speaker?.start, quote.speaker?.end, quote.speakerName,
                    quote.cue?.text, quote.cue?.start, quote.cue?.end, quote.confidence, group,
                ])
            let countWord = try db.cachedStatement(
                sql: """
                    INSERT INTO quoteWord (word, quotes) VALUES (?, 1)
                    ON CONFLICT (word) DO UPDATE SET quotes = quotes + 1
                    """)
            let distinct = Set(item.words)
            for word in distinct { try countWord.execute(arguments: [word]) }
            frequencies.record(distinct)
            result.quotesAdded += 1
        }
    }

    /// The group whose first version best matches these words, if any does: among indirect quotes when
    /// `indirect`, among direct and partial ones otherwise.
    ///
    /// Candidates come from the full-text index by the quote's rarest stored words (fewest quotes containing them,
    /// longer words first on a tie): the most recent ``candidateLimit`` quotes containing its two rarest words,
    /// however old (versions of the same quote), and the most recent ``candidateLimit`` containing any of its
    /// ``candidateTerms`` rarest words (versions that changed one). Both queries stream the index newest first and
    /// stop at the limit, so the cost of adding a quote barely grows with the ledger.
    ///
    /// A candidate's group matches when the quote and the group's first version pass `check`'s rule
    /// (``QuoteText/matchScore(_:_:threshold:)``) and, with words weighted by rarity (``WordFrequencies``), share
    /// as much of the shorter one's weight: across a whole corpus, function words ("the", "of", "we") alone must
    /// not make two quotes one. Comparing with the first version, not with any member, keeps every version within
    /// one step of the group's quote (no drift through a chain of partial overlaps).
    private func matchingGroup(
        words: [String], indirect: Bool, frequencies: inout WordFrequencies, in db: Database
    ) throws -> Int64? {
        var rarity: [(documents: Int, length: Int, word: String)] = []
        for word in Set(words) {
            // A word no stored quote contains finds nothing.
            let documents = try frequencies.documents(word)
            guard documents > 0 else { continue }
            rarity.append((documents, word.unicodeScalars.count, word))
        }
        guard !rarity.isEmpty else { return nil }
        rarity.sort { ($0.documents, -$0.length, $0.word) < ($1.documents, -$1.length, $1.word) }
        let terms = rarity.prefix(Self.candidateTerms).map { LedgerSearch.phrase($0.word) }
        var patterns = ["text : (" + terms.joined(separator: " OR ") + ")"]
        if terms.count >= 2 { patterns.insert("text : (" + terms.prefix(2).joined(separator: " AND ") + ")", at: 0) }
        let statement = try db.cachedStatement(
            sql: """
                SELECT quote.groupId, first.normalizedText FROM quoteSearch
                JOIN quote ON quote.id = quoteSearch.rowid
                JOIN quote AS first ON first.id = quote.groupId
                WHERE quoteSearch MATCH ? AND (quote.kind = 'indirect') = ? AND quote.confidence >= ?
                ORDER BY quoteSearch.rowid DESC LIMIT ?
                """)
        var groups: [(group: Int64, words: String)] = []
        var seen = Set<Int64>()
        for pattern in patterns {
            let rows = try Row.fetchAll(
                statement, arguments: [pattern, indirect, Self.minimumGroupConfidence, Self.candidateLimit])
            for row in rows where seen.insert(row["groupId"]).inserted { groups.append((row["groupId"], row[1])) }
        }
        var best: (score: Double, group: Int64)?
        for (group, stored) in groups {
            let other = stored.utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
            guard QuoteText.matchScore(words, other, threshold: options.quoteMatchThreshold) != nil else { continue }
            let score = try frequencies.weightedOverlap(words, other)
            guard score >= options.quoteMatchThreshold else { continue }
            if best.map({ score > $0.score || (score == $0.score && group < $0.group) }) ?? true {
                best = (score, group)
            }
        }
        return best?.group
    }

    // MARK: Reading

    /// Every version of the quotes that match: quotes whose words contain all the words of `search` and whose
    /// speaker (resolved name or mention) contains all the words of `speaker`, case- and accent-insensitively,
    /// each with all the other versions of the same quote (whatever their speaker).
    /// - Parameters:
    ///   - speaker: Words of the speaker's name ("Erdogan" finds "Recep Tayyip Erdoğan"); `nil` for any.
    ///   - search: Words of the quote ("Zelenskyy" finds "Zelenskyy's"); `nil` for any.
    /// - Returns: The matching groups in the order they were first added, each with its versions in the order
    ///   they were added; empty when `speaker` or `search` has no words.
    /// - Throws: ``LedgerError/databaseFailed(path:reason:)``.
    /// - Complexity: One full-text query, then proportional to the versions returned.
    public func quotes(speaker: String? = nil, search: String? = nil) throws -> [LedgerQuoteGroup] {
        var clauses: [String] = []
        for (value, columns) in [(search, "text"), (speaker, "{speakerName speaker}")] {
            guard let value else { continue }
            guard let expression = LedgerSearch.allWords(value) else { return [] }
            clauses.append("\(columns) : (\(expression))")
        }
        let filter =
            clauses.isEmpty
            ? ""
            : """
            WHERE q.groupId IN (SELECT quote.groupId FROM quoteSearch JOIN quote ON quote.id = quoteSearch.rowid
                WHERE quoteSearch MATCH ?)
            """
        let arguments: StatementArguments = clauses.isEmpty ? [] : [clauses.joined(separator: " AND ")]
        let stored = try perform {
            try pool.read { try StoredQuote.fetch(db: $0, filter: filter, arguments: arguments) }
        }
        var groups: [LedgerQuoteGroup] = []
        for version in stored.map(\.version) {
            if groups.last?.group == version.group {
                groups[groups.count - 1].versions.append(version)
            } else {
                groups.append(LedgerQuoteGroup(group: version.group, versions: [version]))
            }
        }
        return groups
    }

    /// The quotes whose versions disagree across articles: different words or punctuation (beyond typography,
    /// truncation and the conventional comma-for-full-stop), a different speaker, or no speaker where another
    /// version names one.
    /// - Returns: One conflict per quote, in the order the quotes were first added.
    /// - Throws: ``LedgerError/databaseFailed(path:reason:)``.
    /// - Complexity: Proportional to the versions of quotes found in two or more articles.
    public func conflicts() throws -> [LedgerConflict] {
        let stored = try perform {
            try pool.read { db in
                try StoredQuote.fetch(
                    db: db,
                    filter: """
                        WHERE q.groupId IN (SELECT groupId FROM quote GROUP BY groupId
                            HAVING COUNT(DISTINCT articleId) > 1)
                        """,
                    arguments: [])
            }
        }
        let finder = LedgerConflictFinder(options: options)
        var conflicts: [LedgerConflict] = []
        var start = 0
        while start < stored.count {
            var end = start + 1
            while end < stored.count && stored[end].version.group == stored[start].version.group { end += 1 }
            if let conflict = finder.conflict(Array(stored[start ..< end])) { conflicts.append(conflict) }
            start = end
        }
        return conflicts
    }

    /// How many articles, quotes and groups the ledger holds.
    /// - Returns: The counts.
    /// - Throws: ``LedgerError/databaseFailed(path:reason:)``.
    public func counts() throws -> LedgerCounts {
        try perform {
            try pool.read { db in
                let articles = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0
                let quotes = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM quote") ?? 0
                let groups = try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT groupId) FROM quote") ?? 0
                let shared =
                    try Int.fetchOne(
                        db,
                        sql: """
                            SELECT COUNT(*) FROM (SELECT groupId FROM quote GROUP BY groupId
                                HAVING COUNT(DISTINCT articleId) > 1)
                            """) ?? 0
                return LedgerCounts(articles: articles, quotes: quotes, groups: groups, sharedGroups: shared)
            }
        }
    }

    // MARK: Errors

    /// Runs database work, turning GRDB's errors into ``LedgerError``s naming the path.
    private func perform<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as LedgerError {
            throw error
        } catch let error as DatabaseError {
            throw LedgerError.databaseFailed(path: path, reason: Self.reason(error))
        } catch {
            throw LedgerError.databaseFailed(path: path, reason: "\(error)")
        }
    }

    /// SQLite's message for an error ("file is not a database").
    static func reason(_ error: DatabaseError) -> String {
        error.message ?? "\(error.resultCode)"
    }
}
