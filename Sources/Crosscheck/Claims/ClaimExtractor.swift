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
        let reference = document.article.published.flatMap { CivilDate(iso: $0) }
        let headline = document.paragraphs.firstIndex { $0.role == .headline }
        var drafts: [(sentence: Int, draft: ClaimScanner.Draft)] = []
        document.text.utf8.withUnsafeBufferPointer { buffer in
            var scanner = ClaimScanner(bytes: buffer, tokens: document.tokens, reference: reference)
            var people: [String: String] = [:]
            for (index, sentence) in document.sentences.enumerated() {
                scanner.sentence = sentence.tokens
                scanner.isHeadline = sentence.paragraph == headline
                scanner.drafts.removeAll(keepingCapacity: true)
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
                for draft in scanner.drafts { drafts.append((index, draft)) }
            }
            // Surname mentions before the full name (a headline's "Guterres"): link them in a second look.
            for k in drafts.indices {
                guard case .string(let name)? = drafts[k].draft.value, !name.utf8.contains(0x20),
                    drafts[k].draft.kind == .person || drafts[k].draft.person != nil
                else {
                    if drafts[k].draft.kind == .title, let p = drafts[k].draft.person, !p.utf8.contains(0x20),
                        let full = people[p.lowercased()]
                    {
                        drafts[k].draft.person = full
                    }
                    continue
                }
                if drafts[k].draft.kind == .person, let full = people[name.lowercased()], full.utf8.contains(0x20) {
                    drafts[k].draft.value = .string(full)
                    drafts[k].draft.tentative = false
                }
            }
        }
        drafts.removeAll { $0.draft.tentative }
        // Order by byte offsets (the same order as scalar offsets), then kind, before building the claims.
        let order = drafts.indices.sorted { i, j in
            let a = drafts[i].draft
            let b = drafts[j].draft
            if a.bytes.lowerBound != b.bytes.lowerBound { return a.bytes.lowerBound < b.bytes.lowerBound }
            if a.bytes.upperBound != b.bytes.upperBound { return a.bytes.upperBound < b.bytes.upperBound }
            return a.kind.rawValue < b.kind.rawValue
        }
        var claims: [Claim] = []
        claims.reserveCapacity(drafts.count)
        var cached: (index: Int, span: Span)?
        for position in order {
            let (index, d) = drafts[position]
            let sentenceSpan: Span
            if let cached, cached.index == index {
                sentenceSpan = cached.span
            } else {
                sentenceSpan = document.span(of: document.sentences[index])
                cached = (index, sentenceSpan)
            }
            var claim = Claim(
                doc: document.article.id, kind: d.kind, span: document.text.span(d.bytes), value: d.value,
                unit: d.unit, sentence: sentenceSpan)
            claim.qualifier = d.qualifier
            claim.title = d.title
            claim.person = d.person
            claim.ordinal = d.ordinal
            claims.append(claim)
        }
        return claims
    }
}
