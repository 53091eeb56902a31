/// Every stored version of one quote: the same words (give or take edits) found in one or more articles.
///
/// JSON form: `{"group": Int, "versions": [LedgerQuote]}`.
public struct LedgerQuoteGroup: Codable, Hashable, Sendable {
    /// The group id: the id of its first version.
    public var group: Int64
    /// The versions, in the order they were added.
    public var versions: [LedgerQuote]

    /// Creates a group.
    /// - Parameters:
    ///   - group: The group id.
    ///   - versions: Its versions, in the order they were added.
    public init(group: Int64, versions: [LedgerQuote]) {
        self.group = group
        self.versions = versions
    }
}
