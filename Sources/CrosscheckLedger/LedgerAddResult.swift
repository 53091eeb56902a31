/// What one ``QuoteLedger/add(_:)`` call stored.
///
/// JSON form: `{"articlesAdded", "articlesSkipped", "quotesAdded", "quotesGrouped"}`.
public struct LedgerAddResult: Codable, Hashable, Sendable {
    /// Articles stored by this call.
    public var articlesAdded: Int
    /// Articles already in the ledger (same content), left as they were.
    public var articlesSkipped: Int
    /// Quotes stored by this call.
    public var quotesAdded: Int
    /// Of those, the quotes that joined a group of versions already in the ledger (the same quote elsewhere).
    public var quotesGrouped: Int

    /// Creates a result.
    /// - Parameters:
    ///   - articlesAdded: Articles stored.
    ///   - articlesSkipped: Articles already present.
    ///   - quotesAdded: Quotes stored.
    ///   - quotesGrouped: Quotes that joined an existing group.
    public init(articlesAdded: Int = 0, articlesSkipped: Int = 0, quotesAdded: Int = 0, quotesGrouped: Int = 0) {
        self.articlesAdded = articlesAdded
        self.articlesSkipped = articlesSkipped
        self.quotesAdded = quotesAdded
        self.quotesGrouped = quotesGrouped
    }

    /// Adds another result's counts to this one.
    /// - Parameters:
    ///   - total: The running total.
    ///   - other: Another call's result.
    public static func += (total: inout LedgerAddResult, other: LedgerAddResult) {
        total.articlesAdded += other.articlesAdded
        total.articlesSkipped += other.articlesSkipped
        total.quotesAdded += other.quotesAdded
        total.quotesGrouped += other.quotesGrouped
    }
}
