/// One run of quote and attribution finding over one document: token facts, quoted regions, attribution
/// candidates and speaker resolution. ``QuoteExtractor`` is the public entry point.
struct AttributionPass {
    /// An attribution found before speaker resolution.
    struct Candidate {
        var kind: QuoteKind
        /// Byte ranges of the content pieces (one, or several for a split quote).
        var pieces: [Range<Int>]
        /// Token where the content starts (for ordering).
        var anchor: Int
        var cue: Range<Int>?
        var mention: Range<Int>?
        var confidence: Double
        /// A speaker carried over from an earlier attribution (its mention and name).
        var carried: Int?
        var name: String? = nil
        var nameKnown = false
    }

    let document: Document
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    private(set) var roles: [WordRole]
    /// Index of the top-level region containing each token (marks included), or -1.
    private(set) var regionOf: [Int32]
    private(set) var regions: [QuotedRegion] = []
    /// Index of the body paragraph of each token, or -1 for headline and furniture.
    private(set) var paragraphOf: [Int32]

    init(document: Document, bytes: UnsafeBufferPointer<UInt8>) {
        self.document = document
        self.bytes = bytes
        self.tokens = document.tokens
        let count = document.tokens.count
        var roles = [WordRole](repeating: [], count: count)
        var paragraphOf = [Int32](repeating: -1, count: count)
        for (p, paragraph) in document.paragraphs.enumerated() where paragraph.role == .body {
            for t in paragraph.tokens {
                paragraphOf[t] = Int32(p)
                let token = document.tokens[t]
                if token.kind == .word || token.kind == .abbreviation {
                    roles[t] = QuoteLexicon.roles(bytes, token.bytes)
                }
            }
        }
        self.roles = roles
        self.paragraphOf = paragraphOf
        self.regionOf = [Int32](repeating: -1, count: count)
        var regions = QuoteMarkPairer.regions(in: document, bytes: bytes)
        if Self.isHeadlineAndStandfirst(document, bytes) {
            // The quotes of a headline and standfirst repeat the body's; its reported speech is kept.
            regions.removeAll { paragraphOf[$0.open] == 0 }
        }
        for (r, region) in regions.enumerated() {
            for t in region.open ... region.close { regionOf[t] = Int32(r) }
        }
        self.regions = regions
    }

    /// Whether the text's first paragraph is a headline and its standfirst rather than body text: two lines, the
    /// first ending in a semicolon (`Park wins the runoff; ` then `Turnout was the lowest in a decade.`, the layout
    /// of news databases), then a blank line. Such a paragraph yields no direct or partial quotes, like a headline.
    /// - Parameters:
    ///   - document: The analysed article.
    ///   - bytes: Its UTF-8 bytes.
    /// - Returns: Whether paragraph 0 is such a block.
    static func isHeadlineAndStandfirst(_ document: Document, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let paragraphs = document.paragraphs
        guard paragraphs.count > 1, paragraphs[0].role == .body else { return false }
        var breaks = [Int]()
        for i in paragraphs[0].start ..< paragraphs[0].end where bytes[i] == 0x0A {
            breaks.append(i)
            if breaks.count > 1 { return false }
        }
        guard let lineEnd = breaks.first else { return false }
        var k = lineEnd - 1
        while k > paragraphs[0].start && (bytes[k] == 0x20 || bytes[k] == 0x0D || bytes[k] == 0x09) { k -= 1 }
        guard bytes[k] == 0x3B else { return false }
        var newlines = 0
        for i in paragraphs[0].end ..< paragraphs[1].start where bytes[i] == 0x0A { newlines += 1 }
        return newlines >= 2
    }

    // MARK: - Token facts

