import CrosscheckTestSupport
import Foundation
import Testing

@testable import Crosscheck

/// Quotes, attributions and speakers on the seed article and on small texts written for each construction.
@Suite struct QuoteExtractorTests {
    /// The quotes of a body text (no headline).
    static func quotes(_ text: String) -> [Quote] {
        QuoteExtractor().quotes(in: Document(article: Article(id: "t", text: text), headline: .never))
    }

    static func seed() throws -> [Quote] {
        let text = try String(contentsOfFile: FixturePaths.path("guterres-moscow.txt"), encoding: .utf8)
        return QuoteExtractor().quotes(in: Document(article: Article(id: "guterres-moscow", text: text)))
    }

    /// Every span slices the text exactly (scalar offsets, end exclusive).
    static func expectSpansSlice(_ quotes: [Quote], _ text: String) {
        let scalars = Array(text.unicodeScalars)
        for quote in quotes {
            for span in [quote.quote, quote.speaker, quote.cue].compactMap({ $0 }) + (quote.parts ?? []) {
                var slice = String.UnicodeScalarView()
                slice.append(contentsOf: scalars[span.start ..< span.end])
                #expect(String(slice) == span.text)
            }
        }
    }

    // MARK: - The seed article

    @Test func seedHasThreeDirectQuotesWithTheirSpeakers() throws {
        let direct = try Self.seed().filter { $0.kind == .direct }
        #expect(direct.count == 3)
        #expect(direct.map(\.speakerName) == ["Farhan Haq", "Farhan Haq", "Dmitry Polyansky"])
        let split = try #require(direct.first)
        #expect(split.parts?.count == 2)
        #expect(split.parts?.first?.text.hasPrefix("“You can see") == true)
        #expect(split.parts?.last?.text.hasSuffix("period of time.”") == true)
        #expect(split.speaker?.text == "Guterres spokesperson Farhan Haq")
        #expect(split.cue?.text == "told reporters")
        #expect(direct[1].speaker?.text == "Haq")
        #expect(direct[1].quote.text.hasPrefix("“Because ultimately"))
        #expect(direct[2].speaker?.text == "Ambassador Dmitry Polyansky")
    }

    @Test func seedHasTwoPartialQuotes() throws {
        let partial = try Self.seed().filter { $0.kind == .partial }
        #expect(partial.map(\.quote.text) == ["“concrete opportunity”", "“oversell the possibility”"])
        #expect(partial[0].speaker?.text == "Guterres’ spokesperson")
        #expect(partial[0].speakerName == "Farhan Haq")
        #expect(partial[1].speaker?.text == "Haq")
        #expect(partial[1].speakerName == "Farhan Haq")
    }

    @Test func seedHasIndirectSpeechResolvedToItsSpeakers() throws {
        let indirect = try Self.seed().filter { $0.kind == .indirect }
        let haq = try #require(indirect.first { $0.quote.text.hasPrefix("he didn’t want to") })
        #expect(haq.speaker?.text == "Haq")
        #expect(haq.speakerName == "Farhan Haq")
        #expect(haq.cue?.text == "said")
        let russia = try #require(indirect.first { $0.quote.text == "that a humanitarian cease-fire is unnecessary" })
        #expect(russia.speaker?.text == "Russia’s deputy U.N. ambassador")
        #expect(russia.speakerName == "Dmitry Polyansky")
        let pronoun = try #require(indirect.first { $0.quote.text.hasPrefix("Guterres is willing") })
        #expect(pronoun.speaker?.text == "he")
        #expect(pronoun.speakerName == "Farhan Haq")
    }

    @Test func seedSpansSliceTheText() throws {
        let text = try String(contentsOfFile: FixturePaths.path("guterres-moscow.txt"), encoding: .utf8)
        let quotes = try Self.seed()
        #expect(quotes.allSatisfy { (0 ... 1).contains($0.confidence) })
        Self.expectSpansSlice(quotes, text)
    }

