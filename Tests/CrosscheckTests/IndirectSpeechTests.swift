import Testing

@testable import Crosscheck

/// Indirect (reported) speech: the content boundaries and the cues beyond plain speech verbs, each on a sentence
/// written for the construction.
@Suite struct IndirectSpeechTests {
    /// The indirect quotes of a body text (no headline).
    static func indirect(_ text: String) -> [Quote] {
        QuoteExtractor().quotes(in: Document(article: Article(id: "t", text: text), headline: .never)).filter {
            $0.kind == .indirect
        }
    }

    static let cases: [(text: String, content: String, speaker: String, cue: String)] = [
        // The complementiser belongs to the reported clause.
        ("Tom Reyes argued that the levy was too high.", "that the levy was too high", "Tom Reyes", "argued"),
        // A parenthesis between dashes does not end the content.
        (
            "Ana Diaz said the new rules - which take effect in May - would cut costs.",
            "the new rules - which take effect in May - would cut costs", "Ana Diaz", "said"
        ),
        (
            "Ana Diaz said the fees -- and the fines -- would double.",
            "the fees -- and the fines -- would double", "Ana Diaz", "said"
        ),
        // A cue inside a subordinate or relative clause: the content ends with the clause.
        (
            "While Tom Reyes said that the plan was sound, his aides were less sure.", "that the plan was sound",
            "Tom Reyes", "said"
        ),
        (
            "The new rules, which officials said will take effect in May, drew protests.",
            "will take effect in May", "officials", "said"
        ),
        (
            "The bridge, which she says is unsafe, will close in June.", "is unsafe", "she", "says"
        ),
        // A second "that" clause of the same cue.
        (
            "Ana Diaz noted that turnout was low, and that many voters stayed home.",
            "that turnout was low, and that many voters stayed home", "Ana Diaz", "noted"
        ),
        // A participle cue after an attribution reports for that attribution's speaker.
        ("“We will win,” Ana Diaz said, noting that turnout was high.", "that turnout was high", "Ana Diaz", "noting"),
        // Verbs that report a clause only before "that", and "made (it) clear that".
        ("Tom Reyes learned that the factory would close.", "that the factory would close", "Tom Reyes", "learned"),
        ("The mayor made it clear that the vote would go ahead.", "that the vote would go ahead", "The mayor", "made"),
        // Stance participles before a "to" infinitive.
        (
            "Ana Diaz left the hall early, hoping to catch the last train.", "to catch the last train", "Ana Diaz",
            "hoping"
        ),
        // A verb and its preposition: the object is the content.
        ("Tom Reyes railed against the new parking fees.", "the new parking fees", "Tom Reyes", "railed against"),
        (
            "The governor called on the legislature to pass the budget.", "the legislature to pass the budget",
            "The governor", "called on"
        ),
        (
            "Ana Diaz praised the crews, referring to the night shift at the depot.",
            "the night shift at the depot", "Ana Diaz", "referring to"
        ),
        // The object of a stance cue stops before a second verb and before the occasion.
        ("Ana Diaz praised the school levy and likened it to a lifeline.", "the school levy", "Ana Diaz", "praised"),
        ("Tom Reyes criticized the new budget in an interview on Monday.", "the new budget", "Tom Reyes", "criticized"),
        // Stance verbs outside the cue lexicon.
        ("Tom Reyes denounced the new parking fees.", "the new parking fees", "Tom Reyes", "denounced"),
        // Nouns of saying before a prepositional object or a "that" clause: the possessor is the speaker.
        ("Voters backed Ana Diaz’s call for a recount.", "a recount", "Ana Diaz’s", "call for"),
        (
            "Critics mocked Ana Diaz’s claim that the budget was balanced.", "that the budget was balanced",
            "Ana Diaz’s", "claim"
        ),
        // A subject with a relative clause is not the content of an inverted attribution.
        (
            "Tom Reyes, who runs a bakery in the old town, said the rent had doubled.", "the rent had doubled",
            "Tom Reyes", "said"
        ),
    ]

