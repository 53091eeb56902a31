/// Typed details of a discrepancy. Which fields are set depends on the kind: `old`/`new` values for quote speakers,
/// cues, numbers, dates, entities and hedges; `changes` (the word diff) for quote wording and edited sentences;
/// `omitted` for an ellipsis-marked omission; `punctuationOnly` for quote wording.
public struct DiscrepancyDetails: Codable, Hashable, Sendable {
    /// The value in the earlier (reference) document.
    public var old: String?
    /// The value in the later document.
    public var new: String?
    /// The claim kind compared (`number`, `duration`, `person`, `title`, `hedge`...), when a claim.
    public var claim: String?
    /// The unit of compared numbers, when known.
    public var unit: String?
    /// The speaker of the quote, when known.
    public var speaker: String?
    /// The word diff, old to new.
    public var changes: [WordChange]?
    /// Whether only punctuation or letter case changed.
    public var punctuationOnly: Bool?
    /// Words left out where the other version marks an omission with an ellipsis.
    public var omitted: [String]?

    /// Creates details; every field is optional.
    /// - Parameters:
    ///   - old: The earlier value.
    ///   - new: The later value.
    ///   - claim: The claim kind.
    ///   - unit: The unit.
    ///   - speaker: The quote's speaker.
    ///   - changes: The word diff.
    ///   - punctuationOnly: Whether only punctuation changed.
    ///   - omitted: Words omitted at an ellipsis.
    public init(
        old: String? = nil, new: String? = nil, claim: String? = nil, unit: String? = nil, speaker: String? = nil,
        changes: [WordChange]? = nil, punctuationOnly: Bool? = nil, omitted: [String]? = nil
    ) {
        self.old = old
        self.new = new
        self.claim = claim
        self.unit = unit
        self.speaker = speaker
        self.changes = changes
        self.punctuationOnly = punctuationOnly
        self.omitted = omitted
    }
}
