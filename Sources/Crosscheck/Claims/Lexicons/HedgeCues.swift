/// Words and phrases that state how certain a report is, with their class: allegation ("accused of",
/// "allegedly"), report ("reportedly", "is said to"), possibility ("may have", "could"), denial ("denied") and
/// negation ("not", "never", "didn't"). Compared in lower case; phrases are separated by spaces.
enum HedgeCues {
    /// Cues and their classes.
    static let cues: [(String, String)] = [
        ("accused of", "allegation"), ("accuses", "allegation"), ("accused", "allegation"),
        ("accusing", "allegation"), ("allegedly", "allegation"), ("alleged", "allegation"),
        ("alleges", "allegation"), ("alleging", "allegation"), ("allegation", "allegation"),
        ("allegations", "allegation"), ("purportedly", "allegation"), ("purported", "allegation"),
        ("claimed", "allegation"), ("claims", "allegation"), ("claiming", "allegation"),
        ("suspected of", "allegation"), ("suspected", "allegation"),
        ("reportedly", "report"), ("according to", "report"), ("is said to", "report"), ("are said to", "report"),
        ("was said to", "report"), ("were said to", "report"), ("is reported to", "report"),
        ("was reported to", "report"), ("are reported to", "report"), ("were reported to", "report"),
        ("is believed to", "report"), ("are believed to", "report"), ("was believed to", "report"),
        ("may have", "possibility"), ("might have", "possibility"), ("could have", "possibility"),
        ("may", "possibility"), ("might", "possibility"), ("could", "possibility"), ("possibly", "possibility"),
        ("perhaps", "possibility"), ("probably", "possibility"), ("likely", "possibility"),
        ("unlikely", "possibility"), ("apparently", "possibility"), ("appears to", "possibility"),
        ("appeared to", "possibility"), ("seems to", "possibility"), ("seemed to", "possibility"),
        ("denied", "denial"), ("denies", "denial"), ("deny", "denial"), ("denying", "denial"),
        ("denial", "denial"), ("rejected", "denial"), ("refuted", "denial"),
        ("not", "negation"), ("never", "negation"), ("neither", "negation"), ("nor", "negation"),
        ("no longer", "negation"), ("cannot", "negation"),
    ]
}
