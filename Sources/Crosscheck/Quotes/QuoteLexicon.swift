/// The small word lists attribution finding relies on: cue verbs, pronouns, titles and roles, determiners and
/// stop words, keyed by a hash of the ASCII-lower-cased word so that look-ups allocate nothing.
enum QuoteLexicon {
    /// The roles of a word (empty for unknown words).
    /// - Parameters:
    ///   - bytes: The text's UTF-8 bytes.
    ///   - range: The word's byte range; a trailing possessive ("'s", "’s", "s’") is ignored.
    /// - Returns: The word's roles.
    /// - Complexity: O(length of the word).
    static func roles(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> WordRole {
        let stem = stripPossessive(bytes, range)
        return roles(hash: hash(bytes, stem))
    }

    /// The roles of a word by its hash.
    /// - Parameter hash: The word's ``hash(_:_:)``.
    /// - Returns: The word's roles (empty for unknown words).
    /// - Complexity: O(1) expected.
    static func roles(hash: UInt64) -> WordRole { table[hash] ?? [] }

    /// The range of a word without a possessive ending ("Russia’s" → "Russia", "Guterres’" → "Guterres").
    /// - Parameters:
    ///   - bytes: The text's UTF-8 bytes.
    ///   - range: The word's byte range.
    /// - Returns: The stem's range (the whole word when it has no possessive).
    static func stripPossessive(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        let n = range.count
        let e = range.upperBound
        if n > 2 && bytes[e - 2] == 0x27 && bytes[e - 1] | 0x20 == 0x73 { return range.lowerBound ..< e - 2 }
        if n > 4 && bytes[e - 4] == 0xE2 && bytes[e - 3] == 0x80 && bytes[e - 2] == 0x99 && bytes[e - 1] | 0x20 == 0x73
        {
            return range.lowerBound ..< e - 4
        }
        if n > 2 && bytes[e - 1] == 0x27 && bytes[e - 2] | 0x20 == 0x73 { return range.lowerBound ..< e - 1 }
        if n > 4 && bytes[e - 3] == 0xE2 && bytes[e - 2] == 0x80 && bytes[e - 1] == 0x99 && bytes[e - 4] | 0x20 == 0x73
        {
            return range.lowerBound ..< e - 3
        }
        return range
    }

    /// Whether a word ends with a possessive.
    /// - Parameters:
    ///   - bytes: The text's UTF-8 bytes.
    ///   - range: The word's byte range.
    /// - Returns: `true` for "Russia’s", "Guterres’", "Jr.'s".
    static func isPossessive(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        stripPossessive(bytes, range) != range
    }

    /// FNV-1a over the ASCII-lower-cased bytes; typographic apostrophes hash like straight ones.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var i = range.lowerBound
        while i < range.upperBound {
            var b = bytes[i]
            if b == 0xE2 && i + 2 < range.upperBound && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99 {
                b = 0x27
                i += 2
            } else if b &- 0x41 < 26 {
                b |= 0x20
            }
            h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
            i += 1
        }
        return h
    }

    static func hash(_ word: String) -> UInt64 {
        var bytes = Array(word.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in hash(UnsafeBufferPointer(buffer), 0 ..< buffer.count) }
    }

