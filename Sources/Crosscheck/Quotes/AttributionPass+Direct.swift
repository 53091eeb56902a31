extension AttributionPass {
    /// A cue and speaker mention found next to a quote.
    struct Attribution {
        var cue: Range<Int>?
        var mention: Range<Int>?
        var confidence: Double
    }

    /// The direct and partial quotes: top-level regions, split quotes merged, each with its attribution.
    /// - Returns: Candidates in text order.
    func quotedCandidates() -> [Candidate] {
        var result = [Candidate]()
        var r = 0
        while r < regions.count {
            var last = r
            var inside: Attribution?
            while last + 1 < regions.count, let gap = splitAttribution(regions[last], regions[last + 1]) {
                if inside == nil { inside = gap }
                last += 1
            }
            let first = regions[r]
            let pieces = regions[r ... last].map { tokens[$0.open].start ..< tokens[$0.close].end }
            var direct = last > r || isDirectStart(first.open) && !isNounUse(first)
            var attribution: Attribution?
            if let inside {
                attribution = inside
            } else if direct {
                attribution =
                    attributionAfter(regions[last].close) ?? asSourceAttribution(open: first.open, slack: 0)
                    ?? withParticipleAttribution(open: first.open) ?? attributionBefore(first.open, window: 8)
                    ?? leadInFromPreviousParagraph(first.open) ?? leadInFromPreviousSentence(first.open)
                    ?? signatureInNextParagraph(regions[last].close)
                    ?? subjectAfterQuote(close: regions[last].close)
            } else {
                let after = attributionAfter(regions[last].close)
                if let agent = passiveLabelAgent(open: first.open, close: regions[last].close) {
                    attribution = agent
                } else if let source = asSourceAttribution(open: first.open, slack: 2) {
                    attribution = source
                } else if let after, closesItsClause(regions[last].close, after) {
                    // "… is less likely to be “overrun by donors,” Hoover said.": a partial quote at the end of the
                    // reported clause, with its speaker and cue right after it and nothing more in the clause.
                    attribution = after
                } else {
                    attribution =
                        withParticipleAttribution(open: first.open) ?? attributionBefore(first.open, window: 40)
                        ?? after
                        ?? sentenceFinalAttribution(after: regions[last].close)
                }
            }
            if direct && last == r && attribution?.cue == nil && first.open > 0
                && inParagraph(first.open - 1, of: first)
                && (isComma(first.open - 1) || isDash(first.open - 1)) && first.inner.filter(isWord).count <= 4
            {
                // "One ad, “Balanced Rebellion,” stars …", "That wording — “eligible candidates” — is …": a short
                // apposition with no cue is a name or phrase, not a quotation standing as a clause.
                direct = false
                attribution = attributionBefore(first.open, window: 40) ?? attributionAfter(first.close)
            }
            if attribution?.cue == nil
                || attribution?.cue.map({ Self.speechNouns.contains(stemHash($0.lowerBound)) }) == true,
                let possessive = possessiveNounAttribution(open: first.open),
                attribution?.cue == nil || possessive.cue == attribution?.cue && isPossessorOutsideVerb(possessive)
            {
                // "her remark that “…”", "Trump's claim that Obama “…”": the possessor of a noun of saying, when no
                // cue attributes the quote or the cue is that noun (`particularly his warning that “…”`).
                attribution = possessive
            }
            if attribution == nil && direct, let colon = colonLeadIn(open: first.open) {
                attribution = colon
            }
            if attribution == nil, let source = asSourceAfter(close: regions[last].close) {
                // "“…,” as a Homeland Security memo put it.": an "as" clause of saying after the quote.
                attribution = source
            }
            if attribution == nil, let agent = byAgentAttribution(close: regions[last].close) {
                // "“Ring of Fire” was written by Ann Park": the agent of a passive right after the quote.
                attribution = agent
            }
            if attribution == nil {
                let start = sentenceStart(before: first.open)
                if start < first.open,
                    let subject = whoClauseSubject(from: start, limit: first.open)
                        ?? lastCoordinateSubject(from: start, limit: first.open)
                        ?? clausePronounSubject(from: start, limit: first.open)
                        ?? subordinatePronounSubject(from: start, limit: first.open)
                        ?? subordinateClauseSubject(from: start, limit: first.open)
                        ?? sentenceSubject(from: start, limit: first.open, skippingImpersonal: true)
                {
                    attribution = Attribution(cue: nil, mention: subject, confidence: direct ? 0.5 : 0.4)
                } else if let subject = introductoryPhraseSubject(open: first.open, close: regions[last].close) {
                    attribution = Attribution(cue: nil, mention: subject, confidence: direct ? 0.5 : 0.4)
                }
            }
            var candidate = Candidate(
                kind: direct ? .direct : .partial, pieces: pieces, anchor: first.open,
                cue: attribution?.cue, mention: attribution?.mention,
                confidence: attribution?.confidence ?? (direct ? 0.5 : 0.3))
            if !direct && (attribution == nil || attribution?.cue == nil) {
                let words = first.inner.filter(isWord).count
                let soCalled = first.open > 0 && roles[first.open - 1].contains(.soCalled)
                candidate.confidence = soCalled ? 0.1 : words <= 4 ? 0.2 : 0.3
                if attribution != nil { candidate.confidence += 0.1 }
            }
            result.append(candidate)
            r = last + 1
        }
        return result
    }

    /// Whether an attribution found after a quote is the whole clause after it: the speaker starts right after the
    /// closing mark (and a comma or dash), and the cue ends the clause but for an adjunct (`” Hoover said.`,
    /// `,” Park added on Monday,`), or the cue comes first and its speaker ends the clause (`” said Ann Park, a …`).
    /// - Parameters:
    ///   - close: The quote's closing mark.
    ///   - attribution: The attribution after it.
    func closesItsClause(_ close: Int, _ attribution: Attribution) -> Bool {
        guard let cue = attribution.cue, let mention = attribution.mention, mention.lowerBound > close,
            isCue(cue.lowerBound), !isPeriod(close - 1)
        else { return false }
        if mention.lowerBound >= cue.upperBound {
            // Inverted: `” said Drew Heiserman, a …`, `” according to a study by …`.
            var s = close + 1
            while s < cue.lowerBound && (isComma(s) || isDash(s) || tokens[s].kind == .quote) { s += 1 }
            guard s == cue.lowerBound, mention.lowerBound == cue.upperBound, !roles[s].contains(.participle) else {
                return false
            }
            return endsAttribution(mention.upperBound, end: clauseEnd(after: close), afterVerb: false)
        }
        guard mention.upperBound <= cue.lowerBound, isWord(mention.lowerBound),
            roles[mention.lowerBound].isDisjoint(with: [.stop, .preposition])
                || roles[mention.lowerBound].contains(.pronoun)
        else { return false }
        var s = close + 1
        while s < mention.lowerBound && (isComma(s) || isDash(s) || tokens[s].kind == .quote) { s += 1 }
        guard s == mention.lowerBound else { return false }
        return endsAttribution(cue.upperBound, end: clauseEnd(after: close))
    }

    /// `has been called “strategic ambiguity” by Ann Park`, `labeled as a “witch hunt” by Democrats`: a partial quote
    /// after a naming verb in the passive, with its agent right after it; the agent is the speaker.
    /// - Parameters:
    ///   - open: The quote's opening mark.
    ///   - close: Its closing mark.
    /// - Returns: The naming verb and the agent, or `nil` when the quote is not a passive label with an agent.
    func passiveLabelAgent(open: Int, close: Int) -> Attribution? {
        var by = close + 1
        if by < tokens.count && isComma(by) { by += 1 }
        guard by + 1 < tokens.count, paragraphOf[by] == paragraphOf[close], isWord(by), !isCapitalized(by),
            stemHash(by) == Self.byHash
        else { return nil }
        var v = open - 1
        while v >= 0 && v >= open - 4 && isWord(v) && paragraphOf[v] == paragraphOf[open]
            && (roles[v].contains(.determiner) || stemHash(v) == Self.asHash)
        {
            v -= 1
        }
        guard v >= 0, isWord(v), roles[v].contains(.labelCue), !inRegion(v), v > 0, !isComma(v - 1),
            let agent = mentionAfter(by, upperBound: clauseEnd(after: by)),
            agent.contains(where: isNameWord) || roles[agent.lowerBound].contains(.determiner)
        else { return nil }
        return Attribution(cue: v ..< v + 1, mention: agent, confidence: 0.7)
    }

    /// `As Ann Park put it, “…”`, `as the columnist had written years earlier: “…”`, `in the words of a senior
    /// adviser, “…”`: a clause of "as", a speaker and a verb of saying (a cue, "put it", or a verb outside the cue
    /// lexicon) with at most an adjunct after it, or "in the words of" and a speaker, ending in a comma or colon right
    /// before the quote (or `slack` words before it: `as a diplomat put it, an “extreme makeover”`).
    /// - Parameters:
    ///   - open: The quote's opening mark.
    ///   - slack: How many words may stand between the comma and the quote.
    /// - Returns: The verb and the speaker, or `nil` when no such clause stands before the quote.
    func asSourceAttribution(open: Int, slack: Int) -> Attribution? {
        var comma = open - 1
        while comma > 0 && comma >= open - 1 - slack && isWord(comma) && !inRegion(comma)
            && roles[comma].contains(.determiner)
        {
            comma -= 1
        }
        guard comma > 2, isComma(comma) || isColon(comma), !inRegion(comma), paragraphOf[comma] == paragraphOf[open]
        else { return nil }
        let start = sentenceStart(before: comma)
        var a = comma - 1
        while a >= start && a >= comma - 16 && !inRegion(a) && !isComma(a) && !isTerminal(a) {
            guard isWord(a) else {
                a -= 1
                continue
            }
            let hash = stemHash(a)
            if hash == Self.asHash && a + 2 < comma
                && (a == start || isComma(a - 1) || isDash(a - 1) || isCue(comma - 1) || a + 3 < comma && isCue(a + 2))
            {
                // The verb: the first lower-case cue, "put", or verb outside the lexicon after the speaker.
                var v = a + 2
                while v < comma && !(isWord(v) && !isCapitalized(v) && isAsVerb(v)) { v += 1 }
                guard v < comma else { return nil }
                var e = v
                while e > a + 1 && isWord(e - 1)
                    && (Self.auxiliaries.contains(stemHash(e - 1)) || roles[e - 1].contains(.adverb))
                {
                    e -= 1
                }
                let mention = a + 1 ..< e
                guard !mention.isEmpty, mention.count <= 8, !isPossessive(e - 1),
                    isNameWord(e - 1) || !roles[e - 1].isDisjoint(with: [.title, .pronoun]),
                    mention.allSatisfy(isMentionFiller) || mention.count == 1,
                    mention.contains(where: { isNameWord($0) || !roles[$0].isDisjoint(with: [.title, .pronoun]) })
                        || roles[a + 1].contains(.determiner),
                    mention.count == 1 || !roles[a + 1].contains(.pronoun)
                else { return nil }
                if mention.count == 1 && isWord(a + 1) && roles[a + 1].contains(.pronoun)
                    && roles[a + 1].isDisjoint(with: [.male, .female, .plural]) && stemHash(a + 1) != Self.iHash
                {
                    return nil  // "as it says", "as we …" are not people
                }
                // Only an adjunct after the verb: "put it", "wrote years ago", "sang back in the 1980s".
                for t in v + 1 ..< comma {
                    if isWord(t)
                        && (isCue(t) || roles[t].contains(.that)
                            || roles[t].contains(.pronoun) && stemHash(t) != Self.itHash)
                    {
                        return nil
                    }
                }
                guard comma - v <= 8 else { return nil }
                return Attribution(cue: v ..< v + 1, mention: mention, confidence: 0.8)
            }
            if hash == Self.ofHash, a >= start + 3, stemHash(a - 1) == Self.wordsHash,
                isWord(a - 2), roles[a - 2].contains(.determiner), isWord(a - 3), stemHash(a - 3) == Self.inHash,
                let mention = mentionAfter(a, upperBound: comma), mention.upperBound == comma
            {
                return Attribution(cue: a - 1 ..< a, mention: mention, confidence: 0.8)
            }
            a -= 1
        }
        return nil
    }

    /// A verb that can close an "as" clause of saying: a cue, "put", "written" or a verb outside the cue lexicon.
    func isAsVerb(_ v: Int) -> Bool {
        isCue(v) || Self.putHashes.contains(stemHash(v)) || isUnlistedSpeechVerb(v, inverted: false)
    }

    static let putHashes: Set<UInt64> = Set(["put", "puts", "written"].map(QuoteLexicon.hash))
    static let wordsHash = QuoteLexicon.hash("words")
    static let inHash = QuoteLexicon.hash("in")

    /// `… surprises pollster Ann Park: “…”`, `More from Tom Reyes: “…”`, `to which Park interjected: “…”`, `a spokesman
    /// could only quip: “…”`: a clause ending in a colon right before a direct quote, with no cue, that ends in a name
    /// (the speaker) or in a verb outside the cue lexicon (its subject is the speaker).
    /// - Parameter open: The quote's opening mark.
    /// - Returns: The speaker (and the verb as cue), or `nil`.
    func colonLeadIn(open: Int) -> Attribution? {
        let colon = open - 1
        guard colon > 1, isColon(colon), !inRegion(colon), paragraphOf[colon] == paragraphOf[open] else { return nil }
        let start = sentenceStart(before: colon)
        let w = colon - 1
        guard w > start, isWord(w), !inRegion(w) else { return nil }
        if isNameWord(w) {
            var r = w
            while r > start
                && (isNameWord(r - 1) || isWord(r - 1) && roles[r - 1].contains(.title) && !isPossessive(r - 1))
                && !inRegion(r - 1)
            {
                r -= 1
            }
            guard w - r >= 1, !isPossessive(w) else { return nil }
            // "in the spirit of Silicon Valley:" is a place; "Frank quotes Alfred Kahn:" marks the writer who quotes.
            if r > start && isWord(r - 1) {
                let h = stemHash(r - 1)
                guard !roles[r - 1].contains(.preposition) && !Self.introPrepositions.contains(h) || h == Self.fromHash,
                    !Self.quotingVerbs.contains(h)
                else { return nil }
            }
            return Attribution(cue: nil, mention: r ..< w + 1, confidence: 0.6)
        }
        guard !isCapitalized(w) else { return nil }
        var e = w
        let modal =
            w - 1 > start && isWord(w - 1) && (Self.modals.contains(stemHash(w - 1)) || roles[w - 1].contains(.adverb))
        guard isUnlistedSpeechVerb(w, inverted: false) && !Self.beHashes.contains(stemHash(w)) || modal else {
            return nil
        }
        while e > start && isWord(e - 1)
            && (Self.modals.contains(stemHash(e - 1)) || roles[e - 1].contains(.adverb) || isLyAdverb(e - 1))
        {
            e -= 1
        }
        guard e - 1 > start, e < w || !modal,
            let mention = nounPhrase(endingAt: e - 1, lowerBound: start),
            mention.contains(where: isNameWord) || roles[mention.lowerBound].contains(.determiner),
            !isPossessive(mention.upperBound - 1),
            mention.lowerBound == start || !isWord(mention.lowerBound - 1)
                || Self.relativeHashes.contains(stemHash(mention.lowerBound - 1))
                || Self.coordinators.contains(stemHash(mention.lowerBound - 1))
        else { return nil }
        return Attribution(cue: w ..< w + 1, mention: mention, confidence: 0.6)
    }

    static let fromHash = QuoteLexicon.hash("from")
    static let quotingVerbs: Set<UInt64> = Set(
        ["quotes", "quoted", "quoting", "quote", "cites", "cited", "citing", "cite"].map(QuoteLexicon.hash))

    static let modals: Set<UInt64> = Set(
        ["could", "would", "can", "will", "did", "does", "do", "might", "may", "should", "only"].map(QuoteLexicon.hash))

    /// Whether a token lies in the same paragraph as a region's opening mark.
    func inParagraph(_ t: Int, of region: QuotedRegion) -> Bool { paragraphOf[t] == paragraphOf[region.open] }

    /// Whether a quote is a name or phrase used as a noun in the writer's sentence rather than a quotation:
    /// no punctuation before its closing mark, and the sentence goes on with a lower-case word that is not a cue
    /// or pronoun (`“Containment” has been the policy`, `“Broad City” star Ann Park`).
    func isNounUse(_ region: QuotedRegion) -> Bool {
        let next = region.close + 1
        guard region.close - 1 > region.open, !isPunctuation(region.close - 1), next < tokens.count,
            inParagraph(next, of: region), isWord(next), !isCapitalized(next), !inRegion(next)
        else { return false }
        return !isCue(next) && !roles[next].contains(.pronoun)
            && (!roles[next].contains(.adverb) || Self.auxiliaries.contains(stemHash(next)))
    }

    static let auxiliaries: Set<UInt64> = Set(
        ["has", "have", "had", "is", "was", "are", "were", "will", "would"].map(QuoteLexicon.hash))

    /// Whether a quote opening at `open` stands as a clause of its own rather than inside the writer's sentence.
    func isDirectStart(_ open: Int) -> Bool {
        guard open > 0, paragraphOf[open - 1] == paragraphOf[open] else { return true }
        let previous = open - 1
        if isTerminal(previous) || isColon(previous) || isDash(previous) || isOpenBracket(previous)
            || isComma(previous) || inRegion(previous)
        {
            return true
        }
        let region = regions[Int(regionOf[open])]
        return isCue(previous) && open + 1 < region.close && isCapitalized(open + 1)
    }

    /// The attribution between two parts of a split quote (`“…,” he said. “…”`), if the parts are one quote: the
    /// first part's attribution follows it, the second part starts a clause and has no attribution of its own.
    func splitAttribution(_ a: QuotedRegion, _ b: QuotedRegion) -> Attribution? {
        guard paragraphOf[a.close] == paragraphOf[b.open], b.open - a.close - 1 >= 1, b.open - a.close - 1 <= 60,
            isDirectStart(b.open)
        else { return nil }
        guard let attribution = attributionAfter(a.close), attribution.cue != nil,
            let mention = attribution.mention, mention.upperBound <= b.open
        else { return nil }
        // “…,” Trump said. He added, “…”: a second part with a lead-in of its own is a quote of its own.
        if let cue = attribution.cue, let own = attributionBefore(b.open, window: 8), let ownCue = own.cue,
            ownCue.lowerBound >= cue.upperBound
        {
            return nil
        }
        // “…,” Park said. “…,” she added. / “…” because …, she said.: a second part attributed after it.
        if attributionAfter(b.close)?.cue != nil || sentenceFinalAttribution(after: b.close) != nil { return nil }
        let commaInside = a.close > a.open + 1 && (isComma(a.close - 1) || isDash(a.close - 1))
        if !commaInside || b.open - a.close - 1 > 14 {
            // A longer gap: one attribution sentence, then the second part with no attribution of its own.
            guard b.open - a.close - 1 <= 60, isTerminal(b.open - 1), attributionAfter(b.close) == nil else {
                return nil
            }
            var terminals = 0
            for k in a.close + 1 ..< b.open where isTerminal(k) { terminals += 1 }
            if terminals > 1 { return nil }
        }
        return attribution
    }

    /// The attribution in the clause after a quote: `,” Haq said`, `,” said Haq`, `” —Farhan Haq`.
    func attributionAfter(_ close: Int) -> Attribution? {
        let end = clauseEnd(after: close)
        var s = close + 1
        guard s < end else { return nil }
        // “We lost.” T-shirts appeared …, “It is over.” He left: a quote that ends its sentence is attributed after
        // it only when the next words continue that sentence (“Why?” he asked. / “No.” —Ann Park).
        if startsSentenceAfterQuote(s) { return nil }
        // “We won.” then a line break: a quote that ends its sentence and its line is not attributed by the next
        // line (a text whose paragraphs are single lines, `“…”` then `Park paused, then said …`).
        if isTerminal(close - 1) && lineBreak(after: close) { return nil }
        var dashed = false
        // A stray mark between the quote and its attribution (text that writes a nested closing quote as three
        // apostrophes, two closing the quote and one left over) is skipped like the comma.
        while s < end && (isComma(s) || isDash(s) || tokens[s].kind == .quote) {
            dashed = dashed || isDash(s)
            s += 1
        }
        guard s < end else { return nil }
        var c = s
        while c < end && c < s + 25 && !isCue(c) { c += 1 }
        if c < end && c < s + 25 {
            if c == s || (c == s + 1 && roles[s].contains(.adverb)) {
                // Inverted: ",” said Haq."
                if let mention = mentionAfter(c, upperBound: end) {
                    return Attribution(cue: cueRange(c), mention: mention, confidence: 0.9)
                }
            }
            if let mention = mentionBefore(c, lowerBound: s), mention.lowerBound <= s + 1 {
                // “We won.” Park said he … : after a quote that ends with a period, a cue with reported content of
                // its own starts a new sentence; `“We won.” Park said on Tuesday.` is the quote's attribution.
                var after = cueRange(c).upperBound
                while after < end && isWord(after) && roles[after].contains(.time) { after += 1 }
                if isPeriod(close - 1) && !endsAttribution(after, end: end, afterVerb: false) { return nil }
                return Attribution(cue: cueRange(c), mention: mention, confidence: 0.9)
            }
            if c > s && isComma(c - 1), let mention = mentionAfter(c, upperBound: end) {
                // “…” for the EU, said Geert Wilders.
                return Attribution(cue: cueRange(c), mention: mention, confidence: 0.8)
            }
            // Whatever stands between the quote and its cue: "Senate Majority Leader Mitch McConnell, R-Ky., said".
            var e = c
            while e > s && (isComma(e - 1) || isWord(e - 1) && roles[e - 1].contains(.adverb)) { e -= 1 }
            if e > s && e - s <= 10 && (s ..< e).allSatisfy(isMentionFiller)
                && ((s ..< e).contains(where: isNameWord) || isWord(s) && roles[s].contains(.determiner))
            {
                return Attribution(cue: cueRange(c), mention: s ..< e, confidence: 0.75)
            }
        }
        if let appositive = appositiveNameAttribution(close: close, start: s) { return appositive }
        if let unlisted = unlistedVerbAttribution(close: close, start: s, end: end) { return unlisted }
        if dashed, isNameWord(s) || tokens[s].kind == .symbol {
            var e = s + 1
            while e < end && (isNameWord(e) || tokens[e].kind == .word && e == s + 1) { e += 1 }
            return Attribution(cue: nil, mention: s ..< e, confidence: 0.7)
        }
        return nil
    }

    /// Whether a line break stands between token `t` and the token after it.
    func lineBreak(after t: Int) -> Bool {
        guard t + 1 < tokens.count else { return false }
        for i in tokens[t].end ..< tokens[t + 1].start where bytes[i] == 0x0A { return true }
        return false
    }

    /// `“…,” Park fumed.`, `“…!” beamed Tom Reyes.`, `“…,” the judge shot back.`: a quote whose own punctuation
    /// says its sentence goes on (a comma, dash, "?" or "!" before the closing mark), then a speaker and a verb the
    /// cue lexicon does not list, in either order, and nothing else in the clause but an adjunct. The verb is the
    /// cue.
    /// - Parameters:
    ///   - close: The quote's closing mark.
    ///   - start: The first token after the mark and any comma or dash.
    ///   - end: The end of the clause after the quote.
    /// - Returns: The attribution, or `nil` when the clause is not a speaker and a verb.
    func unlistedVerbAttribution(close: Int, start s: Int, end: Int) -> Attribution? {
        guard close - 1 > 0, regionOf[close] >= 0, regions[Int(regionOf[close])].open < close - 1,
            isComma(close - 1) || isDash(close - 1) || isTerminal(close - 1) && !isPeriod(close - 1), s < end,
            isWord(s)
        else { return nil }
        if !isCapitalized(s) && roles[s].isDisjoint(with: [.pronoun, .determiner]) {
            // Inverted: “…!” beamed Tom Reyes. / “…,” tweeted another.
            guard isUnlistedSpeechVerb(s, inverted: true), s + 1 < end, isWord(s + 1) else { return nil }
            if Self.quantifierSubjects.contains(stemHash(s + 1)), endsAttribution(s + 2, end: end, afterVerb: false) {
                return Attribution(cue: s ..< s + 1, mention: s + 1 ..< s + 2, confidence: 0.7)
            }
            guard let mention = mentionAfter(s, upperBound: end),
                endsAttribution(mention.upperBound, end: end, afterVerb: false),
                mention.contains(where: isNameWord) || roles[mention.lowerBound].contains(.determiner)
            else { return nil }
            return Attribution(cue: s ..< s + 1, mention: mention, confidence: 0.7)
        }
        var v = s + 1
        while v < end && v < s + 12 {
            if isWord(v) && !isCapitalized(v) && isUnlistedSpeechVerb(v, inverted: false) {
                guard endsAttribution(v + 1, end: end), let mention = mentionBefore(v, lowerBound: s),
                    mention.lowerBound == s,
                    mention.contains(where: isNameWord) || !roles[s].isDisjoint(with: [.pronoun, .determiner])
                else { return nil }
                return Attribution(cue: v ..< v + 1, mention: mention, confidence: 0.7)
            }
            v += 1
        }
        return nil
    }

    /// `,” Nate Silver, the pollster who founded the site, tweeted`, `,” delegate Tom Reyes, wearing “Vote Park” pins,
    /// said`, `,” Howard Dean, the former governor, proclaimed`: a name right after a quote that says its sentence goes
    /// on, then an apposition of any shape (a quote of its own included) up to the cue, which ends the sentence but
    /// for an adjunct. A verb outside the cue lexicon counts right after the apposition's closing comma.
    /// - Parameters:
    ///   - close: The quote's closing mark.
    ///   - start: The first token after the mark and any comma or dash.
    /// - Returns: The attribution, or `nil` when no name and apposition stand between the quote and a cue.
    func appositiveNameAttribution(close: Int, start s: Int) -> Attribution? {
        guard close - 1 > 0, isComma(close - 1) || isDash(close - 1) || isTerminal(close - 1) && !isPeriod(close - 1),
            s < tokens.count, paragraphOf[s] == paragraphOf[close], isWord(s), isCapitalized(s)
        else { return nil }
        var k = s
        while k < tokens.count && k < s + 8 && isWord(k) && !inRegion(k) && roles[k].isDisjoint(with: [.stop, .cue]) {
            k += 1
        }
        guard k > s, k < tokens.count, isComma(k), !inRegion(k), let name = nounPhrase(endingAt: k - 1, lowerBound: s),
            name.lowerBound == s, name.contains(where: isNameWord)
        else { return nil }
        let end = sentenceEnd(after: close)
        var c = k + 1
        while c < end && c < k + 30 {
            if !inRegion(c) && isWord(c) && !isCapitalized(c) {
                let listed = isCue(c) && !roles[c].contains(.participle) && !roles[c].contains(.according)
                let unlisted = isComma(c - 1) && !inRegion(c - 1) && isUnlistedSpeechVerb(c, inverted: false)
                if listed || unlisted {
                    let cue = cueRange(c)
                    var after = cue.upperBound
                    while after < end && isWord(after) && roles[after].contains(.time) { after += 1 }
                    guard endsAttribution(after, end: end, afterVerb: false) else { return nil }
                    return Attribution(cue: cue, mention: name, confidence: 0.75)
                }
            }
            c += 1
        }
        return nil
    }

    /// `her remark that “…”`, `Trump's controversial pledge to be “neutral”`, `his call for “…”`: a noun of saying
    /// with a possessive before it (and up to two adjectives between) and its complement after it ("that", "of",
    /// "for", "to", "on", "about", "during", ":"), at most 15 tokens before the quote in its sentence with no cue
    /// between; not the subject of a verb (`Trump's comments were “…”`, `called his remarks “…”`: no form of "be" or
    /// "as" between), nor inside the content of a cue earlier in the sentence (`Politifact ruled that Trump's
    /// statement about “…”`). The possessor is the speaker and the noun the cue.
    /// - Parameter open: The quote's opening mark.
    /// - Returns: The attribution, or `nil` when no such noun stands before the quote.
    func possessiveNounAttribution(open: Int) -> Attribution? {
        var n = open - 1
        while n > 0 && n >= open - 15 && paragraphOf[n] == paragraphOf[open] && !isTerminal(n) {
            if inRegion(n) {
                // `his comments on … “rapists” and “criminals”`: an earlier quote of the same complement.
                n = regions[Int(regionOf[n])].open - 1
                continue
            }
            if isWord(n) && isCue(n) && !Self.speechNouns.contains(stemHash(n)) { return nil }
            if isWord(n) && (Self.beHashes.contains(stemHash(n)) || stemHash(n) == Self.asHash)
                && !(n > 0 && isWord(n - 1) && stemHash(n - 1) == Self.toHash)
            {
                return nil  // "Trump's comments were “…”", but "his pledge to be “neutral”"
            }
            if isWord(n) && !isCapitalized(n) && Self.speechNouns.contains(stemHash(n)) {
                guard n + 1 < open, isColon(n + 1) || isWord(n + 1) && Self.nounComplements.contains(stemHash(n + 1))
                else { return nil }
                var p = n - 1
                while p > n - 3 && p > 0 && isWord(p) && !isCapitalized(p) && !isPossessive(p)
                    && roles[p].isDisjoint(with: [.stop, .determiner, .pronoun, .cue])
                {
                    p -= 1
                }
                guard p >= 0, isWord(p), !inRegion(p) else { return nil }
                // "Politifact ruled that Trump's statement about “…”": a noun inside reported content is not the
                // quote's attribution.
                let start = sentenceStart(before: p)
                for k in start ..< p where isWord(k) && (isCue(k, beliefs: true) || roles[k].contains(.that)) {
                    return nil
                }
                if Self.possessivePronouns.contains(stemHash(p)) {
                    return Attribution(cue: n ..< n + 1, mention: p ..< p + 1, confidence: 0.6)
                }
                if let possessor = possessorMention(before: p + 1, lowerBound: max(0, p - 6)) {
                    return Attribution(cue: n ..< n + 1, mention: possessor, confidence: 0.6)
                }
                return nil
            }
            n -= 1
        }
        return nil
    }

    /// Whether the possessor of a noun of saying is not the object of a verb (`Park repeated her claim that …`, where
    /// annotators mark the verb's subject): a comma, a preposition or an adverb stands before it (`with his calls to
    /// …`, `particularly his warning that …`, `Contrary to his claim that …`).
    func isPossessorOutsideVerb(_ attribution: Attribution) -> Bool {
        guard let mention = attribution.mention else { return false }
        let b = mention.lowerBound - 1
        guard b >= 0, paragraphOf[b] == paragraphOf[mention.lowerBound] else { return true }
        if isComma(b) || isColon(b) || isDash(b) { return true }
        guard isWord(b) else { return false }
        return !roles[b].isDisjoint(with: [.preposition, .adverb]) || isLyAdverb(b) || isIngWord(b)
            || Self.introPrepositions.contains(stemHash(b))
    }

    static let nounComplements: Set<UInt64> = Set(
        ["that", "of", "for", "to", "on", "about", "during"].map(QuoteLexicon.hash))
    static let possessivePronouns: Set<UInt64> = Set(
        ["his", "her", "their", "its", "my", "our"].map(QuoteLexicon.hash))

    /// Nouns of saying whose possessor is the speaker of a quote after them.
    static let speechNouns: Set<UInt64> = Set(
        [
            "remark", "remarks", "comment", "comments", "statement", "statements", "call", "calls", "words",
            "message", "tweet", "tweets", "post", "chant", "chants", "slogan", "description", "claim", "claims",
            "assertion", "suggestion", "conclusion", "contention", "warning", "pledge", "promise", "promises",
            "admission", "assumption", "dictum", "rejection", "vow", "threat", "criticism", "insistence",
            "prediction", "response", "reply", "answer", "speech", "testimony", "letter", "memo", "email", "argument",
            "accusation", "allegation", "assurance", "announcement", "declaration", "mispronunciations", "mangling",
        ].map(QuoteLexicon.hash))

    /// A lower-case verb that may report a quote without being a cue: a past tense in "-ed" ("fumed", "beamed",
    /// "exclaimed"), a present tense in "-s" ("mocks"; not inverted, where it would be a plural noun), or one of a
    /// few irregular verbs ("shot back", "went on", "wrote").
    func isUnlistedSpeechVerb(_ t: Int, inverted: Bool) -> Bool {
        let token = tokens[t]
        guard token.kind == .word, !isCapitalized(t), token.end - token.start >= 4,
            roles[t].isDisjoint(with: [.stop, .determiner, .pronoun, .preposition, .time, .title, .that])
        else { return false }
        if Self.irregularSpeechVerbs.contains(stemHash(t)) { return true }
        let last = bytes[token.end - 1]
        if last == 0x64 && bytes[token.end - 2] == 0x65 { return true }
        return !inverted && last == 0x73 && bytes[token.end - 2] != 0x73 && bytes[token.end - 2] != 0x75
    }

    static let irregularSpeechVerbs: Set<UInt64> = Set(
        ["shot", "went", "read", "reads", "wrote", "began", "begins", "spoke", "sang", "swore", "cried"].map(
            QuoteLexicon.hash))

    /// Whether the clause after a verb and its speaker holds at most an adjunct: the clause end, a comma, a
    /// preposition, a time word, an adverb or a particle ("back", "on", "out"). Right after a verb (`afterVerb`),
    /// "to", "by", "as", "of", "for" and "with" say the verb is a participle modifying a noun ("the number needed
    /// to win") and do not end it.
    func endsAttribution(_ t: Int, end: Int, afterVerb: Bool = true) -> Bool {
        if t >= end || isComma(t) || isTerminal(t) { return true }
        // "the number needed to …", "a group backed by …": a participle modifying a noun, not a verb of saying.
        guard isWord(t), !afterVerb || !Self.participleObjects.contains(stemHash(t)) else { return false }
        if afterVerb {
            // "Park assured the crowd.", "Reyes warned reporters on Tuesday": an audience as the verb's object.
            var o = t
            if roles[o].contains(.determiner) { o += 1 }
            while o < end && o < t + 4 && isWord(o) && !isCapitalized(o) && !Self.reportersHashes.contains(stemHash(o))
                && roles[o].isDisjoint(with: [.stop, .cue, .pronoun]) && o > t
            {
                o += 1
            }
            if o < end && isWord(o) && Self.reportersHashes.contains(stemHash(o))
                && (o == t || roles[t].contains(.determiner))
            {
                return endsAttribution(o + 1, end: end, afterVerb: false)
            }
        }
        return !roles[t].isDisjoint(with: [.preposition, .time, .adverb]) || isLyAdverb(t)
            || Self.particles.contains(stemHash(t))
            || Self.uponHashes.contains(stemHash(t))
    }

    static let uponHashes: Set<UInt64> = Set(["upon", "after", "before", "while", "as", "when"].map(QuoteLexicon.hash))

    static let participleObjects: Set<UInt64> = Set(["to", "by", "as", "of", "for", "with"].map(QuoteLexicon.hash))

    static let particles: Set<UInt64> = Set(["back", "on", "out", "up", "in"].map(QuoteLexicon.hash))

    /// `“…,” as a Homeland Security memo put it.`, `… a “regional” candidate, as her campaign manager suggested`, `“…”
    /// – as described by the FBI director –`: an "as" clause of saying after a quote with no other attribution, in
    /// its clause (within eight tokens, after the quote, a comma or a dash): its speaker and verb ("put", a cue, a
    /// verb outside the lexicon; the speaker ends in a name, title or personal pronoun, or is a description of two
    /// words or more), or the agent of a passive verb ("as described by …").
    /// - Parameter close: The quote's (last) closing mark.
    /// - Returns: The attribution (the verb is its cue only when the lexicon lists it), or `nil`.
    func asSourceAfter(close: Int) -> Attribution? {
        let end = clauseEnd(after: close)
        var a = close + 1
        while a < end && a <= close + 8 {
            guard !inRegion(a) else { return nil }
            if isWord(a) && stemHash(a) == Self.asHash && (a == close + 1 || isComma(a - 1) || isDash(a - 1)) {
                if a + 3 < end, isWord(a + 1), !isCapitalized(a + 1), Self.verbLike(self, a + 1), isWord(a + 2),
                    stemHash(a + 2) == Self.byHash, let agent = mentionAfter(a + 2, upperBound: end),
                    agent.lowerBound == a + 3,
                    agent.contains(where: isNameWord) || roles[agent.lowerBound].contains(.determiner)
                {
                    let cue = isCue(a + 1) ? cueRange(a + 1) : nil
                    return Attribution(cue: cue, mention: agent, confidence: 0.7)  // "as described by"
                }
                var v = a + 2
                while v < end && v < a + 10 && !(isWord(v) && !isCapitalized(v) && isAsVerb(v)) { v += 1 }
                guard v < end, v < a + 10 else { return nil }
                var e = v
                while e > a + 1 && isWord(e - 1)
                    && (Self.auxiliaries.contains(stemHash(e - 1)) || roles[e - 1].contains(.adverb))
                {
                    e -= 1
                }
                let mention = a + 1 ..< e
                guard !mention.isEmpty, mention.count <= 8, !isPossessive(e - 1), isWord(a + 1),
                    mention.allSatisfy(isMentionFiller) || mention.count == 1,
                    isNameWord(e - 1) || !roles[e - 1].isDisjoint(with: [.title])
                        || mention.count == 1 && !roles[a + 1].isDisjoint(with: [.male, .female, .plural])
                        || roles[a + 1].contains(.determiner) && mention.count >= 2
                else { return nil }
                return Attribution(cue: isCue(v) ? cueRange(v) : nil, mention: mention, confidence: 0.7)
            }
            if isTerminal(a) { return nil }
            a += 1
        }
        return nil
    }

    /// `“Ring of Fire” was written by Ann Park`, `“tax reform” was uttered once, by Tom Reyes`, `“All Right Now,” by
    /// the band Free, blared …`: the agent after "by" in the clause right after a quote with no other attribution.
    /// "By" follows the quote (or its comma or dash), or a passive ("was written", "is called") with adverbs and
    /// commas, in at most six tokens; a participle without "be" (`systems used by`) modifies another noun and stops
    /// the search. The agent is a name or a description, not an "-ing" clause or "the margin", "email" and the like.
    /// - Parameter close: The quote's (last) closing mark.
    /// - Returns: The agent as the speaker, with no cue, or `nil`.
    func byAgentAttribution(close: Int) -> Attribution? {
        let end = clauseEnd(after: close)
        var sawBe = false
        var k = close + 1
        while k < end && k <= close + 6 {
            if isWord(k) && stemHash(k) == Self.byHash {
                guard k + 1 < end, isWord(k + 1), !roles[k + 1].contains(.time), !isIngWord(k + 1),
                    let agent = mentionAfter(k, upperBound: end), agent.lowerBound == k + 1,
                    agent.contains(where: isNameWord)
                        || roles[agent.lowerBound].contains(.determiner) && agent.count >= 2
                            && !Self.byNonAgents.contains(stemHash(agent.upperBound - 1))
                else { return nil }
                return Attribution(cue: nil, mention: agent, confidence: 0.5)
            }
            if isComma(k) || isDash(k) {
                k += 1
                continue
            }
            guard isWord(k), !isCapitalized(k), !inRegion(k) else { return nil }
            if Self.beHashes.contains(stemHash(k)) {
                sawBe = true
            } else if Self.verbLike(self, k) || Self.irregularParticiples.contains(stemHash(k)) {
                // "was written by", "was uttered once, by"; not "systems used by", "one developed by".
                guard sawBe else { return nil }
            } else if !(isLyAdverb(k) || roles[k].contains(.adverb) || Self.onceHash == stemHash(k)) {
                return nil
            }
            k += 1
        }
        return nil
    }

    static let onceHash = QuoteLexicon.hash("once")

    /// Whether token `t` is "it" followed by a lower-case verb that is not a form of "be" or a modal ("it attacked",
    /// "it published", "it says"): a newspaper, company or group as the subject of a clause, which annotators mark
    /// as a source; "it is", "it's", "it would" stay impersonal.
    /// - Parameters:
    ///   - t: A token.
    ///   - limit: The first token the verb may not be at.
    func isItBeforeVerb(_ t: Int, limit: Int) -> Bool {
        isWord(t) && stemHash(t) == Self.itHash && t + 1 < limit && isWord(t + 1) && !isCapitalized(t + 1)
            && !inRegion(t + 1) && Self.verbLike(self, t + 1) && !Self.beHashes.contains(stemHash(t + 1))
            && !Self.modals.contains(stemHash(t + 1))
    }
    static let irregularParticiples: Set<UInt64> = Set(
        ["written", "spoken", "sung", "given", "made", "shown", "taken", "coined", "drawn", "known", "put", "once"].map(
            QuoteLexicon.hash))
    static let byNonAgents: Set<UInt64> = Set(
        ["margin", "way", "time", "end", "number", "percent", "vote", "votes", "mail", "email", "phone", "far", "wide"]
            .map(QuoteLexicon.hash))

    /// The comma that ends an attribution's clause before a participle or subordinate clause (`Reyes said Tuesday[,]
    /// noting …`, `her aides said[,] because …`), at most six tokens after `start`.
    /// - Parameters:
    ///   - start: The first token after the cue and its time words.
    ///   - end: The end of the sentence.
    /// - Returns: The comma, or `nil` when none ends the clause there.
    func clauseBreak(from start: Int, end: Int) -> Int? {
        var j = start
        while j < end && j < start + 6 && !inRegion(j) {
            if isComma(j) && j + 1 < end && isWord(j + 1)
                && (isClauseParticiple(j + 1) || Self.subjectSubordinators.contains(stemHash(j + 1)))
            {
                return j
            }
            j += 1
        }
        return nil
    }

    /// `“…,” a message on the website reads`, `“…,” reads a note on the door`, `“…,” Sen. Ann Park (D-N.Y.), a
    /// member of the panel, said`: for a direct quote that no other rule attributes and whose comma or dash says its
    /// sentence goes on, the subject of the clause right after it: a noun phrase or pronoun followed by a lower-case
    /// verb (or a name followed by an apposition and a later cue), or a noun phrase after a verb that opens the
    /// clause. A quote ending in "!" or "?" is left alone: the next sentence often starts there.
    /// - Parameter close: The quote's (last) closing mark.
    /// - Returns: The attribution (the verb is its cue when the lexicon lists it), or `nil` when no subject follows.
    func subjectAfterQuote(close: Int) -> Attribution? {
        guard close > 1, isComma(close - 1) || isDash(close - 1) else { return nil }
        var s = close + 1
        while s < tokens.count && paragraphOf[s] == paragraphOf[close] && (isComma(s) || isDash(s)) { s += 1 }
        guard s < tokens.count, paragraphOf[s] == paragraphOf[close], isWord(s), !inRegion(s) else { return nil }
        let end = clauseEnd(after: close)
        guard s + 1 < end else { return nil }
        if !isCapitalized(s) && roles[s].isDisjoint(with: [.pronoun, .determiner, .stop, .preposition]) {
            // "reads a note on the door": the verb, then its subject.
            guard isUnlistedSpeechVerb(s, inverted: true) || Self.verbLike(self, s),
                let mention = mentionAfter(s, upperBound: end),
                mention.contains(where: isNameWord) || roles[mention.lowerBound].contains(.determiner)
            else { return nil }
            return Attribution(cue: isCue(s) ? cueRange(s) : nil, mention: mention, confidence: 0.6)
        }
        guard var mention = mentionAfter(s - 1, upperBound: end), mention.lowerBound == s else { return nil }
        if mention.count > 1, !isCapitalized(mention.upperBound - 1), isNameWord(mention.upperBound - 2),
            Self.verbLike(self, mention.upperBound - 1)
        {
            mention = mention.lowerBound ..< mention.upperBound - 1  // "Park sings to …": the name, not its verb.
        }
        var k = mention.upperBound
        if k < end && isOpenBracket(k) {
            // "Sen. Ann Park (D-N.Y.)": the party and state belong to the name.
            var b = k + 1
            while b < end && b < k + 8 && !isCloseBracket(b) { b += 1 }
            guard b < end, isCloseBracket(b) else { return nil }
            k = b + 1
        }
        guard k < end else { return nil }
        if isWord(k) && roles[k].contains(.preposition) && !isCue(k) {
            // "a message on the website reads": a short prepositional phrase, then a verb of saying that ends the
            // clause.
            var v = k + 1
            while v < end && v < k + 6 && isWord(v) && !(isCue(v) || isUnlistedSpeechVerb(v, inverted: false)) {
                v += 1
            }
            guard v < end, v > k + 1, isWord(v), isCue(v) || isUnlistedSpeechVerb(v, inverted: false),
                endsAttribution(cueRange(v).upperBound, end: end, afterVerb: false)
            else { return nil }
            return Attribution(cue: isCue(v) ? cueRange(v) : nil, mention: mention, confidence: 0.6)
        }
        if isComma(k) {
            // A name, an apposition, then the verb after a comma: "Ann Park, the head of the group, said".
            guard mention.contains(where: isNameWord) else { return nil }
            var c = k + 1
            while c < end && c < k + 30 {
                if isWord(c) && !isCapitalized(c) && isComma(c - 1)
                    && (isCue(c) || isUnlistedSpeechVerb(c, inverted: false))
                {
                    return Attribution(cue: isCue(c) ? cueRange(c) : nil, mention: mention, confidence: 0.6)
                }
                c += 1
            }
            return nil
        }
        guard isWord(k), !isCapitalized(k), !inRegion(k),
            isCue(k) || Self.verbLike(self, k) || isUnlistedSpeechVerb(k, inverted: false) || isLyAdverb(k)
                || roles[k].contains(.adverb)
        else { return nil }
        return Attribution(cue: isCue(k) ? cueRange(k) : nil, mention: mention, confidence: 0.6)
    }

    /// "Democrats had “put the biggest crack” in the ceiling, she said in a video message.": the attribution that
    /// ends the sentence of a partial quote, after a comma (`…, she said.`, `…, said Ann Park.`, `…, said Ann Park, a
    /// historian at the university.`), ends its clause before a participle or subordinate clause (`…, Reyes said
    /// Tuesday, noting …`, `…, her aides said, because …`), or stands between commas inside the sentence (`“…”
    /// income, he said, rather than …`).
    /// - Parameter close: The quote's closing mark.
    /// - Returns: The attribution, or `nil` when the sentence does not end with one.
    func sentenceFinalAttribution(after close: Int) -> Attribution? {
        var last = sentenceEnd(after: close)
        while last > close + 1 && isTerminal(last - 1) && !inRegion(last - 1) { last -= 1 }
        guard close + 1 < last else { return nil }
        for c in close + 1 ..< last where isCue(c) {
            let cue = cueRange(c)
            var after = cue.upperBound
            while after < last && isWord(after) && roles[after].contains(.time) { after += 1 }
            let last = clauseBreak(from: after, end: last) ?? last
            if let mention = mentionBefore(c, lowerBound: close + 1), commaBefore(mention.lowerBound),
                tail(after: after, end: last) || after < last && isComma(after),
                mention.contains(where: { isNameWord($0) || !roles[$0].isDisjoint(with: [.pronoun, .title]) })
                    || mention.count >= 2 && isWord(mention.lowerBound)
                        && roles[mention.lowerBound].contains(.determiner) && !isPossessive(mention.lowerBound)
            {
                return Attribution(cue: cue, mention: mention, confidence: 0.75)
            }
            if commaBefore(c), roles[c].isDisjoint(with: [.takesObject, .labelCue]),
                let mention = mentionAfter(c, upperBound: last),
                mention.upperBound == last
                    || appositionEnds(mention, end: last)
            {
                return Attribution(cue: cue, mention: mention, confidence: 0.75)
            }
        }
        return nil
    }

    /// Whether a name after an inverted cue is followed by its apposition up to `end` (`said Ann Park, a historian at
    /// the university`): a comma, then at most 15 tokens with no cue, quote or sentence punctuation.
    func appositionEnds(_ mention: Range<Int>, end: Int) -> Bool {
        let comma = mention.upperBound
        guard comma + 1 < end, comma + 16 >= end, isComma(comma), mention.contains(where: isNameWord) else {
            return false
        }
        for t in comma + 1 ..< end where inRegion(t) || isCue(t) || isTerminal(t) { return false }
        return true
    }

    /// The attribution in the clause before a quote: `Haq said: “…”`, `according to Haq, “…”`, `he said it was a “…”`.
    /// - Parameters:
    ///   - open: The opening mark.
    ///   - window: How many tokens may separate the cue from the quote.
    func attributionBefore(_ open: Int, window: Int) -> Attribution? {
        let start = window > 8 ? sentenceStart(before: open) : clauseStart(before: open)
        var c = open - 1
        var fallback: Attribution?
        while c >= start && c >= open - window - 1 {
            if let subject = coordinateSubject(at: c, limit: open) {
                // "Park said …, and he accused them of “…”": the quote belongs to the coordinated clause.
                guard var attribution = fallback else {
                    let verb = subject.upperBound
                    let cue = isCue(verb, beliefs: true) ? cueRange(verb) : nil
                    return Attribution(cue: cue, mention: subject, confidence: 0.6)
                }
                attribution.mention = subject
                return attribution
            }
            if isCue(c) && !(inRegion(c)) {
                let cue = cueRange(c)
                guard cue.upperBound <= open else { return nil }
                if roles[c].contains(.according) {
                    guard let mention = mentionAfter(c, upperBound: open) else { return nil }
                    return Attribution(cue: cue, mention: mention, confidence: 0.85)
                }
                let participle =
                    roles[c].contains(.participle) && c > start
                    && (isComma(c - 1) || isWord(c - 1) && Self.participleLeads.contains(stemHash(c - 1)))
                if !participle, let mention = mentionBefore(c, lowerBound: start) {
                    if let outer = reportingAttribution(around: mention, sentence: start) { return outer }
                    let near = open - cue.upperBound <= 8
                    var preferred = preferringNamedSubject(mention, sentence: start, cue: c)
                    if let main = whatClauseSubject(mention, cue: c, sentence: start) { preferred = main }
                    if let participleCue = fallback?.cue {
                        // "Park told reporters, before insisting …": the participle is the quote's cue.
                        return Attribution(cue: participleCue, mention: preferred, confidence: 0.7)
                    }
                    return Attribution(cue: cue, mention: preferred, confidence: near ? 0.85 : 0.7)
                }
                if !participle && !roles[c].contains(.takesObject) && !roles[c].contains(.labelCue),
                    let mention = mentionAfter(c, upperBound: open),
                    mention.upperBound == open && !continuesContent(open)
                        || mention.upperBound + 1 == open
                            && (isComma(mention.upperBound) || isColon(mention.upperBound))
                {
                    return Attribution(cue: cue, mention: mention, confidence: 0.85)
                }
                if !participle && fallback == nil,
                    let pronoun = coordinatedVerbPronoun(cue: c, sentence: start)
                {
                    return Attribution(cue: cue, mention: pronoun, confidence: 0.7)
                }
                // ", saying …": the speaker is the subject of an earlier cue in the sentence, else its subject.
                // "…, as Park echoed the criticism, saying …": a participle after a subordinate clause is that
                // clause's subject's.
                if fallback == nil && participle && isComma(c - 1),
                    let subject = subordinateClauseSubject(from: start, limit: c + 1)
                {
                    return Attribution(cue: cue, mention: subject, confidence: 0.6)
                }
                if fallback == nil, let subject = sentenceSubject(from: start, limit: c) {
                    fallback = Attribution(cue: cue, mention: subject, confidence: 0.6)
                }
                if !participle { return fallback }
            }
            c -= 1
        }
        return fallback
    }

    /// Whether a quote opening right after a mention goes on with that mention's clause (`said the council “condemns
    /// …”`, `and said she “steered a middle ground”`): it opens with a lower-case word, so the mention is the subject of
    /// the reported content, not a speaker after an inverted cue (`said Ann Park “We won.”`).
    /// - Parameter open: The quote's opening mark.
    /// - Returns: `true` when the quote's first word is lower case.
    func continuesContent(_ open: Int) -> Bool {
        let first = open + 1
        guard first < tokens.count, isWord(first), inRegion(first) else { return false }
        return !isCapitalized(first)
    }

    /// "When asked, he laughed and said, “…”", "Park drew cheers as she thanked them and then boomed, “…”": a cue
    /// coordinated with an earlier verb by "and" takes that verb's subject when it is a personal pronoun (the nearest
    /// one before the "and", not inside the content of a cue), as annotators mark it; a name nearer the "and" (not
    /// inside a phrase such as "the Oklahoma City bombing") keeps the sentence subject.
    /// - Parameters:
    ///   - cue: The cue.
    ///   - start: The sentence's first token.
    /// - Returns: The pronoun, or `nil` when the cue does not follow "and" or no pronoun is the nearest subject.
    func coordinatedVerbPronoun(cue: Int, sentence start: Int) -> Range<Int>? {
        var and = cue - 1
        while and > start && and >= cue - 3 && isWord(and)
            && (roles[and].contains(.adverb) || roles[and].contains(.time) || isLyAdverb(and))
        {
            and -= 1
        }
        guard and > start, isWord(and), stemHash(and) == Self.andHash, !isComma(and - 1) else { return nil }
        var t = and - 1
        while t >= start && t >= and - 20 && !inRegion(t) && !isTerminal(t) {
            if isNameWord(t) {
                var r = t
                while r > start && isNameWord(r - 1) { r -= 1 }
                if r > start && isWord(r - 1) && !roles[r - 1].isDisjoint(with: [.determiner, .preposition]) {
                    t = r - 1
                    continue
                }
                return nil
            }
            if isWord(t) && roles[t].contains(.pronoun) && !roles[t].isDisjoint(with: [.male, .female, .plural]),
                !isPossessive(t), Self.subjectPronouns.contains(stemHash(t))
            {
                guard t > start, !(isWord(t - 1) && (isCue(t - 1, beliefs: true) || roles[t - 1].contains(.that))),
                    t + 1 < and, isWord(t + 1), !isCapitalized(t + 1)
                else { return nil }
                return t ..< t + 1
            }
            t -= 1
        }
        return nil
    }

    /// Relative pronouns before the subject of a relative clause ("which he called", "whom she described").
    static let relativeObjects: Set<UInt64> = Set(["which", "whom", "who"].map(QuoteLexicon.hash))

    /// Subordinators that open a clause of the writer's (not reported content): "although", "because".
    static let clauseSubordinators: Set<UInt64> = Set(
        ["although", "though", "because", "while", "whereas", "unless", "since"].map(QuoteLexicon.hash))

    /// "In calling the plan “reckless,” Park broke with her party", "After weeks of “talks,” the board voted": a quote
    /// with no attribution inside the introductory phrase that opens its sentence (a preposition, a participle or a
    /// subordinator before a participle: no subject of its own, no comma before the quote) has the subject of the
    /// main clause after that phrase's comma as its speaker.
    /// - Parameters:
    ///   - open: The quote's opening mark.
    ///   - close: Its (last) closing mark.
    /// - Returns: The main clause's subject, or `nil` when the quote is not inside such a phrase.
    func introductoryPhraseSubject(open: Int, close: Int) -> Range<Int>? {
        let start = sentenceStart(before: open)
        var k = start
        guard k < open, isWord(k), isCapitalized(k) else { return nil }
        if Self.leadingConjunctions.contains(stemHash(k)) { k += 1 }  // "But while denouncing …", "And in explaining …"
        guard k < open, isWord(k), !isNameWord(k) || isParticiple(k), !isCue(k) else { return nil }
        let h = stemHash(k)
        let opener =
            roles[k].contains(.preposition) && !roles[k].contains(.according) || Self.introPrepositions.contains(h)
            || isParticiple(k) && isIngWord(k)
            || Self.subordinators.contains(h) && k + 1 < open && isWord(k + 1) && isIngWord(k + 1)
        guard opener else { return nil }
        guard
            !(k ..< open).contains(where: {
                isComma($0) || isTerminal($0) || isColon($0) || isSemicolon($0) || isDash($0)
            })
        else { return nil }
        // The comma that ends the phrase: inside the quote (`“talks,” the board`) or after it.
        var comma = -1
        if close > 1 && isComma(close - 1) {
            comma = close
        } else {
            var c = close + 1
            while c < tokens.count && c < close + 25 && paragraphOf[c] == paragraphOf[close] && !inRegion(c)
                && !isTerminal(c)
            {
                if isComma(c) {
                    comma = c
                    break
                }
                c += 1
            }
        }
        guard comma > 0, comma + 1 < tokens.count, paragraphOf[comma + 1] == paragraphOf[close] else { return nil }
        let end = sentenceEnd(after: comma)
        guard let subject = sentenceSubject(from: comma + 1, limit: end), subject.lowerBound == comma + 1,
            subject.upperBound < end, isWord(subject.upperBound), !isCapitalized(subject.upperBound)
        else { return nil }
        return subject
    }

    /// "The vote came when the party met to choose its “at-large” delegates", "…, when the protesters interrupted
    /// her, shouting “…”": a name or a description after a subordinator, with a lower-case verb after it, in the
    /// clause that holds a quote with no cue (no punctuation between, but for a comma before a participle), is the
    /// subject of that clause.
    /// - Parameters:
    ///   - start: The sentence's first token.
    ///   - limit: The quote's opening mark.
    /// - Returns: The subject, or `nil` when the quote is not in such a clause.
    func subordinateClauseSubject(from start: Int, limit: Int) -> Range<Int>? {
        var t = limit - 1
        var sawParticiple = false
        while t > start && t >= limit - 30 {
            if isComma(t) && !sawParticiple && t + 1 < limit && isWord(t + 1) && isIngWord(t + 1) && !inRegion(t) {
                sawParticiple = true  // ", shouting “…”": the participle's subject is the clause's.
                t -= 1
                continue
            }
            if inRegion(t) || isPunctuation(t) { return nil }
            if isWord(t) && Self.subjectSubordinators.contains(stemHash(t)) {
                let s = t + 1
                guard s + 1 < limit, isWord(s), !inRegion(s) else { return nil }
                var e = s
                if roles[s].contains(.pronoun) {
                    // "As they weigh Park's “…”": a personal pronoun and any lower-case word after it.
                    guard Self.subjectPronouns.contains(stemHash(s)), isWord(s + 1), !isCapitalized(s + 1),
                        !inRegion(s + 1)
                    else { return nil }
                    return s ..< s + 1
                }
                if isNameWord(s) || isCapitalized(s) && roles[s].contains(.title) {
                    while e < limit && e < s + 4 && (isNameWord(e) || isCapitalized(e) && roles[e].contains(.title))
                        && !isPossessive(e)
                    {
                        e += 1
                    }
                    guard e < limit, !isPossessive(e) else { return nil }
                } else if roles[s].contains(.determiner) && !isCapitalized(s) {
                    e = s + 1
                    while e < limit && e < s + 4 && isWord(e) && !isCapitalized(e)
                        && (roles[e].isEmpty || roles[e] == .title)
                        && !isLyAdverb(e) && !isIngWord(e) && !Self.verbLike(self, e)
                    {
                        e += 1
                    }
                    guard e > s + 1 else { return nil }
                } else {
                    return nil
                }
                guard e < limit, isWord(e), !isCapitalized(e), !inRegion(e),
                    Self.verbLike(self, e) || Self.auxiliaries.contains(stemHash(e)) || roles[e].contains(.adverb)
                        || isLyAdverb(e) || isNegatedAuxiliary(e)
                else { return nil }
                return s ..< e
            }
            t -= 1
        }
        return nil
    }

    /// A lower-case word that reads as a finite verb after a subject: ending in "s" or "ed" (not "ss"), or a modal.
    static func verbLike(_ pass: AttributionPass, _ t: Int) -> Bool {
        let token = pass.tokens[t]
        guard token.kind == .word, token.end - token.start >= 3 else { return false }
        if modals.contains(pass.stemHash(t)) { return true }
        let b = pass.bytes
        let last = b[token.end - 1] | 0x20
        let prev = b[token.end - 2] | 0x20
        return last == 0x73 && prev != 0x73 && prev != 0x27 || last == 0x64 && prev == 0x65
    }

    static let subjectSubordinators: Set<UInt64> = Set(
        ["when", "because", "as", "while", "although", "though", "since", "whereas", "once", "until"].map(
            QuoteLexicon.hash))

    /// "…, with one of her ads asking, “…”", "with the crowd chanting “…”", "with Park reportedly yelling: “…”": an
    /// "-ing" word right before the quote (or its comma or colon) whose subject follows "with" is that subject's.
    /// - Parameter open: The quote's opening mark.
    /// - Returns: The participle as cue and its subject, or `nil`.
    func withParticipleAttribution(open: Int) -> Attribution? {
        var v = open - 1
        if v > 0 && (isComma(v) || isColon(v)) { v -= 1 }
        guard v > 2, isWord(v), !inRegion(v), !isCapitalized(v), isIngWord(v), paragraphOf[v] == paragraphOf[open]
        else { return nil }
        let start = sentenceStart(before: v)
        var e = v
        while e - 1 > start && isWord(e - 1) && (roles[e - 1].contains(.adverb) || isLyAdverb(e - 1)) { e -= 1 }
        guard e - 1 > start, var mention = nounPhrase(endingAt: e - 1, lowerBound: start) else { return nil }
        let of = mention.lowerBound - 1
        if of - 1 > start, isWord(of), stemHash(of) == Self.ofHash, isWord(of - 1), !inRegion(of - 1),
            !roles[of - 1].isDisjoint(with: [.determiner]) || tokens[of - 1].kind == .word && !isCapitalized(of - 1)
        {
            mention = of - 1 ..< mention.upperBound  // "one of her ads", "some of the protesters"
        }
        let with = mention.lowerBound - 1
        guard with >= start, isWord(with), stemHash(with) == Self.withHash else { return nil }
        return Attribution(cue: v ..< v + 1, mention: mention, confidence: 0.7)
    }

    static let withHash = QuoteLexicon.hash("with")

    static let leadingConjunctions: Set<UInt64> = Set(["and", "but", "yet", "so"].map(QuoteLexicon.hash))

    /// "Comey decided not to indict her even though he found “evidence” …", "when she assured them they had made
    /// cracks in “…”": a personal pronoun right after a subordinator, in the clause that holds the quote (no comma
    /// between), with a lower-case verb after it, is the subject of that clause.
    /// - Parameters:
    ///   - start: The sentence's first token.
    ///   - limit: The quote's opening mark.
    /// - Returns: The pronoun, or `nil`.
    func subordinatePronounSubject(from start: Int, limit: Int) -> Range<Int>? {
        var t = limit - 1
        while t > start && t >= limit - 30 {
            if inRegion(t) || isPunctuation(t) { return nil }
            if isWord(t) && roles[t].contains(.pronoun)
                && (Self.subjectPronouns.contains(stemHash(t)) || isItBeforeVerb(t, limit: limit))
            {
                guard isWord(t - 1), Self.subordinatePronounLeads.contains(stemHash(t - 1)), t + 1 < limit,
                    isWord(t + 1), !isCapitalized(t + 1)
                else { return nil }
                return t ..< t + 1
            }
            t -= 1
        }
        return nil
    }

    /// "Park, who has styled herself as the “voice of reason,” …", "it was Reyes who pushed for a “grand bargain”": a
    /// quote with no cue inside a "who" clause (no punctuation between the pronoun and the quote, a lower-case verb
    /// after it) has the relative pronoun as its subject, as annotators mark it; `speakerName` still resolves it to
    /// the name before it. A "who" clause that ends before the quote (`Park, who is running, “is …”`) does not apply;
    /// an adjunct between commas right after "who" is looked over (`her aides, who, on a call Friday, criticized …`).
    /// - Parameters:
    ///   - start: The sentence's first token.
    ///   - limit: The quote's opening mark.
    /// - Returns: The relative pronoun, or `nil`.
    func whoClauseSubject(from start: Int, limit: Int) -> Range<Int>? {
        var t = limit - 1
        while t > start && t >= limit - 20 {
            if isComma(t) && !inRegion(t) && t + 1 < limit && isWord(t + 1) && !isCapitalized(t + 1)
                && Self.verbLike(self, t + 1)
            {
                // "Park, who, on a call Friday, criticized the “…”": an adjunct between commas after "who".
                var w = t - 1
                while w > start && w >= t - 12 && !isPunctuation(w) && !inRegion(w) { w -= 1 }
                if w - 1 > start, isComma(w), !inRegion(w), isWho(w - 1), isComma(w - 2) || isDash(w - 2) {
                    return w - 1 ..< w
                }
                return nil
            }
            if inRegion(t) || isPunctuation(t) { return nil }
            if isWho(t) {
                guard t + 1 < limit, isWord(t + 1), !isCapitalized(t + 1),
                    isComma(t - 1) || isDash(t - 1) || isWord(t - 1) && isNameWord(t - 1)
                else { return nil }
                return t ..< t + 1
            }
            t -= 1
        }
        return nil
    }

    static let subordinatePronounLeads: Set<UInt64> = Set(
        [
            "although", "though", "because", "while", "when", "whereas", "since", "after", "before", "until", "unless",
            "if",
        ]
        .map(QuoteLexicon.hash))

    static let subjectPronouns: Set<UInt64> = Set(["he", "she", "they", "we"].map(QuoteLexicon.hash))

    /// "The mayor denounced what she called a “reckless plan”": a pronoun after "what" names the words of the
    /// sentence's subject, whom the annotators mark as the source.
    /// - Parameters:
    ///   - mention: The cue's mention.
    ///   - cue: The cue, a naming verb ("calls", "described").
    ///   - start: The sentence's first token.
    /// - Returns: The sentence's subject, or `nil` when the mention is not a pronoun after "what".
    func whatClauseSubject(_ mention: Range<Int>, cue: Int, sentence start: Int) -> Range<Int>? {
        let p = mention.lowerBound
        guard mention.count == 1, Self.namingVerbs.contains(stemHash(cue)), roles[p].contains(.pronoun), p - 1 > start,
            isWord(p - 1),
            stemHash(p - 1) == Self.whatHash, let subject = sentenceSubject(from: start, limit: p - 1),
            subject.upperBound < p - 1, !roles[subject.lowerBound].contains(.pronoun) || subject.count > 1
        else { return nil }
        return subject
    }

    static let whatHash = QuoteLexicon.hash("what")
    /// Verbs that name what someone said ("what he calls …").
    static let namingVerbs: Set<UInt64> = Set(
        ["calls", "called", "call", "describes", "described", "dubs", "dubbed", "terms", "termed", "labels", "labeled"]
            .map(QuoteLexicon.hash))

    /// "Asked which county was his favourite, he demurred: “…”", "But back on home soil, she returned to her familiar
    /// lines: “…”": a personal pronoun opening the last clause before a quote with no cue, after a comma, with a
    /// lower-case verb after it, is the subject of that clause.
    /// - Parameters:
    ///   - start: The sentence's first token.
    ///   - limit: The quote's opening mark.
    /// - Returns: The pronoun, or `nil` when no clause before the quote opens with one.
    func clausePronounSubject(from start: Int, limit: Int) -> Range<Int>? {
        var k = limit - 1
        while k > start && k >= limit - 30 {
            if inRegion(k) || isTerminal(k) || isSemicolon(k) { return nil }
            if isComma(k) {
                let p = k + 1
                guard p + 1 < limit, isWord(p), roles[p].contains(.pronoun),
                    !roles[p].isDisjoint(with: [.male, .female, .plural]) || stemHash(p) == Self.iHash,
                    isWord(p + 1), !isCapitalized(p + 1), !inRegion(p + 1)
                else { return nil }
                return p ..< p + 1
            }
            k -= 1
        }
        return nil
    }

    /// Whether `mention` is the state or country of a place that ends an introductory phrase: `in Salem, New
    /// Hampshire, Trump …`, `in Ames, Iowa, on Sunday, …` (capitalised words between two commas, the word before the
    /// first comma capitalised and led by "in", "at", "near" or "from").
    func isPlaceAfterIntroduction(_ mention: Range<Int>, start: Int, limit: Int) -> Bool {
        let comma = mention.lowerBound - 1
        guard comma - 2 >= start, mention.count <= 3, isComma(comma), mention.upperBound + 1 < limit,
            isComma(mention.upperBound), mention.allSatisfy({ isWord($0) && isCapitalized($0) }),
            isWord(comma - 1), isCapitalized(comma - 1)
        else { return false }
        var p = comma - 1
        while p > start && p >= comma - 3 && isWord(p) && isCapitalized(p) { p -= 1 }
        return isWord(p) && !isCapitalized(p) && Self.placePrepositions.contains(stemHash(p))
    }

    static let placePrepositions: Set<UInt64> = Set(["in", "at", "near", "from"].map(QuoteLexicon.hash))

    /// "Park said that he told the board, “…”", "Park acknowledged that she erred when she called it “…”": a speaker
    /// inside the content of an earlier speech cue of the sentence (after its "that", or right after the cue); the
    /// quote is reported by that cue's speaker, who is the source.
    /// - Parameters:
    ///   - mention: The inner speaker mention.
    ///   - start: The sentence's first token.
    /// - Returns: The outer cue and speaker, or `nil` when the mention is not inside reported content.
    func reportingAttribution(around mention: Range<Int>, sentence start: Int) -> Attribution? {
        var lower = mention.lowerBound
        if lower > start && isWord(lower - 1) && !isCapitalized(lower - 1)
            && Self.relativeObjects.contains(stemHash(lower - 1))
            && !(lower - 2 >= start && isWord(lower - 2) && roles[lower - 2].contains(.preposition))
        {
            // "DeSantis said he backs a bill …, which he called “…”": a relative clause of the writer's ("in which
            // Adelson said:" stays inside the content).
            return nil
        }
        if mention.count == 1 && isWho(lower) && lower > start && isWord(lower - 1),
            let antecedent = nounPhrase(endingAt: lower - 1, lowerBound: start)
        {
            lower = antecedent.lowerBound  // "saying anybody who complains …": the antecedent is in the content
        }
        var k = lower - 1
        var sawThat = false
        while k >= start && k >= lower - 40 && !inRegion(k) {
            if isColon(k) || isSemicolon(k) { return nil }
            if isComma(k) && k + 1 < lower && isWord(k + 1) && Self.coordinators.contains(stemHash(k + 1)) {
                return nil  // "…, but she called it “…”": a clause of its own
            }
            if isWord(k) && roles[k].contains(.that) { sawThat = true }
            if isWord(k) && !isCapitalized(k) && Self.clauseSubordinators.contains(stemHash(k)) {
                return nil  // "Park said that, although she tweeted that …": a subordinate clause is not reported
            }
            if isCue(k) && !roles[k].contains(.labelCue) {
                let cue = cueRange(k)
                var j = cue.upperBound
                while j < lower && isWord(j) && (roles[j].contains(.time) || roles[j].contains(.that)) {
                    j += 1
                }
                guard sawThat || j == lower else { return nil }
                let participle = roles[k].contains(.participle) && k > start && isComma(k - 1)
                guard
                    let outer = participle
                        ? sentenceSubject(from: start, limit: k) : mentionBefore(k, lowerBound: start)
                else { return nil }
                return Attribution(cue: cue, mention: outer, confidence: 0.7)
            }
            k -= 1
        }
        return nil
    }

    /// The subject of a coordinated clause starting at a comma: ", and he accused", ", but Ann Park argued": a
    /// personal pronoun or a name, then a cue (with `anyVerb`, a pronoun may take any lower-case verb: ", but he
    /// gave them a compliment:").
    /// - Parameters:
    ///   - comma: The comma before the conjunction.
    ///   - limit: The quote's opening mark; the clause must start before it.
    ///   - anyVerb: Whether a pronoun subject may take a verb that is not a cue.
    /// - Returns: The subject, or `nil` when no coordinated clause with a subject starts at `comma`.
    func coordinateSubject(at comma: Int, limit: Int, anyVerb: Bool = false) -> Range<Int>? {
        guard isComma(comma), comma + 3 < limit else { return nil }
        // The comma may close a quote: "… are “non-entities,” but he gave …".
        let closes = regionOf[comma] >= 0 && regions[Int(regionOf[comma])].close == comma + 1
        guard !inRegion(comma) || closes else { return nil }
        let conjunction = closes ? comma + 2 : comma + 1
        let s = conjunction + 1
        guard s + 1 < limit, isWord(conjunction), Self.coordinators.contains(stemHash(conjunction)), isWord(s),
            !inRegion(s)
        else { return nil }
        var e = s
        if roles[s].contains(.pronoun) {
            guard !roles[s].isDisjoint(with: [.male, .female, .plural]) || stemHash(s) == Self.iHash else { return nil }
            e = s + 1
        } else {
            while e < limit && e < s + 5 && isNameWord(e) && !isPossessive(e) { e += 1 }
            guard e > s, e < limit, !isPossessive(e) else { return nil }
        }
        guard e < limit, isWord(e), !isCapitalized(e), !roles[e].contains(.stop) || roles[e].contains(.adverb) else {
            return nil
        }
        if !anyVerb || !roles[s].contains(.pronoun) {
            // A cue must follow (", and Park accused …"), else it may be a list ("Chinese, and South Korean officials").
            var v = e
            while v < limit && v < e + 3 && isWord(v) && (roles[v].contains(.adverb) || isLyAdverb(v)) { v += 1 }
            guard v < limit, isCue(v, beliefs: true) else { return nil }
        }
        return s ..< e
    }

    /// The subject of the last coordinated clause between `start` and `limit` (see
    /// ``coordinateSubject(at:limit:anyVerb:)``), for a direct quote with no cue.
    func lastCoordinateSubject(from start: Int, limit: Int) -> Range<Int>? {
        var k = limit - 2
        while k > start && k >= limit - 40 {
            if let subject = coordinateSubject(at: k, limit: limit, anyVerb: true) { return subject }
            k -= 1
        }
        return nil
    }

    /// Words that open an adverbial participle clause: "before insisting", "while denouncing", "by calling".
    static let participleLeads: Set<UInt64> = Set(
        ["before", "after", "while", "when", "by", "without", "since"].map(QuoteLexicon.hash))

    static let coordinators: Set<UInt64> = Set(["and", "but", "yet", "while", "whereas"].map(QuoteLexicon.hash))

    /// "They attacked the loophole called an “inversion”", "the campaign aired a film called “Our Families”": a
    /// naming participle right after an object noun phrase (with at most an article before the quote) says what the
    /// thing is called; it is not a clause of its own, so the sentence's subject, of any kind, is the speaker.
    /// - Parameters:
    ///   - mention: The noun phrase before the cue.
    ///   - start: The sentence's first token.
    ///   - cue: The cue token.
    /// - Returns: The sentence's subject, or `nil` when the construction does not apply.
    func namingParticipleSubject(_ mention: Range<Int>, sentence start: Int, cue: Int) -> Range<Int>? {
        guard Self.namingParticiples.contains(stemHash(cue)), mention.upperBound == cue, mention.lowerBound - 1 > start,
            isWord(mention.lowerBound - 1), !isCapitalized(mention.lowerBound),
            roles[mention.lowerBound].contains(.determiner)
        else { return nil }
        var q = cue + 1
        if q < tokens.count, isWord(q), roles[q].contains(.determiner) { q += 1 }
        guard q < tokens.count, inRegion(q), regions[Int(regionOf[q])].open == q,
            let subject = sentenceSubject(from: start, limit: mention.lowerBound),
            subject.upperBound < mention.lowerBound
        else { return nil }
        return subject
    }

    static let namingParticiples: Set<UInt64> = Set(
        ["called", "dubbed", "termed", "labeled", "labelled", "named", "titled", "entitled"].map(QuoteLexicon.hash))

    /// "Trump in his announcement speech called them “rapists”": a cue's nearest noun phrase is a description while
    /// the sentence's subject is a name; the subject is the speaker.
    func preferringNamedSubject(_ mention: Range<Int>, sentence start: Int, cue: Int) -> Range<Int> {
        // A relative pronoun ("Mike Lee, who declared …") already stands for the name before it.
        let named = mention.contains {
            isNameWord($0) || roles[$0].contains(.pronoun) || roles[$0].contains(.title)
                || Self.relativeHashes.contains(stemHash($0))
        }
        if !named, let subject = namingParticipleSubject(mention, sentence: start, cue: cue) { return subject }
        guard !named, mention.lowerBound > start, let subject = sentenceSubject(from: start, limit: mention.lowerBound),
            subject.contains(where: isNameWord)
        else { return mention }
        // "When Park spoke, a man yelled “…”": the subject of an introductory clause is not the speaker (but
        // "Park, the mayor, …" is an apposition).
        if isComma(mention.lowerBound - 1) && !inRegion(mention.lowerBound - 1)
            && !(subject.upperBound < tokens.count && isComma(subject.upperBound))
        {
            return mention
        }
        return subject
    }

    /// A signature paragraph after a quote that ends its paragraph: "“…”" then "- Sanders." or "—Farhan Haq".
    func signatureInNextParagraph(_ close: Int) -> Attribution? {
        let next = close + 1
        guard next + 1 < tokens.count, paragraphOf[next] >= 0, paragraphOf[next] != paragraphOf[close], isDash(next),
            isNameWord(next + 1)
        else { return nil }
        var e = next + 2
        while e < tokens.count && paragraphOf[e] == paragraphOf[next] && isNameWord(e) { e += 1 }
        guard e >= tokens.count || paragraphOf[e] != paragraphOf[next] || isTerminal(e) || isComma(e) else {
            return nil
        }
        return Attribution(cue: nil, mention: next + 1 ..< e, confidence: 0.7)
    }

    /// The attribution of a sentence-initial quote set up by the sentence before it in the paragraph ("Bystrom
    /// agreed. “…”", "Haq spoke to reporters. “…”"): that sentence's cue and speaker.
    func leadInFromPreviousSentence(_ open: Int) -> Attribution? {
        guard open > 0, paragraphOf[open - 1] == paragraphOf[open], isTerminal(open - 1), !inRegion(open - 1)
        else { return nil }
        let start = sentenceStart(before: open - 1)
        // `“…,” wrote Ann Park. “…”`, `“…,” he fumed. “…”`: a previous sentence that is a quote and its attribution.
        var quoteAttribution: Attribution?
        var k = open - 2
        while k >= start && !(regionOf[k] >= 0 && regions[Int(regionOf[k])].close == k) { k -= 1 }
        if k >= start, var after = attributionAfter(k), after.mention != nil {
            after.confidence = 0.7
            quoteAttribution = after
        }
        var c = open - 2
        while c >= start {
            if isCue(c) && !roles[c].contains(.participle) {
                if let mention = mentionBefore(c, lowerBound: start) {
                    return Attribution(cue: cueRange(c), mention: mention, confidence: 0.7)
                }
                if let quoteAttribution { return quoteAttribution }
                if let mention = sentenceSubject(from: start, limit: c) {
                    return Attribution(cue: cueRange(c), mention: mention, confidence: 0.7)
                }
            }
            c -= 1
        }
        return quoteAttribution
    }

    /// The attribution of a paragraph-initial quote set up by the previous paragraph ending in a colon ("She went on
    /// to say:"); without a cue, that sentence's subject ("Park issued the following statement:").
    func leadInFromPreviousParagraph(_ open: Int) -> Attribution? {
        guard open > 0, paragraphOf[open - 1] != paragraphOf[open], paragraphOf[open - 1] >= 0,
            isColon(open - 1), !inRegion(open - 1)
        else { return nil }
        if var attribution = attributionBefore(open - 1, window: 40) {
            attribution.confidence = 0.75
            return attribution
        }
        // "Park released the following statement:", "Reyes echoed:": no cue, the subject of the lead-in speaks.
        let start = sentenceStart(before: open - 1)
        guard start < open - 1, let subject = sentenceSubject(from: start, limit: open - 1) else { return nil }
        return Attribution(cue: nil, mention: subject, confidence: 0.6)
    }
}

