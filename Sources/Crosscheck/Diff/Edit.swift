/// One edit of a text diff as the contract shows it (`crosscheck diff --format json`): an operation with the spans of
/// old and new text it covers.
///
/// The edits of a diff are in document order and cover both texts: the `old` spans concatenate to the old text
/// exactly and the `new` spans to the new text. An `equal` edit has identical old and new text. Whitespace-only
/// differences (and differences the unit ids treat as equal, such as normalised whitespace inside a sentence) are
/// `replace`, `insert` or `delete` edits marked ``isCosmetic``; renderers show them as unchanged unless whitespace is
/// significant.
public struct Edit: Codable, Hashable, Sendable {
    /// What an edit does.
    public enum Operation: String, Codable, Sendable, CaseIterable {
        /// The text is the same in both versions.
        case equal
        /// Text only in the new version.
        case insert
        /// Text only in the old version.
        case delete
        /// Old text replaced by new text.
        case replace
    }

    /// What the edit does.
    public var op: Operation
    /// The old text the edit covers (absent for insertions).
    public var old: Span?
    /// The new text the edit covers (absent for deletions).
    public var new: Span?
    /// Shared by a deletion and an insertion that are one moved passage (1, 2, … in order of the old text).
    public var move: Int?
    /// `true` when old and new differ only in whitespace or in characters the units treat as equal.
    public var isCosmetic: Bool
    /// Finer edits inside this one: character edits inside a slightly changed word, or the word edits that turn the
    /// deleted passage of a move into the inserted one (on the insertion). Their spans cover this edit's old and new
    /// text (for a move: the deletion's old text and this edit's new text).
    public var inner: [Edit]

    /// Creates an edit.
    /// - Parameters:
    ///   - op: What the edit does.
    ///   - old: The old text covered, if any.
    ///   - new: The new text covered, if any.
    ///   - move: The move id, if the edit is half of a moved passage.
    ///   - isCosmetic: Whether the difference is whitespace only.
    ///   - inner: Finer edits inside this one.
    public init(
        op: Operation, old: Span?, new: Span?, move: Int? = nil, isCosmetic: Bool = false, inner: [Edit] = []
    ) {
        self.op = op
        self.old = old
        self.new = new
        self.move = move
        self.isCosmetic = isCosmetic
        self.inner = inner
    }

    private enum CodingKeys: String, CodingKey {
        case op, old, new, move, cosmetic, inner
    }

    /// Decodes an edit; `cosmetic` and `inner` default to `false` and empty.
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` on malformed input.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        op = try container.decode(Operation.self, forKey: .op)
        old = try container.decodeIfPresent(Span.self, forKey: .old)
        new = try container.decodeIfPresent(Span.self, forKey: .new)
        move = try container.decodeIfPresent(Int.self, forKey: .move)
        isCosmetic = try container.decodeIfPresent(Bool.self, forKey: .cosmetic) ?? false
        inner = try container.decodeIfPresent([Edit].self, forKey: .inner) ?? []
    }

    /// Encodes the contract fields; `move`, `cosmetic` and `inner` only when set.
    /// - Parameter encoder: The encoder.
    /// - Throws: `EncodingError` from the encoder.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(op, forKey: .op)
        try container.encodeIfPresent(old, forKey: .old)
        try container.encodeIfPresent(new, forKey: .new)
        try container.encodeIfPresent(move, forKey: .move)
        if isCosmetic { try container.encode(true, forKey: .cosmetic) }
        if !inner.isEmpty { try container.encode(inner, forKey: .inner) }
    }
}
