/// A piece of an article's text as users see it: Unicode scalar offsets (end exclusive) and the exact characters.
///
/// `start` and `end` count Unicode scalars (code points) from the start of the article's `text` exactly as read,
/// and `text` always equals that slice (see CONTRACT.md, "Offsets"). Spans are made by ``SourceText/span(_:)``
/// from internal UTF-8 byte ranges, so they cannot drift from the input.
public struct Span: Codable, Hashable, Sendable, Comparable {
    /// Offset of the first Unicode scalar of the span.
    public var start: Int
    /// Offset one past the last Unicode scalar of the span.
    public var end: Int
    /// The exact characters of the input between `start` and `end`.
    public var text: String

    /// Creates a span from scalar offsets and the text they cover.
    /// - Parameters:
    ///   - start: Scalar offset of the first character.
    ///   - end: Scalar offset one past the last character.
    ///   - text: The slice of the input between the two offsets.
    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }

    /// Orders spans by start, then by end.
    public static func < (lhs: Span, rhs: Span) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