    func isWord(_ t: Int) -> Bool { tokens[t].kind == .word || tokens[t].kind == .abbreviation }
    func isCapitalized(_ t: Int) -> Bool { tokens[t].flags.contains(.capitalized) }
    func isPossessive(_ t: Int) -> Bool { isWord(t) && QuoteLexicon.isPossessive(bytes, tokens[t].bytes) }
    func stemHash(_ t: Int) -> UInt64 {
        QuoteLexicon.hash(bytes, QuoteLexicon.stripPossessive(bytes, tokens[t].bytes))
    }
    func isPunctuation(_ t: Int) -> Bool { tokens[t].kind == .punctuation }
    private func firstByte(_ t: Int) -> UInt8 { bytes[tokens[t].start] }
    func isComma(_ t: Int) -> Bool { isPunctuation(t) && firstByte(t) == 0x2C }
    func isPeriod(_ t: Int) -> Bool { isPunctuation(t) && firstByte(t) == 0x2E }
    func isColon(_ t: Int) -> Bool { isPunctuation(t) && firstByte(t) == 0x3A }
    func isSemicolon(_ t: Int) -> Bool { isPunctuation(t) && firstByte(t) == 0x3B }
    func isTerminal(_ t: Int) -> Bool {
        guard isPunctuation(t) else { return false }
        let b = firstByte(t)
        if b == 0x2E {
            // "(D-Wis.)", "R-Ky., said": a period before a bracket, comma or lower-case word ends an abbreviation.
            guard t + 1 < tokens.count, tokens[t + 1].start == tokens[t].end || tokens[t + 1].kind == .word else {
                return true
            }
            let next = t + 1
            if isPunctuation(next) && (firstByte(next) == 0x29 || firstByte(next) == 0x2C) { return false }
            if Abbreviations.joinsInitials(bytes, tokens, period: t) { return false }  // "(D-N.Y.)"
            if tokens[next].kind == .word && !isCapitalized(next) && tokens[next].start > tokens[t].end
                && paragraphOf[next] == paragraphOf[t]
            {
                return false
            }
            return true
        }
        if b == 0x21 || b == 0x3F { return true }
        return b == 0xE2 && tokens[t].end - tokens[t].start == 3 && bytes[tokens[t].start + 2] == 0xA6
    }
    func isDash(_ t: Int) -> Bool {
        guard isPunctuation(t) else { return false }
        let b = firstByte(t)
        if b == 0x2D { return true }
        return b == 0xE2 && bytes[tokens[t].start + 1] == 0x80
            && (0x93 ... 0x95).contains(bytes[tokens[t].start + 2])
    }
    func isOpenBracket(_ t: Int) -> Bool { isPunctuation(t) && firstByte(t) == 0x28 }
    func isCloseBracket(_ t: Int) -> Bool { isPunctuation(t) && firstByte(t) == 0x29 }
    func inRegion(_ t: Int) -> Bool { regionOf[t] >= 0 }

    /// A word ending in "n't" or "n’t" ("didn't", "won’t"): an auxiliary between a speaker and a cue.
    func isNegatedAuxiliary(_ t: Int) -> Bool {
        let token = tokens[t]
        guard token.kind == .word, token.end - token.start >= 4 else { return false }
        let e = token.end
        guard bytes[e - 1] | 0x20 == 0x74 else { return false }
        if bytes[e - 2] == 0x27 { return bytes[e - 3] | 0x20 == 0x6E }
        return token.end - token.start >= 6 && bytes[e - 2] == 0x99 && bytes[e - 3] == 0x80 && bytes[e - 4] == 0xE2
            && bytes[e - 5] | 0x20 == 0x6E
    }

    /// A lower-case word ending in "ly" ("jokingly", "flatly"): an adverb between a speaker and a cue.
    func isLyAdverb(_ t: Int) -> Bool {
        let token = tokens[t]
        guard token.kind == .word, !token.flags.contains(.capitalized), token.end - token.start > 4 else {
            return false
        }
        return bytes[token.end - 2] == 0x6C && bytes[token.end - 1] == 0x79
    }

    /// A capitalised word that can be part of a name: not a title, stop word, determiner or pronoun.
    func isNameWord(_ t: Int) -> Bool {
        let token = tokens[t]
        guard token.flags.contains(.capitalized) else { return false }
        if token.kind == .abbreviation {
            // Initials ("J.") belong to names; "U.N." and "Sen." do not.
            return token.end - token.start == 2 && roles[t].isEmpty
        }
        guard token.kind == .word else { return false }
        let r = roles[t]
        if r.contains(.title) && t > 0 && tokens[t - 1].kind == .abbreviation
            && Self.honorifics.contains(stemHash(t - 1))
        {
            return true  // "Mr. King", "Dr. Judge"
        }
        return r.isDisjoint(with: [.title, .stop, .determiner, .pronoun, .cue, .time, .adverb, .soCalled])
    }