extension AttributionPass {
    /// Quotes of one sentence with one attribution are one attribution with several parts: partial quotes with the
    /// same cue (`he called it “a” and “b”`), a direct quote continued by a partial one with its cue (`“…,” she
    /// said, and “…”`), partial quotes with no cue but the same sentence subject (`Trump called him “a” and the
    /// plan “b”`).
    func mergingSameAttribution(_ candidates: [Candidate]) -> [Candidate] {
        var result = [Candidate]()
        for candidate in candidates {
            if candidate.kind == .partial, var last = result.last,
                candidate.cue != nil && last.cue == candidate.cue
                    || candidate.cue == nil && last.cue == nil && last.kind == .partial
                        && (candidate.mention != nil && last.mention == candidate.mention
                            || coordinated(last, candidate)),
                sentenceStart(before: last.anchor) == sentenceStart(before: candidate.anchor)
            {
                last.pieces += candidate.pieces
                if last.mention == nil { last.mention = candidate.mention }
                result[result.count - 1] = last
            } else {
                result.append(candidate)
            }
        }
        return result
    }
}

extension AttributionPass {
    /// Whether a quote's only link to the quote before it is a coordinating "and" or "or" (`“take our country back”
    /// and “make America great again”`, `“Bloodline,” or “Veep”`): the two are one phrase of the sentence.
    /// - Parameters:
    ///   - previous: The quote before.
    ///   - candidate: The quote after it.
    func coordinated(_ previous: Candidate, _ candidate: Candidate) -> Bool {
        let word = candidate.anchor - 1
        guard word > 0, let end = previous.pieces.last?.upperBound, isWord(word), !isCapitalized(word),
            Self.phraseCoordinators.contains(stemHash(word))
        else { return false }
        let close = isComma(word - 1) ? word - 2 : word - 1
        return close >= 0 && tokens[close].end == end
    }

