/// One token of an article: a byte range into its ``SourceText``, what kind of token it is, and a few facts about it.
///
/// Tokens never include whitespace. The gaps between tokens hold whitespace, control characters and invisible
/// format characters that carry no text (zero-width space, byte-order mark, bidirectional marks); nothing else.
/// ``Tokenizer`` documents how text is cut into tokens.
///
/// Offsets are stored as 32-bit values (a token is 12 bytes, which matters at 20 million tokens per 100 MB), so one
/// text can be at most 4 GiB; ``InputLimits`` keeps articles far below that.
public struct Token: Hashable, Sendable {
    @usableFromInline var storedStart: UInt32
    @usableFromInline var storedEnd: UInt32

    /// UTF-8 byte offset of the first byte.
    @inlinable public var start: Int {
        get { Int(storedStart) }
        set { storedStart = UInt32(truncatingIfNeeded: newValue) }
    }
    /// UTF-8 byte offset one past the last byte.
    @inlinable public var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = UInt32(truncatingIfNeeded: newValue) }
    }
    /// What the token is.
    public var kind: TokenKind
    /// Facts about the token that the tokenizer knows cheaply: case, quote and bracket direction.
    public var flags: TokenFlags

    /// Creates a token.
    /// - Parameters:
    ///   - start: First byte offset.
    ///   - end: Byte offset one past the end.
    ///   - kind: The token kind.
    ///   - flags: Facts about the token; empty by default.
    public init(start: Int, end: Int, kind: TokenKind, flags: TokenFlags = []) {
        self.storedStart = UInt32(truncatingIfNeeded: start)
        self.storedEnd = UInt32(truncatingIfNeeded: end)
        self.kind = kind
        self.flags = flags
    }

    /// The token's byte range.
    public var bytes: Range<Int> { start ..< end }
}

/// The kinds of token the tokenizer produces.
public enum TokenKind: UInt8, Hashable, Sendable, CaseIterable {
    /// Letters, possibly with inner hyphens and apostrophes: "Guterres", "two-month", "didn't", "Turkey’s".
    case word
    /// A number, possibly with separators, decimals, a sign, a currency sign, a percent sign or a suffix:
    /// "1,500", "3.5%", "$2bn", "2022-04-26", "10:30", "1990s", "’90s".
    case number
    /// An abbreviation or initial with its periods: "U.N.", "Sept.", "Mr.", "J.", "e.g.", "Jr.'s".
    case abbreviation
    /// A quotation mark of any style: `"` `'` `“` `”` `‘` `’` `«` `»` `„` `‹` `›` `‚` `` `` `` `''`.
    case quote
    /// Sentence and clause punctuation: `.` `,` `;` `:` `!` `?` `…` `...` dashes, brackets, bullets.
    case punctuation
    /// Any other symbol: `&`, `@`, `#`, `/`, `+`, emoji (a whole emoji sequence is one token), pictographs.
    case symbol
    /// A web or e-mail address: "https://example.com/a.html", "www.un.org", "un.org", "jane.doe@example.com".
    case url
}

extension TokenKind {
    /// The kind's name as used in JSON output: "word", "number", "abbreviation", "quote", "punctuation", "symbol",
    /// "url".
    public var name: String {
        switch self {
        case .word: "word"
        case .number: "number"
        case .abbreviation: "abbreviation"
        case .quote: "quote"
        case .punctuation: "punctuation"
        case .symbol: "symbol"
        case .url: "url"
        }
    }
}

/// Facts about a token that the tokenizer records while it scans.
public struct TokenFlags: OptionSet, Hashable, Sendable {
    /// The raw bits.
    public let rawValue: UInt8

    /// Creates flags from raw bits.
    /// - Parameter rawValue: The bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The first letter of a word or abbreviation is upper case (or title case): "Guterres", "U.N.", "Mr.".
    public static let capitalized = TokenFlags(rawValue: 1 << 0)
    /// A quotation mark or bracket that opens: `“`, `(`, or a straight `"` before a word.
    public static let opening = TokenFlags(rawValue: 1 << 1)
    /// A quotation mark or bracket that closes: `”`, `)`, or a straight `"` after a word or punctuation.
    public static let closing = TokenFlags(rawValue: 1 << 2)
}
