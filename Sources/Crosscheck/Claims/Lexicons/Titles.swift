/// Titles and roles that precede or stand for a person ("President", "Secretary-General", "spokesperson",
/// "deputy ambassador"), the modifiers that extend them ("deputy", "foreign", "former") and honorifics
/// ("Mr.", "Dr."). Compared in lower case; multi-word heads are separated by spaces.
enum Titles {
    /// Role nouns that head a title.
    static let heads: [String] = [
        "president", "vice president", "prime minister", "minister", "secretary-general", "secretary general",
        "secretary", "ambassador", "envoy", "diplomat", "spokesperson", "spokesman", "spokeswoman", "chancellor",
        "premier", "king", "queen", "prince", "princess", "emperor", "pope", "governor", "mayor", "senator",
        "sen.", "rep.", "representative", "congressman", "congresswoman", "lawmaker", "mp", "general", "gen.",
        "colonel", "col.", "lt.", "lieutenant", "major", "captain", "capt.", "commander", "admiral", "sergeant",
        "sgt.", "chief", "head", "director", "director-general", "chairman", "chairwoman", "chairperson", "chair",
        "ceo", "cfo", "founder", "co-founder", "leader", "judge", "justice", "prosecutor", "attorney general",
        "attorney", "professor", "prof.", "coach", "manager", "adviser", "advisor", "official", "commissioner",
        "high commissioner", "coordinator", "negotiator", "speaker", "patriarch", "archbishop", "bishop", "rabbi",
        "imam", "sheikh", "chief executive", "editor", "correspondent", "analyst", "economist", "spokesperson",
    ]

    /// Words that modify a title head ("deputy", "foreign", "former", "acting").
    static let modifiers: [String] = [
        "deputy", "vice", "acting", "former", "interim", "foreign", "interior", "defense", "defence", "finance",
        "health", "economy", "justice", "trade", "energy", "education", "senior", "top", "assistant", "executive",
        "special", "permanent", "first", "chief", "supreme", "military", "press", "political", "state",
        "national", "regional", "humanitarian", "security", "intelligence", "army", "cabinet", "then",
    ]

    /// Honorifics that mark the next capitalised words as a person's name.
    static let honorifics: [String] = [
        "mr.", "mrs.", "ms.", "miss", "dr.", "sir", "dame", "lord", "lady", "mr", "mrs", "ms", "dr", "rev.",
        "father", "sister", "brother",
    ]
}