    static let phraseCoordinators: Set<UInt64> = Set(["and", "or"].map(QuoteLexicon.hash))
}

extension AttributionPass {
    /// The subject of a sentence, taken as the speaker of a quote inside it when no cue says who spoke ("Trump
    /// called her “disgusting”", "The Florida senator likes “The Walking Dead”"): the first pronoun, name or
    /// description after leading conjunctions and an introductory phrase.
    /// - Parameters:
    ///   - start: The sentence's first token.
    ///   - limit: Where to stop looking (the quote or the cue).
    /// - Returns: The subject mention, if one is found.
    func sentenceSubject(from start: Int, limit: Int, skippingImpersonal: Bool = false) -> Range<Int>? {
        if start < limit, regionOf[start] >= 0, regions[Int(regionOf[start])].open == start {
            // "“…,” said Ann Park, adding that …", "“…,” Park told reporters, before insisting …": a sentence that
            // opens with a quote has the quote's speaker as its subject.
            let close = regions[Int(regionOf[start])].close
            guard close < limit, let attribution = attributionAfter(close), attribution.cue != nil,
                let mention = attribution.mention, mention.upperBound <= limit
            else { return nil }
            return mention
        }
        var k = start
        // A dateline: "LOS ANGELES, Sept. 28 (UPI) — …", "FLINT, Mich. - …".
        var d = start
        while d < limit && d < start + 14 && !isDash(d) && !inRegion(d) { d += 1 }
        if d < limit && d < start + 14 && isDash(d) && d > start
            && (isAllUppercase(start) || isCapitalized(start) && (start + 1 ..< d).contains(where: isOpenBracket))
        {
            k = d + 1  // also "Washington (AFP) – …"
        }
        while k < limit && (isPunctuation(k) || tokens[k].kind == .quote) { k += 1 }
        k = afterTimePhrase(k, limit: limit)
        if k < limit && isWord(k) && isCapitalized(k) && isParticiple(k) {
            // "Speaking at a rally, Trump …", "Informed of the result, Early …".
            let c = phraseComma(after: k, limit: limit)
            if c < limit && isComma(c) { k = c + 1 }
        }
        if k + 1 < limit, isWord(k), isCapitalized(k), isIntroductoryOpener(k) {
            // "Shortly afterward, McCain …", "Back in 1999, Trump …", "Unless rivals quit, …": an introductory
            // adverb or subordinator that is not a name; skip to the comma that ends its phrase.
            let c = phraseComma(after: k, limit: limit)
            if c + 1 < limit && isComma(c) { k = c + 1 }
        }
        while k < limit && isWord(k) && !roles[k].contains(.pronoun) && !roles[k].contains(.determiner)
            && (roles[k].contains(.stop) || Self.introPrepositions.contains(stemHash(k)))
        {
            if roles[k].contains(.preposition) || roles[k].contains(.that) || Self.subordinators.contains(stemHash(k))
                || Self.introPrepositions.contains(stemHash(k)) || k > start && stemHash(k) == Self.whereHash
            {
                // An introductory phrase: skip to the comma that ends it.
                let c = phraseComma(after: k, limit: limit)
                guard c < limit, isComma(c) else { return nil }
                k = c + 1
            } else {
                k += 1
            }
        }
        if k < limit && k > start && isComma(k) && isWord(k - 1) && roles[k - 1].contains(.stop) {
            k += 1  // "First, Trump identified …", "Still, she …": an introductory adverb and its comma.
        }
        var t = k
        var skipped = 0
        var impersonal: Range<Int>?
        while t < limit && t < k + 12 {
            if inRegion(t) {
                // "the “Jane the Virgin” actress has …", "After the “Planet of the Apes” remark, the network …": a
                // short quoted title before any subject is looked over.
                let region = regions[Int(regionOf[t])]
                guard region.open == t, region.close + 1 < limit, region.inner.filter(isWord).count <= 8,
                    !isTerminal(region.close - 1)
                else { break }
                t = region.close + 1
                continue
            }
            let r = roles[t]
            if isWord(t) && r.contains(.pronoun) {
                if isItBeforeVerb(t, limit: limit) {
                    // "Meanwhile, it attacked Reyes, saying …": "it" with a verb of its own is a body that speaks.
                    return t ..< t + 1
                }
                if skippingImpersonal && impersonal == nil && Self.impersonalPronouns.contains(stemHash(t)) {
                    // "It's the pull of Obama's “…”", "we watch his partners call it the “…”": neither the writer's
                    // "we" nor "it" speaks; the next mention may (else the pronoun stays the subject).
                    impersonal = t ..< t + 1
                    t += 1
                    continue
                }
                return r.isDisjoint(with: [.male, .female, .plural]) && !isCapitalized(t) ? impersonal : t ..< t + 1
            }
            if isNameWord(t) || isWord(t) && (r.contains(.title) || r.contains(.determiner)) {
                // A description at the head of the sentence may run over common nouns ("The board saw …", "The
                // GOP leaders have …") up to a word that looks like a verb with an object.
                let described = t == k && r.contains(.determiner)
                var e = t + 1
                var lowercase = 0
                while e < limit && e < t + 8 && isWord(e) && !inRegion(e) {
                    let q = roles[e]
                    if !q.isDisjoint(with: [.stop, .cue, .pronoun, .participle, .adverb]) && !q.contains(.title) {
                        break
                    }
                    if !isCapitalized(e) {
                        guard q.contains(.title) || described && !startsObject(e + 1, limit: limit) else { break }
                        lowercase += 1
                        if lowercase > 3 { break }
                    }
                    e += 1
                }
                let mention = t ..< e
                if isPlaceAfterIntroduction(mention, start: start, limit: limit) {
                    // "Speaking at an event in Salem, New Hampshire, Trump …": the state of a place, not the subject.
                    skipped += 1
                    k = e + 1
                    t = k
                    continue
                }
                if mention.contains(where: { isNameWord($0) || roles[$0].contains(.title) }) { return mention }
                if described && mention.count >= 2 && e < limit && isWord(e) { return mention }
                t = e
                continue
            }
            if t == k && isWord(t) && !isCapitalized(t) && r.isEmpty && t + 1 < limit && isWord(t + 1)
                && (roles[t + 1].contains(.adverb) || Self.beHashes.contains(stemHash(t + 1)) || isCue(t + 1))
            {
                // "policymakers have been startled by …", "officials said": a bare plural subject.
                return t ..< t + 1
            }
            if isComma(t) && skipped < 3 && t + 1 < limit && t - start < 40 {
                // "Earlier in the primaries, Trump …", "At a rally in Salem, Ore., on Tuesday, Park …": an
                // introductory phrase with no subject; a relative clause after it (", where she grew up,") too.
                skipped += 1
                k = t + 1
                if isWord(k)
                    && (Self.relativeHashes.contains(stemHash(k)) || Self.subordinators.contains(stemHash(k))
                        || stemHash(k) == Self.whereHash)
                {
                    let c = phraseComma(after: k, limit: limit)
                    guard c + 1 < limit, isComma(c) else { return impersonal }
                    k = c + 1
                }
                t = k
                continue
            }
            if isComma(t) || isColon(t) { return impersonal }
            t += 1
        }
        return impersonal
    }