    @Test(arguments: cases)
    func findsTheContentOfIndirectSpeech(case: (text: String, content: String, speaker: String, cue: String)) throws {
        let quotes = Self.indirect(`case`.text)
        let quote = try #require(quotes.first { $0.cue?.text == `case`.cue }, "none in \(`case`.text): \(quotes)")
        #expect(quote.parts == nil)
        #expect(quote.quote.text == `case`.content)
        #expect(quote.speaker?.text == `case`.speaker)
        QuoteExtractorTests.expectSpansSlice([quote], `case`.text)
    }

    static let subjectAndComplement: [(text: String, parts: [String], cue: String)] = [
        // A raising verb after an introductory phrase: the subject starts after it.
        (
            "Along the way, the mayor seems to have changed her mind.", ["the mayor", "to have changed her mind"],
            "seems"
        ),
        // A raising verb before an adjective.
        ("The crowd seemed tense.", ["The crowd", "tense"], "seemed"),
        // A passive verb of perception: the subject and what it is seen as.
        ("The deal was widely seen as a defeat for the mayor.", ["The deal", "a defeat for the mayor"], "seen"),
    ]

    @Test(arguments: subjectAndComplement)
    func aRaisingOrPerceptionVerbGivesSubjectAndComplement(case: (text: String, parts: [String], cue: String)) throws {
        let quote = try #require(Self.indirect(`case`.text).first, "none in \(`case`.text)")
        #expect(quote.parts?.map(\.text) == `case`.parts)
        #expect(quote.cue?.text == `case`.cue)
        #expect(quote.speaker == nil)
    }

    /// A cue with nothing after it, at the very end of the text, is no quote (and no crash: found by the `quotes`
    /// fuzz target).
    @Test(arguments: [
        "Jane Doe. According to officials, ", "According to officials,", "Ana Diaz said", "Ana Diaz said that",
        "While Tom Reyes said ", "The bigger risk, he said,",
    ])
    func aCueAtTheEndOfTheTextReportsNothing(text: String) {
        #expect(Self.indirect(text).isEmpty)
    }

    @Test func transcriptTurnsAreAttributedToTheirLabels() throws {
        let text = "PARK: We will build the bridge next year.\n\nREYES: The bridge is too costly."
        let turns = Self.indirect(text)
        #expect(turns.map(\.quote.text) == ["We will build the bridge next year", "The bridge is too costly"])
        #expect(turns.map { $0.speaker?.text } == ["PARK", "REYES"])
        #expect(turns.allSatisfy { $0.cue?.text == ":" })
        QuoteExtractorTests.expectSpansSlice(turns, text)
    }

    @Test func aLoneCapitalisedLabelIsNotATranscript() {
        #expect(Self.indirect("UPDATE: The vote was moved to Friday.").isEmpty)
        #expect(Self.indirect("PARK: We will build the bridge next year.").isEmpty)
    }

    @Test func oneContentWithTwoCuesIsReportedOnce() {
        let quotes = Self.indirect("Critics mocked Ana Diaz’s claim that the budget was balanced.")
        #expect(quotes.filter { $0.quote.text == "that the budget was balanced" }.count == 1)
    }

    static let stanceNouns = [
        "The plan won the support of most voters.",
        "The senator has broad support among farmers.",
    ]

    @Test(arguments: stanceNouns)
    func aStanceCueUsedAsANounReportsNothing(text: String) {
        #expect(!Self.indirect(text).contains { $0.cue?.text == "support" })
    }

    @Test func aStanceCueKeepsItsLowerConfidence() throws {
        let learned = try #require(Self.indirect("Tom Reyes learned that the factory would close.").first)
        let said = try #require(Self.indirect("Tom Reyes said that the factory would close.").first)
        #expect(learned.confidence < said.confidence)
    }

    @Test func aVerbOutsideTheCueLexiconNeedsAClauseAfterThat() {
        #expect(Self.indirect("Tom Reyes learned the rules quickly.").isEmpty)
        #expect(Self.indirect("Voters know that, and so does Tom Reyes.").isEmpty)
    }
}
