/// One disagreement between two documents of a story, with evidence in each.
public struct Discrepancy: Codable, Hashable, Sendable {
    /// A stable id: the kind and a hash of the evidence (same input, same id).
    public var id: String
    /// What disagrees.
    public var kind: DiscrepancyKind
    /// How much it matters.
    public var severity: Severity
    /// One line for a human reader.
    public var summary: String
    /// The cited spans, one or more per document involved (the earlier document first).
    public var evidence: [Evidence]
    /// Typed details (old and new values, word diffs).
    public var details: DiscrepancyDetails

    /// Creates a discrepancy with an id derived from its kind and evidence.
    /// - Parameters:
    ///   - kind: What disagrees.
    ///   - severity: How much it matters.
    ///   - summary: One line for a human reader.
    ///   - evidence: The cited spans.
    ///   - details: Typed details.
    public init(
        kind: DiscrepancyKind, severity: Severity, summary: String, evidence: [Evidence],
        details: DiscrepancyDetails = DiscrepancyDetails()
    ) {
        self.kind = kind
        self.severity = severity
        self.summary = summary
        self.evidence = evidence
        self.details = details
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ string: String) {
            for byte in string.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            hash ^= 0xff
            hash = hash &* 0x100_0000_01b3
        }
        mix(kind.rawValue)
        for item in evidence {
            mix(item.doc)
            mix(String(item.start))
            mix(String(item.end))
        }
        let hex = String(hash, radix: 16)
        self.id = kind.rawValue + "-" + String(repeating: "0", count: max(0, 16 - hex.count)) + hex
    }
}