    /// The comma that ends an introductory phrase starting at `k` (within 25 tokens), looking over a short quoted
    /// title inside it (`With the help of “Flip the Script”, the actor …`), or the token where the search stopped.
    func phraseComma(after k: Int, limit: Int) -> Int {
        var c = k + 1
        while c < limit && c < k + 25 && !isComma(c) {
            if inRegion(c) {
                let region = regions[Int(regionOf[c])]
                guard region.open == c, region.close + 1 < limit, region.inner.filter(isWord).count <= 8,
                    !isComma(region.close - 1), !isTerminal(region.close - 1)
                else { return c }
                c = region.close + 1
                continue
            }
            c += 1
        }
        return c
    }

    /// The first token after an introductory time phrase at `k` ("Minutes later,", "Thirteen years earlier,", "In
    /// 2011", "Last week,"), or `k` when there is none.
    func afterTimePhrase(_ k: Int, limit: Int) -> Int {
        var e = k
        var timed = false
        while e < limit && e < k + 5 && (isWord(e) || tokens[e].kind == .number) && !inRegion(e) {
            if tokens[e].kind == .number || roles[e].contains(.time) || Self.agoHashes.contains(stemHash(e)) {
                timed = true
            } else if timed || !(e == k && roles[e].contains(.preposition)) && roles[e].contains(.stop) {
                break  // the first word after the time phrase, or no time phrase
            }
            e += 1
        }
        guard timed, e < limit, e > k else { return k }
        if isComma(e) { return e + 1 }
        // "In 2011 she spoke": a time phrase without a comma, then a pronoun or name.
        return isWord(e) && (roles[e].contains(.pronoun) || isNameWord(e)) && roles[k].contains(.preposition) ? e : k
    }

