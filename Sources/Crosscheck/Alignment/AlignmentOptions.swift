/// The thresholds of sentence alignment. The defaults were learned on generated version pairs from the PolNeAR
/// train split (`Scripts/make-align-pairs.py`, `Scripts/score-align.py --sweep`); `docs/align.md` shows how.
///
/// Similarities are in `0 ... 1`: the mean of an IDF-weighted Dice coefficient over the sentences' loose-folded
/// content tokens and a Dice coefficient over their character trigrams.
public struct AlignmentOptions: Sendable, Hashable {
    /// Least similarity of two sentences linked in document order by the global (heaviest chain) pass.
    public var linkThreshold: Double
    /// Least similarity of two sentences linked out of order (a move).
    public var moveThreshold: Double
    /// Least similarity of two sentences linked in order when they lie in the same gap between linked sentences
    /// (a rewritten sentence in its old place).
    public var gapThreshold: Double
    /// Least similarity of a sentence with the 2–3 consecutive sentences of the other document that replace it
    /// (a split or a merge).
    public var splitThreshold: Double
    /// Least share of each part's token weight found in the whole, for a split or merge.
    public var partContainment: Double
    /// How much more similar the whole must be to the 2–3 parts than to the best single part.
    public var splitGain: Double
    /// Candidate pairs kept per sentence (the most similar by shared token weight).
    public var candidatesPerSentence: Int

    /// Creates options.
    /// - Parameters:
    ///   - linkThreshold: Least similarity of in-order links.
    ///   - moveThreshold: Least similarity of moves.
    ///   - gapThreshold: Least similarity of in-order links inside a gap.
    ///   - splitThreshold: Least similarity of a split or merge.
    ///   - partContainment: Least containment of each part of a split or merge.
    ///   - splitGain: Least gain of a split or merge over a single link.
    ///   - candidatesPerSentence: Candidates per sentence.
    public init(
        linkThreshold: Double = 0.42, moveThreshold: Double = 0.42, gapThreshold: Double = 0.25,
        splitThreshold: Double = 0.5, partContainment: Double = 0.6, splitGain: Double = 0.08,
        candidatesPerSentence: Int = 12
    ) {
        self.linkThreshold = linkThreshold
        self.moveThreshold = moveThreshold
        self.gapThreshold = gapThreshold
        self.splitThreshold = splitThreshold
        self.partContainment = partContainment
        self.splitGain = splitGain
        self.candidatesPerSentence = candidatesPerSentence
    }
}
