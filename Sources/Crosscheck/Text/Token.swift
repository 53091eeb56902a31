/// One token of an article: a byte range into its ``SourceText`` and what kind of token it is.
///
/// Tokens never include whitespace; the gaps between them are whitespace (or nothing).
public struct Token: Hashable, Sendable {
    /// UTF-8 byte offset of the first byte.
    public var start: Int
    /// UTF-8 byte offset one past the last byte.
    public var end: Int
    /// What the token is.
    public var kind: TokenKind

    /// Creates a token.
    /// - Parameters:
    ///   - start: First byte offset.
    ///   - end: Byte offset one past the end.
    ///   - kind: The token kind.
    public init(start: Int, end: Int, kind: TokenKind) {
        self.start = start
        self.end = end
        self.kind = kind
    }

    /// The token's byte range.
    public var bytes: Range<Int> { start ..< end }
}

/// The kinds of token the tokenizer produces.
public enum TokenKind: UInt8, Hashable, Sendable, CaseIterable {
    /// Letters, possibly with inner hyphens and apostrophes: "Guterres", "two-month", "didn't".
    case word
    /// A number, possibly with separators, decimals, a currency sign, a percent sign or a magnitude suffix:
    /// "1,500", "3.5%", "$2bn", "2022-04-26".
    case number
    /// An abbreviation or initial with its periods: "U.N.", "Sept.", "Mr.", "J.".
    case abbreviation
    /// A quotation mark of any style: `"` `'` `“` `”` `‘` `’` `«` `»` `„` `‹` `›` `` ` ``.
    case quote
    /// Sentence and clause punctuation: `.` `,` `;` `:` `!` `?` `…` dashes, brackets.
    case punctuation
    /// Any other symbol: `&`, `@`, `#`, `/`, `+`, emoji, pictographs.
    case symbol
}