    static let whereHash = QuoteLexicon.hash("where")

    /// Pronouns that head a sentence without being its quote's speaker: "it" ("It's", "It's") and the writer's "we".
    static let impersonalPronouns: Set<UInt64> = Set(["it", "we"].map(QuoteLexicon.hash))

    /// Whether a capitalised sentence-initial word opens an introductory phrase rather than naming someone: a
    /// subordinator or adverb of the list ("Unless", "Back in 1999", "Ever since"), or a manner or time adverb in
    /// "-ly" ("Shortly afterward", "Immediately after", "Specifically,") followed by a comma, a preposition or a time
    /// word. Suffixes that names often end in ("-ally", "-elly", "-ully") do not count.
    func isIntroductoryOpener(_ k: Int) -> Bool {
        if Self.introOpeners.contains(stemHash(k)) { return true }
        let token = tokens[k]
        guard token.kind == .word, token.end - token.start >= 7 else { return false }
        let e = token.end
        guard bytes[e - 2] | 0x20 == 0x6C, bytes[e - 1] | 0x20 == 0x79 else { return false }
        let pair = (bytes[e - 4] | 0x20, bytes[e - 3] | 0x20)
        let suffixes: [(UInt8, UInt8)] = [
            (0x74, 0x65), (0x6E, 0x74), (0x65, 0x64), (0x75, 0x73), (0x76, 0x65), (0x72, 0x74), (0x63, 0x74),
            (0x61, 0x72),
        ]
        guard suffixes.contains(where: { $0 == pair }) else { return false }
        let next = k + 1
        guard next < tokens.count else { return false }
        return isComma(next) || isWord(next) && !roles[next].isDisjoint(with: [.preposition, .time])
            || isWord(next)
                && (Self.agoHashes.contains(stemHash(next)) || Self.introPrepositions.contains(stemHash(next))
                    || Self.subordinators.contains(stemHash(next)) || stemHash(next) == Self.afterwardHash)
    }

