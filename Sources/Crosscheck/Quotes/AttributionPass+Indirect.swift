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
            for c in s ..< e where isCue(c, beliefs: true) && !usedCues.contains(c) {
                if let candidate = indirect(cue: c, sentence: s ..< contentEnd) { result.append(candidate) }
            }
        }
        return result
    }

    private func indirect(cue c: Int, sentence: Range<Int>) -> Candidate? {
        let s = sentence.lowerBound
        let end = sentence.upperBound
        let cue = cueRange(c)
        var content: Range<Int>?
        var mention: Range<Int>?
        if roles[c].contains(.according) {
            // "according to X": X runs to the next comma ("according to early results of exit polls, …").
            var k = cue.upperBound
            while k < end && k < cue.upperBound + 20 && !isComma(k) && !inRegion(k) { k += 1 }
            guard k > cue.upperBound else { return nil }
            mention = cue.upperBound ..< k
            if c > s && isComma(c - 1) {
                content = clauseStart(of: s ..< c - 1)
            } else if k < end && isComma(k) {
                content = k + 1 ..< end
            }
        } else if c > s && isComma(c - 1), !roles[c].contains(.takesObject), let m = mentionAfter(c, upperBound: end),
            m.upperBound == end || isComma(m.upperBound), !roles[m.lowerBound].contains(.pronoun) || m.upperBound == end
        {
            // "…, said Haq."
            mention = m
            content = clauseStart(of: s ..< c - 1)
        } else if let m = mentionBefore(c, lowerBound: s)
            ?? (roles[c].contains(.nounLike) ? nil : sentenceSubject(from: s, limit: c))
        {
            mention = m
            var after = cue.upperBound
            while after < end && isWord(after) && roles[after].contains(.time) { after += 1 }
            if m.lowerBound > s && isComma(m.lowerBound - 1) && tail(after: cue.upperBound, end: end) {
                // "…, Haq said (on Monday)."
                content = clauseStart(of: s ..< m.lowerBound - 1)
            } else if m.lowerBound - 1 > s && isComma(m.lowerBound - 1) && after + 2 < end && isComma(after) {
                // "The bigger risk, he said, is a clash …": the content is on both sides of the attribution.
                let first = trimmed(s ..< m.lowerBound - 1)
                let second = trimmed(after + 1 ..< end)
                guard first.count >= 1, second.count >= 2 else { return nil }
                return Candidate(
                    kind: .indirect,
                    pieces: [first, second].map { tokens[$0.lowerBound].start ..< tokens[$0.upperBound - 1].end },
                    anchor: first.lowerBound, cue: cue, mention: m, confidence: 0.55)
            } else if let start = reportedStart(cue: cue, end: end) {
                content = start ..< end
            }
        }
        guard var range = content, let mention else { return nil }
        range = trimmed(range)
        guard range.count >= 3, range.filter(isWord).count >= 2 else { return nil }
        // Wholly a direct quote: that is the direct candidate's job.
        if inRegion(range.lowerBound) && inRegion(range.upperBound - 1)
            && regionOf[range.lowerBound] == regionOf[range.upperBound - 1]
        {
            return nil
        }
        let bytes = tokens[range.lowerBound].start ..< tokens[range.upperBound - 1].end
        let belief = !roles[c].isDisjoint(with: [.beliefCue, .labelCue])
        return Candidate(
            kind: .indirect, pieces: [bytes], anchor: range.lowerBound, cue: cue, mention: mention,
            confidence: belief ? 0.4 : 0.6)
    }

    static let clauseConjunctions: Set<UInt64> = Set(
        ["but", "while", "although", "though", "whereas", "and", "yet"].map(QuoteLexicon.hash))

    private func firstByteIs(_ t: Int, _ byte: UInt8) -> Bool { bytes[tokens[t].start] == byte }

    /// The last clause of content that precedes its attribution: after a semicolon, a dash or ", and" / ", but".
    private func clauseStart(of range: Range<Int>) -> Range<Int> {
        var k = range.upperBound - 1
        while k > range.lowerBound {
            if !inRegion(k) && isPunctuation(k) {
                if firstByteIs(k, 0x3B)
                    || isComma(k) && k + 1 < range.upperBound
                        && Self.clauseConjunctions.contains(stemHash(k + 1))
                {
                    let start = isComma(k) ? k + 2 : k + 1
                    return start < range.upperBound ? start ..< range.upperBound : range
                }
            }
            k -= 1
        }
        return range
    }

    /// Whether only time adjuncts ("on Monday", "in a statement") follow the cue.
    private func tail(after k: Int, end: Int) -> Bool {
        guard end - k <= 5 else { return false }
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
            if roles[scan].contains(.that) && !(scan + 1 < end && isPunctuation(scan + 1)) { return scan + 1 }
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
        if r.contains(.preposition) || r.contains(.that) && !r.contains(.determiner) { return nil }
        return k
    }

    /// The content without a trailing attribution clause (", adding …", ", according to …"), a following clause
    /// ("; …", " — …", ", but …", ", and he …") or edge punctuation.
    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        var end = range.upperBound
        var k = range.lowerBound + 1
        while k + 1 < end {
            if !inRegion(k) && isPunctuation(k) {
                let next = roles[k + 1]
                if isComma(k)
                    && (next.contains(.participle) || next.contains(.according)
                        || Self.clauseConjunctions.contains(stemHash(k + 1)))
                    || firstByteIs(k, 0x3B) || isDash(k) && k + 1 < end && !isDash(k + 1)
                {
                    end = k
                    break
                }
            } else if !inRegion(k) && isWord(k) && stemHash(k) == Self.andHash && roles[k + 1].contains(.adverb)
                && !roles[k + 1].contains(.pronoun)
            {
                // "she has no plans to change her vote and would not …": a second verb phrase.
                end = k
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
