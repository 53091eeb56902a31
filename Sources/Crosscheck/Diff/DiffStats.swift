/// Summary figures of a text diff (the `stats` object of `crosscheck diff --format json`).
///
/// In word diffs a word is a token with a letter or digit ("U.N.", "1,500" and "didn't" are one word each); in other
/// diffs it is a run of letters and digits (an inner apostrophe or hyphen does not split one). Moved passages count as
/// moved, not as added or removed; cosmetic edits count only in ``cosmeticEdits`` (or as ordinary edits when
/// whitespace is significant).
public struct DiffStats: Codable, Sendable, Hashable {
    /// Words in the old text.
    public var oldWords: Int
    /// Words in the new text.
    public var newWords: Int
    /// Words in inserted text and in the new side of replacements.
    public var wordsAdded: Int
    /// Words in deleted text and in the old side of replacements.
    public var wordsRemoved: Int
    /// Words in the old side of replacements (a subset of ``wordsRemoved``).
    public var wordsChanged: Int
    /// Words in moved passages (counted on the old side).
    public var wordsMoved: Int
    /// Insertions, not counting moves.
    public var insertions: Int
    /// Deletions, not counting moves.
    public var deletions: Int
    /// Replacements.
    public var replacements: Int
    /// Moved passages (pairs of a deletion and an insertion).
    public var moves: Int
    /// Whitespace-only edits.
    public var cosmeticEdits: Int
    /// Whether the underlying sequence diff is guaranteed minimal (no anchoring heuristic, no work bound).
    public var isMinimal: Bool
    /// Whether the work bound was hit (some region reported as deleted and inserted without comparison).
    public var hitWorkBound: Bool

    /// Creates statistics; every count defaults to zero.
    public init(
        oldWords: Int = 0, newWords: Int = 0, wordsAdded: Int = 0, wordsRemoved: Int = 0, wordsChanged: Int = 0,
        wordsMoved: Int = 0, insertions: Int = 0, deletions: Int = 0, replacements: Int = 0, moves: Int = 0,
        cosmeticEdits: Int = 0, isMinimal: Bool = true, hitWorkBound: Bool = false
    ) {
        self.oldWords = oldWords
        self.newWords = newWords
        self.wordsAdded = wordsAdded
        self.wordsRemoved = wordsRemoved
        self.wordsChanged = wordsChanged
        self.wordsMoved = wordsMoved
        self.insertions = insertions
        self.deletions = deletions
        self.replacements = replacements
        self.moves = moves
        self.cosmeticEdits = cosmeticEdits
        self.isMinimal = isMinimal
        self.hitWorkBound = hitWorkBound
    }
}
