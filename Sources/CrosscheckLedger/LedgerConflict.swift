import Crosscheck

/// A quote whose versions disagree across articles: its versions and what differs.
///
/// JSON form: `{"group": Int, "severity": Severity, "versions": [LedgerQuote], "differences": [LedgerDifference]}`;
/// `severity` is the highest of the differences'.
public struct LedgerConflict: Codable, Hashable, Sendable {
    /// The group id: the id of the quote's first version.
    public var group: Int64
    /// The highest severity among ``differences``.
    public var severity: Severity
    /// Every version of the quote, in the order they were added.
    public var versions: [LedgerQuote]
    /// What differs, each between the reference version and another one.
    public var differences: [LedgerDifference]

    /// Creates a conflict.
    /// - Parameters:
    ///   - group: The group id.
    ///   - versions: The versions.
    ///   - differences: The differences (not empty).
    public init(group: Int64, versions: [LedgerQuote], differences: [LedgerDifference]) {
        self.group = group
        self.versions = versions
        self.differences = differences
        self.severity = differences.map(\.severity).max() ?? .info
    }
}