    static let afterwardHash = QuoteLexicon.hash("afterward")

    /// Capitalised words that open an introductory phrase at the head of a sentence.
    static let introOpeners: Set<UInt64> = Set(
        ["unless", "whenever", "between", "ever", "back", "soon", "shortly", "immediately", "until"].map(
            QuoteLexicon.hash))

    static let agoHashes: Set<UInt64> = Set(["ago", "later", "earlier", "before"].map(QuoteLexicon.hash))

    /// A token that can stand inside a long speaker mention: names, descriptions, "of"/"for"/"at"/"in", commas,
    /// brackets ("Mr. Morgan of the Sierra Club", "Mitch McConnell, R-Ky.").
    func isMentionFiller(_ t: Int) -> Bool {
        if isComma(t) || isOpenBracket(t) || isCloseBracket(t) || tokens[t].kind == .number { return true }
        guard isWord(t) else { return false }
        let r = roles[t]
        if r.contains(.stop) { return Self.mentionPrepositions.contains(stemHash(t)) || r.contains(.determiner) }
        return r.isDisjoint(with: [.cue, .participle, .adverb, .that]) && !isLyAdverb(t)
    }

    static let mentionPrepositions: Set<UInt64> = Set(
        ["of", "for", "at", "in", "the", "a", "an", "and"].map(QuoteLexicon.hash))

