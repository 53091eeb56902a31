/// How an abbreviation behaves at a possible sentence boundary.
enum AbbreviationClass: UInt8, Sendable {
    /// A title or prefix that stands before a name and never ends a sentence: "Mr.", "Dr.", "Gov.", "St. Michael".
    case title
    /// A prefix that stands before a number and is an abbreviation only there: "No. 5", "p. 55", "Vol. 2".
    case numeric
    /// An abbreviation that introduces more of the same sentence: "e.g.", "i.e.", "vs.", "cf.".
    case inner
    /// An abbreviation that may end a sentence: "U.S.", "Co.", "Jr.", "a.m.", "Sept.", initials like "E.".
    /// It ends one before a typical sentence-opening word ("The", "It", "He") and not before a name.
    case generic
}

/// The abbreviation lexicon used by the tokenizer (to keep a word's period in its token) and by the sentence
/// splitter (to decide whether that period also ends a sentence).
///
/// Single words are listed here without their period; dotted forms with single letters ("U.S.", "a.m.", "Ph.D.")
/// are recognised by shape and need no entry, except the few that are not ``AbbreviationClass/generic``.
/// Keys are ASCII-case-insensitive. Entries under `capitalizedOnly` apply only when the word starts with an upper-case
/// letter (so "Ill." is Illinois but "ill." is a word, "St. Paul" is a title but "5th st." is generic).
enum Abbreviations {
    /// Abbreviations recognised in any letter case.
    static let anyCase = ByteKeyTable<AbbreviationClass>([
        (
            [
                "no", "nos", "nr", "art", "arts", "p", "pp", "vol", "vols", "fig", "figs", "ch", "chap", "sec", "secs",
                "para", "ref", "tel", "ext", "op", "pt", "pts", "ca", "nº",
            ], .numeric
        ),
        (["e.g", "i.e", "a.k.a", "cf", "vs", "viz"], .inner),
        (
            [
                "jr", "sr", "co", "cos", "corp", "inc", "ltd", "llc", "plc", "bros", "dept", "depts", "univ", "assn",
                "est", "etc", "al", "approx", "esp", "govt", "intl", "natl", "misc", "sq", "st", "ft", "mt", "ave",
                "blvd", "rd", "hwy", "hr", "hrs", "min", "mins", "yr", "yrs", "mo", "mos", "wk", "wks", "km", "kg",
                "oz",
                "lb", "lbs", "gal", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                "tue", "tues", "thu", "thur", "thurs", "fri",
            ], .generic
        ),
    ])

    /// Abbreviations recognised only when capitalised; they take precedence over `anyCase`.
    static let capitalizedOnly = ByteKeyTable<AbbreviationClass>([
        (
            [
                "mr", "mrs", "ms", "messrs", "mmes", "mme", "mlle", "dr", "drs", "prof", "profs", "gov", "govs", "sen",
                "sens", "rep", "reps", "gen", "gens", "col", "lt", "maj", "capt", "cmdr", "cdr", "adm", "sgt", "cpl",
                "pvt", "spc", "brig", "rev", "fr", "msgr", "hon", "pres", "supt", "insp", "det", "amb", "atty", "st",
                "ste", "mt", "ft", "pt",
            ], .title
        ),
        (
            [
                "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky",
                "la", "md", "mass", "mich", "minn", "miss", "mont", "neb", "nebr", "nev", "okla", "ore", "pa", "penn",
                "tenn", "tex", "vt", "va", "wash", "wis", "wyo",
            ], .generic
        ),
    ])

    /// Looks up a word (without its period).
    /// - Parameters:
    ///   - base: The word's first byte.
    ///   - count: Its length in bytes.
    ///   - capitalized: Whether its first letter is upper case.
    /// - Returns: The class, or `nil` when the word is not a listed abbreviation.
    @inline(__always)
    static func lookup(_ base: UnsafePointer<UInt8>, count: Int, capitalized: Bool) -> AbbreviationClass? {
        guard let key = ByteKey.key(base, count: count) else { return nil }
        if capitalized, let found = capitalizedOnly[key] { return found }
        return anyCase[key]
    }

    /// The class of an abbreviation token made by the tokenizer.
    /// - Parameters:
    ///   - bytes: The text's bytes.
    ///   - token: A token of kind ``TokenKind/abbreviation``.
    /// - Returns: Its class; single letters, dotted forms and unknown words are ``AbbreviationClass/generic``.
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> AbbreviationClass {
        guard let base = bytes.baseAddress, token.end <= bytes.count, token.start < token.end else { return .generic }
        var end = token.end
        if base[end - 1] == 0x2E { end -= 1 }
        let first = base[token.start]
        let capitalized = first &- 0x41 < 26
        return lookup(base + token.start, count: end - token.start, capitalized: capitalized) ?? .generic
    }

    /// Whether the period token at `period` joins two initials with no space on either side, the first after a
    /// hyphen: a party-and-state designation ("Sen. Ann Park (D-N.Y.) said", "a R-N.C. lawmaker"), which the
    /// tokenizer reads as "D-N", ".", "Y.". Such a period ends neither a sentence nor a clause.
    /// - Parameters:
    ///   - bytes: The text's bytes.
    ///   - tokens: Its tokens.
    ///   - period: The index of a period token.
    /// - Returns: `true` for the period of "D-N.Y.".
    static func joinsInitials(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], period: Int) -> Bool {
        guard period > 0, period + 1 < tokens.count else { return false }
        let before = tokens[period - 1]
        let after = tokens[period + 1]
        guard before.end == tokens[period].start, tokens[period].end == after.start, after.end <= bytes.count,
            before.end - before.start >= 3, bytes[before.end - 1] &- 0x41 < 26, bytes[before.end - 2] == 0x2D,
            bytes[after.start] &- 0x41 < 26
        else { return false }
        let length = after.end - after.start
        return length == 1 || (length == 2 && bytes[after.start + 1] == 0x2E)
    }
}
