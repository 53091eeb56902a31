/// What a word can be to attribution finding; one word may have several roles ("told" is a cue that takes an
/// object). Looked up once per token by ``QuoteLexicon``.
struct WordRole: OptionSet, Hashable, Sendable {
    let rawValue: UInt32

    /// A verb or phrase head that reports speech: "said", "told", "wrote", "according".
    static let cue = WordRole(rawValue: 1 << 0)
    /// A cue that takes the addressee as its object: "told reporters", "tells CNN".
    static let takesObject = WordRole(rawValue: 1 << 1)
    /// A cue that names rather than reports ("called", "described", "dubbed"): good for partial quotes only.
    static let labelCue = WordRole(rawValue: 1 << 2)
    /// A participle that starts a new attribution clause after a comma ("adding", "saying", "cautioning").
    static let participle = WordRole(rawValue: 1 << 3)
    /// A personal pronoun that can be a speaker ("he", "she", "they", "it", "I", "we").
    static let pronoun = WordRole(rawValue: 1 << 4)
    /// "he", "him", "his".
    static let male = WordRole(rawValue: 1 << 5)
    /// "she", "her".
    static let female = WordRole(rawValue: 1 << 6)
    /// "they", "we".
    static let plural = WordRole(rawValue: 1 << 7)
    /// A title or role written before a name ("Ambassador", "Sen.", "President", "spokesperson").
    static let title = WordRole(rawValue: 1 << 8)
    /// A determiner or possessive that starts a description ("the", "a", "his", "another").
    static let determiner = WordRole(rawValue: 1 << 9)
    /// A word that may stand between a speaker and its cue ("also", "later", "has", "reportedly").
    static let adverb = WordRole(rawValue: 1 << 10)
    /// A word that cannot be part of a speaker mention: conjunctions, prepositions, common verbs.
    static let stop = WordRole(rawValue: 1 << 11)
    /// "that", which introduces reported content.
    static let that = WordRole(rawValue: 1 << 12)
    /// A time word that may follow a cue ("Monday", "today", "yesterday").
    static let time = WordRole(rawValue: 1 << 13)
    /// A preposition that starts an adjunct after a cue ("on", "in", "at", "during").
    static let preposition = WordRole(rawValue: 1 << 14)
    /// "according" (of "according to").
    static let according = WordRole(rawValue: 1 << 15)
    /// A verb that attributes a belief, finding or stance rather than speech ("believes", "found", "wants"):
    /// indirect attributions with lower confidence.
    static let beliefCue = WordRole(rawValue: 1 << 17)
    /// A cue that is more often a plural noun ("tweets", "claims", "reports"): a cue only after a name or pronoun.
    static let nounLike = WordRole(rawValue: 1 << 18)
    /// "so-called" and friends: a quote after it is a scare quote.
    static let soCalled = WordRole(rawValue: 1 << 16)
}