    /// A word ending in "ing" or "ed" (a participle opening an introductory phrase).
    func isParticiple(_ t: Int) -> Bool {
        let token = tokens[t]
        let n = token.end - token.start
        guard token.kind == .word, n > 4 else { return false }
        let e = token.end
        if bytes[e - 3] | 0x20 == 0x69 && bytes[e - 2] | 0x20 == 0x6E && bytes[e - 1] | 0x20 == 0x67 { return true }
        return bytes[e - 2] | 0x20 == 0x65 && bytes[e - 1] | 0x20 == 0x64
    }

    /// Whether a word is written in capitals only ("ANGELES", "UPI").
    func isAllUppercase(_ t: Int) -> Bool {
        guard isWord(t) else { return false }
        for i in tokens[t].bytes where bytes[i] &- 0x61 < 26 { return false }
        return true
    }

    /// Whether the words from `t` start an object or adjunct (a determiner, pronoun, name, "that", a preposition),
    /// so that the word before them is likely a verb.
    func startsObject(_ t: Int, limit: Int) -> Bool {
        guard t < limit, isWord(t) || tokens[t].kind == .number else { return true }
        let r = roles[t]
        return isNameWord(t) || !r.isDisjoint(with: [.determiner, .pronoun, .that, .preposition])
            || tokens[t].kind == .number || Self.introPrepositions.contains(stemHash(t))
    }