    private static let cues = """
        said says say saying told tells tell telling added adds adding wrote writes write writing tweeted tweets \
        tweeting posted asked asks asking insisted insists insisting argued argues arguing noted notes noting \
        explained explains explaining warned warns warning stated states stating claimed claims claiming admitted \
        admits admitting acknowledged acknowledges acknowledging continued continues replied replies replying \
        responded responds responding declared declares declaring concluded concludes recalled recalls recalling \
        announced announces announcing suggested suggests suggesting stressed stresses stressing emphasized \
        emphasised emphasizes observed remarked conceded concedes confirmed confirms denied denies predicted \
        predicts promised promises vowed vows pledged pledges urged urges cautioned cautioning complained \
        complains joked jokes quipped shouted yelled screamed chanted whispered boasted boasts bragged countered \
        contended contends maintained maintains reported reports reporting testified asserted asserts wondered \
        mused demanded demands alleged alleges agreed agrees charged explains told lamented laments thundered \
        opined reiterated reiterates disclosed revealed reveals insist argue note warn claim admit explain \
        remembered answered answers answer points pointed recounted recounts summed summarized scoffed sniped retorted \
        acknowledge reply respond declare suggest recall announce predict promise urge complain assert \
        according read reads
        """
    private static let labelCues = "called calls calling described describes describing dubbed labeled labelled termed"
    private static let participles = """
        saying telling adding writing tweeting asking insisting arguing noting explaining warning stating claiming \
        admitting acknowledging replying responding declaring recalling announcing suggesting stressing cautioning \
        calling describing referring citing pointing urging predicting promising vowing
        """
    private static let objectCues = "told tells tell telling asked asks asking warned warns urged urges assured"
    private static let beliefCues = """
        believes believed believe thinks thought think show shows showed shown found finds find seem seems seemed \
        appear appears appeared want wants wanted expect expects expected hope hopes hoped fear fears feared \
        knows knew estimate estimates estimated predicted feel feels felt worry worries worried doubt doubts \
        doubted suspect suspects suspected indicated indicates indicate concluded signaled signalled \
        acknowledged insisted contend argued accused accuses criticized criticised endorsed endorses supports \
        supported opposes opposed praised praises blamed blames questioned questions rejected rejects proposed \
        proposes defended defends declined declines refused refuses expressed expresses cited cites citing \
        urged sought seeks seeking offered offers dismissed dismisses blasted blasts attacked attacks backed \
        backing oppose support supporting wants hopes sees saw view views plans recalled vowed \
        pledged demanded promised conceded denied agreed agree disagreed questioned warned stressed emphasized \
        touted touts slammed slams mocked mocks praised hailed hails welcomed welcomes condemned condemns \
        decried insisted maintained predicted projected forecast estimated threatened threatens
        """
    private static let titles = """
        mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. gen gen. lt lt. col col. sgt sgt. prof prof. \
        rev rev. st. president vice secretary-general under-secretary ambassador secretary minister chancellor senator governor representative \
        congressman congresswoman mayor judge spokesperson spokesman spokeswoman chairman chairwoman \
        director chief commissioner admiral captain sheriff \
        attorney lawyer adviser advisor aide official officials manager leader candidate nominee deputy envoy \
        premier speaker founder ceo executive analyst professor economist correspondent reporter editor \
        anchor author strategist pollster consultant chancellor commander officer agent detective \
        researcher scientist doctor source sources spokespeople
        """
    private static let determiners = """
        the a an another his her their its our my your one two three several many some both each this these \
        those other former
        """
    private static let adverbs = """
        also later then previously earlier again further repeatedly recently once has have had would will \
        reportedly publicly privately flatly simply quickly just never often always already subsequently \
        initially ultimately finally frequently has had did does do since still yet even only may might could \
        can should must
        """
    private static let stops = """
        and but or nor so yet for if when while because although though as that which who whom whose what where \
        why how whether to of in on at by from with without about into onto over under after before during \
        since until than then there here is was are were be been being am do does did not no it's this these \
        those it they them we us you i me he she him her his hers its their our your my also all any every \
        just only even very more most much such said says say told tells tell asked wrote added according \
        not however meanwhile yes no okay ok like instead early now still first second third finally indeed \
        there here such many most some several few both every each other another one himself herself \
        themselves itself myself thus hence therefore perhaps maybe asked moreover outside inside besides \
        furthermore additionally likewise similarly nevertheless nonetheless otherwise overall
        """
    private static let pronouns: [(String, WordRole)] = [
        ("he", [.pronoun, .male]), ("she", [.pronoun, .female]), ("they", [.pronoun, .plural]),
        ("we", [.pronoun, .plural]), ("i", [.pronoun]), ("it", [.pronoun]),
    ]
    private static let timeWords = """
        monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow earlier later \
        recently last this week weekend month year morning afternoon evening night
        """
    private static let prepositions = "on in at during to via through after before while of with"
    private static let soCalledWords = "so-called self-styled self-described supposed alleged dubbed"

    /// The roles by word hash, in a flat table (a `Dictionary` look-up hashed every key again with SipHash).
    private static let table = ByteKeyTable<WordRole>(keys: roleTable)

    /// The roles by word hash.
    static let roleTable: [UInt64: WordRole] = {
        var table = [UInt64: WordRole]()
        func add(_ words: String, _ role: WordRole) {
            for word in words.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                table[hash(String(word)), default: []].formUnion(role)
            }
        }
        add(cues, .cue)
        add(labelCues, [.cue, .labelCue])
        for word in beliefCues.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let key = hash(String(word))
            if table[key]?.contains(.cue) != true { table[key, default: []].formUnion([.cue, .beliefCue]) }
        }
        add(participles, .participle)
        add(objectCues, .takesObject)
        add(titles, .title)
        add(determiners, .determiner)
        add(adverbs, .adverb)
        add(stops, .stop)
        for (word, role) in pronouns { table[hash(word), default: []].formUnion(role) }
        add("that", .that)
        add(
            "tweets claims reports notes states calls demands promises remarks replies charges vows pledges urges reads "
                + "posts questions supports comments stresses concerns answers claim",
            .nounLike)
        add(timeWords, .time)
        add(prepositions, .preposition)
        add("according", .according)
        add(soCalledWords, .soCalled)
        return table
    }()
}
