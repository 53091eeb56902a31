import Testing

@testable import Crosscheck

/// Speakers of direct and partial quotes in constructions where the nearest mention is not the speaker: sentence
/// boundaries after quotes, split quotes with two attributions, reported clauses, coordinated clauses.
@Suite struct QuoteSpeakerTests {
    /// The direct and partial quotes of a body text (no headline).
    static func quoted(_ text: String) -> [Quote] {
        QuoteExtractor().quotes(in: Document(article: Article(id: "t", text: text), headline: .never))
            .filter { $0.kind != .indirect }
    }

    /// The quote whose text starts with `prefix`.
    static func quote(_ text: String, _ prefix: String) throws -> Quote {
        try #require(quoted(text).first { $0.quote.text.hasPrefix(prefix) }, "no quote \(prefix) in \(text)")
    }

    // MARK: - Sentence boundaries after a quote

    @Test(arguments: [
        ("“They are wrong,” said 9/11 widow Ann Park.", "9/11 widow Ann Park", "Ann Park"),
        ("“They are wrong,” said 24-year-old student Ann Park.", "24-year-old student Ann Park", "Ann Park"),
        ("“They are wrong,” said 2016 candidate Tom Reyes.", "2016 candidate Tom Reyes", "Tom Reyes"),
    ])
    func aNumberMayOpenTheSpeakerAfterAnInvertedCue(text: String, speaker: String, name: String) throws {
        let quote = try Self.quote(text, "“They")
        #expect(quote.speaker?.text == speaker)
        #expect(quote.speakerName == name)
    }

    @Test func aPartyAndStateDesignationStaysWithItsNameAndSentence() throws {
        let text =
            "Rep. Ann Park (R-N.C.) said the plan was “a disaster.” “It is over,” Park (D-N.Y.) told reporters. "
            + "“We will not back down,” said Sen. Tom Reyes (D-N.Y.), who spoke Tuesday."
        let partial = try Self.quote(text, "“a disaster")
        #expect(partial.speaker?.text == "Rep. Ann Park (R-N.C.)")
        #expect(partial.speakerName == "Ann Park")
        let after = try Self.quote(text, "“It is over")
        #expect(after.speaker?.text == "Park (D-N.Y.)")
        #expect(after.speakerName == "Ann Park")
        let inverted = try Self.quote(text, "“We will")
        #expect(inverted.speakerName == "Tom Reyes")
    }

    @Test func aQuoteEndingInAPeriodEndsTheSentenceBeforeTheNextSubject() throws {
        let text = "Tom Reyes said the count was “far from perfect.” Ann Park blamed the delays on “a broken system.”"
        let quote = try Self.quote(text, "“a broken")
        #expect(quote.speaker?.text == "Ann Park")
    }

    @Test func aCapitalisedPronounAfterAClosedQuoteStartsANewSentence() throws {
        let text = "Mayor Ann Park condemned the “senseless attack.” She announced a curfew for the city."
        let quote = try Self.quote(text, "“senseless")
        #expect(quote.speaker?.text == "Mayor Ann Park")
        #expect(quote.cue == nil)
    }

    @Test func aQuestionFollowedByItsAttributionIsOneSentence() throws {
        let quote = try Self.quote("“Why now?” Ann Park asked the board.", "“Why")
        #expect(quote.speaker?.text == "Ann Park")
        #expect(quote.cue?.text == "asked")
    }

    // MARK: - Split quotes

    @Test func aSecondPartWithItsOwnAttributionIsAQuoteOfItsOwn() throws {
        let text = "“We are ready,” Ann Park said. “The bridge opens Monday,” Tom Reyes added."
        let quotes = Self.quoted(text)
        #expect(quotes.count == 2)
        #expect(quotes.map { $0.speaker?.text } == ["Ann Park", "Tom Reyes"])
        let final = "“We won,” said Tom Reyes. “And yet it was close” because of the rain, Ann Park said."
        let second = try Self.quote(final, "“And yet")
        #expect(second.speaker?.text == "Ann Park")
        #expect(second.parts == nil)
    }

    @Test func aSecondPartWithoutAttributionContinuesTheFirst() throws {
        let text = "“We are ready,” Ann Park said. “The bridge opens Monday.”"
        let quotes = Self.quoted(text)
        #expect(quotes.count == 1)
        #expect(quotes.first?.parts?.count == 2)
    }

    // MARK: - Reported clauses

    static let reported: [(text: String, prefix: String, speaker: String, cue: String)] = [
        ("Ann Park said that he told the board, “We are ready.”", "“We", "Ann Park", "said"),
        (
            "Ann Park acknowledged that she erred when she called the plan “a disaster.”", "“a", "Ann Park",
            "acknowledged"
        ),
        ("Ann Park said the vote was fair, but Tom Reyes called the plan “a disaster.”", "“a", "Tom Reyes", "called"),
    ]