    /// The name a run of name words spells, with a final possessive removed.
    func name(of run: Range<Int>) -> String {
        var result = ""
        for t in run {
            if !result.isEmpty { result += " " }
            let range = t == run.upperBound - 1 ? QuoteLexicon.stripPossessive(bytes, tokens[t].bytes) : tokens[t].bytes
            result += String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        return result
    }

    // MARK: - Clauses

    /// The first token after `t` that ends the clause: sentence punctuation, a quoted region, the paragraph end.
    func clauseEnd(after t: Int) -> Int {
        let p = paragraphOf[t]
        var k = t + 1
        while k < tokens.count && paragraphOf[k] == p && !isTerminal(k) && !inRegion(k) { k += 1 }
        return k
    }

    /// The first token of the clause that ends before `t`.
    func clauseStart(before t: Int) -> Int {
        let p = paragraphOf[t]
        var k = t
        while k > 0 && paragraphOf[k - 1] == p && !isTerminal(k - 1) && !inRegion(k - 1) { k -= 1 }
        return k
    }

    /// The first token of the sentence around `t`, looking through quoted regions.
    func sentenceStart(before t: Int) -> Int {
        let p = paragraphOf[t]
        var k = t
        while k > 0 && paragraphOf[k - 1] == p && !(isTerminal(k - 1) && !inRegion(k - 1))
            && !startsSentenceAfterQuote(k)
        {
            k -= 1
        }
        return k
    }

    /// The token one past the end of the sentence around `t`, looking through quoted regions.
    func sentenceEnd(after t: Int) -> Int {
        let p = paragraphOf[t]
        var k = t
        while k < tokens.count && paragraphOf[k] == p {
            if isTerminal(k) && !inRegion(k) { return k + 1 }
            if k > t && startsSentenceAfterQuote(k) { return k }
            k += 1
        }
        return k
    }

    /// Whether token `k` starts a sentence because the quote just before it ends with its own sentence punctuation:
    /// `… were “far from perfect.” He cited …`, `“It is over.” On Monday, Park …`. Not when the words after the quote
    /// attribute it (`“Why?” Park asked.`, `“No.” —Ann Park`): a capitalised word other than "I" with a cue within
    /// the next few words of its clause continues the sentence, unless it is a pronoun ("He", "She").
    func startsSentenceAfterQuote(_ k: Int) -> Bool {
        let close = k - 1
        guard close > 0, k < tokens.count, regionOf[close] >= 0, !inRegion(k), isWord(k), isCapitalized(k),
            regions[Int(regionOf[close])].close == close, isTerminal(close - 1), paragraphOf[k] == paragraphOf[close]
        else { return false }
        if roles[k].contains(.pronoun) { return stemHash(k) != Self.iHash }
        var c = k
        while c < tokens.count && c < k + 8 && paragraphOf[c] == paragraphOf[k] && !inRegion(c) && !isTerminal(c) {
            if isCue(c) { return false }
            c += 1
        }
        if !isPeriod(close - 1) {
            // "“Why now?” Beck questioned.", "“No!” Ann Park yelled at them.": a name and a verb outside the cue
            // lexicon that end the clause attribute a question or exclamation.
            var v = k
            while v < tokens.count && v < k + 4 && isNameWord(v) { v += 1 }
            if v > k && v < tokens.count && paragraphOf[v] == paragraphOf[k] && isWord(v) && !isCapitalized(v)
                && isUnlistedSpeechVerb(v, inverted: false) && endsAttribution(v + 1, end: clauseEnd(after: v))
            {
                return false
            }
        }
        return true
    }

    static let iHash = QuoteLexicon.hash("i")

    // MARK: - Cues and mentions

    func isCue(_ t: Int, beliefs: Bool = false) -> Bool {
        guard roles[t].contains(.cue), !inRegion(t), beliefs || !roles[t].contains(.beliefCue) else { return false }
        if roles[t].contains(.according) { return t + 1 < tokens.count && stemHash(t + 1) == Self.toHash }
        // "the United States", "Ohio Reports": a capitalised cue word after a capitalised word is part of a name.
        if isCapitalized(t) && t > 0 && isWord(t - 1) && isCapitalized(t - 1) && paragraphOf[t - 1] == paragraphOf[t] {
            return false
        }
        return true
    }

    static let toHash = QuoteLexicon.hash("to")
    static let ofHash = QuoteLexicon.hash("of")
    static let ordinalHashes: Set<UInt64> = Set(["first", "second", "third"].map(QuoteLexicon.hash))
    static let outHash = QuoteLexicon.hash("out")
    static let phrasalCues: Set<UInt64> = Set(["points", "pointed", "point", "pointing"].map(QuoteLexicon.hash))
    static let honorifics: Set<UInt64> = Set(
        ["mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr"].map(QuoteLexicon.hash))
    static let reportersHashes: Set<UInt64> = Set(
        [
            "reporters", "journalists", "me", "us", "him", "her", "them", "lawmakers", "supporters", "listeners",
            "viewers", "voters", "students", "audience", "crowd",
        ].map(QuoteLexicon.hash))

    /// The cue's tokens: "said", "told reporters", "according to".
    func cueRange(_ c: Int) -> Range<Int> {
        if roles[c].contains(.according) { return c ..< c + 2 }
        if c + 1 < tokens.count && paragraphOf[c + 1] == paragraphOf[c] && stemHash(c + 1) == Self.outHash
            && Self.phrasalCues.contains(stemHash(c))
        {
            return c ..< c + 2  // "points out", "pointed out"
        }
        if roles[c].contains(.takesObject) && c + 1 < tokens.count && paragraphOf[c + 1] == paragraphOf[c]
            && Self.reportersHashes.contains(stemHash(c + 1))
        {
            return c ..< c + 2
        }
        return c ..< c + 1
    }

    /// A speaker mention that ends right before a cue: "Haq said", "Guterres spokesperson Farhan Haq told",
    /// "Russia’s deputy U.N. ambassador said", "he said", "Farhan Haq, the spokesperson, said".
    func mentionBefore(_ cue: Int, lowerBound: Int) -> Range<Int>? {
        guard let mention = subjectBefore(cue, lowerBound: lowerBound), !isPossessive(mention.upperBound - 1) else {
            return nil
        }
        if let sender = documentSender(participle: cue, mention: mention, lowerBound: lowerBound) { return sender }
        if roles[cue].contains(.nounLike) {
            // "Trump’s early-morning tweets": the cue word is a noun unless a name or pronoun is its subject.
            let plain = mention.allSatisfy {
                isWord($0) && (isCapitalized($0) || roles[$0].contains(.pronoun)) && !isPossessive($0)
            }
            let before = mention.lowerBound - 1
            if !plain || before >= 0 && isWord(before) && !roles[before].isDisjoint(with: [.determiner, .preposition]) {
                return nil
            }
        }
        return mention
    }

    private func subjectBefore(_ cue: Int, lowerBound: Int) -> Range<Int>? {
        if let who = relativeWho(opening: cue, lowerBound: lowerBound) { return who ..< who + 1 }
        var i = cue - 1
        var skipped = 0
        // "Clinton is backing", "Yellen is widely expected": a form of "be" before a participle or stance cue.
        let progressive = roles[cue].contains(.beliefCue) || isParticiple(cue)
        while i >= lowerBound && skipped < 3 && isWord(i)
            && (roles[i].contains(.adverb) || isLyAdverb(i) || isNegatedAuxiliary(i)
                || progressive && Self.beHashes.contains(stemHash(i)))
            && !roles[i].contains(.pronoun)
        {
            i -= 1
            skipped += 1
        }
        guard i >= lowerBound, !inRegion(i) else { return nil }
        if isWord(i) && roles[i].contains(.pronoun) { return i ..< i + 1 }
        if isWord(i) && Self.quantifierSubjects.contains(stemHash(i))
            && (i == lowerBound || isPunctuation(i - 1) || Self.clauseWords.contains(stemHash(i - 1)))
        {
            // "Several said they would rather …", "Another said …": a quantifier standing for people.
            return i ..< i + 1
        }
        if isCloseBracket(i) {
            var k = i - 1
            while k > lowerBound && k > i - 8 && !isOpenBracket(k) { k -= 1 }
            guard k > lowerBound, isOpenBracket(k), let np = nounPhrase(endingAt: k - 1, lowerBound: lowerBound)
            else { return nil }
            return np.lowerBound ..< i + 1
        }
        if isWord(i) && Self.relativeHashes.contains(stemHash(i)) && i - 1 >= lowerBound && isComma(i - 1) {
            // "…, who said": the relative pronoun stands for the noun phrase before the comma.
            return i ..< i + 1
        }
        if isComma(i) {
            if let subject = subjectBeforeAdjunct(comma: i, lowerBound: lowerBound) { return subject }
            if let person = ageApposition(comma: i, lowerBound: lowerBound) { return person }
            if let relative = relativeClauseSubject(comma: i, lowerBound: lowerBound) { return relative }
            if let long = longApposition(comma: i, lowerBound: lowerBound) { return long }
            // Apposition: NAME, DESCRIPTION, cue (or DESCRIPTION, NAME, cue).
            guard let appositive = nounPhrase(endingAt: i - 1, lowerBound: lowerBound, lowercaseLimit: 6),
                appositive.lowerBound - 1 >= lowerBound, isComma(appositive.lowerBound - 1),
                let name = nounPhrase(endingAt: appositive.lowerBound - 2, lowerBound: lowerBound),
                name.contains(where: isNameWord) || appositive.contains(where: isNameWord)
            else { return nil }
            return name.lowerBound ..< i
        }
        guard let phrase = nounPhrase(endingAt: i, lowerBound: lowerBound) else { return nil }
        return postmodifiedHead(of: phrase, lowerBound: lowerBound) ?? phrase
    }

    /// "critics who say", "Ann Park, who has in the past described", "Tom Reyes, who in 2015 wrote": a relative
    /// "who" whose clause the cue is the verb of, with only auxiliaries, adverbs and a short adjunct between them.
    /// - Parameters:
    ///   - cue: The cue token.
    ///   - lowerBound: The first token the pronoun may be.
    /// - Returns: The position of "who", or `nil` when the cue is not the verb of a "who" clause.
    func relativeWho(opening cue: Int, lowerBound: Int) -> Int? {
        var k = cue - 1
        while k >= lowerBound && k >= cue - 6 && (isWord(k) || tokens[k].kind == .number) && !inRegion(k) {
            if isWho(k) {
                guard k > lowerBound, !inRegion(k - 1) else { return nil }
                // "…, who said", "Park - who said", "critics who say"; not "asked who said".
                let opens =
                    isComma(k - 1) || isDash(k - 1)
                    || isWord(k - 1) && nounPhrase(endingAt: k - 1, lowerBound: max(lowerBound, k - 8)) != nil
                return opens ? k : nil
            }
            let r = roles[k]
            let filler =
                !r.isDisjoint(with: [.adverb, .preposition, .determiner, .time]) && !r.contains(.cue)
                || tokens[k].kind == .number || isLyAdverb(k)
                || tokens[k].end - tokens[k].start <= 10 && Self.relativeFillers.contains(stemHash(k))
            guard filler else { return nil }
            k -= 1
        }
        return nil
    }

    /// Whether token `t` is the word "who" (any case), checked on its bytes without hashing: this runs for every
    /// cue's subject.
    func isWho(_ t: Int) -> Bool {
        let token = tokens[t]
        guard token.end - token.start == 3 else { return false }
        return bytes[token.start] | 0x20 == 0x77 && bytes[token.start + 1] | 0x20 == 0x68
            && bytes[token.start + 2] | 0x20 == 0x6F
    }

    /// Auxiliaries and adjunct words between "who" and its verb ("who has in the past said").
    static let relativeFillers: Set<UInt64> = Set(
        [
            "has", "have", "had", "is", "was", "are", "were", "will", "would", "did", "does", "do", "could", "can",
            "may", "might", "should", "past", "once", "previously", "repeatedly", "often", "since", "long",
        ].map(QuoteLexicon.hash))

    /// "she issued a statement saying", "Her campaign sent an email to supporters stating": a participle cue after a
    /// document that is the object of a verb reports for that verb's subject, not for the document.
    /// - Parameters:
    ///   - cue: The participle cue.
    ///   - mention: The noun phrase right before the cue.
    ///   - lowerBound: The first token the subject may be.
    /// - Returns: The verb's subject, or `nil` when the construction does not apply.
    func documentSender(participle cue: Int, mention: Range<Int>, lowerBound: Int) -> Range<Int>? {
        guard roles[cue].contains(.participle), !isComma(cue - 1) else { return nil }
        var document = mention
        if !Self.documentNouns.contains(stemHash(mention.upperBound - 1)) {
            // "an email to supporters stating": the document before a "to" phrase.
            let to = mention.lowerBound - 1
            guard to - 1 >= lowerBound, isWord(to), stemHash(to) == Self.toHash,
                Self.documentNouns.contains(stemHash(to - 1)),
                let inner = nounPhrase(endingAt: to - 1, lowerBound: lowerBound)
            else { return nil }
            document = inner
        }
        guard isWord(document.lowerBound), roles[document.lowerBound].contains(.determiner) else { return nil }
        var verb = document.lowerBound - 1
        if verb > lowerBound && isWord(verb) && stemHash(verb) == Self.outHash { verb -= 1 }  // "sent out"
        guard verb > lowerBound, isWord(verb), !isCapitalized(verb), !inRegion(verb),
            roles[verb].isDisjoint(with: [.stop, .preposition, .determiner, .cue, .pronoun, .time]),
            let subject = subjectBefore(verb, lowerBound: lowerBound), !isPossessive(subject.upperBound - 1),
            subject.upperBound == verb || subject.upperBound < verb && !isComma(subject.upperBound)
        else { return nil }
        return subject
    }

    /// Documents and messages a person sends ("a statement", "an email").
    static let documentNouns: Set<UInt64> = Set(
        [
            "statement", "email", "e-mail", "letter", "release", "memo", "note", "tweet", "message", "post", "video",
            "text", "petition", "op-ed", "fundraising",
        ].map(QuoteLexicon.hash))

    /// "Another source speaking to Fox News said", "people familiar with the talks said": the noun phrase a
    /// participle or adjective phrase modifies, not the object inside it.
    func postmodifiedHead(of phrase: Range<Int>, lowerBound: Int) -> Range<Int>? {
        let preposition = phrase.lowerBound - 1
        let modifier = preposition - 1
        guard modifier - 1 >= lowerBound, isWord(preposition), roles[preposition].contains(.preposition),
            isWord(modifier), !isCapitalized(modifier), !inRegion(modifier),
            Self.postmodifiers.contains(stemHash(modifier)) || isIngWord(modifier),
            let head = nounPhrase(endingAt: modifier - 1, lowerBound: lowerBound),
            !roles[modifier - 1].contains(.time)
        else { return nil }
        return head
    }

    /// Adjectives that modify a source with a prepositional phrase: "familiar with", "close to".
    static let postmodifiers: Set<UInt64> = Set(
        ["familiar", "close", "knowledgeable", "loyal", "allied", "aligned", "briefed", "involved", "opposed"].map(
            QuoteLexicon.hash))

    /// A lower-case word ending in "ing" ("speaking", "working").
    func isIngWord(_ t: Int) -> Bool {
        let token = tokens[t]
        guard token.kind == .word, token.end - token.start > 4 else { return false }
        return bytes[token.end - 3] == 0x69 && bytes[token.end - 2] == 0x6E && bytes[token.end - 1] == 0x67
    }

    /// "Park, during a town hall in Salem, Ore., said", "she, in an interview on Monday, said": a prepositional phrase
    /// set off by commas between the subject and the cue; the subject is the noun phrase or pronoun before it.
    /// - Parameters:
    ///   - comma: The comma right before the cue.
    ///   - lowerBound: The first token the subject may start at.
    /// - Returns: The subject, or `nil` when no such phrase stands before the comma.
    func subjectBeforeAdjunct(comma: Int, lowerBound: Int) -> Range<Int>? {
        var k = comma - 1
        while k > lowerBound && k >= comma - 16 && !isTerminal(k) && !inRegion(k) {
            if isComma(k) {
                let p = k + 1
                guard isWord(p), !isCapitalized(p), stemHash(p) != Self.ofHash,
                    roles[p].contains(.preposition) || AttributionPass.introPrepositions.contains(stemHash(p))
                else {
                    k -= 1
                    continue
                }
                let e = k - 1
                guard e >= lowerBound, isWord(e), !inRegion(e) else { return nil }
                if roles[e].contains(.pronoun) {
                    return AttributionPass.subjectPronouns.contains(stemHash(e)) ? e ..< e + 1 : nil
                }
                guard let phrase = nounPhrase(endingAt: e, lowerBound: lowerBound),
                    phrase.contains(where: isNameWord) || roles[phrase.lowerBound].contains(.determiner),
                    phrase.lowerBound == lowerBound || !isWord(phrase.lowerBound - 1) && !isComma(phrase.lowerBound - 1)
                        || roles[phrase.lowerBound - 1].contains(.that)
                else { return nil }
                return phrase
            }
            if isWord(k) && (isCue(k) || Self.beHashes.contains(stemHash(k))) { return nil }
            k -= 1
        }
        return nil
    }

    /// "Mr. Regalado, 69, said", "Cory James, 22, of Flint, Mich., said": a name followed by its age and home town
    /// set off by commas; the mention is the name.
    func ageApposition(comma: Int, lowerBound: Int) -> Range<Int>? {
        var k = comma
        var sawAge = false
        for _ in 0 ..< 4 {
            var j = k - 1
            while j > lowerBound && j > k - 7 && !isComma(j) && !inRegion(j) && !isTerminal(j) { j -= 1 }
            guard j > lowerBound, isComma(j), j + 1 < k else { return nil }
            let segment = j + 1 ..< k
            if segment.count == 1 && tokens[segment.lowerBound].kind == .number {
                guard !sawAge else { return nil }
                sawAge = true
            } else if !isHomeTown(segment) {
                return nil
            }
            k = j
            if sawAge, let name = nounPhrase(endingAt: k - 1, lowerBound: lowerBound),
                name.contains(where: isNameWord)
            {
                return name
            }
        }
        return nil
    }

    /// "of Flint", "from Ohio", "Mich.": a place after a person's name and age.
    private func isHomeTown(_ segment: Range<Int>) -> Bool {
        var t = segment.lowerBound
        if isWord(t) && Self.homePrepositions.contains(stemHash(t)) { t += 1 }
        guard t < segment.upperBound else { return false }
        return (t ..< segment.upperBound).allSatisfy { isCapitalized($0) && isWord($0) || isPunctuation($0) }
    }

    static let homePrepositions: Set<UInt64> = Set(["of", "from"].map(QuoteLexicon.hash))

    /// An "and" between two name words ("Burton and Nick").
    func isCoordination(_ k: Int, lowerBound: Int, upperBound: Int) -> Bool {
        k > lowerBound && k + 1 < upperBound && isWord(k) && stemHash(k) == Self.andHash && isNameWord(k - 1)
            && isNameWord(k + 1)
    }

    static let andHash = QuoteLexicon.hash("and")

    /// "Rep. Zoe Lofgren, who introduced a bill this month, said": the name before ", who".
    func relativeClauseSubject(comma: Int, lowerBound: Int) -> Range<Int>? {
        var k = comma - 1
        while k > lowerBound && k > comma - 30 && !inRegion(k) && !isTerminal(k) {
            if isComma(k - 1) && isWord(k) && Self.relativeHashes.contains(stemHash(k)) {
                return nounPhrase(endingAt: k - 2, lowerBound: lowerBound)
            }
            k -= 1
        }
        return nil
    }

    /// "Mike Morrell, a 30-year veteran of the CIA who retired in 2013, said": a name, then an appositive of any
    /// shape up to the comma before the cue.
    func longApposition(comma: Int, lowerBound: Int) -> Range<Int>? {
        var k = comma - 1
        while k > lowerBound && k > comma - 30 && !inRegion(k) && !isTerminal(k) {
            if isComma(k) {
                guard let name = nounPhrase(endingAt: k - 1, lowerBound: lowerBound),
                    name.contains(where: { isNameWord($0) || roles[$0].contains(.title) })
                else { return nil }
                return name.lowerBound ..< comma
            }
            k -= 1
        }
        return nil
    }

    /// Quantifiers that stand alone as the subject of a cue ("Several said", "Many agreed", "Others noted").
    static let quantifierSubjects: Set<UInt64> = Set(
        ["several", "many", "some", "others", "both", "another", "most", "few", "all", "each", "none", "half"].map(
            QuoteLexicon.hash))
    static let clauseWords: Set<UInt64> = Set(
        ["and", "but", "while", "as", "though", "although"].map(QuoteLexicon.hash))

    static let beHashes: Set<UInt64> = Set(["is", "are", "was", "were", "been", "be"].map(QuoteLexicon.hash))

    static let relativeHashes: Set<UInt64> = Set(["who", "which", "whose"].map(QuoteLexicon.hash))

    /// A noun phrase whose last token is `end`: names, titles, descriptions, ending at a determiner.
    func nounPhrase(endingAt end: Int, lowerBound: Int, lowercaseLimit: Int = 4) -> Range<Int>? {
        guard end >= lowerBound, isWord(end) || tokens[end].kind == .number, !inRegion(end) else { return nil }
        let head = roles[end]
        guard head.isDisjoint(with: [.stop, .cue, .determiner, .time, .participle]) || head.contains(.title)
        else { return nil }
        if head.contains(.pronoun) { return nil }
        var start = end
        var lowercase = isCapitalized(end) ? 0 : 1
        while start - 1 >= lowerBound {
            let k = start - 1
            guard isWord(k) || tokens[k].kind == .number, !inRegion(k) else { break }
            let r = roles[k]
            if r.contains(.determiner) && !isCapitalized(k) || r.contains(.determiner) && r.contains(.stop) {
                start = k
                // "a former official", "the two senators", "his longtime aide": determiners run together.
                while start - 1 >= lowerBound && start > end - 6 && isWord(start - 1) && !inRegion(start - 1)
                    && roles[start - 1].contains(.determiner) && !isCapitalized(start - 1)
                {
                    start -= 1
                }
                break
            }
            if isCoordination(k, lowerBound: lowerBound, upperBound: end + 1) {
                start = k  // "Burton and Nick said"
                continue
            }
            if !r.isDisjoint(with: [.stop, .cue, .pronoun, .participle]) && !r.contains(.title) { break }
            if !isCapitalized(k) {
                lowercase += 1
                if lowercase > lowercaseLimit { break }
            }
            start = k
        }
        return start ..< end + 1
    }

    /// A speaker mention right after a cue: "said Haq", "said Ambassador Dmitry Polyansky", "said he".
    func mentionAfter(_ cue: Int, upperBound: Int) -> Range<Int>? {
        var i = cueRange(cue).upperBound
        // A number may open the noun phrase before a word: "said 9/11 widow Ann Park", "said 23 Democrats".
        let numberFirst = i + 1 < upperBound && tokens[i].kind == .number && isWord(i + 1)
        guard i < upperBound, isWord(i) || numberFirst, !inRegion(i) else { return nil }
        if roles[i].contains(.pronoun) { return i ..< i + 1 }
        let start = i
        var sawHead = false
        var lowercase = 0
        while i < upperBound && i < start + 8 && (isWord(i) || tokens[i].kind == .number) && !inRegion(i) {
            let r = roles[i]
            if r.contains(.determiner) && i == start {
                i += 1
                if i + 1 < upperBound && stemHash(i) == Self.ofHash {
                    i += 1  // "one of those advisers", "one of his aides": a determiner after "of" is no stop
                    if i + 1 < upperBound && roles[i].contains(.determiner) { i += 1 }
                }
                // "said the second official": an ordinal after the determiner is part of the noun phrase.
                if i + 1 < upperBound && Self.ordinalHashes.contains(stemHash(i)) { i += 1 }
                continue
            }
            if sawHead && isCoordination(i, lowerBound: start, upperBound: upperBound) {
                i += 1  // "reply Burton and Nick"
                continue
            }
            if !r.isDisjoint(with: [.stop, .cue, .pronoun, .participle]) && !r.contains(.title) { break }
            // "said voters shouldn’t …", "said the senator can …": an auxiliary ends the mention.
            if sawHead && (r.contains(.adverb) || isNegatedAuxiliary(i)) { break }
            if r.contains(.time) && !sawHead {
                // "reads a Wednesday editorial": a time word between a determiner and its noun is a modifier.
                guard i == start + 1, roles[start].contains(.determiner), i + 1 < upperBound, isWord(i + 1),
                    roles[i + 1].isDisjoint(with: [.stop, .time, .cue, .pronoun])
                else { return nil }
                i += 1
                continue
            }
            if !isCapitalized(i) {
                lowercase += 1
                if lowercase > 3 { break }
            }
            sawHead = true
            i += 1
        }
        return sawHead ? start ..< i : nil
    }
}
