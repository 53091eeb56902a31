extension AttributionPass {
    /// Resolves every candidate's speaker in text order: names through the article's directory, pronouns to the
    /// most recent named speaker, descriptions to the person named with that role; quotes with no attribution of
    /// their own inherit the speaker of the attribution just before them (a quote continued in the next paragraph,
    /// a speaker set up in the previous sentence).
    /// - Parameter candidates: Candidates in text order.
    /// - Returns: The candidates with names and adjusted confidence.
    func resolveSpeakers(_ candidates: [Candidate]) -> [Candidate] {
        // The directory is built only when a mention needs it (a lone surname, a pronoun far from any speaker, a
        // role): most attributions name the speaker in full, and building it was a third of attribution.
        var built: SpeakerDirectory?
        func directory() -> SpeakerDirectory {
            if let built { return built }
            let directory = SpeakerDirectory(self)
            built = directory
            return directory
        }
        var result = candidates
        var history = [(name: String, token: Int)]()
        var genders = [String: WordRole]()
        var lastAttributed: Int?
        for i in result.indices {
            var candidate = result[i]
            if let mention = candidate.mention, let antecedent = antecedent(of: mention) {
                // "…, said Ann Park, who noted …": a relative pronoun stands for the name before it (the mention
                // stays "who", as annotators mark it).
                candidate.name = resolveName(antecedent, directory: directory)
                candidate.nameKnown = candidate.name != nil
            }
            if candidate.mention == nil, candidate.kind == .direct, let previous = lastAttributed,
                paragraphGap(result[previous].anchor, candidate.anchor) <= 1
            {
                candidate.mention = result[previous].mention
                candidate.name = result[previous].name
                candidate.nameKnown = result[previous].nameKnown
                candidate.carried = previous
                candidate.confidence = 0.6
            } else if let mention = candidate.mention, mention.count == 1,
                isWho(mention.lowerBound), let antecedent = antecedent(of: mention),
                sentenceStart(before: mention.lowerBound) != sentenceStart(before: candidate.anchor)
            {
                // "…,” said Ann Park, who noted … . “…”: a quote of the next sentence is the person's, not the
                // relative pronoun's, which stands for the person only in its own clause.
                candidate.mention = antecedent
            }
            if candidate.carried != nil, let mention = candidate.mention, mention.count == 1,
                isWho(mention.lowerBound), let antecedent = antecedent(of: mention)
            {
                // A quote carried over from "…, said Ann Park, who added …" is Ann Park's.
                candidate.mention = antecedent
            } else if candidate.carried == nil, let mention = candidate.mention, candidate.name == nil {
                let position = mention.lowerBound
                if mention.count == 1 && roles[position].contains(.pronoun) {
                    let gender = roles[position].intersection([.male, .female])
                    if !gender.isEmpty {
                        // The most recent named speaker not known to be of the other gender.
                        let other: WordRole = gender == .male ? .female : .male
                        let recent = history.last { entry in
                            position - entry.token < 400 && genders[entry.name] != other
                        }
                        if let recent {
                            candidate.name = recent.name
                            if genders[recent.name] == nil && history.last?.name == recent.name {
                                genders[recent.name] = gender
                            }
                        } else if history.last.map({ position - $0.token >= 400 }) ?? true {
                            // "Joe Smith decided to get lunch. He said, …": the person named just before.
                            candidate.name = directory().lastName(before: position, within: 60)
                        }
                    }
                } else {
                    candidate.name = resolveName(mention, directory: directory)
                    if let name = candidate.name, genders[name] == nil, let gender = gender(of: mention) {
                        genders[name] = gender
                    }
                }
                candidate.nameKnown = candidate.name != nil
                if candidate.name == nil { candidate.confidence = max(0.1, candidate.confidence - 0.2) }
            }
            if let name = candidate.name, candidate.carried == nil, let mention = candidate.mention {
                history.append((name, mention.lowerBound))
            }
            if candidate.mention != nil { lastAttributed = i }
            result[i] = candidate
        }
        return result
    }

    /// The name a relative pronoun after a comma stands for ("Ann Park" in "Ann Park, who said …").
    func antecedent(of mention: Range<Int>) -> Range<Int>? {
        let t = mention.lowerBound
        guard mention.count == 1, t >= 2, isWord(t), Self.relativeHashes.contains(stemHash(t)) else { return nil }
        // "Ann Park, who said", and "critics who say" without the comma.
        let bare = !isComma(t - 1) && !isDash(t - 1)
        guard !bare || isNameWord(t - 1),
            let phrase = nounPhrase(endingAt: bare ? t - 1 : t - 2, lowerBound: max(0, t - 12)),
            phrase.contains(where: isNameWord)
        else { return nil }
        return phrase
    }

    /// The gender a mention states: "Mr.", "spokesman" (male); "Mrs.", "Ms.", "spokeswoman" (female).
    func gender(of mention: Range<Int>) -> WordRole? {
        for t in mention where isWord(t) {
            let hash = stemHash(t)
            if Self.maleWords.contains(hash) { return .male }
            if Self.femaleWords.contains(hash) { return .female }
        }
        return nil
    }

    static let maleWords: Set<UInt64> = Set(
        ["mr.", "mr", "spokesman", "congressman", "chairman", "businessman", "king", "prince", "father", "husband"]
            .map(QuoteLexicon.hash))
    static let femaleWords: Set<UInt64> = Set(
        [
            "mrs.", "mrs", "ms.", "ms", "spokeswoman", "congresswoman", "chairwoman", "businesswoman", "queen",
            "princess", "mother", "wife",
        ].map(QuoteLexicon.hash))

    private func paragraphGap(_ a: Int, _ b: Int) -> Int {
        Int(paragraphOf[b]) - Int(paragraphOf[a])
    }

    /// The person or body a mention names: its last name run (a surname completed from the article), or for a
    /// description the person named with its role word.
    /// - Parameters:
    ///   - mention: The mention's tokens.
    ///   - directory: The article's directory, built on first use.
    /// - Returns: The name, or `nil`.
    func resolveName(_ mention: Range<Int>, directory: () -> SpeakerDirectory) -> String? {
        if let and = mention.first(where: {
            isCoordination($0, lowerBound: mention.lowerBound, upperBound: mention.upperBound)
        }) {
            // "Burton and Nick": both people, or nothing.
            guard let left = resolveName(mention.lowerBound ..< and, directory: directory),
                let right = resolveName(and + 1 ..< mention.upperBound, directory: directory)
            else { return nil }
            return left + " and " + right
        }
        var best: Range<Int>?
        var t = mention.lowerBound
        while t < mention.upperBound {
            if isOpenBracket(t) {
                // "Park (D-N.Y.)": a bracketed party and state (or an aside) goes with the name but is not one.
                var close = t + 1
                while close < mention.upperBound && !isCloseBracket(close) { close += 1 }
                t = close + 1
                continue
            }
            guard isNameWord(t) else {
                t += 1
                continue
            }
            var e = t + 1
            while e < mention.upperBound && isNameWord(e) && !isPossessive(e - 1) { e += 1 }
            if !isPossessive(e - 1) && (best == nil || e - t >= 2 || best.map { $0.count < 2 } ?? true) || best == nil {
                best = t ..< e
            }
            t = e
        }
        if let run = best, !(isPossessive(run.upperBound - 1) && run.upperBound < mention.upperBound) {
            if run.count >= 2 { return name(of: run) }
            return directory().fullName(surname: stemHash(run.lowerBound), near: run.lowerBound) ?? name(of: run)
        }
        var head: Int?
        for k in mention.reversed() where isWord(k) && roles[k].contains(.title) && !isPossessive(k) {
            head = k
            break
        }
        guard let head else { return nil }
        return directory().name(role: stemHash(head), near: head)
    }
}
