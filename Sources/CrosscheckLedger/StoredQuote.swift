import Crosscheck
import Foundation
internal import GRDB

/// A quote version read from the database, with the row id of its article.
struct StoredQuote: Sendable {
    /// The version as the API returns it.
    let version: LedgerQuote
    /// The article row it belongs to (two rows may share a document id).
    let articleId: Int64

    /// The folded words and punctuation of the quote, for comparisons.
    var text: QuoteText {
        QuoteText(parts: (version.attribution.parts ?? [version.attribution.quote]).map(\.text))
    }

    /// Reads quote versions with their articles, ordered by group and then by id.
    /// - Parameters:
    ///   - db: The connection.
    ///   - filter: A `WHERE` clause on `q` (the quote) and `a` (its article), or empty.
    ///   - arguments: The clause's arguments.
    /// - Returns: The versions.
    /// - Throws: `DatabaseError`, also for a row that does not decode (an unknown kind, malformed parts).
    static func fetch(db: Database, filter: String, arguments: StatementArguments) throws -> [StoredQuote] {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT q.id, q.groupId, q.articleId, a.docId, a.source, a.url, a.title, a.published, q.kind, q.text,
                    q.quoteStart, q.quoteEnd, q.parts, q.speaker, q.speakerStart, q.speakerEnd, q.speakerName, q.cue,
                    q.cueStart, q.cueEnd, q.confidence
                FROM quote q JOIN article a ON a.id = q.articleId
                \(filter)
                ORDER BY q.groupId, q.id
                """,
            arguments: arguments)
        var result: [StoredQuote] = []
        while let row = try rows.next() {
            result.append(try StoredQuote(row: row))
        }
        return result
    }

    /// Decodes one row of ``fetch(db:filter:arguments:)``.
    private init(row: Row) throws {
        let kindName: String = row["kind"]
        guard let kind = QuoteKind(rawValue: kindName) else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "unknown quote kind '\(kindName)'")
        }
        var parts: [Span]?
        if let json: String = row["parts"] {
            do {
                parts = try JSONDecoder().decode([Span].self, from: Data(json.utf8))
            } catch {
                throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "malformed quote parts '\(json)'")
            }
        }
        func span(_ text: String, _ start: String, _ end: String) -> Span? {
            guard let value: String = row[text], let from: Int = row[start], let to: Int = row[end] else { return nil }
            return Span(start: from, end: to, text: value)
        }
        let attribution = Quote(
            doc: row["docId"], kind: kind,
            quote: Span(start: row["quoteStart"], end: row["quoteEnd"], text: row["text"]),
            parts: parts, speaker: span("speaker", "speakerStart", "speakerEnd"), speakerName: row["speakerName"],
            cue: span("cue", "cueStart", "cueEnd"), confidence: row["confidence"])
        version = LedgerQuote(
            id: row["id"], group: row["groupId"], attribution: attribution, source: row["source"], url: row["url"],
            title: row["title"], published: row["published"])
        articleId = row["articleId"]
    }
}
