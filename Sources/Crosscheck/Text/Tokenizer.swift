/// Cuts article text into ``Token``s: the one tokenizer every layer of Crosscheck uses.
///
/// The tokenizer scans UTF-8 bytes once, with a 256-entry class table for ASCII and Unicode properties only for
/// non-ASCII scalars. Tokens always start and end on scalar boundaries and never contain whitespace. Rules:
///
/// - **Words**: letters of any script, digits, combining marks and joiners, with inner hyphens (`-`, U+2010,
///   U+2011) before a letter or digit ("two-month", "Secretary-General", "COVID-19"), inner apostrophes before a
///   letter, straight or curly ("didn't", "Turkey’s", "O'Brien"), and `&` between capitals ("AT&T").
///   Han ideographs and kana are one token each (those scripts do not separate words with spaces).
/// - **Possessive plurals**: an apostrophe after a final "s" belongs to the word when a space and a letter follow
///   and no single quotation mark is open in the paragraph ("Guterres’ spokesperson", "the players' union");
///   otherwise it is a closing quotation mark ("he said ‘yes’ and left").
/// - **Numbers**: start with a digit, a currency sign before a digit ("$2bn", "€20"), a sign before a digit after a
///   space ("-5", "+44"), or an elided century ("’90s"); digits join across `,` `.` `:` `/` between digits, `-`
///   before a letter or digit, and take letters, `%`, `°` and a currency sign after a digit: "1,500", "3.5%",
///   "2022-04-26", "10:30", "1990s", "24/7", "20°C", "10-year-old".
/// - **Abbreviations** (period included): dotted letters ("U.N.", "U.S.A.", "e.g.", "a.m.", "Ph.D."), single
///   letters with a period ("J.", "a."), and the words of the abbreviation lexicon ("Mr.", "Sept.", "Co.", "Calif.";
///   "No." and "p." only before a number). A possessive "'s" after the period stays in the token ("Jr.'s").
/// - **Addresses** (``TokenKind/url``): `http(s)://` and `ftp://` URLs, `www.` hosts, bare domains ending in a
///   known top-level domain ("un.org"), e-mail addresses; trailing sentence punctuation is not part of them.
/// - **Quotation marks**: every style is a ``TokenKind/quote`` token (`` `` `` and `''` are one token each), flagged
///   ``TokenFlags/opening`` or ``TokenFlags/closing`` from the characters around it, then from the glyph, and
///   for straight quotes from whether one is open.
/// - **Punctuation**: runs of periods ("...", "....") and of `!`/`?` ("?!") are one token; so are runs of dashes
///   ("--", "——"). Brackets are flagged opening or closing.
/// - **Symbols and emoji**: one scalar per token, except that an emoji sequence stays one token: variation
///   selectors, skin-tone modifiers, tag characters, keycaps and any combining mark extend the token before them
///   when no space separates them, a ZWJ joins the next pictograph, and regional indicators pair into flags.
/// - **Gaps**: whitespace (including no-break and other Unicode spaces), control characters and invisible format
///   characters (ZWSP, BOM, bidirectional marks) separate tokens and belong to none.
public struct Tokenizer: Sendable {
    /// Creates a tokenizer.
    public init() {}

    /// Tokenizes a text.
    /// - Parameter text: The article text.
    /// - Returns: The tokens in text order, non-overlapping, non-empty, on scalar boundaries.
    /// - Complexity: O(n) in the UTF-8 length; one pass, no per-token allocation.
    public func tokens(in text: SourceText) -> [Token] {
        text.utf8.withUnsafeBufferPointer { tokens(inUTF8: $0) }
    }

    /// Tokenizes UTF-8 bytes.
    /// - Parameter bytes: Valid UTF-8 (invalid input never traps, but its tokens may not lie on scalar boundaries).
    /// - Returns: The tokens in order; their offsets are byte offsets into `bytes`.
    /// - Complexity: O(n) in `bytes.count`.
    public func tokens(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return [] }
        return TokenScanner.classTable.withUnsafeBufferPointer { table in
            guard let classes = table.baseAddress else { return [] }
            var scanner = TokenScanner(base: base, count: bytes.count, classes: classes)
            scanner.run()
            return scanner.tokens()
        }
    }

    /// Calls `body` with the tokens of UTF-8 bytes (those of ``tokens(inUTF8:)``), without making an array of them.
    /// - Parameters:
    ///   - bytes: Valid UTF-8, as for ``tokens(inUTF8:)``.
    ///   - body: Receives the tokens (valid only during the call).
    /// - Returns: What `body` returns.
    /// - Complexity: O(n) in `bytes.count`, plus `body`.
    func withTokens<R>(inUTF8 bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<Token>) -> R) -> R {
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            return body(UnsafeBufferPointer(start: nil, count: 0))
        }
        return TokenScanner.classTable.withUnsafeBufferPointer { table in
            guard let classes = table.baseAddress else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
            var scanner = TokenScanner(base: base, count: bytes.count, classes: classes)
            scanner.run()
            return scanner.withTokens(body)
        }
    }

    /// Tokenizes one paragraph block of a text: the tokens a whole-text scan finds in `range`.
    /// - Parameters:
    ///   - text: The text.
    ///   - range: A byte range that starts at 0 or after a blank line (two line breaks with only ASCII whitespace
    ///     between them, where the open-quote state resets) and ends before whitespace or at the end.
    /// - Returns: The tokens in `range`, identical to those of ``tokens(in:)`` there.
    /// - Complexity: O(range length).
    func tokens(in text: SourceText, block range: Range<Int>) -> [Token] {
        withTokens(in: text, block: range) { Array($0) }
    }

    /// Calls `body` with the tokens of one paragraph block of a text (see ``tokens(in:block:)``), without making an
    /// array of them.
    /// - Parameters:
    ///   - text: The text.
    ///   - range: A block, as for ``tokens(in:block:)``.
    ///   - body: Receives the tokens (valid only during the call).
    /// - Returns: What `body` returns.
    /// - Complexity: O(range length), plus `body`.
    func withTokens<R>(in text: SourceText, block range: Range<Int>, _ body: (UnsafeBufferPointer<Token>) -> R) -> R {
        text.utf8.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress, !range.isEmpty else {
                return body(UnsafeBufferPointer(start: nil, count: 0))
            }
            return TokenScanner.classTable.withUnsafeBufferPointer { table in
                guard let classes = table.baseAddress else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
                var scanner = TokenScanner(
                    base: base, count: bytes.count, classes: classes, expectedBytes: range.count)
                scanner.run(from: max(0, range.lowerBound), to: min(range.upperBound, bytes.count))
                return scanner.withTokens(body)
            }
        }
    }

    /// The number of words (tokens with a letter or digit) among the tokens of one paragraph block of a text, without
    /// making the tokens: the statistics' count of ``tokens(in:block:)`` there.
    /// - Parameters:
    ///   - text: The text.
    ///   - range: A block, as for ``tokens(in:block:)``.
    /// - Returns: The number of words.
    /// - Complexity: O(range length); chunks between ASCII whitespace that hold one run of ASCII letters and digits
    ///   (most words of news prose) are counted without tokenizing them.
    func wordCount(in text: SourceText, block range: Range<Int>) -> Int {
        text.utf8.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress, !range.isEmpty else { return 0 }
            return TokenScanner.classTable.withUnsafeBufferPointer { table in
                guard let classes = table.baseAddress else { return 0 }
                var scanner = TokenScanner(base: base, count: bytes.count, classes: classes, expectedBytes: 256)
                return scanner.countWords(from: max(0, range.lowerBound), to: min(range.upperBound, bytes.count))
            }
        }
    }
}