    @Test(arguments: reported)
    func aSpeakerInsideReportedContentIsReportedByTheOuterSpeaker(
        case: (text: String, prefix: String, speaker: String, cue: String)
    ) throws {
        let quote = try Self.quote(`case`.text, `case`.prefix)
        #expect(quote.speaker?.text == `case`.speaker)
        #expect(quote.cue?.text == `case`.cue)
    }

    // MARK: - Coordinated clauses

    @Test func aQuoteInACoordinatedClauseTakesThatClausesSubject() throws {
        let partial = try Self.quote(
            "Ann Park said the vote was fair, and she accused the board of “gross negligence.”", "“gross")
        #expect(partial.speaker?.text == "she")
        #expect(partial.cue?.text == "accused")
        let direct = try Self.quote(
            "Ann Park called the count “a sham,” but she gave the board a warning: “We will be back.”", "“We")
        #expect(direct.speaker?.text == "she")
    }

    @Test func aNameInAListIsNotTheSubjectOfACoordinatedClause() throws {
        let quote = try Self.quote(
            "Ann Park met Chinese, Japanese, and South Korean officials about the “missile shield.”", "“missile")
        #expect(quote.speaker?.text == "Ann Park")
    }

    // MARK: - Participle clauses

    @Test func aParticipleAfterAnInvertedAttributionTakesItsSpeaker() throws {
        let text = "“We will win,” said Ann Park, adding hopefully that the board “will get there.”"
        let quote = try Self.quote(text, "“will")
        #expect(quote.speaker?.text == "Ann Park")
        #expect(quote.cue?.text == "adding")
    }

    @Test func aParticipleAfterBeforeIsTheCueOfItsOwnQuote() throws {
        let text =
            "“We are ready,” Ann Park told reporters, before insisting she had a “great relationship” with voters."
        let quotes = Self.quoted(text)
        #expect(quotes.count == 2)
        let partial = try Self.quote(text, "“great")
        #expect(partial.speaker?.text == "Ann Park")
        #expect(partial.cue?.text == "insisting")
    }

    // MARK: - Introductory phrases

    static let introduced = [
        "Earlier in the campaign, Ann Park suggested a “tax holiday.”",
        "At a rally in Salem, Ore., on Tuesday, Ann Park endorsed the “clean water plan.”",
        "On the steps of the capitol, where she first ran for office, Ann Park expressed “deep regret.”",
    ]

    @Test(arguments: introduced)
    func theSubjectAfterIntroductoryPhrasesIsTheSpeaker(text: String) throws {
        let quote = try #require(Self.quoted(text).first, "no quote in \(text)")
        #expect(quote.speaker?.text == "Ann Park")
    }

    // MARK: - Mentions

    @Test func theSubjectOfAnIntroductoryClauseIsNotTheSpeaker() throws {
        let text = "The crowd cheered, and when Tom Reyes took the stage, a man yelled “Go home!”"
        let quote = try Self.quote(text, "“Go")
        #expect(quote.speaker?.text == "a man")
    }

    @Test func anAuxiliaryAfterACueEndsTheMentionAfterIt() throws {
        let text = "The ad shows a campaign aide who said voters shouldn’t “give up hope.”"
        let quote = try Self.quote(text, "“give")
        #expect(quote.speaker?.text.contains("shouldn’t") != true)
    }

    // MARK: - Verbs outside the cue lexicon

    @Test(arguments: [
        ("“We will not back down,” Ann Park fumed on Tuesday.", "Ann Park", "fumed"),
        ("“Nobody asked us,” the mayor shot back.", "the mayor", "shot"),
        ("“It is a fine day,” she beamed.", "she", "beamed"),
        ("“This is wonderful!” beamed Tom Reyes of Salem.", "Tom Reyes", "beamed"),
        ("“Vote them all out,” tweeted another.", "another", "tweeted"),
    ])
    func aVerbAfterAQuoteThatContinuesItsSentenceAttributesIt(text: String, speaker: String, cue: String) throws {
        let quote = try #require(Self.quoted(text).first)
        #expect(quote.speaker?.text == speaker)
        #expect(quote.cue?.text == cue)
    }

    @Test func aVerbWithAnObjectAfterTheQuoteIsNotItsAttribution() throws {
        let quote = try #require(Self.quoted("“We will win,” Ann Park learned the board had voted.").first)
        #expect(quote.cue?.text != "learned")
    }

    @Test func aQuoteEndingItsSentenceIsNotAttributedToTheNextSentencesVerb() throws {
        let text = "Tom Reyes read the letter aloud. “The bridge is closed.” Ann Park frowned."
        let quote = try #require(Self.quoted(text).first)
        #expect(quote.speaker?.text != "Ann Park")
    }

    @Test func aPronounAndAnUnlistedVerbSplitAQuote() throws {
        let quotes = Self.quoted("“People are tired of waiting,” he surmised. “They want the road fixed.”")
        #expect(quotes.count == 1)
        #expect(quotes.first?.parts?.count == 2)
        #expect(quotes.first?.speaker?.text == "he")
    }