    @Test func headlinesAndFurnitureAreNotQuotes() {
        let text = "Minister: “We Will Not Retreat”\n\nThe talks went on.\n\nShare this:\n"
        let quotes = QuoteExtractor().quotes(in: Document(article: Article(id: "t", text: text), headline: .always))
        #expect(!quotes.contains { $0.kind != .indirect })
        // The headline's label and claim are still an attribution (see `aHeadlineOfANameAndAClaimIsIndirectSpeech`).
        #expect(quotes.map(\.quote.text) == ["“We Will Not Retreat”"])
    }

    static let headlineAttributions: [(text: String, content: String?, speaker: String?)] = [
        ("Ana Diaz: The levy will pass\n\nThe council met on Tuesday.", "The levy will pass", "Ana Diaz"),
        ("Diaz Says Levy Will Pass\n\nThe council met on Tuesday.", "Levy Will Pass", "Diaz"),
        ("Tom Reyes blasts the levy plan\n\nThe council met on Tuesday.", "the levy plan", "Tom Reyes"),
        ("Poll: Diaz leads in the north\n\nThe council met on Tuesday.", "Diaz leads in the north", "Poll"),
        ("UPDATE: The roads are closed again\n\nThe council met on Tuesday.", nil, nil),
        ("The Latest: Diaz wins the runoff\n\nThe council met on Tuesday.", nil, nil),
        ("Ana Diaz: Yes\n\nThe council met on Tuesday.", nil, nil),
    ]

    /// Ninth round (b): a headline of a name, a colon or a verb of saying, and a claim reports the claim.
    @Test(arguments: headlineAttributions)
    func aHeadlineOfANameAndAClaimIsIndirectSpeech(case: (text: String, content: String?, speaker: String?)) {
        let document = Document(article: Article(id: "t", text: `case`.text), headline: .always)
        let quotes = QuoteExtractor().quotes(in: document)
        #expect(quotes.first?.quote.text == `case`.content)
        #expect(quotes.first?.speaker?.text == `case`.speaker)
        #expect(quotes.allSatisfy { $0.kind == .indirect })
    }

    // MARK: - Attribution constructions

    static let attributions: [(text: String, quote: String, speaker: String, name: String?)] = [
        ("“We are ready,” Maria Lopez said.", "“We are ready,”", "Maria Lopez", "Maria Lopez"),
        ("“We are ready,” said Maria Lopez.", "“We are ready,”", "Maria Lopez", "Maria Lopez"),
        ("Maria Lopez said: “We are ready.”", "“We are ready.”", "Maria Lopez", "Maria Lopez"),
        ("Maria Lopez told reporters, “We are ready.”", "“We are ready.”", "Maria Lopez", "Maria Lopez"),
        ("According to Maria Lopez, “we are ready.”", "“we are ready.”", "Maria Lopez", "Maria Lopez"),
        ("“We are ready.” —Maria Lopez", "“We are ready.”", "Maria Lopez", "Maria Lopez"),
        (
            "“We are ready,” Maria Lopez, the mayor’s spokeswoman, said.", "“We are ready,”",
            "Maria Lopez, the mayor’s spokeswoman", "Maria Lopez"
        ),
        (
            "“We are ready,” Sen. Ann Park (D-Ore.) said Friday.", "“We are ready,”", "Sen. Ann Park (D-Ore.)",
            "Ann Park"
        ),
        ("«We are ready», Maria Lopez said.", "«We are ready»", "Maria Lopez", "Maria Lopez"),
        ("„We are ready“, Maria Lopez said.", "„We are ready“", "Maria Lopez", "Maria Lopez"),
        ("'We are ready,' Maria Lopez said.", "'We are ready,'", "Maria Lopez", "Maria Lopez"),
        (
            "“We are ready!” reply Ann Park and Lena Ortiz.", "“We are ready!”", "Ann Park and Lena Ortiz",
            "Ann Park and Lena Ortiz"
        ),
        ("``We are ready,'' Maria Lopez said.", "``We are ready,''", "Maria Lopez", "Maria Lopez"),
        ("“We are ready,” Maria Lopez, 44, said.", "“We are ready,”", "Maria Lopez", "Maria Lopez"),
        (
            "“We are ready,” Tom Reyes, 22, of Salem, Ore., said.", "“We are ready,”", "Tom Reyes",
            "Tom Reyes"
        ),
        (
            "“We are ready,” a senior aide speaking to Channel Four said.", "“We are ready,”", "a senior aide",
            nil
        ),
        ("“We are ready,” people familiar with the talks said.", "“We are ready,”", "people", nil),
        ("Voters were angry. “We are ready,” several said.", "“We are ready,”", "several", nil),
    ]

