/// One edit of a text diff on UTF-8 byte ranges, the form the library works with; ``TextDiffResult/edits()`` turns
/// these into contract ``Edit``s with scalar spans.
///
/// Both ranges are always present: an insertion has an empty `old` range at the byte where the new text goes, a
/// deletion an empty `new` range.
public struct TextEdit: Sendable, Hashable {
    /// What the edit does.
    public var op: Edit.Operation
    /// Bytes of the old text (empty for an insertion).
    public var old: Range<Int>
    /// Bytes of the new text (empty for a deletion).
    public var new: Range<Int>
    /// The move id shared by the two halves of a moved passage.
    public var move: Int?
    /// `true` when the texts differ only in whitespace (or characters the units treat as equal).
    public var isCosmetic: Bool
    /// Finer edits: character edits of a slightly changed word, or the word edits of a moved-and-edited passage.
    public var inner: [TextEdit]

    /// Creates an edit.
    /// - Parameters:
    ///   - op: What the edit does.
    ///   - old: Old bytes.
    ///   - new: New bytes.
    ///   - move: Move id, if any.
    ///   - isCosmetic: Whether the difference is whitespace only.
    ///   - inner: Finer edits.
    public init(
        op: Edit.Operation, old: Range<Int>, new: Range<Int>, move: Int? = nil, isCosmetic: Bool = false,
        inner: [TextEdit] = []
    ) {
        self.op = op
        self.old = old
        self.new = new
        self.move = move
        self.isCosmetic = isCosmetic
        self.inner = inner
    }

    /// The contract form of the edit.
    /// - Parameters:
    ///   - old: The old text.
    ///   - new: The new text.
    /// - Returns: The edit with scalar spans.
    /// - Complexity: O(length of the edit's text + 255) per span.
    public func contractEdit(old oldText: SourceText, new newText: SourceText) -> Edit {
        Edit(
            op: op,
            old: op == .insert ? nil : oldText.span(old),
            new: op == .delete ? nil : newText.span(new),
            move: move,
            isCosmetic: isCosmetic,
            inner: inner.map { $0.contractEdit(old: oldText, new: newText) })
    }
}
