/// Finds the checkable claims of an article: numbers, percentages, money, quantities, durations, dates, times,
/// people, organisations, places, titles and hedges, each normalised and with its exact span and sentence.
///
/// Rules and lexicons are documented in `docs/claims.md`. Only headline and body sentences are read (never
/// furniture). Relative dates and weekdays are resolved against the article's `published` date when it has one.
public struct ClaimExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// The claims of an analysed article, ordered by start offset, then end offset, then kind.
    /// - Parameter document: The article, tokenised and split into sentences.
    /// - Returns: The claims.
    /// - Complexity: O(n) in the number of tokens (each recogniser looks a bounded number of tokens ahead).
    public func claims(in document: Document) -> [Claim] {
        claims(in: document, reusing: nil, recording: false)
    }

    /// The claims of an analysed article, reusing the scans of sentences already scanned in other articles.
    /// - Parameters:
    ///   - document: The article, tokenised and split into sentences.
    ///   - cache: Scans of other articles' sentences, or `nil`.
    ///   - recording: Whether this article's scanned sentences are added to `cache` (for later articles).
    /// - Returns: The claims, exactly as ``claims(in:)`` finds them.
    func claims(in document: Document, reusing cache: ClaimSentenceCache?, recording: Bool = true) -> [Claim] {
        let reference = document.article.published.flatMap { CivilDate(iso: $0) }
        let headline = document.paragraphs.firstIndex { $0.role == .headline }
        // Drafts and their sentence indexes live in parallel arrays (a tuple array of a struct with strings is
        // copied through generic value witnesses on every access), and the scanner appends every sentence's drafts
        // to one array that is moved out at the end, so no draft is copied.
        var drafts: [ClaimScanner.Draft] = []
        var sentenceOf: [Int] = []
        document.text.utf8.withUnsafeBufferPointer { buffer in
            var scanner = ClaimScanner(bytes: buffer, tokens: document.tokens, reference: reference)
            var people = PeopleNames()
            for (index, sentence) in document.sentences.enumerated() {
                scanner.sentence = sentence.tokens
                scanner.isHeadline = sentence.paragraph == headline
                scanner.sentenceDrafts = scanner.drafts.count
                // A sentence scanned in another article of the check is replayed when the reference date (if its scan read
                // it) and its name look-ups agree.
                let tokens = document.tokens.indices.clamped(to: sentence.tokens)
                let keyed =
                    cache == nil || tokens != sentence.tokens
                    ? nil
                    : ClaimSentenceCache.key(
                        tokens: document.tokens[tokens], bytes: buffer, isHeadline: scanner.isHeadline)
                let replayed =
                    cache.flatMap { cache in
                        keyed.flatMap { keyed in
                            cache.entries(keyed.key).first { entry in
                                (entry.reference.map { $0 == reference } ?? true) && people.replay(entry.operations)
                            }
                        }
                    }
                if let replayed, let keyed {
                    for var draft in replayed.drafts {
                        draft.bytes = draft.bytes.lowerBound + keyed.base ..< draft.bytes.upperBound + keyed.base
                        scanner.drafts.append(draft)
                    }
                } else {
                    if keyed != nil && recording { people.log = [] }
                    scanner.referenceUse.read = false
                    scanner.index(sentence.tokens)
                    var t = sentence.tokens.lowerBound
                    while t < sentence.tokens.upperBound {
                        if let end = scanner.scanDate(at: t) ?? scanner.scanQuantity(at: t), end > t {
                            t = end
                        } else {
                            t += 1
                        }
                    }
                    scanner.scanNames(people: &people)
                    scanner.scanHedges()
                    if let cache, let keyed, recording {
                        cache.record(
                            keyed.key, base: keyed.base, drafts: scanner.drafts[scanner.sentenceDrafts...],
                            reference: scanner.referenceUse.read ? .some(reference) : nil,
                            operations: people.log ?? [])
                        people.log = nil
                    }
                }
                sentenceOf.append(
                    contentsOf: repeatElement(index, count: scanner.drafts.count - scanner.sentenceDrafts))
            }
            drafts = scanner.drafts
            scanner.drafts = []
            // Surname mentions before the full name (a headline's "Guterres"): link them in a second look.
            for k in drafts.indices {
                let kind = drafts[k].kind
                guard kind == .person || kind == .title || drafts[k].person != nil else { continue }
                guard case .string(let name)? = drafts[k].value, !name.utf8.contains(0x20),
                    kind == .person || drafts[k].person != nil
                else {
                    if kind == .title, let p = drafts[k].person, !p.utf8.contains(0x20),
                        let full = people[p.lowercased()]
                    {
                        drafts[k].person = full
                    }
                    continue
                }
                if kind == .person, let full = people[name.lowercased()], full.utf8.contains(0x20) {
                    drafts[k].value = .string(full)
                    drafts[k].tentative = false
                }
            }
        }
        // Order by byte offsets (the same order as scalar offsets), then kind, before building the claims.
        var keys: [(lower: Int, upper: Int, kind: Int, position: Int)] = []
        keys.reserveCapacity(drafts.count)
        for k in drafts.indices where !drafts[k].tentative {
            let bytes = drafts[k].bytes
            keys.append((bytes.lowerBound, bytes.upperBound, Self.kindRank[drafts[k].kind] ?? 0, k))
        }
        keys.sort { a, b in
            if a.lower != b.lower { return a.lower < b.lower }
            if a.upper != b.upper { return a.upper < b.upper }
            if a.kind != b.kind { return a.kind < b.kind }
            return a.position < b.position
        }
        var claims: [Claim] = []
        claims.reserveCapacity(keys.count)
        var cached: (index: Int, span: Span)?
        for key in keys {
            let index = sentenceOf[key.position]
            let sentenceSpan: Span
            if let cached, cached.index == index {
                sentenceSpan = cached.span
            } else {
                sentenceSpan = document.span(of: document.sentences[index])
                cached = (index, sentenceSpan)
            }
            let position = key.position
            var claim = Claim(
                doc: document.article.id, kind: drafts[position].kind, span: document.text.span(drafts[position].bytes),
                value: drafts[position].value, unit: drafts[position].unit, sentence: sentenceSpan)
            claim.qualifier = drafts[position].qualifier
            claim.title = drafts[position].title
            claim.person = drafts[position].person
            claim.ordinal = drafts[position].ordinal
            claims.append(claim)
        }
        return claims
    }

    /// Each kind's position in the order of its raw value (the tie-break the claims are sorted by).
    private static let kindRank: [ClaimKind: Int] = Dictionary(
        uniqueKeysWithValues: ClaimKind.allCases.sorted { $0.rawValue < $1.rawValue }.enumerated().map { ($1, $0) })
}
