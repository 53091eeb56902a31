/// The JSON form of the review report (`crosscheck report -o NAME.json`): everything `check --format json` has,
/// plus the sentence alignment (as `crosscheck align --format json`), the quotes and the claims of every document.
public struct ReviewReport: Encodable, Sendable {
    /// The check part: documents, discrepancies, pairs, counts.
    public var check: CheckReport
    /// The sentence alignment.
    public var alignment: AlignmentReport
    /// The quotes of each document, in document order.
    public var quotes: [[Quote]]
    /// The claims of each document, in document order.
    public var claims: [[Claim]]

    /// The review report of a check.
    /// - Parameter result: The check.
    public init(_ result: CheckResult) {
        check = CheckReport(result)
        alignment = AlignmentReport(result.alignment)
        quotes = result.quotes
        claims = result.claims
    }

    private enum CodingKeys: String, CodingKey {
        case documents, discrepancies, pairs, unrelated, counts, alignment, quotes, claims
    }

    /// Encodes the report with the check's fields at the top level.
    /// - Parameter encoder: The encoder.
    /// - Throws: The encoder's errors.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(check.documents, forKey: .documents)
        try container.encode(check.discrepancies, forKey: .discrepancies)
        try container.encode(check.pairs, forKey: .pairs)
        try container.encode(check.unrelated, forKey: .unrelated)
        try container.encode(check.counts, forKey: .counts)
        try container.encode(alignment, forKey: .alignment)
        try container.encode(quotes, forKey: .quotes)
        try container.encode(claims, forKey: .claims)
    }
}
