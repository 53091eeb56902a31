import Crosscheck

/// One way two versions of a quote differ.
///
/// JSON form: `{"kind": "wording"|"speaker"|"missing-speaker", "severity", "summary", "reference": Int,
/// "version": Int, "changes": [WordChange]?}`; `reference` and `version` are ``LedgerQuote/id``s, `changes` is
/// the word diff (reference to version) of a `wording` difference.
public struct LedgerDifference: Codable, Hashable, Sendable {
    /// What differs.
    public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
        /// Different words or punctuation (what `quote-wording` reports in `crosscheck check`).
        case wording
        /// The quote is attributed to different people (as `quote-speaker`).
        case speaker
        /// One version names the speaker, the other names nobody.
        case missingSpeaker = "missing-speaker"
    }

    /// What differs.
    public var kind: Kind
    /// How much it matters.
    public var severity: Severity
    /// One readable sentence naming the outlets and what changed.
    public var summary: String
    /// The version compared against (``LedgerQuote/id``).
    public var reference: Int64
    /// The differing version (``LedgerQuote/id``).
    public var version: Int64
    /// The word diff from the reference to the version, for ``Kind/wording``.
    public var changes: [WordChange]?

    /// Creates a difference.
    /// - Parameters:
    ///   - kind: What differs.
    ///   - severity: How much it matters.
    ///   - summary: A readable sentence.
    ///   - reference: The reference version's id.
    ///   - version: The differing version's id.
    ///   - changes: The word diff, for wording.
    public init(
        kind: Kind, severity: Severity, summary: String, reference: Int64, version: Int64,
        changes: [WordChange]? = nil
    ) {
        self.kind = kind
        self.severity = severity
        self.summary = summary
        self.reference = reference
        self.version = version
        self.changes = changes
    }
}
