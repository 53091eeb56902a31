/// Which kinds of typographic noise a ``NormalizedText`` folds away before texts are compared.
///
/// Every option is a pure, per-character rule (apart from the run rules of ``whitespace`` and ``dashes``), so the
/// normalised text can always be mapped back to the exact original characters. The presets are what the comparison
/// layers use: ``typographic`` for "the same words, punctuated the same way", ``loose`` when case does not matter
/// either.
public struct NormalizationOptions: OptionSet, Sendable, Hashable {
    /// The bit set of options.
    public let rawValue: UInt16

    /// Creates a set of options from its raw bits.
    /// - Parameter rawValue: The bits, as in ``rawValue``.
    public init(rawValue: UInt16) {
        self.rawValue = rawValue
    }

    /// Folds quotation marks and apostrophes to ASCII.
    ///
    /// Double marks (`“ ” „ ‟ « » ″ ‶ 〝 〞 〟 ＂ ❝ ❞ ⹂`) become `"`; single marks and apostrophes
    /// (`‘ ’ ‚ ‛ ‹ › ′ ‵ ´ ʼ ʻ ʹ ＇ ❛ ❜` and the backtick `` ` ``) become `'`.
    public static let quotes = NormalizationOptions(rawValue: 1 << 0)

    /// Folds dashes to the ASCII hyphen-minus and collapses runs of them.
    ///
    /// Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign, two- and three-em dashes
    /// and their small and full-width forms become `-`, and a run of two or more dashes (`--`, `---`, `—-`) becomes a
    /// single `-`, so "give — it", "give -- it" and "give - it" are equal. Whitespace around a dash is kept: "give—it"
    /// and "give — it" stay different (a hyphenated compound must not equal two words around a dash).
    public static let dashes = NormalizationOptions(rawValue: 1 << 1)

    /// Collapses every run of whitespace to one ASCII space and trims whitespace at both ends.
    ///
    /// Whitespace is Unicode's White_Space property: ASCII space, tab, line feed, vertical tab, form feed, carriage
    /// return, NEL, no-break space (U+00A0), ogham space, U+2000–U+200A, line and paragraph separators, narrow no-break
    /// space (U+202F), medium mathematical space and ideographic space. Characters dropped by ``ignorables`` inside a
    /// run do not break it.
    public static let whitespace = NormalizationOptions(rawValue: 1 << 2)

    /// Lowercases letters: an ASCII table for ASCII, each scalar's full Unicode lowercase mapping otherwise
    /// (`İ` → `i̇`, `Σ` → `σ`; context-free, so no final-sigma rule, and lowercase, not case folding: `ß` stays `ß`).
    public static let caseFold = NormalizationOptions(rawValue: 1 << 3)

    /// Applies compatibility normalisation (NFKC): ligatures (`ﬁ` → `fi`), full-width and half-width forms, the
    /// ellipsis (`…` → `...`), superscripts, vulgar fractions, compatibility spaces. Implies ``canonical``.
    public static let compatibility = NormalizationOptions(rawValue: 1 << 4)

    /// Applies canonical composition (NFC), so precomposed and decomposed accents compare equal (`é` = `e` + U+0301).
    public static let canonical = NormalizationOptions(rawValue: 1 << 5)

    /// Drops default-ignorable code points: soft hyphen (U+00AD), zero-width space, joiners and non-joiners
    /// (U+200B–U+200D), direction marks and embeddings, word joiner (U+2060), byte order mark (U+FEFF), variation
    /// selectors, tag characters and the other characters with Unicode's Default_Ignorable_Code_Point property.
    public static let ignorables = NormalizationOptions(rawValue: 1 << 6)

    /// Everything that changes how a text looks but not what it says: ``quotes``, ``dashes``, ``whitespace``,
    /// ``compatibility``, ``canonical`` and ``ignorables``. Case is kept.
    public static let typographic: NormalizationOptions = [
        .quotes, .dashes, .whitespace, .compatibility, .canonical, .ignorables,
    ]

    /// ``typographic`` plus ``caseFold``.
    public static let loose: NormalizationOptions = [.typographic, .caseFold]
}