    @Test(arguments: attributions)
    func findsTheSpeakerBesideTheQuote(case: (text: String, quote: String, speaker: String, name: String?)) throws {
        let quotes = Self.quotes(`case`.text).filter { $0.kind != .indirect }
        let quote = try #require(quotes.first, "no quote in \(`case`.text)")
        #expect(quote.quote.text == `case`.quote)
        #expect(quote.speaker?.text == `case`.speaker)
        #expect(quote.speakerName == `case`.name)
        Self.expectSpansSlice(quotes, `case`.text)
    }

    @Test func resolvesSurnamesAndPronounsToTheFullName() throws {
        let text = """
            Mayor Ann Park opened the bridge on Monday.

            “It took ten years,” Park said. “But it is open.”

            “We will keep building,” she said.
            """
        let quotes = Self.quotes(text).filter { $0.kind == .direct }
        #expect(quotes.count == 2)
        #expect(quotes[0].speaker?.text == "Park")
        #expect(quotes[0].parts?.count == 2)
        #expect(quotes.map(\.speakerName) == ["Ann Park", "Ann Park"])
    }

    @Test func resolvesAPronounToThePersonJustNamed() throws {
        let text = "Lena Ortiz closed the meeting early. She said, “We will vote next week.”"
        let quote = try #require(Self.quotes(text).first { $0.kind == .direct })
        #expect(quote.speaker?.text == "She")
        #expect(quote.speakerName == "Lena Ortiz")
    }

    @Test func skipsASpeakerOfTheOtherGender() throws {
        let text = """
            “We are ready,” said Ms. Lena Ortiz.

            “So are we,” said Mr. Tom Reyes.

            “We start on Monday,” she said.
            """
        let quotes = Self.quotes(text).filter { $0.kind == .direct }
        #expect(quotes.map(\.speakerName) == ["Lena Ortiz", "Tom Reyes", "Lena Ortiz"])
    }

    @Test func resolvesAGivenNameToTheFullName() throws {
        let text = "Lena Ortiz closed the meeting. “We will vote next week,” Lena said."
        let quote = try #require(Self.quotes(text).first { $0.kind == .direct })
        #expect(quote.speakerName == "Lena Ortiz")
    }

    @Test func resolvesADescriptionToThePersonNamedWithThatRole() throws {
        let text = """
            The city’s spokeswoman said the bridge would open in May.

            “It is safe,” spokeswoman Lena Ortiz told reporters.
            """
        let indirect = try #require(Self.quotes(text).first { $0.kind == .indirect })
        #expect(indirect.speaker?.text == "The city’s spokeswoman")
        #expect(indirect.speakerName == "Lena Ortiz")
    }

    @Test func leavesTheNameUnknownRatherThanGuessing() throws {
        let text = "“The data are wrong,” an official said."
        let quote = try #require(Self.quotes(text).first)
        #expect(quote.speaker?.text == "an official")
        #expect(quote.speakerName == nil)
        #expect(quote.confidence < 0.9)
    }

    @Test func takesTheSpeakerFromALeadInParagraph() throws {
        let text = """
            In a statement on Friday, Governor Tom Reyes wrote:

            “The state will pay for the repairs.”
            """
        let quote = try #require(Self.quotes(text).first { $0.kind == .direct })
        #expect(quote.speakerName == "Tom Reyes")
        #expect(quote.cue?.text == "wrote")
    }

