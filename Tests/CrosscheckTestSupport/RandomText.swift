/// Generates random article-like text mixing the scripts and characters that stress a tokenizer: ASCII words and
/// punctuation, accented Latin (precomposed and combining), CJK, Arabic and Hebrew, emoji with ZWJ sequences,
/// skin tones and flags, curly and straight quotes, dashes, no-break and zero-width spaces, and line breaks.
public enum RandomText {
    /// Pieces the generator strings together.
    public static let pieces: [String] = [
        "the", "U.N.", "Guterres", "said", "didn’t", "we'll", "Turkey’s", "players’", "two-month", "1,500", "3.5%",
        "$2bn", "€20", "2022-04-26", "10:30", "1990s", "’90s", "Mr.", "Sept.", "No.", "a.m.", "e.g.", "J.", "K.",
        "café", "Cafe\u{301}", "e\u{301}\u{302}", "Москва", "東京都", "こんにちは", "مرحبا", "שלום", "ありがとう",
        "👩‍💻", "👍🏽", "🇺🇦", "🇺", "❤️", "#️⃣", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "\u{200D}", "\u{FE0F}", "\u{301}", "\u{200B}", "\u{FEFF}",
        "\u{200E}", "“", "”", "‘", "’", "\"", "'", "«", "»", "„", "‹", "›", "``", "''", "—", "–", "--", "-", "…",
        "...", ". . .", ".", ",", ";", ":", "!", "?", "?!", "(", ")", "[", "]", "•", "⁃", "&", "@", "#", "/",
        "https://www.un.org/sg/en.", "jane.doe@un.org", "un.org", "www.example.com", "\u{00A0}", "\u{2028}",
        "\u{2029}", "\t", "\r\n", "\r", "N°", "°C", "²", "½", "٣", "ǅ", "İ", "ß", "\u{0}", "\u{7}", "\u{85}",
    ]

    /// Separators between pieces.
    public static let separators: [String] = [" ", " ", " ", " ", "", "\n", "\n\n", "  ", "\n \n"]

    /// A random text of about `pieceCount` pieces.
    /// - Parameters:
    ///   - pieceCount: How many pieces to join.
    ///   - generator: The random source.
    /// - Returns: The text.
    public static func make(pieceCount: Int, using generator: inout SplitMix64) -> String {
        var text = ""
        for _ in 0 ..< pieceCount {
            if Int.random(in: 0 ..< 8, using: &generator) == 0 {
                text.unicodeScalars.append(randomScalar(using: &generator))
            } else {
                text += pieces[Int.random(in: 0 ..< pieces.count, using: &generator)]
            }
            text += separators[Int.random(in: 0 ..< separators.count, using: &generator)]
        }
        return text
    }

    /// A random Unicode scalar from a mix of planes and blocks.
    private static func randomScalar(using generator: inout SplitMix64) -> Unicode.Scalar {
        let ranges: [ClosedRange<UInt32>] = [
            0x20 ... 0x7E, 0xA0 ... 0x24F, 0x300 ... 0x36F, 0x370 ... 0x52F, 0x590 ... 0x6FF, 0x900 ... 0x97F,
            0xE00 ... 0xE7F, 0x2000 ... 0x206F, 0x20A0 ... 0x20CF, 0x2190 ... 0x27BF, 0x3000 ... 0x30FF,
            0x4E00 ... 0x9FFF, 0xAC00 ... 0xD7A3, 0xFE00 ... 0xFE0F, 0xFF00 ... 0xFFEF, 0x1F1E6 ... 0x1F1FF,
            0x1F300 ... 0x1FAFF, 0xE0020 ... 0xE007F, 0x20000 ... 0x2A6DF,
        ]
        let range = ranges[Int.random(in: 0 ..< ranges.count, using: &generator)]
        let value = UInt32.random(in: range, using: &generator)
        return Unicode.Scalar(value) ?? " "
    }
}
