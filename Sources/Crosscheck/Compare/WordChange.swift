/// One piece of a word diff inside a quote or sentence: text in both versions, only the old or only the new.
public struct WordChange: Codable, Hashable, Sendable {
    /// What the piece is.
    public enum Operation: String, Codable, Hashable, Sendable {
        /// In both versions.
        case equal
        /// Only in the old version.
        case delete
        /// Only in the new version.
        case insert
    }

    /// What the piece is.
    public var op: Operation
    /// Its text (typographically folded).
    public var text: String

    /// Creates a piece.
    /// - Parameters:
    ///   - op: What the piece is.
    ///   - text: Its text.
    public init(op: Operation, text: String) {
        self.op = op
        self.text = text
    }
}