    @Test func aQuoteAfterAQuotedSentenceWithAnUnlistedVerbTakesItsSpeaker() throws {
        let text =
            "Ann Park took the stage at noon. “Let me help you out,” the senator riffed on the question from the "
            + "floor, drawing laughs from the crowd and a long round of applause from the hall. “And that is why "
            + "we need a new bridge.”"
        let quote = try Self.quote(text, "“Let me")
        #expect(quote.speaker?.text == "the senator")
        let last = try #require(Self.quoted(text).last)
        #expect(last.speaker?.text == "the senator")
    }

    @Test func aStrayApostropheBetweenAQuoteAndItsCueIsSkipped() throws {
        let text = "''I would call it 'old-fashioned,''' said Tom Reyes, a former aide."
        let quote = try #require(Self.quoted(text).first)
        #expect(quote.speaker?.text == "Tom Reyes")
    }

    @Test func aVerbOfANounPhraseAfterAQuoteIsNotItsCue() throws {
        let text = "Park says no rival is “on pace to win,” the number needed to secure the nomination."
        let quote = try Self.quote(text, "“on pace")
        #expect(quote.cue?.text != "needed")
        #expect(quote.speaker?.text == "Park")
    }

    // MARK: - Partial quotes attributed right after them

    @Test func aPartialQuoteWithItsSpeakerAndCueRightAfterItTakesThem() throws {
        let text = "The panel is less likely to be “overrun by donors,” Tom Reyes said on Monday."
        let quote = try Self.quote(text, "“overrun")
        #expect(quote.speaker?.text == "Tom Reyes")
        let reported = "Park cannot say that “the count was fair” Reyes added."
        #expect(try Self.quote(reported, "“the count").speaker?.text == "Reyes")
    }

    @Test func aPartialQuoteFollowedByAClauseOfItsOwnKeepsTheCueBeforeIt() throws {
        let text = "Ann Park said the plan was “a disaster” and Tom Reyes agreed with her on the budget."
        let quote = try Self.quote(text, "“a disaster")
        #expect(quote.speaker?.text == "Ann Park")
    }

    // MARK: - Continued quotes

    @Test func aQuoteContinuingTheQuoteBeforeItInItsParagraphJoinsIt() throws {
        let text =
            "“We will build the bridge,” Ann Park told the crowd at the rally on Tuesday night. The crowd cheered "
            + "and waved flags. “And we will pay for it.”"
        let quotes = Self.quoted(text)
        #expect(quotes.count == 1)
        #expect(quotes.first?.parts?.count == 2)
        #expect(quotes.first?.speaker?.text == "Ann Park")
    }

    @Test func aQuoteInTheNextParagraphStaysAQuoteOfItsOwn() throws {
        let text = "Ann Park said: “We will build the bridge.”\n\n“And we will pay for it.”"
        let quotes = Self.quoted(text)
        #expect(quotes.count == 2)
        #expect(quotes.last?.speaker?.text == "Ann Park")
    }

    @Test func aPartialQuoteWithAnInvertedAttributionRightAfterItTakesIt() throws {
        let text = "When Park said she would not run, she “gave up on the town” said Tom Reyes, a neighbour."
        let quote = try Self.quote(text, "“gave up")
        #expect(quote.speaker?.text == "Tom Reyes")
        let participle = "Park remarked that there is “more work to do,” noting the delays at the port."
        #expect(try Self.quote(participle, "“more work").speaker?.text == "Park")
    }

    // MARK: - Lead-ins

    @Test func aParagraphEndingInAColonWithoutACueGivesItsSubject() throws {
        let text = "When the bridge fell, Mayor Ann Park issued the following statement:\n\n“Our hearts are with them.”"
        let quote = try Self.quote(text, "“Our hearts")
        #expect(quote.speaker?.text == "Mayor Ann Park")
        #expect(quote.cue == nil)
    }

    @Test func theAgentOfAPassiveLabelIsTheSpeaker() throws {
        let text = "The plan has been called “a bridge to nowhere” by Ann Park, the mayor of Salem."
        let quote = try Self.quote(text, "“a bridge")
        #expect(quote.speaker?.text == "Ann Park")
        #expect(quote.cue?.text == "called")
    }

    @Test(arguments: [
        (
            "“We have had better days,” Texas delegate Tom Reyes, wearing a hat and “Vote Park” pins, said on the floor.",
            "Texas delegate Tom Reyes", "said"
        ),
        (
            "“She needs a plan for these voters,” Ann Park, the pollster who founded the site tweeted on Wednesday.",
            "Ann Park", "tweeted"
        ),
        (
            "“Guns are a crisis,” Tom Reyes, the former governor of Oregon, proclaimed to a cheering crowd.",
            "Tom Reyes", "proclaimed"
        ),
    ])
    func aNameAndALongAppositionBeforeTheCueAfterAQuote(text: String, speaker: String, cue: String) throws {
        let quote = try #require(Self.quoted(text).first)
        #expect(quote.speaker?.text == speaker)
        #expect(quote.cue?.text == cue)
    }

    // MARK: - Possessors of nouns of saying

