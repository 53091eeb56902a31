/// English number words: cardinals, scales, ordinals, fraction denominators and vague plural magnitudes.
///
/// Compared in lower case. Hyphenated compounds ("seventy-five", "twenty-first") are read part by part, so only
/// the parts are listed.
enum NumberWords {
    /// Cardinal words and their values.
    static let cardinals: [(String, Double)] = [
        ("zero", 0), ("nil", 0), ("nought", 0), ("naught", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4),
        ("five", 5), ("six", 6),
        ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13),
        ("fourteen", 14), ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18),
        ("nineteen", 19), ("twenty", 20), ("thirty", 30), ("forty", 40), ("fourty", 40), ("fifty", 50),
        ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90),
    ]

    /// Multiplying scale words and abbreviations ("hundred", "million", "bn", "k") and their factors.
    static let scales: [(String, Double)] = [
        ("hundred", 100), ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12),
        ("dozen", 12), ("lakh", 1e5), ("lakhs", 1e5), ("crore", 1e7), ("crores", 1e7), ("k", 1e3), ("m", 1e6),
        ("mn", 1e6), ("mln", 1e6), ("bn", 1e9), ("b", 1e9), ("tn", 1e12), ("trn", 1e12), ("mil", 1e6),
        ("dz", 12), ("dzs", 12), ("doz", 12), ("dozs", 12),
    ]

    /// Plural magnitudes that state an order of size, not a number: "dozens", "hundreds", "tens of thousands".
    static let vague: [(String, Double)] = [
        ("tens", 10), ("dozens", 12), ("scores", 20), ("hundreds", 100), ("thousands", 1e3), ("millions", 1e6),
        ("billions", 1e9), ("trillions", 1e12),
    ]

    /// Ordinal words and their values.
    static let ordinals: [(String, Double)] = [
        ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7),
        ("eighth", 8), ("ninth", 9), ("tenth", 10), ("eleventh", 11), ("twelfth", 12), ("thirteenth", 13),
        ("fourteenth", 14), ("fifteenth", 15), ("sixteenth", 16), ("seventeenth", 17), ("eighteenth", 18),
        ("nineteenth", 19), ("twentieth", 20), ("thirtieth", 30), ("fortieth", 40), ("fiftieth", 50),
        ("sixtieth", 60), ("seventieth", 70), ("eightieth", 80), ("ninetieth", 90), ("hundredth", 100),
        ("thousandth", 1000), ("millionth", 1e6), ("billionth", 1e9),
    ]

    /// Fraction denominators ("three quarters", "two thirds", "one eighth", "a half").
    static let denominators: [(String, Double)] = [
        ("half", 2), ("halves", 2), ("third", 3), ("thirds", 3), ("quarter", 4), ("quarters", 4), ("fourth", 4),
        ("fourths", 4), ("fifth", 5), ("fifths", 5), ("sixth", 6), ("sixths", 6), ("seventh", 7),
        ("sevenths", 7), ("eighth", 8), ("eighths", 8), ("ninth", 9), ("ninths", 9), ("tenth", 10),
        ("tenths", 10), ("hundredth", 100), ("hundredths", 100), ("thousandth", 1000), ("thousandths", 1000),
    ]

    /// Single-character vulgar fractions and their values.
    static let vulgarFractions: [(String, Double)] = [
        ("½", 0.5), ("¼", 0.25), ("¾", 0.75), ("⅓", 1.0 / 3), ("⅔", 2.0 / 3), ("⅕", 0.2), ("⅖", 0.4), ("⅗", 0.6),
        ("⅘", 0.8), ("⅙", 1.0 / 6), ("⅚", 5.0 / 6), ("⅛", 0.125), ("⅜", 0.375), ("⅝", 0.625), ("⅞", 0.875),
    ]

    /// Words that negate the number after them.
    static let negative: [String] = ["minus", "negative"]
}
