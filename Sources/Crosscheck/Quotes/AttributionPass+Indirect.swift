extension AttributionPass {
    /// Reported speech: "Haq said he didn't want to …", "X told reporters that …", "according to X, …",
    /// "…, sources said."
    /// - Parameter usedCues: Cue tokens that already introduce a direct quote.
    /// - Returns: Candidates in text order.
    func indirectCandidates(excluding usedCues: Set<Int>) -> [Candidate] {
        var result = [Candidate]()
        for sentence in document.sentences {
            guard paragraphOf[sentence.tokens.lowerBound] >= 0 else { continue }
            let s = sentence.tokens.lowerBound
            let e = sentence.tokens.upperBound
            var contentEnd = e
            while contentEnd > s && isTerminal(contentEnd - 1) && !inRegion(contentEnd - 1) { contentEnd -= 1 }
            let first = result.count
            for c in s ..< e {
                // Cheap gates first: a cue of the lexicon, or a word the bit filter says may be one of the
                // constructions below; only then the hash-set look-ups.
                let cue = isCue(c, beliefs: true)
                // Every word of the constructions outside the lexicon is lower case (or starts the sentence) and
                // has four letters or more, but "see" ("Experts see the vote as a test"), told from its bytes.
                let extra =
                    isWord(c) && !inRegion(c) && (c == s || !isCapitalized(c))
                    && (tokens[c].end - tokens[c].start >= 4 && Self.mayBeExtraCue(stemHash(c)) || isSee(c))
                guard cue || extra, !usedCues.contains(c) else { continue }
                // "23 points", "find a way", "maintained a lead": nouns and verbs with an object that is no view.
                if followsNumeral(c) { continue }
                if Self.thatOnlyCues.contains(stemHash(c))
                    && !(c + 1 < e && isWord(c + 1) && roles[c + 1].contains(.that))
                {
                    continue
                }
                let sentence = s ..< contentEnd
                var found: Candidate?
                if extra, let candidate = prepositionalCandidate(cue: c, sentence: sentence) {
                    found = candidate
                } else if extra, let candidate = nounClauseCandidate(cue: c, sentence: sentence) {
                    found = candidate
                } else if cue || isThatCue(c) || isExtraStanceCue(c) || isAsCue(c) {
                    found = indirect(cue: c, sentence: sentence)
                } else if Self.perceptionCues.contains(stemHash(c)) {
                    found = hedgeCandidate(cue: c, sentence: sentence)
                }
                guard let candidate = found else { continue }
                // "Critics mocked Diaz’s claim that …": one content, one attribution; the cue nearest to it wins.
                if let same = result[first...].firstIndex(where: { $0.pieces == candidate.pieces }) {
                    result[same] = candidate
                } else {
                    result.append(candidate)
                }
            }
        }
        result += transcriptCandidates()
        if let headline = headlineCandidate() { result.insert(headline, at: 0) }
        return result
    }

    /// "23 points", "four percentage points", "two statements": a cue word right after a numeral is a noun.
    func followsNumeral(_ c: Int) -> Bool {
        guard c > 0, !inRegion(c - 1), roles[c].contains(.nounLike) || Self.phrasalCues.contains(stemHash(c)) else {
            return false
        }
        if tokens[c - 1].kind == .number { return true }
        guard isWord(c - 1) else { return false }
        let hash = stemHash(c - 1)
        return Self.numberWords.contains(hash)
            || hash == Self.percentageHash && c > 1
                && (tokens[c - 2].kind == .number || isWord(c - 2) && Self.numberWords.contains(stemHash(c - 2)))
    }

    /// Cue words that report a view only before "that" ("found that", "maintained that"); with an object they are
    /// plain verbs ("find a way", "maintained a lead").
    static let thatOnlyCues: Set<UInt64> = Set(["find", "maintained", "maintains", "maintain"].map(QuoteLexicon.hash))

    /// Numerals written as words, before a noun that a cue word spells ("four points", "dozens of calls").
    static let numberWords: Set<UInt64> = Set(
        [
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
            "thirty", "forty", "fifty", "dozen", "dozens", "hundreds", "thousands", "percentage",
        ].map(QuoteLexicon.hash))
    static let percentageHash = QuoteLexicon.hash("percentage")

    /// "Ann Park: The levy will pass", "Park Says Levy Will Pass", "Park slams the levy": a headline made of a label
    /// (up to four words before a colon, up to five before a verb; the first capitalised, none page furniture such
    /// as "UPDATE:" or "The Latest:"), a colon or a verb of saying or of a stance, and a claim reports the claim for
    /// the label. The claim has three words or more (two after a verb). "Poll:" and "Report:" are labels too, as
    /// the poll is the source of any other reported content.
    /// - Returns: The headline's attribution (confidence 0.5), or `nil` when the headline is not of that form.
    func headlineCandidate() -> Candidate? {
        guard let headline = document.paragraphs.first, headline.role == .headline else { return nil }
        let range = headline.tokens
        var end = range.upperBound
        while end > range.lowerBound && isPunctuation(end - 1) && tokens[end - 1].kind != .quote { end -= 1 }
        func attribution(label: Range<Int>, cue: Int, content start: Int) -> Candidate? {
            var words = 0
            for t in start ..< end where isWord(t) { words += 1 }
            guard words >= 3 || cue < start - 1 && words >= 2 else { return nil }
            return Candidate(
                kind: .indirect, pieces: [tokens[start].start ..< tokens[end - 1].end], anchor: start,
                cue: cue ..< cue + 1, mention: label, confidence: 0.5)
        }
        var k = range.lowerBound
        while k < end && k < range.lowerBound + 6 && isWord(k) {
            if k > range.lowerBound && isHeadlineCue(k) {
                // "Ann Park Says Levy Will Pass", "Park slams [the levy]".
                var start = k + 1
                if start < end && QuoteLexicon.roles(hash: stemHash(start)).contains(.that) { start += 1 }
                guard start < end, isWord(start) || tokens[start].kind == .quote || tokens[start].kind == .number
                else { return nil }
                return attribution(label: range.lowerBound ..< k, cue: k, content: start)
            }
            guard isCapitalized(k) || k > range.lowerBound, !Self.labelFurniture.contains(stemHash(k)),
                !Self.headlineFurniture.contains(stemHash(k))
            else { return nil }
            k += 1
        }
        guard k > range.lowerBound, k < range.lowerBound + 5, k + 1 < end, isColon(k) else { return nil }
        return attribution(label: range.lowerBound ..< k, cue: k, content: k + 1)
    }

    /// A verb of saying or of a stance in a headline, where every word may be capitalised ("Park Says", "Reyes
    /// Slams"); not "according".
    func isHeadlineCue(_ t: Int) -> Bool {
        let hash = stemHash(t)
        let role = QuoteLexicon.roles(hash: hash)
        if role.contains(.cue) { return !role.contains(.according) }
        return Self.extraStanceCues.contains(hash) || Self.headlineVerbs.contains(hash)
    }

    /// Verbs of headlines outside the cue lexicon: the present tense of attacks and stances ("Reyes Rips Levy").
    static let headlineVerbs: Set<UInt64> = Set(
        [
            "blast", "slam", "rip", "rips", "trashes", "knocks", "knock", "hits", "targets", "swipes", "mock", "jabs",
            "ridicules", "prefer", "prefers", "backs", "back", "ignore", "ignores", "reveals", "debunks", "attack",
            "bash", "bashes", "torches", "defend", "endorse", "endorses", "praise", "criticize", "warn", "urge",
            "demand", "deny", "vow", "pledge", "predict", "accuse", "accuses", "question", "doubt", "fear",
        ].map(QuoteLexicon.hash))

    /// Headline labels that name a kind of story, not a speaker.
    static let headlineFurniture: Set<UInt64> = Set(
        [
            "byline", "contributing", "email", "latest", "look", "revealed", "wow", "analysis", "opinion", "editorial",
            "transcript", "listen", "photo", "credit", "media", "fix", "busted", "bombshell", "leaked", "live",
            "factbox", "explainer", "timeline", "q&a", "video", "watch",
        ].map(QuoteLexicon.hash))

    /// Whether a word's hash may be one of the cue words outside the lexicon (prepositional, noun, "that"-only,
    /// "to"-only, stance and perception cues): a 4,096-bit filter, so that most words cost one bit test.
    static func mayBeExtraCue(_ hash: UInt64) -> Bool {
        extraCueFilter[Int(truncatingIfNeeded: (hash >> 6) & 63)] & (1 << (hash & 63)) != 0
    }

    static let extraCueFilter: [UInt64] = {
        var filter = [UInt64](repeating: 0, count: 64)
        let all =
            Set(prepositionalCues.keys).union(thatNouns).union(thatCues).union(toCues).union(makeHashes)
            .union(extraStanceCues).union(perceptionCues).union(asCues)
        for hash in all { filter[Int(truncatingIfNeeded: (hash >> 6) & 63)] |= 1 << (hash & 63) }
        return filter
    }()

    /// The turns of a transcript: paragraphs that open with a speaker label in capitals and a colon ("PENCE: …",
    /// "Q: …", "JAKE TAPPER: …", also after an opening quotation mark). A turn's content is the rest of its paragraph, its speaker the label. A label
    /// counts only when the article has at least two of them, so that a lone "UPDATE:" is not a speaker.
    /// - Returns: One candidate per turn, in text order.
    func transcriptCandidates() -> [Candidate] {
        var turns = [(label: Range<Int>, content: Range<Int>)]()
        for paragraph in document.paragraphs where paragraph.role == .body {
            var first = paragraph.tokens.lowerBound
            // A transcript quoted as a whole: "“PENCE: Well, …".
            if tokens[first].kind == .quote && first + 1 < paragraph.tokens.upperBound { first += 1 }
            var k = first
            while k < paragraph.tokens.upperBound && k < first + 4 && isWord(k) && isAllUppercase(k) { k += 1 }
            guard k > first, k + 1 < paragraph.tokens.upperBound, isColon(k),
                !(first ..< k).contains(where: { Self.labelFurniture.contains(stemHash($0)) })
            else { continue }
            var end = paragraph.tokens.upperBound
            while end > k + 1 && isPunctuation(end - 1) && !inRegion(end - 1) { end -= 1 }
            guard (k + 1 ..< end).filter(isWord).count >= 2 else { continue }
            turns.append((first ..< k, k + 1 ..< end))
        }
        guard turns.count >= 2 else { return [] }
        return turns.map { turn in
            Candidate(
                kind: .indirect,
                pieces: [tokens[turn.content.lowerBound].start ..< tokens[turn.content.upperBound - 1].end],
                anchor: turn.content.lowerBound, cue: turn.label.upperBound ..< turn.label.upperBound + 1,
                mention: turn.label, confidence: 0.5)
        }
    }

    /// Capitalised labels before a colon that are page furniture, not speakers.
    static let labelFurniture: Set<UInt64> = Set(
        [
            "update", "updated", "note", "editor's", "correction", "related", "read", "watch", "video", "photos",
            "more", "click", "abstract", "text", "breaking", "source", "sources", "via", "advertisement", "see",
            "also", "tags", "share", "ap", "cnn",
        ].map(QuoteLexicon.hash))

    private func indirect(cue c: Int, sentence: Range<Int>) -> Candidate? {
        let s = sentence.lowerBound
        let end = sentence.upperBound
        let cue = cueRange(c)
        var content: Range<Int>?
        var mention: Range<Int>?
        var trailing = false
        if let hedge = hedgeCandidate(cue: c, sentence: sentence) { return hedge }
        if isStanceNoun(c) { return nil }
        if roles[c].contains(.according) {
            // "according to X": X runs to the next comma ("according to early results of exit polls, …").
            var k = cue.upperBound
            while k < end && k < cue.upperBound + 20 && !isComma(k) && !inRegion(k) { k += 1 }
            guard k > cue.upperBound else { return nil }
            mention = cue.upperBound ..< k
            let before = c > s && isComma(c - 1) ? clauseStart(of: s ..< c - 1, trailing: true) : nil
            if let before, trimmed(before).filter(isWord).count >= 3 || !(k < end && isComma(k)) {
                content = before
                trailing = true
            } else if k < end && isComma(k) {
                // "According to the poll, …" and "But, according to the poll, …": the content follows.
                content = k + 1 ..< end
            }
        } else if c > s && commaBefore(c), roles[c].isDisjoint(with: [.takesObject, .beliefCue, .labelCue]),
            let m = mentionAfter(c, upperBound: end),
            m.upperBound == end || isComma(m.upperBound),
            !roles[m.lowerBound].contains(.pronoun) || m.upperBound == end,
            // Not "Mr. Coffman, who represents a district, said …": the comma closes the subject's clause.
            mentionBefore(c, lowerBound: s)?.lowerBound != s
        {
            // "…, said Haq." and "… was “heartbreaking,” said Haq."
            mention = m
            content = clauseStart(of: s ..< (isComma(c - 1) ? c - 1 : c), trailing: true)
            trailing = true
        } else if let asked = askedCandidate(cue: c, sentence: sentence) {
            return asked
        } else if c > s + 1 && stemHash(s) == Self.asHash, let m = mentionBefore(c, lowerBound: s + 1),
            m.lowerBound == s + 1, cue.upperBound + 2 < end, isComma(cue.upperBound)
        {
            // "As Crane said, the two candidates …": the main clause is the content.
            mention = m
            content = cue.upperBound + 1 ..< end
        } else if let m = mentionBefore(c, lowerBound: s)
            ?? participleSpeaker(cue: c, sentenceStart: s)
            ?? (roles[c].contains(.nounLike) ? nil : sentenceSubject(from: s, limit: c))
        {
            mention = m
            var after = cue.upperBound
            while after < end && isWord(after) && roles[after].contains(.time) { after += 1 }
            if m.lowerBound > s && commaBefore(m.lowerBound) && tail(after: cue.upperBound, end: end) {
                // "…, Haq said (on Monday)." and "The failure was “heartbreaking,” she said."
                content = clauseStart(
                    of: s ..< (isComma(m.lowerBound - 1) ? m.lowerBound - 1 : m.lowerBound), trailing: true)
                trailing = true
            } else if m.lowerBound - 1 > s && isComma(m.lowerBound - 1) && after + 2 < end && isComma(after) {
                // "The bigger risk, he said, is a clash …": the content is on both sides of the attribution.
                let first = trimmed(clauseStart(of: s ..< m.lowerBound - 1))
                let second = trimmed(after + 1 ..< end)
                guard first.count >= 1, second.count >= 2 else { return nil }
                return Candidate(
                    kind: .indirect,
                    pieces: [first, second].map { tokens[$0.lowerBound].start ..< tokens[$0.upperBound - 1].end },
                    anchor: first.lowerBound, cue: cue, mention: m, confidence: 0.55)
            } else if let start = reportedStart(cue: cue, end: end) {
                content = start ..< end
                if isSubordinate(mention: m, sentenceStart: s) {
                    // "While Ramos said [that …], he appears …", "The changes, which officials said [will …], will
                    // not apply": the content of a cue inside a subordinate or relative clause ends with the clause.
                    var k = start
                    while k < end && !(isComma(k) && !inRegion(k)) { k += 1 }
                    content = start ..< k
                }
            }
        }
        guard var range = content, let mention else { return nil }
        range = trimmed(range, trailing: trailing)
        let words = range.filter(isWord).count
        // "backed [the deal]"; one word only as a stance verb's object ("endorsed [Reyes]").
        guard words >= 2 || words == 1 && isStanceTarget(range, cue: c) else { return nil }
        // Wholly a direct quote: that is the direct candidate's job.
        if inRegion(range.lowerBound) && inRegion(range.upperBound - 1)
            && regionOf[range.lowerBound] == regionOf[range.upperBound - 1]
        {
            return nil
        }
        // A word outside the cue lexicon is a "that"-only or stance cue: a belief, not speech.
        let belief = !roles[c].isDisjoint(with: [.beliefCue, .labelCue]) || !roles[c].contains(.cue)
        if belief && range.lowerBound > c {
            range = stanceObject(range, cue: c)
        }
        let bytes = tokens[range.lowerBound].start ..< tokens[range.upperBound - 1].end
        return Candidate(
            kind: .indirect, pieces: [bytes], anchor: range.lowerBound, cue: cue, mention: mention,
            confidence: belief ? 0.4 : 0.6)
    }

    /// "Trump appears to have learned the wrong lessons", "The House is expected to pass the bill": a raising verb
    /// whose subject belongs to the infinitive after it. The content is the subject and the infinitive (two parts);
    /// nobody in the text holds the view, so there is no speaker (confidence 0.3).
    private func hedgeCandidate(cue c: Int, sentence: Range<Int>) -> Candidate? {
        let hash = stemHash(c)
        let perceived = Self.perceptionCues.contains(hash)
        let passive = hash == Self.expectedHash || perceived
        guard passive || Self.raisingCues.contains(hash), c + 1 < sentence.upperBound, !inRegion(c + 1) else {
            return nil
        }
        if perceived {
            // "The deal was widely seen as a defeat", "He is considered an asset".
            guard isWord(c + 1), !roles[c + 1].contains(.that), stemHash(c + 1) != Self.byHash else { return nil }
        } else if stemHash(c + 1) != Self.toHash || c + 2 >= sentence.upperBound || !isWord(c + 2) {
            // "The mood seemed tense", "She seems like a good fit": a raising verb before its complement.
            guard Self.raisingCues.contains(hash), isWord(c + 1), !roles[c + 1].contains(.that),
                !roles[c + 1].contains(.preposition) || stemHash(c + 1) == Self.likeHash
            else { return nil }
        }
        var e = c
        while e > sentence.lowerBound && isWord(e - 1) && (roles[e - 1].contains(.adverb) || isLyAdverb(e - 1)) {
            e -= 1
        }
        if passive {
            guard e > sentence.lowerBound, Self.beHashes.contains(stemHash(e - 1)) else { return nil }
            e -= 1
        }
        var subject = trimmed(clauseStart(of: sentence.lowerBound ..< e))
        subject = withoutIntroduction(subject)
        let rest = trimmed((perceived && stemHash(c + 1) == Self.asHash ? c + 2 : c + 1) ..< sentence.upperBound)
        guard !subject.isEmpty, !rest.isEmpty, subject.upperBound <= e, subject.filter(isWord).count <= 12,
            !subject.contains(where: { isWord($0) && roles[$0].contains(.that) || inRegion($0) })
        else { return nil }
        let pieces = [subject, rest].map { tokens[$0.lowerBound].start ..< tokens[$0.upperBound - 1].end }
        return Candidate(
            kind: .indirect, pieces: pieces, anchor: subject.lowerBound, cue: cueRange(c), mention: nil,
            confidence: 0.3)
    }

    /// A stance cue used as a noun: after an article ("the support of", "a backing") or before a preposition
    /// that only the noun takes ("support from voters", "support among women", "backing behind him").
    func isStanceNoun(_ c: Int) -> Bool {
        guard roles[c].contains(.beliefCue), isWord(c) else { return false }
        if c + 1 < tokens.count && isWord(c + 1) && Self.nounPrepositions.contains(stemHash(c + 1)) { return true }
        return c > 0 && isWord(c - 1) && !inRegion(c - 1) && Self.articleHashes.contains(stemHash(c - 1))
    }

    static let articleHashes: Set<UInt64> = Set(["the", "a", "an"].map(QuoteLexicon.hash))
    static let nounPrepositions: Set<UInt64> = Set(["from", "among", "behind"].map(QuoteLexicon.hash))

    /// A clause without its introductory phrase: "[Along the way,] he seems …", "[Even as he won,] Trump seemed
    /// …", "The problem is [that] Trump appears …". An apposition or relative clause of the subject stays
    /// ("Hizbollah, which has lost many fighters, seems …").
    func withoutIntroduction(_ range: Range<Int>) -> Range<Int> {
        guard range.count >= 3 else { return range }
        var k = range.upperBound - 1
        while k > range.lowerBound {
            if !inRegion(k) && isWord(k) && roles[k].contains(.that) {
                return k + 1 < range.upperBound ? k + 1 ..< range.upperBound : range
            }
            if !inRegion(k) && isComma(k) {
                guard k + 1 < range.upperBound, isWord(k + 1), !Self.relativeHashes.contains(stemHash(k + 1)) else {
                    return range
                }
                let first = range.lowerBound
                let introduced =
                    isWord(first)
                    && (!roles[first].isDisjoint(with: [.preposition, .stop, .adverb, .time])
                        || Self.introPrepositions.contains(stemHash(first)) || stemHash(first) == Self.alongHash
                        || Self.subordinators.contains(stemHash(first)) || isParticiple(first))
                return introduced ? k + 1 ..< range.upperBound : range
            }
            k -= 1
        }
        return range
    }

    /// Passive verbs of perception and labelling: "is seen as", "was considered", "are widely viewed as".
    static let perceptionCues: Set<UInt64> = Set(
        [
            "seen", "viewed", "regarded", "considered", "perceived", "deemed", "recognized", "described", "labeled",
            "labelled", "branded", "billed", "touted", "portrayed", "characterized",
        ].map(QuoteLexicon.hash))
    static let likeHash = QuoteLexicon.hash("like")

    static let alongHash = QuoteLexicon.hash("along")

    static let raisingCues: Set<UInt64> = Set(
        ["appears", "appeared", "appear", "seems", "seemed", "seem"].map(QuoteLexicon.hash))
    static let expectedHash = QuoteLexicon.hash("expected")

    /// Cues whose content is a "to" infinitive: "declined to comment", "vowed to fight on".
    static let infinitiveCues: Set<UInt64> = Set(
        [
            "declined", "declines", "refused", "refuses", "agreed", "agrees", "promised", "promises", "vowed", "vows",
            "pledged", "pledges", "threatened", "threatens", "offered", "offers", "sought", "seeks", "wants", "want",
            "wanted", "plans", "planned", "hopes", "hoped", "expects", "expected", "urged", "urges", "asked",
            "vowing", "promising", "pledging", "refusing", "declining", "hoping", "threatening", "aiming", "expecting",
            "intends", "intend", "intended", "intending",
        ].map(QuoteLexicon.hash))

    static let verbConjunctions: Set<UInt64> = Set(["and", "but"].map(QuoteLexicon.hash))

    /// The object of a stance cue without what follows it in the sentence: a second verb of the subject
    /// ("praised the plan [and likened] it to …", "declined to be named [and is] not …") and an adjunct of the
    /// cue ("praised the plan [in an interview]", "defends his record [during a debate]").
    func stanceObject(_ range: Range<Int>, cue c: Int) -> Range<Int> {
        var k = range.lowerBound + 1
        while k + 1 < range.upperBound {
            if !inRegion(k) && isWord(k) {
                if Self.verbConjunctions.contains(stemHash(k)) && startsVerbPhrase(k + 1, like: c) { break }
                if Self.adjunctPrepositions.contains(stemHash(k)) && isWord(k + 1)
                    && roles[k + 1].contains(.determiner) && !roles[k + 1].contains(.pronoun)
                    && k + 2 < range.upperBound && Self.adjunctNouns.contains(stemHash(k + 2))
                {
                    break
                }
            }
            k += 1
        }
        return k + 1 < range.upperBound ? range.lowerBound ..< k : range
    }

    /// "Park endorsed [Reyes]", "voters who support [her]": a one-word object of a stance verb (a cue outside the
    /// speech lexicon, or a belief or naming cue) that is a name or an object pronoun.
    func isStanceTarget(_ range: Range<Int>, cue c: Int) -> Bool {
        guard range.count == 1, range.lowerBound > c, isWord(range.lowerBound),
            !roles[c].contains(.cue) || !roles[c].isDisjoint(with: [.beliefCue, .labelCue])
        else { return false }
        let t = range.lowerBound
        return Self.objectPronouns.contains(stemHash(t)) || isCapitalized(t) && roles[t].isEmpty
    }

    /// Pronouns that stand as the object of a stance verb.
    static let objectPronouns: Set<UInt64> = Set(["him", "her", "them"].map(QuoteLexicon.hash))

    /// Whether the word at `t` starts a second verb phrase of the cue's subject: a form of "be" or "have", or a
    /// lower-case word with the cue's own "-ed", "-s" or "-ing" ending ("praised … and likened").
    func startsVerbPhrase(_ t: Int, like c: Int) -> Bool {
        guard isWord(t), !isCapitalized(t), !inRegion(t) else { return false }
        let hash = stemHash(t)
        if Self.auxiliaryHashes.contains(hash) { return true }
        let a = tokens[t]
        let b = tokens[c]
        guard a.end - a.start > 4, b.end - b.start > 3 else { return false }
        func ends(_ token: Token, _ suffix: [UInt8]) -> Bool {
            guard token.end - token.start > suffix.count else { return false }
            for (i, byte) in suffix.enumerated() where bytes[token.end - suffix.count + i] | 0x20 != byte {
                return false
            }
            return true
        }
        for suffix: [UInt8] in [[0x65, 0x64], [0x69, 0x6E, 0x67]] where ends(b, suffix) && ends(a, suffix) {
            return true
        }
        return false
    }

    static let auxiliaryHashes: Set<UInt64> = Set(
        ["is", "was", "has", "had", "are", "were", "have"].map(QuoteLexicon.hash))
    static let adjunctPrepositions: Set<UInt64> = Set(["in", "during", "at", "on"].map(QuoteLexicon.hash))
    /// Nouns of the occasion on which something was said ("in an interview", "during a debate").
    static let adjunctNouns: Set<UInt64> = Set(
        [
            "interview", "statement", "speech", "debate", "rally", "op-ed", "letter", "email", "tweet", "post",
            "commercial", "ad", "video", "memo", "radio", "television", "news", "press", "conference", "call",
            "hearing", "town", "forum", "appearance", "event", "meeting", "campaign", "column", "editorial",
            "report", "message", "briefing", "visit", "stop", "recent",
        ].map(QuoteLexicon.hash))

    /// Whether a comma ends the text before `t`, also when it stands inside a closing quotation mark
    /// (`“heartbreaking,” she said`).
    func commaBefore(_ t: Int) -> Bool {
        guard t >= 1 else { return false }
        if isComma(t - 1) { return true }
        guard t >= 2, tokens[t - 1].kind == .quote, inRegion(t - 1) else { return false }
        return regions[Int(regionOf[t - 1])].close == t - 1 && isComma(t - 2)
    }

    /// A lower-case "-ing" word that opens a participle clause ("echoing a memo", "citing the report"): followed
    /// by a determiner, pronoun, "that", a preposition or a name; not "including", "regarding" and the like.
    func isClauseParticiple(_ t: Int) -> Bool {
        guard t + 1 < tokens.count, isWord(t), !isCapitalized(t), !inRegion(t + 1) else { return false }
        let token = tokens[t]
        guard token.end - token.start > 5, bytes[token.end - 3] == 0x69, bytes[token.end - 2] == 0x6E,
            bytes[token.end - 1] == 0x67, !Self.nonClauseParticiples.contains(stemHash(t))
        else { return false }
        let next = roles[t + 1]
        return isNameWord(t + 1)
            || isWord(t + 1) && !next.isDisjoint(with: [.determiner, .pronoun, .that, .preposition])
    }

    static let nonClauseParticiples: Set<UInt64> = Set(
        [
            "including", "regarding", "concerning", "excluding", "following", "during", "nothing", "something",
            "anything", "everything", "morning", "evening", "according", "pending", "notwithstanding", "being",
        ].map(QuoteLexicon.hash))

    /// "Asked whether she would run, Diaz said no", "When asked about the plan, he smiled": the question is the
    /// content of an "asked" with no subject of its own, the main clause's subject its source.
    private func askedCandidate(cue c: Int, sentence: Range<Int>) -> Candidate? {
        let s = sentence.lowerBound
        let end = sentence.upperBound
        guard stemHash(c) == Self.askedHash,
            c == s || c == s + 1 && isWord(s) && Self.whenHashes.contains(stemHash(s))
        else { return nil }
        var k = c + 1
        if k + 1 < end && stemHash(k) == Self.byHash {
            // "Asked by a reporter whether …"
            k += 1
            while k < end && k < c + 8 && !isComma(k) && !Self.questionHashes.contains(stemHash(k)) { k += 1 }
        }
        guard k < end, isWord(k), Self.questionHashes.contains(stemHash(k)) || roles[k].contains(.preposition)
        else { return nil }
        var comma = k + 1
        while comma < end && comma < k + 40 && !(isComma(comma) && !inRegion(comma)) { comma += 1 }
        guard comma < end, comma + 1 < end, let subject = sentenceSubject(from: comma + 1, limit: end) else {
            return nil
        }
        let question = trimmed(k ..< comma)
        guard question.count >= 2 else { return nil }
        return Candidate(
            kind: .indirect, pieces: [tokens[question.lowerBound].start ..< tokens[question.upperBound - 1].end],
            anchor: question.lowerBound, cue: c ..< c + 1, mention: subject, confidence: 0.5)
    }

    static let askedHash = QuoteLexicon.hash("asked")
    static let asHash = QuoteLexicon.hash("as")
    static let byHash = QuoteLexicon.hash("by")
    static let whenHashes: Set<UInt64> = Set(["when", "after", "once", "if"].map(QuoteLexicon.hash))
    static let questionHashes: Set<UInt64> = Set(
        ["whether", "if", "about", "what", "how", "why", "who", "when", "where", "which"].map(QuoteLexicon.hash))

    static let clauseConjunctions: Set<UInt64> = Set(
        ["but", "while", "although", "though", "whereas", "and", "yet"].map(QuoteLexicon.hash))

    private func firstByteIs(_ t: Int, _ byte: UInt8) -> Bool { bytes[tokens[t].start] == byte }

    /// The last clause of content: after a semicolon, a dash or ", and" / ", but". Content that precedes its
    /// attribution (`trailing`: "[The levy will pass, and the roads will be fixed], Park said") starts only after a
    /// semicolon: PolNeAR keeps its coordinated clauses.
    private func clauseStart(of range: Range<Int>, trailing: Bool = false) -> Range<Int> {
        var k = range.upperBound - 1
        while k > range.lowerBound {
            if !inRegion(k) && isPunctuation(k) {
                if firstByteIs(k, 0x3B)
                    || !trailing && (isComma(k) || isDash(k)) && k + 1 < range.upperBound
                        && Self.clauseConjunctions.contains(stemHash(k + 1))
                {
                    let start = isComma(k) || isDash(k) ? k + 2 : k + 1
                    return start < range.upperBound ? start ..< range.upperBound : range
                }
            }
            k -= 1
        }
        return range
    }

    /// "“We will win,” Ana Diaz said, noting that turnout was high": a participle cue after a comma reports for
    /// the speaker of the attribution before it in the sentence.
    /// - Returns: That attribution's speaker mention, or `nil` when the cue is not such a participle or no
    ///   attribution precedes it.
    func participleSpeaker(cue c: Int, sentenceStart s: Int) -> Range<Int>? {
        guard roles[c].contains(.participle), c - 1 > s, commaBefore(c) else { return nil }
        var k = c - 2
        while k >= s && k > c - 30 {
            if isCue(k) && !roles[k].contains(.according) && !isStanceNoun(k) {
                if let m = mentionBefore(k, lowerBound: s) { return m }
                if let m = mentionAfter(k, upperBound: c) { return m }
                return nil
            }
            k -= 1
        }
        return nil
    }

    /// A verb outside the cue lexicon that reports a clause when "that" follows it: "learned that", "ruled that",
    /// "pointing out that", "made (it) clear that". Words such as "know" or "clear" are too common to be cues on
    /// their own; before "that" they introduce what someone knows, found or made known.
    func isThatCue(_ c: Int) -> Bool {
        guard isWord(c), !inRegion(c), !isCapitalized(c) || c == 0 || isTerminal(c - 1) else {
            return false
        }
        let hash = stemHash(c)
        var k = c + 1
        if Self.thatCues.contains(hash) {
            if k < tokens.count && stemHash(k) == Self.outHash { k += 1 }
        } else if Self.toCues.contains(hash) {
            // "vowing to fight on", "hoping to win": a stance participle before a "to" infinitive.
            return k + 1 < tokens.count && stemHash(k) == Self.toHash && isWord(k + 1)
                && paragraphOf[k + 1] == paragraphOf[c]
        } else if Self.makeHashes.contains(hash) {
            if k < tokens.count && stemHash(k) == Self.itHash { k += 1 }
            guard k < tokens.count, stemHash(k) == Self.clearHash else { return false }
            k += 1
        } else {
            return false
        }
        return k + 1 < tokens.count && isWord(k) && roles[k].contains(.that) && paragraphOf[k] == paragraphOf[c]
            && !isPunctuation(k + 1)
    }

    static let thatCues: Set<UInt64> = Set(
        [
            "learned", "learn", "learns", "learning", "ruled", "rules", "implied", "implies", "implying", "alleging",
            "remarking", "predicting", "conclude", "concludes", "concluding", "recognize", "recognizes",
            "recognized", "recognizing", "realize", "realizes", "realized", "understand", "understands", "know",
            "knowing", "heard", "hear", "hears", "assume", "assumes", "assumed", "decided", "determined",
            "discovered", "speculated", "guaranteed", "guarantee", "emphasize", "emphasizing", "insisting",
            "reiterating", "asserting", "conceding", "showing", "convinced", "confident", "hopeful", "aware",
            "point", "pointing", "found", "mean", "means", "meant", "proves", "proved", "proving", "reveal",
            "revealing", "confirm", "confirming", "deny", "denying", "reminded", "reminding", "signaling",
        ].map(QuoteLexicon.hash))
    /// "…, referring to the tax plan", "Trump railed against the trade deal", "She called on the Senate to act":
    /// a verb and its preposition whose object is what the subject talks about, points to or argues for. The
    /// content is the object (confidence 0.4, like other stance cues).
    private func prepositionalCandidate(cue c: Int, sentence: Range<Int>) -> Candidate? {
        let s = sentence.lowerBound
        let end = sentence.upperBound
        guard isWord(c), !inRegion(c), c + 2 < end, let prepositions = Self.prepositionalCues[stemHash(c)],
            isWord(c + 1), prepositions.contains(stemHash(c + 1)), !isStanceNoun(c)
        else { return nil }
        let noun = Self.nounCues.contains(stemHash(c))
        let possessor = possessorMention(before: c, lowerBound: s)
        let mention =
            noun
            ? possessor
            : mentionBefore(c, lowerBound: s) ?? participleSpeaker(cue: c, sentenceStart: s)
                ?? sentenceSubject(from: s, limit: c)
        guard mention != nil || noun else { return nil }
        guard isWord(c + 2) || tokens[c + 2].kind == .number || tokens[c + 2].kind == .quote else { return nil }
        var content = trimmed(c + 2 ..< end)
        // The object ends at a comma: "referring to [the budget vote], which …".
        var k = content.lowerBound
        while k < content.upperBound && !(isComma(k) && !inRegion(k)) { k += 1 }
        if k > content.lowerBound { content = stanceObject(content.lowerBound ..< k, cue: c) }
        guard content.filter(isWord).count >= 1 else { return nil }
        if inRegion(content.lowerBound) && inRegion(content.upperBound - 1)
            && regionOf[content.lowerBound] == regionOf[content.upperBound - 1]
        {
            return nil
        }
        return Candidate(
            kind: .indirect, pieces: [tokens[content.lowerBound].start ..< tokens[content.upperBound - 1].end],
            anchor: content.lowerBound, cue: c ..< c + 2, mention: mention, confidence: mention == nil ? 0.3 : 0.4)
    }

    /// Nouns with a prepositional object that is what someone asks, worries or complains about: "questions about
    /// the deal", "calls for a recount", "criticism of the plan". The speaker is a possessive before the noun
    /// ("Pence's call for …") or nobody.
    static let nounCues: Set<UInt64> = Set(
        ["questions", "concerns", "criticism", "call", "complaints", "doubts", "demands"].map(QuoteLexicon.hash))

    /// Verbs whose prepositional object is what is talked about or argued for, with their prepositions.
    static let prepositionalCues: [UInt64: Set<UInt64>] = {
        let to = ["to"]
        let about = ["about"]
        let table: [(String, [String])] = [
            ("referring", to), ("referred", to), ("refers", to), ("refer", to),
            ("pointed", to), ("pointing", to), ("points", to), ("point", to),
            ("talking", about), ("talked", about), ("talks", about), ("talk", about),
            ("spoke", about), ("speaks", about), ("speaking", about),
            ("railed", ["against"]), ("railing", ["against"]), ("rails", ["against"]),
            ("pushing", ["for"]), ("pushed", ["for"]), ("pushes", ["for"]),
            ("advocated", ["for"]), ("advocating", ["for"]), ("advocates", ["for"]),
            ("sided", ["with"]), ("siding", ["with"]),
            ("called", ["on"]), ("calling", ["on"]), ("calls", ["on", "for"]),
            ("balked", ["at"]), ("questions", about), ("concerns", about), ("criticism", ["of"]),
            ("call", ["for"]), ("complaints", about), ("doubts", about), ("demands", ["for"]),
            ("warned", ["of", "about", "against"]), ("warning", ["of", "about", "against"]),
        ]
        var result = [UInt64: Set<UInt64>]()
        for (verb, prepositions) in table {
            result[QuoteLexicon.hash(verb)] = Set(prepositions.map(QuoteLexicon.hash))
        }
        return result
    }()

    /// "Trump's claim that the vote was rigged", "complaints that the line was too long": a noun of saying or
    /// believing before a "that" clause. The speaker is the possessive before the noun, or nobody.
    private func nounClauseCandidate(cue c: Int, sentence: Range<Int>) -> Candidate? {
        guard isWord(c), !inRegion(c), Self.thatNouns.contains(stemHash(c)), !isPossessive(c),
            c + 2 < sentence.upperBound, isWord(c + 1), roles[c + 1].contains(.that),
            isWord(c + 2) || tokens[c + 2].kind == .quote
        else { return nil }
        let content = trimmed(c + 1 ..< sentence.upperBound)
        guard content.filter(isWord).count >= 3 else { return nil }
        let possessor = possessorMention(before: c, lowerBound: sentence.lowerBound)
        return Candidate(
            kind: .indirect, pieces: [tokens[content.lowerBound].start ..< tokens[content.upperBound - 1].end],
            anchor: content.lowerBound, cue: c ..< c + 1, mention: possessor, confidence: possessor == nil ? 0.3 : 0.4)
    }

    /// The named possessor of a cue noun ("Ana Diaz’s claim", "Pence’s call"): the noun phrase that ends in the
    /// possessive right before `c`, or `nil`.
    func possessorMention(before c: Int, lowerBound: Int) -> Range<Int>? {
        guard c > lowerBound, isPossessive(c - 1), isCapitalized(c - 1), !inRegion(c - 1) else { return nil }
        var start = c - 1
        while start > lowerBound && isNameWord(start - 1) && !isPossessive(start - 1) { start -= 1 }
        return start ..< c
    }

    static let thatNouns: Set<UInt64> = Set(
        [
            "claim", "claims", "assertion", "assertions", "suggestion", "suggestions", "complaint", "complaints",
            "concern", "concerns", "belief", "argument", "contention", "warning", "warnings", "accusation",
            "accusations", "allegation", "allegations", "insistence", "assurance", "assurances", "prediction",
            "predictions", "charge", "charges", "promise", "pledge", "statement", "admission", "acknowledgment",
            "announcement", "hope", "hopes", "fear", "fears", "worries", "confidence",
        ].map(QuoteLexicon.hash))

    /// Stance verbs outside the cue lexicon whose object is the view they attack, defend or back: "is defending
    /// his record", "denounced the ruling", "encouraged voters to stay home".
    func isExtraStanceCue(_ c: Int) -> Bool {
        isWord(c) && !inRegion(c) && !isCapitalized(c)
            && Self.extraStanceCues.contains(stemHash(c))
            && c + 1 < tokens.count && isWord(c + 1) && !isStanceNoun(c)
    }

    static let extraStanceCues: Set<UInt64> = Set(
        [
            "defending", "criticizing", "criticising", "praising", "attacking", "blasting", "questioning", "endorsing",
            "opposing", "urging", "slamming", "mocking", "denouncing", "denounced", "denounces", "condemning",
            "rejecting", "dismissing", "touting", "hailing", "echoed", "echoes", "challenged", "chided", "derided",
            "decrying", "applauded", "applauds", "renounced", "disavowed", "disavow",
            // Ninth round (b): stance verbs whose object PolNeAR annotates as the content.
            "encouraged", "thanked", "thanking", "retweeted", "endorsing", "mention", "discuss", "criticize", "blame",
            "ordered", "discussed", "accusing", "referenced", "mentioning", "bemoaned", "detailing", "assailed",
            "blaming", "highlighted", "congratulated", "outlining", "quoted", "cite", "affirm",
        ].map(QuoteLexicon.hash))

    /// Whether the word at `t` is "see" (compared byte by byte: three-letter words skip the hash filter).
    func isSee(_ t: Int) -> Bool {
        let token = tokens[t]
        guard token.end - token.start == 3 else { return false }
        return bytes[token.start] | 0x20 == 0x73 && bytes[token.start + 1] == 0x65 && bytes[token.start + 2] == 0x65
    }

    /// "Experts see [the vote as a test]", "She cast [him as a bully]": a verb of seeing or portraying whose object
    /// has an "as" complement in the same clause; the object and its complement are the view (a stance cue).
    func isAsCue(_ c: Int) -> Bool {
        guard isWord(c), !inRegion(c), !isCapitalized(c), Self.asCues.contains(stemHash(c)), c + 2 < tokens.count,
            isWord(c + 1), !roles[c + 1].contains(.preposition), !Self.questionHashes.contains(stemHash(c + 1))
        else { return false }
        var k = c + 2
        while k < tokens.count && k <= c + 12 && isWord(k) && !inRegion(k) {
            if stemHash(k) == Self.asHash { return true }
            k += 1
        }
        return false
    }

    /// Verbs of seeing and portraying with an "as" complement.
    static let asCues: Set<UInt64> = Set(
        [
            "see", "cast", "casts", "casting", "portray", "portrays", "portrayed", "portraying", "describe",
            "consider", "regard", "regards", "regarded",
        ].map(QuoteLexicon.hash))

    /// Stance participles that report an intention when a "to" infinitive follows them.
    static let toCues: Set<UInt64> = Set(
        [
            "hoping", "promising", "vowing", "pledging", "threatening", "aiming", "expecting", "refusing",
            "declining", "intends", "intend", "intended", "intending",
        ].map(QuoteLexicon.hash))
    static let makeHashes: Set<UInt64> = Set(["make", "makes", "made", "making"].map(QuoteLexicon.hash))
    static let clearHash = QuoteLexicon.hash("clear")
    static let itHash = QuoteLexicon.hash("it")

    /// Whether the clause of a speaker mention is subordinate: a subordinator before the mention at the start of
    /// the sentence or after a comma ("While Ramos said …", "And if she says …"), a relative pronoun after a comma
    /// ("…, which officials said …"), or the mention itself a relative pronoun after a comma ("…, who said …").
    func isSubordinate(mention: Range<Int>, sentenceStart s: Int) -> Bool {
        let first = mention.lowerBound
        if mention.count == 1 && isWord(first) && Self.relativeHashes.contains(stemHash(first)) && first > s
            && isComma(first - 1)
        {
            return true
        }
        let w = first - 1
        guard w >= s, isWord(w), !inRegion(w) else { return false }
        let hash = stemHash(w)
        if Self.relativeHashes.contains(hash) { return w > s && isComma(w - 1) }
        let opensClause =
            w == s || isComma(w - 1) || isDash(w - 1)
            || w - 1 == s && isWord(s) && Self.clauseWords.contains(stemHash(s))
        return opensClause && Self.subordinators.contains(hash)
    }

    /// Whether the token at `k` is a comma or "and"/"but" that joins a second "that" clause: ", and that …",
    /// "but that …", ", but also that …".
    func coordinatesThat(at k: Int, end: Int) -> Bool {
        var j = k
        if isComma(j) || isDash(j) { j += 1 }
        guard j < end, isWord(j), Self.verbConjunctions.contains(stemHash(j)) else { return false }
        j += 1
        if j < end && isWord(j) && roles[j].contains(.adverb) && !roles[j].contains(.pronoun) { j += 1 }
        return j + 1 < end && isWord(j) && roles[j].contains(.that) && !isPunctuation(j + 1)
    }

    /// The last dash of the dash (or run of dashes) that closes a parenthesis opened by the dash at `open`
    /// ("- which include radio ads -", "-- or dissents --"), looking no further than `end`; `nil` when the dash
    /// opens a trailing clause.
    func closingDash(after open: Int, end: Int) -> Int? {
        var k = open + 1
        while k < end && isDash(k) { k += 1 }
        let first = k
        while k < end && !inRegion(k) && !isDash(k) && !firstByteIs(k, 0x3B) { k += 1 }
        guard k < end, isDash(k), k - first >= 1 else { return nil }
        while k + 1 < end && isDash(k + 1) { k += 1 }
        return k + 1 < end ? k : nil
    }

    /// Whether the tokens from `k` to `end` are a short adjunct after a cue ("on Monday", "in a statement").
    func tail(after k: Int, end: Int) -> Bool {
        guard end - k <= 5 else { return false }
        // "said on Monday", "said in a statement": an adjunct, not "said, ordered them to wait".
        if k < end && !(isWord(k) && !roles[k].isDisjoint(with: [.preposition, .time])) { return false }
        for t in k ..< end where inRegion(t) || isCue(t) || roles[t].contains(.pronoun) || roles[t].contains(.that) {
            return false
        }
        return true
    }

    /// Where the reported content starts after a cue: after "that", after the addressee of "told", after time
    /// adjuncts ("said Monday"); `nil` when a quotation or nothing follows.
    private func reportedStart(cue: Range<Int>, end: Int) -> Int? {
        var k = cue.upperBound
        guard k < end else { return nil }
        var scan = k
        while scan < end && scan < k + 8 && !isPunctuation(scan) && !inRegion(scan) {
            // "said Monday [that the vote was fair]": the complementiser belongs to the reported clause.
            if roles[scan].contains(.that) && !(scan + 1 < end && isPunctuation(scan + 1)) { return scan }
            scan += 1
        }
        if cue.count == 1 && roles[cue.lowerBound].contains(.takesObject) {
            if isWord(k) && roles[k].contains(.determiner) { k += 1 }
            guard k < end, isWord(k), !roles[k].contains(.pronoun) else { return nil }
            k += 1
            while k < end && isNameWord(k) { k += 1 }
        }
        while k < end && isWord(k) && roles[k].contains(.time) { k += 1 }
        if k + 1 < end && roles[k].contains(.preposition) && roles[k + 1].contains(.time) { k += 2 }
        guard k < end else { return nil }
        if isColon(k) { k += 1 }
        guard k < end, isWord(k) || tokens[k].kind == .number || tokens[k].kind == .quote else { return nil }
        let r = roles[k]
        if stemHash(k) == Self.toHash && Self.infinitiveCues.contains(stemHash(cue.lowerBound)) {
            return k  // "declined [to comment]", "vowed [to fight on]"
        }
        if r.contains(.preposition) || r.contains(.that) && !r.contains(.determiner) { return nil }
        return k
    }

    /// The content without a trailing attribution clause (", adding …", ", according to …"), a following clause
    /// ("; …", " — …", ", but …", ", and he …") or edge punctuation. Content that precedes its attribution
    /// (`trailing`) keeps ", and …", ", but …" and a second verb phrase.
    private func trimmed(_ range: Range<Int>, trailing: Bool = false) -> Range<Int> {
        // Nothing after the cue ("According to officials," at the end of the text): nothing to trim.
        guard !range.isEmpty else { return range }
        var end = range.upperBound
        var k = range.lowerBound + 1
        let startsWithThat = isWord(range.lowerBound) && roles[range.lowerBound].contains(.that)
        while k + 1 < end {
            if !inRegion(k) && isDash(k), let close = closingDash(after: k, end: end) {
                // "those efforts - which include radio ads - will pay off": a parenthesis between dashes.
                k = close + 1
                continue
            }
            if startsWithThat && !inRegion(k) && coordinatesThat(at: k, end: end) {
                // "noted that the odds were low, and that voters should worry more": a second reported clause.
                k += 1
                continue
            }
            if !inRegion(k) && isPunctuation(k) {
                let next = roles[k + 1]
                if isComma(k)
                    && (next.contains(.participle) || next.contains(.according)
                        || !trailing && Self.clauseConjunctions.contains(stemHash(k + 1)))
                    || firstByteIs(k, 0x3B) || isDash(k) && k + 1 < end && !isDash(k + 1)
                {
                    end = k
                    break
                }
            } else if !trailing && !inRegion(k) && isWord(k) && Self.verbConjunctions.contains(stemHash(k))
                && (roles[k + 1].contains(.adverb) && !roles[k + 1].contains(.pronoun) || isCue(k + 1, beliefs: true)
                    || k + 2 < end && roles[k + 1].contains(.pronoun) && isCue(k + 2, beliefs: true))
            {
                // "she has no plans to change her vote and would not …", "she had met him twice but said …": a
                // second verb phrase of the same subject.
                end = k
                break
            } else if !inRegion(k) && isWord(k) && k - 1 > range.lowerBound && tokens[k - 1].kind == .quote
                && commaBefore(k) && !roles[k].isDisjoint(with: [.participle, .according])
            {
                // "the system was “corrupt,” noting that …": a participle after a comma inside the closing mark.
                end = k
                break
            } else if !inRegion(k) && isComma(k - 1) && isClauseParticiple(k) {
                // "…, echoing a memo from the campaign": a participle clause after the content.
                end = k - 1
                break
            }
            k += 1
        }
        var start = range.lowerBound
        while start < end && (isComma(start) || isColon(start)) { start += 1 }
        while end > start && (isComma(end - 1) || isColon(end - 1) || isDash(end - 1)) { end -= 1 }
        return start ..< end
    }
}
