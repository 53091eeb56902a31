/// What kind of disagreement a ``Discrepancy`` is (CONTRACT.md, `crosscheck check`).
public enum DiscrepancyKind: String, Codable, Hashable, Sendable, CaseIterable {
    /// The same quote with different words or punctuation.
    case quoteWording = "quote-wording"
    /// The same quote attributed to different speakers.
    case quoteSpeaker = "quote-speaker"
    /// The same quote with a different attribution verb (said → admitted).
    case quoteCue = "quote-cue"
    /// A direct quote in one document with no counterpart in the other.
    case quoteMissing = "quote-missing"
    /// A number, amount or duration changed.
    case number
    /// A date or time changed.
    case date
    /// A person, place, organisation or a person's title changed.
    case entity
    /// The certainty of a statement changed ("accused of committing" → "committed").
    case hedge
    /// A sentence only in the later document.
    case sentenceAdded = "sentence-added"
    /// A sentence only in the earlier document.
    case sentenceRemoved = "sentence-removed"
    /// A sentence reworded in a way no more specific kind explains.
    case sentenceEdited = "sentence-edited"
}
