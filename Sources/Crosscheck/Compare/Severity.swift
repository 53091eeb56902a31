/// How much a discrepancy matters to an editor, from `info` (worth a look) to `critical` (a wrong attribution).
public enum Severity: String, Codable, Hashable, Sendable, CaseIterable, Comparable {
    /// Context: added, removed or reworded sentences; marked omissions inside quotes.
    case info
    /// A small change: punctuation inside a quote, an attribution verb.
    case minor
    /// A change of fact or wording: numbers, dates, names, hedges, quote words.
    case major
    /// The same words attributed to different people.
    case critical

    /// The rank used for ordering, `info` lowest.
    var rank: Int {
        switch self {
        case .info: 0
        case .minor: 1
        case .major: 2
        case .critical: 3
        }
    }

    /// Orders severities from `info` to `critical`.
    /// - Parameters:
    ///   - lhs: A severity.
    ///   - rhs: Another severity.
    /// - Returns: Whether `lhs` is less severe than `rhs`.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