    static let introPrepositions: Set<UInt64> = Set(
        [
            "for", "by", "from", "without", "about", "under", "over", "across", "among", "amid", "amidst", "despite",
            "within", "throughout", "beyond", "inside", "outside", "following", "upon", "through", "toward",
            "towards", "against", "behind", "near", "in", "on", "at", "during", "with",
        ].map(QuoteLexicon.hash))

    static let subordinators: Set<UInt64> = Set(
        [
            "when", "while", "although", "though", "as", "if", "because", "after", "before", "since", "until",
            "despite", "unlike", "like", "once",
        ].map(QuoteLexicon.hash))
}

extension AttributionPass {
    /// A direct quote that continues the quote before it in the same paragraph, with no attribution of its own, is
    /// one attribution with it: `“…,” Park said. “…”` when the second part is not a split quote's (a longer
    /// attribution sentence between them: it takes its speaker from the sentence before, with the same cue), and
    /// `“…” “…”` carried over from the quote before. Its pieces join the earlier quote's `parts`.
    /// - Parameter candidates: Resolved candidates in text order (all kinds).
    /// - Returns: The candidates with continued quotes merged into the quote they continue.
    func mergingContinuedQuotes(_ candidates: [Candidate]) -> [Candidate] {
        var result = [Candidate]()
        result.reserveCapacity(candidates.count)
        var lastQuoted: Int?
        var indexInResult = [Int](repeating: -1, count: candidates.count)
        for (i, candidate) in candidates.enumerated() {
            if candidate.kind == .direct, let q = lastQuoted, let mention = candidate.mention,
                result[q].mention == mention || candidate.carried != nil,
                result[q].kind == .direct && paragraphOf[result[q].anchor] == paragraphOf[candidate.anchor]
                    && (candidate.carried.map({ indexInResult[$0] == q })
                        ?? (candidate.cue != nil && candidate.cue == result[q].cue
                            || candidate.cue == nil && follows(result[q], candidate)))
                    || candidate.carried.map({ indexInResult[$0] == q }) == true
                        && continuesInNextParagraph(result[q], candidate)
            {
                result[q].pieces += candidate.pieces
                indexInResult[i] = q
                continue
            }
            indexInResult[i] = result.count
            if candidate.kind != .indirect { lastQuoted = result.count }
            result.append(candidate)
        }
        return result
    }

    /// Whether a quote that is a whole paragraph of its own, with no attribution (its speaker carried over),
    /// continues the quote of the paragraph before: that quote's cue and speaker come after it and end its paragraph
    /// in one sentence (`“…,” Park said.` then the paragraph `“…”`; also after a partial quote: `… would be
    /// “a disaster,” Park said.`). A lead-in before the first quote (`Park said:
    /// “…”`) or more sentences after its attribution leave the next paragraph's quote a quote of its own.
    /// - Parameters:
    ///   - previous: The quote of the paragraph before.
    ///   - candidate: The quote that may continue it.
    func continuesInNextParagraph(_ previous: Candidate, _ candidate: Candidate) -> Bool {
        let p = Int(paragraphOf[candidate.anchor])
        guard p - Int(paragraphOf[previous.anchor]) == 1, candidate.pieces.count == 1,
            let cue = previous.cue, let last = previous.pieces.last, tokens[cue.lowerBound].start >= last.upperBound
        else { return false }
        let paragraph = document.paragraphs[p].tokens
        guard candidate.anchor == paragraph.lowerBound, let end = candidate.pieces.first?.upperBound,
            paragraph.upperBound - 1 >= 0, tokens[paragraph.upperBound - 1].end <= end + 1
        else { return false }
        let before = document.paragraphs[Int(paragraphOf[previous.anchor])].tokens
        return sentenceEnd(after: cue.lowerBound) >= before.upperBound
    }

    /// Whether a quote's first mark comes right after the last closing mark of an earlier quote, with nothing but
    /// space between them (`“…,” Park said on NBC’s “Meet the Press.” “…”`: the second quote's only attribution is
    /// Park as the sentence's subject, and it goes on with the first).
    /// - Parameters:
    ///   - previous: The earlier quote.
    ///   - candidate: The quote after it.
    func follows(_ previous: Candidate, _ candidate: Candidate) -> Bool {
        guard let last = previous.pieces.last, candidate.anchor > 0 else { return false }
        return tokens[candidate.anchor - 1].end == last.upperBound
    }
}