    @Test(arguments: [
        ("Ann Park drew fire over her remark that “the bridge is a relic.”", "her"),
        ("The crowd waited. But their chants of “Park! Park!” were cut short.", "their"),
        ("It was Tom Reyes's blunt rejection of “a politics of fear” that won the day.", "Tom Reyes's"),
    ])
    func thePossessorOfANounOfSayingIsTheSpeaker(text: String, speaker: String) throws {
        let quote = try #require(Self.quoted(text).first)
        #expect(quote.speaker?.text == speaker)
    }

    @Test func aNounOfSayingInsideReportedContentIsNotTheAttribution() throws {
        let text = "The panel ruled that Park's statement about “ten thousand jobs” was true."
        let quote = try Self.quote(text, "“ten")
        #expect(quote.speaker?.text != "Park's")
        let subject = "Ann Park said Tom Reyes's comments were “a disgrace.”"
        #expect(try Self.quote(subject, "“a disgrace").speaker?.text == "Ann Park")
    }

    @Test func quotesInOneComplementOfANounOfSayingAreOneQuote() throws {
        let text = "Given his past comments on keeping out so-called “cheats” and “thieves,” Reyes is unpopular."
        let quotes = Self.quoted(text)
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker?.text == "his")
    }

    @Test func aCueWordInsideANameIsNotACue() throws {
        let text = "Ann Park said in an interview that the United States had “contained” the threat."
        let quote = try Self.quote(text, "“contained")
        #expect(quote.speaker?.text == "Ann Park")
        #expect(quote.cue?.text == "said")
    }

    @Test func aCueWithContentOfItsOwnAfterAQuoteEndingInAPeriodStartsANewSentence() throws {
        let text = "“We need exceptions,” Ann Park said. “That is my view.” Tom Reyes said he disagrees with her."
        let quotes = Self.quoted(text)
        #expect(quotes.allSatisfy { $0.speaker?.text == "Ann Park" })
        let attributed = try #require(Self.quoted("“We won.” Tom Reyes said on Tuesday.").first)
        #expect(attributed.speaker?.text == "Tom Reyes")
    }

    // MARK: - Relative clauses and documents

    @Test func aCueInsideAWhoClauseIsTheRelativePronouns() throws {
        let bare = try Self.quote("The council ignored neighbours who say the levy is “a tax on the poor.”", "“a tax")
        #expect(bare.speaker?.text == "who")
        #expect(bare.cue?.text == "say")
        let text = "Ann Park, who has in the past described the plan as “a total mess,” voted for it."
        let adjunct = try Self.quote(text, "“a total")
        #expect(adjunct.speaker?.text == "who")
        #expect(adjunct.speakerName == "Ann Park")
    }

    @Test func aWhoClauseInsideReportedContentKeepsTheOuterSpeaker() throws {
        let text = "Ann Park mocked the rule, saying anybody who complains about the noise “is not trying hard enough.”"
        let quote = try Self.quote(text, "“is not")
        #expect(quote.speaker?.text == "Ann Park")
    }

    @Test func aParticipleAfterADocumentReportsForItsSender() throws {
        let statement = try Self.quote(
            "Later that day, Ann Park issued a statement saying, “We will appeal the ruling.”", "“We will")
        #expect(statement.speaker?.text == "Ann Park")
        #expect(statement.cue?.text == "saying")
        let email = try Self.quote(
            "Her campaign sent out an email to donors stating, “The count is final.”", "“The count")
        #expect(email.speaker?.text == "Her campaign")
        // A document as the subject stays the speaker.
        let subject = try Self.quote("A memo circulated on Monday saying “the plan is dead.”", "“the plan")
        #expect(subject.speaker?.text != "Monday")
    }

    @Test func aPronounAfterWhatNamesTheWordsOfTheSentenceSubject() throws {
        let text = "The mayor denounced what she called a “reckless plan” to close the library."
        let quote = try Self.quote(text, "“reckless")
        #expect(quote.speaker?.text == "The mayor")
        #expect(quote.cue?.text == "called")
        // Only a naming verb: "what he said about “…”" stays the pronoun's.
        let said = try Self.quote("Ann Park recalled what he said about “the old bridge.”", "“the old")
        #expect(said.speaker?.text == "he")
    }

    @Test func aPronounOpeningTheLastClauseBeforeACuelessQuoteIsItsSubject() throws {
        let text = "Asked which town was his favourite, he shrugged: “Whichever one I am in today.”"
        let quote = try Self.quote(text, "“Whichever")
        #expect(quote.speaker?.text == "he")
        let partial = try Self.quote("Back on home soil, she returned to her “forgotten families” theme.", "“forgotten")
        #expect(partial.speaker?.text == "she")
    }

    @Test(arguments: [
        "Speaking at a diner in Salem, New Hampshire, Ann Park went after the board, calling it “a rubber stamp.”",
        "At a town hall in Ames, Iowa, on Sunday, Ann Park went after the board, calling it “a rubber stamp.”",
        "Salem (AFP) – Ann Park went after the board, calling it “a rubber stamp.”",
    ])
    func theStateOfAPlaceOrADatelineIsNotTheSubject(text: String) throws {
        let quote = try Self.quote(text, "“a rubber")
        #expect(quote.speaker?.text == "Ann Park")
    }

    // MARK: - Sixth issue #5 round

    @Test(arguments: [
        ("Shortly afterward, Ann Park issued a statement, “We will rebuild the bridge.”", "“We will", "Ann Park"),
        ("Back in 2010, Tom Reyes fought the “bridge to nowhere” for months.", "“bridge", "Tom Reyes"),
    ])
    func anIntroductoryAdverbAtTheHeadOfTheSentenceIsNotItsSubject(text: String, prefix: String, speaker: String)
        throws
    {
        #expect(try Self.quote(text, prefix).speaker?.text == speaker)
    }

    @Test func theSpeakerOfAnAsClauseBeforeAQuoteIsItsSource() throws {
        let text = "The council met again on Monday. As Ann Park put it, “the council has run out of excuses.”"
        let quote = try Self.quote(text, "“the council")
        #expect(quote.speaker?.text == "Ann Park")
        #expect(quote.cue?.text == "put")
        let partial = try Self.quote(
            "The mayor owed her win to, as a senior aide put it, a “perfect storm.”", "“perfect")
        #expect(partial.speaker?.text == "a senior aide")
        let words = try Self.quote("The mayor was, in the words of a senior aide, “the best we ever had.”", "“the best")
        #expect(words.speaker?.text == "a senior aide")
        // "as" right after a cue belongs to the cue's clause.
        let said = try Self.quote("Ann Park said as she opened the bridge, “This is a great day.”", "“This")
        #expect(said.speaker?.text == "Ann Park")
    }

    @Test func aDescriptionThatEndsTheSentenceAttributesAPartialQuote() throws {
        let text = "The city failed to keep the “most basic promises” to its residents, the lawsuit says."
        let quote = try Self.quote(text, "“most basic")
        #expect(quote.speaker?.text == "the lawsuit")
        #expect(quote.cue?.text == "says")
    }

    @Test func aQuoteCarriedOverFromAWhoClauseIsThePersons() throws {
        let text = """
            Officials spoke on Monday.

            “The work is done,” said Ann Park, who thinks often about the old bridge.

            “It took ten years.”
            """
        let quote = try Self.quote(text, "“It took")
        #expect(quote.speaker?.text == "Ann Park")
    }

    @Test func aCueCoordinatedWithAnEarlierVerbTakesItsPronounSubject() throws {
        let text = "Tom Reyes spoke after she cut the ribbon and then declared, “The bridge is open.”"
        let quote = try Self.quote(text, "“The bridge")
        #expect(quote.speaker?.text == "she")
        // A name nearer the "and" keeps the sentence subject.
        let named = try Self.quote("When asked, Ann Park smiled and said, “We will see.”", "“We will")
        #expect(named.speaker?.text == "Ann Park")
    }

    @Test func aSubordinateClauseIsNotReportedContent() throws {
        let text = "Ann Park said the vote would go ahead, although she tweeted that she “rejects the plan.”"
        let quote = try Self.quote(text, "“rejects")
        #expect(quote.speaker?.text == "she")
        #expect(quote.cue?.text == "tweeted")
    }

    @Test func aPronounAfterASubordinatorIsTheSubjectOfTheQuotesClause() throws {
        let text = "The mayor closed the bridge even though she found “no evidence” of damage."
        let quote = try Self.quote(text, "“no evidence")
        #expect(quote.speaker?.text == "she")
    }

    @Test func thePossessorOfANounOfSayingOutsideAVerbIsTheSpeaker() throws {
        let text = "The council fought back, particularly her warning that the bridge would “fall into the river.”"
        #expect(try Self.quote(text, "“fall").speaker?.text == "her")
        let pledge = try Self.quote("The dispute grew despite Park's pledge to be “neutral” in it.", "“neutral")
        #expect(pledge.speakerName == "Park")
        // The object of a verb: annotators mark the verb's subject.
        let repeated = try Self.quote("Tom Reyes repeated his claim that the bridge was “unsafe.”", "“unsafe")
        #expect(repeated.speaker?.text == "Tom Reyes")
    }

    @Test func aNameAndAnUnlistedVerbAttributeAQuestion() throws {
        let quote = try Self.quote("“Why now?” Tom Reyes wondered.", "“Why")
        #expect(quote.speaker?.text == "Tom Reyes")
        #expect(quote.cue?.text == "wondered")
    }

    @Test func anAudienceObjectOrAnAdjunctMayFollowAnUnlistedVerb() throws {
        let quote = try Self.quote("“I will not let you down,” Ann Park assured the crowd.", "“I will")
        #expect(quote.speaker?.text == "Ann Park")
        #expect(quote.cue?.text == "assured")
        let upon = try Self.quote("“Oh, my God,” a young woman exclaimed upon seeing him.", "“Oh")
        #expect(upon.speaker?.text == "a young woman")
    }

    @Test func aNameOrASpeakerAndUnlistedVerbBeforeAColonIntroduceAQuote() throws {
        let text = "The result does not surprise pollster Ann Park: “Turnout decides everything.”"
        #expect(try Self.quote(text, "“Turnout").speaker?.text == "pollster Ann Park")
        let grumbled = try Self.quote(
            "Park spoke about the bridge, to which Tom Reyes grumbled: “That is not true.”", "“That")
        #expect(grumbled.speaker?.text == "Tom Reyes")
        // A place after a preposition is not a speaker.
        let place = try Self.quote("Tom Reyes praised the spirit of Silicon Valley: “They build things.”", "“They")
        #expect(place.speaker?.text == "Tom Reyes")
    }

    @Test func aRelativeClauseIsNotTheReportedContentOfAnEarlierCue() throws {
        let text = "Ann Park said the council backed the plan, which she called “long overdue.”"
        let quote = try Self.quote(text, "“long")
        #expect(quote.speaker?.text == "she")
        #expect(quote.cue?.text == "called")
    }

    @Test func anImpersonalItOrWeHeadingTheSentenceGivesWayToTheNextMention() throws {
        let text = "It is strange that Ann Park would praise the “bridge to nowhere.”"
        #expect(try Self.quote(text, "“bridge").speaker?.text == "Ann Park")
        let we = try Self.quote("Here we watch Tom Reyes call the plan a “disaster.”", "“disaster")
        #expect(we.speaker?.text == "Tom Reyes")
    }

    @Test func aMentionRightBeforeALowerCaseQuoteIsTheContentsSubject() throws {
        let text = "The council passed a motion that said the city “rejects the new toll.”"
        #expect(try Self.quote(text, "“rejects").speaker?.text == "The council")
        let pronoun = "The Ledger obtained the recording and said she “misled the board.”"
        #expect(try Self.quote(pronoun, "“misled").speaker?.text == "The Ledger")
        // A capitalised quote after an inverted cue and a name is still that name's.
        let inverted = "The vote was close, said Ann Park “We won anyway.”"
        #expect(try Self.quote(inverted, "“We won").speaker?.text == "Ann Park")
    }

    @Test func aQuoteInsideAWhoClauseWithoutACueIsTheRelativePronouns() throws {
        let text = "Ann Park, who has styled herself as the “voice of reason,” has taken a hard line on crime."
        let quote = try Self.quote(text, "“voice")
        #expect(quote.speaker?.text == "who")
        #expect(quote.speakerName == "Ann Park")
        let cleft = try Self.quote("It was Tom Reyes who pushed for a “grand bargain” on roads.", "“grand")
        #expect(cleft.speaker?.text == "who")
        // A "who" clause that ends before the quote leaves it to the sentence's subject.
        let closed = try Self.quote("Ann Park, who is running for mayor, “is the favourite” here.", "“is the")
        #expect(closed.speaker?.text == "Ann Park")
    }

    @Test func aNamingParticipleAfterAnObjectLeavesTheQuoteToTheSentencesSubject() throws {
        let text = "They attacked the loophole called an “inversion” in the tax code."
        #expect(try Self.quote(text, "“inversion").speaker?.text == "They")
        let film = "The campaign aired a short film called “Our Families” on local television."
        #expect(try Self.quote(film, "“Our").speaker?.text == "The campaign")
        // A finite naming verb keeps its own subject.
        let finite = "Ann Park called the plan “a disaster” on Monday."
        #expect(try Self.quote(finite, "“a disaster").speaker?.text == "Ann Park")
    }

    // MARK: - Eighth round

    @Test func aQuoteInsideAnOpeningPhraseIsTheMainClausesSubjects() throws {
        let text = "In calling the toll plan “a slow disaster,” Ann Park broke with her own council."
        #expect(try Self.quote(text, "“a slow").speaker?.text == "Ann Park")
        let inside = "But after weeks of “useful talks” on the budget, the board voted against the levy."
        #expect(try Self.quote(inside, "“useful").speaker?.text == "the board")
        let pronoun = "And while praising the “brave volunteers” of the flood, she said nothing of the levee."
        #expect(try Self.quote(pronoun, "“brave").speaker?.text == "she")
        // A phrase ended by a comma before the quote is not the quote's: its sentence subject stays.
        let before = "In Salem, Tom Reyes called the plan “a slow disaster” on Monday."
        #expect(try Self.quote(before, "“a slow").speaker?.text == "Tom Reyes")
    }

    @Test func aShortQuotedTitleBeforeTheSubjectIsLookedOver() throws {
        let text = "With the help of “Open Roads”, the mayor kept the bridge “open for now.”"
        let quote = try #require(Self.quoted(text).first { $0.quote.text.contains("open for now") })
        #expect(quote.speaker?.text == "the mayor")
        let title = "After the “Fair Play” vote in March, the council kept the fees “low for now.”"
        let fees = try #require(Self.quoted(title).first { $0.quote.text.contains("low for now") })
        #expect(fees.speaker?.text == "the council")
    }

    @Test func aCuelessQuoteInASubordinateClauseTakesThatClausesSubject() throws {
        let text =
            "Tom Reyes is running to be a delegate when the party meets next week to pick its “at-large” members."
        #expect(try Self.quote(text, "“at-large").speaker?.text == "the party")
        let named = "The rally turned tense when Tom Reyes interrupted her speech, shouting “not again!”"
        #expect(try Self.quote(named, "“not again").speaker?.text == "Tom Reyes")
        let title = "Ann Park kept quiet as the mayor attacked the “new plan.”"
        #expect(try Self.quote(title, "“new plan").speaker?.text == "the mayor")
        // A subordinator before a noun phrase with no verb of its own is no clause: the sentence subject stays.
        let phrase = "Ann Park left early before the vote on the “new plan.”"
        #expect(try Self.quote(phrase, "“new plan").speaker?.text == "Ann Park")
    }

    @Test func aParticipleAfterASubordinateClauseIsThatClausesSubjects() throws {
        let text = "Ann Park smiled as a waiter walked past her, saying he was “here to help.”"
        #expect(try Self.quote(text, "“here").speaker?.text == "a waiter")
        let titled = "It was a tense night, as Mayor Ann Park echoed the criticism, saying the plan “cannot work.”"
        #expect(try Self.quote(titled, "“cannot").speaker?.text == "Mayor Ann Park")
        // Without a subordinate clause the participle stays the sentence subject's.
        let plain = "Ann Park echoed the criticism, saying the plan “cannot work.”"
        #expect(try Self.quote(plain, "“cannot").speaker?.text == "Ann Park")
    }

    @Test func anIngWordAfterWithBeforeAQuoteIsItsSubjectsAttribution() throws {
        let text = "Park tied the mayor to the levy, with one of her flyers asking, “Who pays for this?”"
        let quote = try Self.quote(text, "“Who pays")
        #expect(quote.speaker?.text == "one of her flyers")
        #expect(quote.cue?.text == "asking")
        let named = "Some of the crowd pushed a heckler, with Tom Reyes loudly yelling: “Get out of here!”"
        #expect(try Self.quote(named, "“Get out").speaker?.text == "Tom Reyes")
    }

    @Test func aPersonalPronounAfterASubordinatorIsTheClausesSubject() throws {
        let text = "Ann Park left the room as they debated the “new plan.”"
        #expect(try Self.quote(text, "“new plan").speaker?.text == "they")
        // "it" is no speaker: the sentence subject stays.
        let it = "Ann Park stayed because it was a “fair deal.”"
        #expect(try Self.quote(it, "“fair").speaker?.text == "Ann Park")
    }

    @Test func aPrepositionalPhraseBetweenCommasBeforeTheCueIsLookedOver() throws {
        let text = "Ann Park, during a town hall meeting in Salem, Oregon, said she was “going to fix the roads.”"
        let quote = try Self.quote(text, "“going")
        #expect(quote.speaker?.text == "Ann Park")
        #expect(quote.cue?.text == "said")
        let pronoun = try Self.quote("Ann Park won. She, at a rally, said it was “over.”", "“over")
        #expect(pronoun.speaker?.text == "She")
        // A name after an opening phrase stays the speaker.
        let opening = "In the Ohio primary, Gov. Tom Reyes (R-OH), said, “We won the state.”"
        #expect(try Self.quote(opening, "“We won").speakerName == "Tom Reyes")
    }

    // MARK: - Ninth round: the clause after a quote no rule attributes

    static let subjectsAfterQuotes: [(text: String, prefix: String, speaker: String)] = [
        (
            "The rules drew fire. “It is an invasion of our domain,” Ann Park, the attorney general of Oregon, one of the"
                + " states suing the agency, said at a forum.", "“It is", "Ann Park"
        ),
        (
            "The rules drew fire. “It is an invasion,” Rep. Tom Reyes (R-Ohio), a member of the panel, said in an"
                + " interview.", "“It is", "Rep. Tom Reyes"
        ),
        ("The protest began at noon. “Stay calm,” begins a message from the campaign.", "“Stay", "a message"),
        ("The protest began at noon. “Please stay calm,” a message on the website reads.", "“Please", "a message"),
        ("The band played on. “Keep your hands in sight,” Reyes sings to the crowd before leaving.", "“Keep", "Reyes"),
    ]

    @Test(arguments: subjectsAfterQuotes)
    func theSubjectOfTheClauseAfterAnUnattributedQuoteIsItsSpeaker(
        case: (text: String, prefix: String, speaker: String)
    ) throws {
        #expect(try Self.quote(`case`.text, `case`.prefix).speaker?.text == `case`.speaker)
    }

    @Test func aQuoteEndingInAnExclamationIsNotAttributedToTheNextSentence() throws {
        let quote = try Self.quote("Ann Park spoke first. “We won!” Tom Reyes left the hall early.", "“We won")
        #expect(quote.speaker?.text != "Tom Reyes")
    }

    static let finalAttributionsBeforeAClause: [(text: String, prefix: String, speaker: String)] = [
        (
            "The mayor spoke on Monday. Park’s “excesses” are sickening, Reyes said Tuesday in Salem, noting the"
                + " mayor’s record.", "“excesses", "Reyes"
        ),
        (
            "The vote surprised many. But she was not surprised that the “Leave” campaign won, her advisers said"
                + " Friday, because she knew the mood.", "“Leave", "her advisers"
        ),
        (
            "The show drew critics. “Ring of Fire” was to be a “cautionary tale,” said Ann Park, then the band’s"
                + " literary agent.", "“Ring", "Ann Park"
        ),
        (
            "Taxes were cut. “Most of the cost comes from efforts to measure” income, he said, rather than from"
                + " deductions.", "“Most", "he"
        ),
    ]

    @Test(arguments: finalAttributionsBeforeAClause)
    func anAttributionEndingItsClauseBeforeAParticipleOrSubordinateClauseAttributesThePartialQuote(
        case: (text: String, prefix: String, speaker: String)
    ) throws {
        let quote = try Self.quote(`case`.text, `case`.prefix)
        #expect(quote.speaker?.text == `case`.speaker)
        #expect(quote.cue?.text == "said")
    }

    static let passiveAgents: [(text: String, prefix: String, speaker: String)] = [
        ("The show ran for years. “Ring of Fire” was written by Ann Park after the flood.", "“Ring", "Ann Park"),
        ("The debate went on. The phrase “tax reform” was uttered once, by Tom Reyes.", "“tax", "Tom Reyes"),
        ("The crowd cheered as “Open Roads,” by the band Salem, blared from the speakers.", "“Open", "the band Salem"),
    ]

    @Test(arguments: passiveAgents)
    func theAgentOfAPassiveRightAfterAnUnattributedQuoteIsItsSource(
        case: (text: String, prefix: String, speaker: String)
    ) throws {
        #expect(try Self.quote(`case`.text, `case`.prefix).speaker?.text == `case`.speaker)
    }

    @Test func aParticipleWithoutBeBeforeByModifiesAnotherNoun() throws {
        let text = "Tom Reyes backed the “value-added tax” systems used by European countries."
        #expect(try Self.quote(text, "“value").speaker?.text == "Tom Reyes")
    }

    static let asClausesAfterQuotes: [(text: String, prefix: String, speaker: String)] = [
        (
            "Many lawmakers see a loophole: the main test is a “lawful source of income,” as a county memo put it.",
            "“lawful", "a county memo"
        ),
        (
            "Park was “reckless” in handling the files – as described by Police Chief Tom Reyes – and voters noticed.",
            "“reckless", "Police Chief Tom Reyes"
        ),
    ]

    @Test(arguments: asClausesAfterQuotes)
    func anAsClauseOfSayingAfterAnUnattributedQuoteGivesItsSource(
        case: (text: String, prefix: String, speaker: String)
    ) throws {
        #expect(try Self.quote(`case`.text, `case`.prefix).speaker?.text == `case`.speaker)
    }

    static let itSubjects: [(text: String, prefix: String, speaker: String)] = [
        (
            "The paper backed Park. Meanwhile, it attacked Reyes, saying he “has offended voters with his insults.”",
            "“has", "it"
        ),
        (
            "The magazine started the list in 1982, when it published its first “400” list of the richest people.",
            "“400", "it"
        ),
    ]

    @Test(arguments: itSubjects)
    func itWithAVerbOfItsOwnIsASubject(case: (text: String, prefix: String, speaker: String)) throws {
        #expect(try Self.quote(`case`.text, `case`.prefix).speaker?.text == `case`.speaker)
    }

    @Test func anImpersonalItIsStillLookedPast() throws {
        let text = "It is strange that Ann Park would denounce the “reckless plan.”"
        #expect(try Self.quote(text, "“reckless").speaker?.text == "Ann Park")
    }

    @Test func anAdjunctBetweenCommasAfterWhoKeepsTheRelativeClause() throws {
        let text =
            "Her tone was softer than that of her aides, who, on a call Friday, criticized Reyes for “misleading voters.”"
        #expect(try Self.quote(text, "“misleading").speaker?.text == "who")
    }

    static let invertedNounPhrases: [(text: String, prefix: String, speaker: String)] = [
        (
            "The staff met on Monday. “There is no path for Tom to win,” said one of those advisers, who asked not to "
                + "be named.",
            "“There", "one of those advisers"
        ),
        ("The governor was silent. “She will not run again,” said one of her aides.", "“She", "one of her aides"),
        (
            "The figures were grim, the Post reported. “We reached the limit with the family,” said the second "
                + "official.",
            "“We reached", "the second official"
        ),
        (
            "Park was under fire. “There are fish with more spine than Ann Park,” reads a Monday editorial in the "
                + "Salem Herald.",
            "“There are", "a Monday editorial"
        ),
    ]

    @Test(arguments: invertedNounPhrases)
    func anInvertedCueTakesANounPhraseWithAGroupOrdinalOrTimeModifier(
        case: (text: String, prefix: String, speaker: String)
    ) throws {
        #expect(try Self.quote(`case`.text, `case`.prefix).speaker?.text == `case`.speaker)
    }
}