    @Test func continuesASpeakerIntoTheNextParagraph() throws {
        let text = """
            Paula Grant, the utility’s director, said: “We have enough water for the summer.”

            “Next year is another story.”
            """
        let quotes = Self.quotes(text).filter { $0.kind == .direct }
        #expect(quotes.count == 2)
        #expect(quotes.last?.speakerName == "Paula Grant")
        #expect((quotes.last?.confidence ?? 1) < (quotes.first?.confidence ?? 0))
    }

    // MARK: - Partial, scare and indirect

    @Test func partialQuoteInsideASentenceTakesTheSentencesCue() throws {
        let quote = try #require(
            Self.quotes("Ana Diaz said the plan was “a magic wand” for the city.").first { $0.kind == .partial })
        #expect(quote.quote.text == "“a magic wand”")
        #expect(quote.speakerName == "Ana Diaz")
    }

    @Test func scareQuotesArePartialWithLowConfidence() throws {
        let quote = try #require(
            Self.quotes("The so-called “peace plan” was dropped.").first { $0.kind != .indirect })
        #expect(quote.kind == .partial)
        #expect(quote.confidence <= 0.3)
    }

    static let indirect: [(text: String, content: String, speaker: String)] = [
        ("Ana Diaz said she would run again.", "she would run again", "Ana Diaz"),
        ("Ana Diaz said Monday that the vote was fair.", "that the vote was fair", "Ana Diaz"),
        ("Ana Diaz told reporters that the vote was fair.", "that the vote was fair", "Ana Diaz"),
        ("According to Ana Diaz, the vote was fair.", "the vote was fair", "Ana Diaz"),
        ("The vote was fair, according to Ana Diaz.", "The vote was fair", "Ana Diaz"),
        ("The vote was fair, Ana Diaz said.", "The vote was fair", "Ana Diaz"),
        ("The vote was fair, said Ana Diaz.", "The vote was fair", "Ana Diaz"),
        ("Ana Diaz said the vote was fair, adding that turnout was high.", "the vote was fair", "Ana Diaz"),
        ("The plan was “a disaster,” Ana Diaz said.", "The plan was “a disaster,”", "Ana Diaz"),
        ("The vote was fair, a former official said.", "The vote was fair", "a former official"),
        ("Ana Diaz said she had met him twice but said he played no role.", "she had met him twice", "Ana Diaz"),
        ("Ana Diaz said the vote was fair, echoing a memo from her office.", "the vote was fair", "Ana Diaz"),
        (
            "Asked whether she would run again, Ana Diaz said she had not decided.", "whether she would run again",
            "Ana Diaz"
        ),
        ("When asked about the budget, Tom Reyes smiled.", "about the budget", "Tom Reyes"),
        ("Ana Diaz declined to comment.", "to comment", "Ana Diaz"),
        ("Tom Reyes vowed to fight on.", "to fight on", "Tom Reyes"),
        ("But, according to the poll, most voters remain undecided.", "most voters remain undecided", "the poll"),
        ("The hall was full. Hours later, Intel said the event was canceled.", "the event was canceled", "Intel"),
        (
            "As Ann Park said, the two candidates have become less ideological.",
            "the two candidates have become less ideological", "Ann Park"
        ),
        (
            "Ana Diaz said the servers were hacked and she accused her rivals of helping.", "the servers were hacked",
            "Ana Diaz"
        ),
        ("The chief, they said, ordered them to wait.", "The chief, they said, ordered them to wait", "they"),
        ("Several said they would rather wait for the vote.", "they would rather wait for the vote", "Several"),
        (
            "Ana Diaz, 69, said she had been flooded with angry email.", "she had been flooded with angry email",
            "Ana Diaz"
        ),
        // Ninth round (b): content before its attribution keeps its coordinated clauses.
        (
            "The levy will pass, and the council will fund the roads, Ana Diaz said.",
            "The levy will pass, and the council will fund the roads", "Ana Diaz"
        ),
        (
            "Turnout rose in the north, while it fell in the south, according to the county clerk.",
            "Turnout rose in the north, while it fell in the south", "the county clerk"
        ),
        // Stance verbs with an object, a one-word object, and "see … as".
        ("Ana Diaz thanked the volunteers.", "the volunteers", "Ana Diaz"),
        ("Tom Reyes endorsed Diaz.", "Diaz", "Tom Reyes"),
        ("Many voters see Ana Diaz as a reformer.", "Ana Diaz as a reformer", "Many voters"),
        ("The mayor cast the levy as a necessity.", "the levy as a necessity", "The mayor"),
        ("Ana Diaz maintained that the vote was fair.", "that the vote was fair", "Ana Diaz"),
        // A participle after a comma inside the closing quotation mark ends the content.
        (
            "Ana Diaz said the plan was “a mistake,” noting that the costs had doubled.", "the plan was “a mistake,”",
            "Ana Diaz"
        ),
    ]

    @Test(arguments: indirect)
    func findsIndirectSpeech(case: (text: String, content: String, speaker: String)) throws {
        let quote = try #require(Self.quotes(`case`.text).first { $0.kind == .indirect }, "none in \(`case`.text)")
        #expect(quote.quote.text == `case`.content)
        #expect(quote.speaker?.text == `case`.speaker)
        Self.expectSpansSlice([quote], `case`.text)
    }

    /// Ninth round (b): a cue word after a numeral is a noun, and "find" or "maintained" with an object is no view.
    @Test(arguments: [
        "Ana Diaz leads Tom Reyes by 12 points among women.", "Ana Diaz maintained a lead over Tom Reyes all night.",
        "Voters find the new ballots confusing.",
    ])
    func nounsAndPlainVerbsAreNotIndirectSpeech(text: String) {
        #expect(!Self.quotes(text).contains { $0.kind == .indirect })
    }

    @Test func aStanceVerbBeforeAnObjectIsNotAnInvertedAttribution() {
        let quotes = Self.quotes("One ad, “Balanced Budget,” shows a farmer.")
        #expect(!quotes.contains { $0.kind == .indirect })
        #expect(quotes.first?.speaker == nil)
    }

    // MARK: - Quotes that share one attribution, and quotes that are names

    @Test func aQuoteContinuedAfterItsCueIsOneQuoteWithTwoParts() throws {
        let text = "“The deal must be enforced,” Ana Diaz said, and “the penalties must be clear.”"
        let quoted = Self.quotes(text).filter { $0.kind != .indirect }
        let quote = try #require(quoted.first)
        #expect(quoted.count == 1)
        #expect(quote.kind == .direct)
        #expect(quote.parts?.map(\.text) == ["“The deal must be enforced,”", "“the penalties must be clear.”"])
        #expect(quote.speakerName == "Ana Diaz")
        Self.expectSpansSlice(quoted, text)
    }

    @Test func partialQuotesOfOneSubjectWithoutACueAreOneQuote() throws {
        let quoted = Self.quotes("Paul Ortiz likes “The Wire” and “The Sopranos.”").filter { $0.kind != .indirect }
        #expect(quoted.count == 1)
        #expect(quoted.first?.parts?.count == 2)
        #expect(quoted.first?.speakerName == "Paul Ortiz")
    }

    static let nounUses = [
        "“Containment” has been the policy for decades.",
        "“The Wire” star Ann Park visited the school.",
        "One ad, “Balanced Budget,” shows a farmer.",
    ]

    @Test(arguments: nounUses)
    func aQuotedNameInsideTheSentenceIsPartialWithLowConfidence(text: String) throws {
        let quote = try #require(Self.quotes(text).first { $0.kind != .indirect })
        #expect(quote.kind == .partial)
        #expect(quote.confidence <= 0.3)
    }

    // MARK: - Sentence subjects as speakers

    static let subjects: [(text: String, speaker: String)] = [
        ("In 2011 Ann Park pushed for “shotgun weddings” as a solution.", "Ann Park"),
        ("Thirteen years earlier, Ann Park had pushed for a “tax holiday.”", "Ann Park"),
        ("For years, Ann Park has pushed a “tax holiday.”", "Ann Park"),
        ("First, Ann Park identified the judge as “Spanish.”", "Ann Park"),
        ("Across the state, farmers have embraced the “drought plan.”", "farmers"),
        ("The board saw Ana Diaz as “the perfect choice.”", "The board"),
    ]

    @Test(arguments: subjects)
    func aPartialQuoteWithoutACueTakesTheSentenceSubject(case: (text: String, speaker: String)) throws {
        let quote = try #require(Self.quotes(`case`.text).first { $0.kind == .partial }, "none in \(`case`.text)")
        #expect(quote.speaker?.text == `case`.speaker)
        #expect(quote.cue == nil)
    }

    @Test func aRelativePronounSpeakerResolvesToTheNameBeforeIt() throws {
        let text = "“We will win,” said Ann Park, who added that the vote “was rigged.”"
        let partial = try #require(Self.quotes(text).first { $0.kind == .partial })
        #expect(partial.speaker?.text == "who")
        #expect(partial.speakerName == "Ann Park")
        #expect(partial.cue?.text == "added")
    }

    @Test func aPartialQuoteTakesTheAttributionThatEndsItsSentence() throws {
        let text = "Voters had put “the biggest crack” in the ceiling, she said in a video message."
        let partial = try #require(Self.quotes(text).first { $0.kind == .partial })
        #expect(partial.speaker?.text == "she")
        #expect(partial.cue?.text == "said")
        let inverted = "The vote was “a sham” in every county, said Ann Park."
        let quote = try #require(Self.quotes(inverted).first { $0.kind == .partial })
        #expect(quote.speaker?.text == "Ann Park")
    }

    @Test func aSecondQuoteWithItsOwnLeadInIsNotPartOfTheFirst() throws {
        let text = "“We are ready,” Ann Park said. She added, “The bridge opens Monday.”"
        let direct = Self.quotes(text).filter { $0.kind == .direct }
        #expect(direct.count == 2)
        #expect(direct.last?.speaker?.text == "She")
        #expect(direct.last?.speakerName == "Ann Park")
        #expect(direct.last?.cue?.text == "added")
    }

    @Test func aRaisingVerbGivesTheSubjectAndInfinitiveWithNoSpeaker() throws {
        let text = "The county board is expected to approve the budget next week."
        let quote = try #require(Self.quotes(text).first { $0.kind == .indirect })
        #expect(quote.parts?.map(\.text) == ["The county board", "to approve the budget next week"])
        #expect(quote.speaker == nil)
        #expect(quote.cue?.text == "expected")
        let seems = try #require(Self.quotes("Ana Diaz seems to have changed her mind.").first)
        #expect(seems.parts?.first?.text == "Ana Diaz")
        #expect(seems.speaker == nil)
    }

    @Test func aRelativePronounBeforeADirectQuoteIsNotReplacedByTheSentenceSubject() throws {
        let text = "Tom Reyes won an endorsement from Ann Park, who declared on stage, “It is time to unite.”"
        let quote = try #require(Self.quotes(text).first { $0.kind == .direct })
        #expect(quote.speaker?.text == "who")
        #expect(quote.speakerName == "Ann Park")
    }

    @Test func nytDoubleApostrophesAreQuotationMarks() throws {
        let text = "''We are ready,'' Maria Lopez said. ''The bridge opens Monday.''"
        let quote = try #require(Self.quotes(text).first { $0.kind == .direct })
        #expect(quote.parts?.count == 2)
        #expect(quote.speakerName == "Maria Lopez")
    }

    @Test func encodesUnknownFieldsAsNull() throws {
        let quote = Quote(doc: "d", kind: .partial, quote: Span(start: 0, end: 3, text: "“a”"), confidence: 0.2)
        let json = String(decoding: try JSONOutput.encode(quote, pretty: false), as: UTF8.self)
        #expect(json.contains("\"speaker\":null"))
        #expect(json.contains("\"speakerName\":null"))
        #expect(json.contains("\"cue\":null"))
        #expect(!json.contains("parts"))
    }
}
