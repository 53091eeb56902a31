/// Compares one document with the reference document: quotes, claims, sentences. See ``Crosschecker``.
package struct PairCheck {
    /// The shared analyses.
    let context: CheckContext
    /// The reference document index.
    let old: Int
    /// The other document index.
    let new: Int
    /// Thresholds.
    let options: CheckOptions
    /// Per-document preparations shared by the pairs of one check.
    let cache: CheckCache

    /// A quote prepared for matching.
    struct PreparedQuote {
        /// The quote.
        let quote: Quote
        /// Its folded text.
        let text: QuoteText
        /// The number of its words.
        let wordCount: Int
        /// Dense ids of its lower-cased words (ids of the check's ``CheckCache``), sorted: a multiset for matching.
        let sortedWordIDs: [Int32]
        /// The sentence indices it overlaps.
        let sentences: [Int]
    }

    /// All discrepancies of the pair.
    func discrepancies() -> [Discrepancy] {
        var found: [Discrepancy] = []
        let (quoteFindings, coveredSentences) = quoteDiscrepancies()
        found += quoteFindings
        found += ClaimComparison(context: context, old: old, new: new).discrepancies(excluding: found)
        found += sentenceDiscrepancies(explained: found, quoteSentences: coveredSentences)
        return found
    }

    // MARK: Quotes

    /// Quote discrepancies, and the sentences (per document) of unmatched quotes reported as missing.
    private func quoteDiscrepancies() -> ([Discrepancy], [Int: Set<Int>]) {
        let a = cache.quotes(old)
        let b = cache.quotes(new)
        var candidates: [(score: Double, i: Int, j: Int)] = []
        for (i, x) in a.enumerated() {
            for (j, y) in b.enumerated() {
                guard
                    let score = QuoteText.matchScore(
                        sortedIDs: x.sortedWordIDs, y.sortedWordIDs, threshold: options.quoteMatchThreshold)
                else { continue }
                candidates.append((score + (x.quote.kind == y.quote.kind ? 0.01 : 0), i, j))
            }
        }
        candidates.sort { ($0.score, -$0.i, -$0.j) > ($1.score, -$1.i, -$1.j) }
        var matchedA = Set<Int>()
        var matchedB = Set<Int>()
        var found: [Discrepancy] = []
        for candidate in candidates where !matchedA.contains(candidate.i) && !matchedB.contains(candidate.j) {
            matchedA.insert(candidate.i)
            matchedB.insert(candidate.j)
            found += compare(a[candidate.i], b[candidate.j])
        }
        var missingSentences: [Int: Set<Int>] = [:]
        for (doc, quotes, matched) in [(old, a, matchedA), (new, b, matchedB)] {
            for (index, quote) in quotes.enumerated() where !matched.contains(index) {
                guard quote.quote.kind == .direct, quote.quote.confidence >= options.minimumQuoteConfidence,
                    quote.wordCount >= options.minimumMissingQuoteWords
                else { continue }
                missingSentences[doc, default: []].formUnion(quote.sentences)
                let other = doc == old ? new : old
                let speaker = quote.quote.speakerName.map { "\($0)'s quote" } ?? "The quote"
                var evidence = [context.evidence(doc, quote.quote.quote)]
                // Cite the other document where the quote's sentences align, when they do.
                let counterpart = counterpartSentences(of: quote.sentences, in: doc, other: other)
                if !counterpart.isEmpty {
                    evidence.append(context.evidence(other, context.span(other, sentences: counterpart)))
                }
                if doc != old { evidence.reverse() }
                found.append(
                    Discrepancy(
                        kind: .quoteMissing, severity: .major,
                        summary:
                            "\(speaker) “\(Self.abbreviated(quote.text))” is in \(context.name(doc)) but not in \(context.name(other))",
                        evidence: evidence,
                        details: DiscrepancyDetails(
                            old: doc == old ? quote.quote.quote.text : nil,
                            new: doc == new ? quote.quote.quote.text : nil,
                            speaker: quote.quote.speakerName)))
            }
        }
        return (found, missingSentences)
    }

    /// The sentences of `other` aligned with some of `sentences` of `doc`.
    private func counterpartSentences(of sentences: [Int], in doc: Int, other: Int) -> [Int] {
        let wanted = Set(sentences)
        var result: [Int] = []
        for sentences in context.groupSentences where sentences[doc].contains(where: { wanted.contains($0) }) {
            result += sentences[other]
        }
        return result.sorted()
    }

    /// The first words of a quote, for summaries.
    package static func abbreviated(_ text: QuoteText, words limit: Int = 8) -> String {
        var count = 0
        var tokens: [String] = []
        for token in text.tokens {
            if QuoteText.isWord(token) { count += 1 }
            if count > limit {
                tokens.append("…")
                break
            }
            tokens.append(token)
        }
        return TokenDiff.joined(tokens)
    }

    /// The lemma of an attribution verb: its first word, lower-cased, with common inflections removed.
    static func cueLemma(_ cue: String) -> String {
        let folded = NormalizedText.folded(cue, options: .loose)
        let first = folded.split(whereSeparator: { $0 == " " || $0 == "\n" }).first.map(String.init) ?? ""
        if let lemma = irregularLemmas[first] { return lemma }
        for suffix in ["ing", "ed", "es", "s"] where first.hasSuffix(suffix) && first.count > suffix.count + 2 {
            return String(first.dropLast(suffix.count))
        }
        return first
    }

    /// Lemmas of irregular and common attribution verbs.
    private static let irregularLemmas = [
        "said": "say", "says": "say", "saying": "say", "told": "tell", "tells": "tell", "telling": "tell",
        "wrote": "write", "writes": "write", "added": "add", "adds": "add", "adding": "add",
    ]

    /// Whether two resolved speaker names name different people (different surnames).
    package static func differentSpeakers(_ a: String, _ b: String) -> Bool {
        // One name has one surname (most quotes keep their speaker).
        guard a != b else { return false }
        func surname(_ name: String) -> String {
            NormalizedText.folded(name, options: .loose).split(separator: " ").last.map(String.init) ?? ""
        }
        return surname(a) != surname(b)
    }

    /// Compares two matched quotes.
    private func compare(_ x: PreparedQuote, _ y: PreparedQuote) -> [Discrepancy] {
        var found: [Discrepancy] = []
        let quoteEvidence = [context.evidence(old, x.quote.quote), context.evidence(new, y.quote.quote)]
        let speaker = x.quote.speakerName ?? y.quote.speakerName
        let owner = speaker.map { "\($0)'s quote" } ?? "The quote"
        let comparison = QuoteComparison(old: x.text, new: y.text)
        if comparison.differs {
            let (was, now) = comparison.excerpt()
            let summary: String
            if comparison.onlyMarkedOmissions {
                summary =
                    "\(owner) “\(Self.abbreviated(x.text))” omits words marked with an ellipsis in \(context.name(new)): “\(comparison.omitted.joined(separator: "”, “"))”"
            } else {
                summary =
                    "\(owner) reads “\(now)” in \(context.name(new)) but “\(was)” in \(context.name(old))"
                    + (comparison.punctuationOnly ? " (punctuation)" : "")
            }
            found.append(
                Discrepancy(
                    kind: .quoteWording, severity: comparison.severity, summary: summary, evidence: quoteEvidence,
                    details: DiscrepancyDetails(
                        old: x.quote.quote.text, new: y.quote.quote.text, speaker: speaker,
                        changes: comparison.changes, punctuationOnly: comparison.punctuationOnly,
                        omitted: comparison.omitted.isEmpty ? nil : comparison.omitted)))
        }
        if x.quote.kind == .direct, y.quote.kind == .direct,
            x.quote.confidence >= options.minimumQuoteConfidence, y.quote.confidence >= options.minimumQuoteConfidence,
            let a = x.quote.speakerName, let b = y.quote.speakerName, Self.differentSpeakers(a, b)
        {
            var evidence = [context.evidence(old, x.quote.quote)]
            if let span = x.quote.speaker { evidence.append(context.evidence(old, span)) }
            evidence.append(context.evidence(new, y.quote.quote))
            if let span = y.quote.speaker { evidence.append(context.evidence(new, span)) }
            found.append(
                Discrepancy(
                    kind: .quoteSpeaker, severity: .critical,
                    summary:
                        "The quote “\(Self.abbreviated(x.text))” is attributed to \(a) in \(context.name(old)) but to \(b) in \(context.name(new))",
                    evidence: evidence, details: DiscrepancyDetails(old: a, new: b)))
        }
        if let a = x.quote.cue, let b = y.quote.cue,
            a.text != b.text, Self.cueLemma(a.text) != Self.cueLemma(b.text)
        {
            found.append(
                Discrepancy(
                    kind: .quoteCue, severity: .minor,
                    summary:
                        "\(owner) “\(Self.abbreviated(x.text, words: 5))” is introduced by “\(b.text)” in \(context.name(new)) but “\(a.text)” in \(context.name(old))",
                    evidence: [context.evidence(old, a), context.evidence(new, b)],
                    details: DiscrepancyDetails(old: a.text, new: b.text, speaker: speaker)))
        }
        return found
    }

    // MARK: Sentences

    /// Added, removed and edited sentences not explained by other discrepancies.
    private func sentenceDiscrepancies(explained: [Discrepancy], quoteSentences: [Int: Set<Int>]) -> [Discrepancy] {
        var found: [Discrepancy] = []
        func isExplained(_ doc: Int, _ span: Span) -> Bool {
            explained.contains { d in
                d.evidence.contains { $0.docIndex == doc && $0.start < span.end && span.start < $0.end }
            }
        }
        for sentences in context.groupSentences {
            let (inOld, inNew) = (sentences[old], sentences[new])
            if inOld.isEmpty && inNew.isEmpty { continue }
            let a = inOld.filter { context.isBody[old][$0] }
            let b = inNew.filter { context.isBody[new][$0] }
            if a.isEmpty && b.isEmpty { continue }
            if a.isEmpty || b.isEmpty {
                let (doc, sentences) = a.isEmpty ? (new, b) : (old, a)
                guard !sentences.contains(where: { quoteSentences[doc]?.contains($0) ?? false }) else { continue }
                // The sentence is in some other document of the story (not the reference): not this pair's news.
                if a.isEmpty && !inOld.isEmpty { continue }
                if b.isEmpty && !inNew.isEmpty { continue }
                for sentence in sentences {
                    let span = context.sentenceSpan(doc, sentence)
                    let added = doc == new
                    found.append(
                        Discrepancy(
                            kind: added ? .sentenceAdded : .sentenceRemoved, severity: .info,
                            summary: added
                                ? "Sentence added in \(context.name(new)): “\(Self.clipped(span.text))”"
                                : "Sentence removed in \(context.name(new)): “\(Self.clipped(span.text))”",
                            evidence: [context.evidence(doc, span)],
                            details: DiscrepancyDetails(old: added ? nil : span.text, new: added ? span.text : nil)))
                }
                continue
            }
            // Identical text has identical tokens: nothing to report (most sentences of versions and rewrites).
            guard !context.sameText(old, a, new, b) else { continue }
            // Quotation marks are the quote checks' business (a quote split or joined moves them).
            let oldTokens = cache.tokens(old, sentences: a)
            let newTokens = cache.tokens(new, sentences: b)
            guard oldTokens != newTokens else { continue }
            let oldSpan = context.span(old, sentences: a)
            let newSpan = context.span(new, sentences: b)
            guard !isExplained(old, oldSpan) && !isExplained(new, newSpan) else { continue }
            let runs = TokenDiff.runs(oldTokens, newTokens)
            // A proper name replaced by another (not at the start of the sentence) is an entity change even when
            // the claim extractor does not know the name.
            let names = runs.filter { run in
                run.old.lowerBound > 0 && run.new.lowerBound > 0 && !run.old.isEmpty && !run.new.isEmpty
                    && run.old.count <= 4 && run.new.count <= 4
                    && oldTokens[run.old].allSatisfy(Self.isCapitalizedWord)
                    && newTokens[run.new].allSatisfy(Self.isCapitalizedWord)
            }
            if !names.isEmpty {
                for run in names {
                    let was = TokenDiff.joined(oldTokens[run.old])
                    let now = TokenDiff.joined(newTokens[run.new])
                    found.append(
                        Discrepancy(
                            kind: .entity, severity: .major,
                            summary: "“\(now)” in \(context.name(new)) but “\(was)” in \(context.name(old))",
                            evidence: [context.evidence(old, oldSpan), context.evidence(new, newSpan)],
                            details: DiscrepancyDetails(old: was, new: now, claim: "name")))
                }
                if names.count == runs.count { continue }
            }
            found.append(
                Discrepancy(
                    kind: .sentenceEdited, severity: .info,
                    summary: "Sentence reworded in \(context.name(new)): “\(Self.clipped(newSpan.text))”",
                    evidence: [context.evidence(old, oldSpan), context.evidence(new, newSpan)],
                    details: DiscrepancyDetails(
                        old: oldSpan.text, new: newSpan.text,
                        changes: TokenDiff.changes(oldTokens, newTokens, runs: runs)
                    )))
        }
        return found
    }

    /// Whether a token is a capitalised word (a proper name in running text).
    static func isCapitalizedWord(_ token: String) -> Bool {
        guard let first = token.unicodeScalars.first else { return false }
        return first.properties.isUppercase && token.unicodeScalars.count > 1
    }

    /// A sentence shortened for a summary: whitespace runs become one space, and a text longer than `limit`
    /// characters is cut there (trailing whitespace dropped) and ends with "…".
    static func clipped(_ text: String, limit: Int = 90) -> String {
        if let ascii = clippedASCII(text, limit: limit) { return ascii }
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard flat.count > limit else { return flat }
        return String(flat.prefix(limit)).trimmingSuffix() + "…"
    }
}

extension PairCheck {
    /// ``clipped(_:limit:)`` of an ASCII text, on its bytes; `nil` for any other text. In ASCII every character is
    /// one byte once whitespace is gone (a CR LF pair is one `Character`, but both are whitespace) and the
    /// whitespace characters are tab, LF, VT, FF, CR and space, so counting and cutting bytes is counting and
    /// cutting characters.
    static func clippedASCII(_ text: String, limit: Int) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(min(bytes.count, limit + 1))
            var pendingSpace = false
            var count = 0
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                if byte == 0x20 || (0x09 ... 0x0D).contains(byte) {
                    pendingSpace = !out.isEmpty
                    continue
                }
                if pendingSpace {
                    count += 1
                    if count <= limit { out.append(0x20) }
                    pendingSpace = false
                }
                count += 1
                if count <= limit { out.append(byte) }
            }
            guard count > limit else { return String(decoding: out, as: UTF8.self) }
            while out.last == 0x20 { out.removeLast() }
            return String(decoding: out, as: UTF8.self) + "…"
        }
    }
}

extension String {
    /// The string without trailing whitespace.
    fileprivate func trimmingSuffix() -> String {
        var copy = self
        while copy.last?.isWhitespace ?? false { copy.removeLast() }
        return copy
    }
}
