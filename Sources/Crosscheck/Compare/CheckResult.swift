/// What ``Crosschecker`` found in a set of documents: the discrepancies, how well each compared pair aligned, and
/// the analyses the report shows (alignment, quotes, claims).
public struct CheckResult: Sendable {
    /// One compared pair: the reference document and another.
    public struct Pair: Codable, Sendable, Hashable {
        /// Index of the reference (earlier) document.
        public var old: Int
        /// Index of the other document.
        public var new: Int
        /// Share of the two documents' body sentences that are aligned with a sentence of the other (0...1).
        public var coverage: Double
        /// Whether the coverage was too low for the documents to be one story (the pair is then not checked).
        public var unrelated: Bool
    }

    /// The documents, in argument order.
    public let documents: [Document]
    /// Their sentence alignment.
    public let alignment: Alignment
    /// The quotes of each document.
    public let quotes: [[Quote]]
    /// The claims of each document.
    public let claims: [[Claim]]
    /// The compared pairs.
    public let pairs: [Pair]
    /// The discrepancies, most severe first, then in reading order.
    public let discrepancies: [Discrepancy]

    /// Whether every compared pair is unrelated: the documents are not versions of one story.
    public var unrelated: Bool { !pairs.isEmpty && pairs.allSatisfy(\.unrelated) }

    /// The number of discrepancies at or above a severity.
    /// - Parameter severity: The least severity counted.
    /// - Returns: The count.
    public func count(atLeast severity: Severity) -> Int { discrepancies.count { $0.severity >= severity } }
}
