/// The discrepancy engine behind `crosscheck check` and `crosscheck report`: compares versions or sources of one
/// story and lists what disagrees.
///
/// How it works:
/// - The documents are aligned sentence by sentence (``Alignment``); the first document in version order is the
///   reference, and every other document is compared with it (evidence cites both).
/// - A pair whose body sentences are mostly unaligned (``CheckOptions/minimumCoverage``) is unrelated: it is
///   flagged instead of checked, so two different stories never produce hundreds of discrepancies.
/// - Quotes (direct and partial; indirect speech is paraphrase and only context) are matched across the pair by
///   word overlap after typographic folding, anywhere in the documents (a moved quote is still the same quote).
///   Matched quotes are compared token by token after typographic folding (``QuoteText``): see
///   ``QuoteComparison`` for what counts. Speakers (`quote-speaker`, both direct and resolved) and attribution
///   verbs (`quote-cue`) are compared too; a confident direct quote without a counterpart is `quote-missing`.
/// - Claims are compared inside aligned sentence groups (``ClaimComparison``): numbers, dates, entities, titles of
///   the same person, hedges.
/// - Sentences only in one document are `sentence-added`/`sentence-removed` (headlines and page furniture never);
///   edited sentences that no more specific discrepancy explains are `sentence-edited`.
///
/// Typographic differences (quote styles, dashes, whitespace, no-break spaces, reflowed paragraphs) never count:
/// every comparison works on text folded by ``NormalizationOptions/typographic``.
public struct Crosschecker: Sendable {
    /// The thresholds.
    public var options: CheckOptions

    /// Creates an engine.
    /// - Parameter options: Thresholds.
    public init(options: CheckOptions = CheckOptions()) {
        self.options = options
    }

    /// Checks documents against each other.
    /// - Parameters:
    ///   - documents: Two or more versions or sources of one story.
    ///   - order: How the versions are ordered (the first is the reference).
    /// - Returns: The discrepancies and analyses.
    /// - Complexity: the alignment's cost, plus O(q²·w²) for q quotes of w words per pair.
    public func check(_ documents: [Document], order: VersionOrder = .automatic) -> CheckResult {
        let alignment = Alignment(documents: documents, order: order)
        let quoteExtractor = QuoteExtractor()
        let claimExtractor = ClaimExtractor()
        let quotes = documents.map { quoteExtractor.quotes(in: $0) }
        // Sentences repeated across versions and copies are scanned for claims once (when their context agrees).
        let claimCache = ClaimSentenceCache()
        let claims = documents.indices.map { index in
            // The last document's sentences are looked up but not recorded: no later document could replay them.
            claimExtractor.claims(
                in: documents[index], reusing: claimCache, recording: index < documents.count - 1)
        }
        let context = CheckContext(documents: documents, alignment: alignment, quotes: quotes, claims: claims)
        let cache = CheckCache(context: context)
        var pairs: [CheckResult.Pair] = []
        var found: [Discrepancy] = []
        if let reference = alignment.order.first {
            for other in alignment.order.dropFirst() {
                let coverage = context.coverage(reference, other)
                let unrelated = coverage < options.minimumCoverage
                pairs.append(CheckResult.Pair(old: reference, new: other, coverage: coverage, unrelated: unrelated))
                guard !unrelated else { continue }
                found += PairCheck(context: context, old: reference, new: other, options: options, cache: cache)
                    .discrepancies()
            }
        }
        found = Self.merged(found)
        found.sort { a, b in
            if a.severity != b.severity { return a.severity > b.severity }
            let (x, y) = (a.evidence.first, b.evidence.first)
            if let x, let y, (x.docIndex, x.start) != (y.docIndex, y.start) {
                return (x.docIndex, x.start) < (y.docIndex, y.start)
            }
            return a.id < b.id
        }
        return CheckResult(
            documents: documents, alignment: alignment, quotes: quotes, claims: claims, pairs: pairs,
            discrepancies: found)
    }

    /// Merges the same discrepancy found against several documents (same kind, same reference evidence, same
    /// old and new values) into one that cites every document.
    /// - Parameter found: Discrepancies of all pairs, pair by pair.
    /// - Returns: The merged discrepancies, first occurrence order.
    static func merged(_ found: [Discrepancy]) -> [Discrepancy] {
        struct Key: Hashable {
            var kind: DiscrepancyKind
            var reference: [Evidence]
            var old: String?
            var new: String?
            var changes: [WordChange]?

            // Equality compares every field; the hash reads only cheap ones (not the evidence's sentence texts,
            // which dominated the merge): equal keys still hash alike.
            func hash(into hasher: inout Hasher) {
                hasher.combine(kind)
                hasher.combine(reference.count)
                for evidence in reference {
                    hasher.combine(evidence.docIndex)
                    hasher.combine(evidence.start)
                    hasher.combine(evidence.end)
                }
                hasher.combine(old?.utf8.count ?? -1)
                hasher.combine(new?.utf8.count ?? -1)
                hasher.combine(changes?.count ?? -1)
            }
        }
        var result: [Discrepancy] = []
        var also: [Int: [String]] = [:]
        var index: [Key: Int] = [:]
        // The same values (a reference sentence edited in several documents) recur: each is folded once.
        var foldedValues: [String: String] = [:]
        func folded(_ value: String?) -> String? {
            guard let value else { return nil }
            if let known = foldedValues[value] { return known }
            let result = NormalizedText.folded(value, options: .typographic)
            foldedValues[value] = result
            return result
        }
        // Equal keys have the same kind and the same first reference evidence position: a discrepancy alone with
        // those can neither merge nor be merged into, so its values are not folded (most are alone).
        struct Position: Hashable {
            var kind: DiscrepancyKind
            var doc: Int
            var start: Int
            var end: Int
        }
        func position(_ d: Discrepancy) -> Position {
            let first = d.evidence.first
            return Position(kind: d.kind, doc: first?.docIndex ?? -1, start: first?.start ?? -1, end: first?.end ?? -1)
        }
        var sharing: [Position: Int] = [:]
        for d in found { sharing[position(d), default: 0] += 1 }
        for d in found {
            if sharing[position(d)] == 1 {
                result.append(d)
                continue
            }
            let reference = d.evidence.filter { $0.docIndex == d.evidence.first?.docIndex }
            let key = Key(
                kind: d.kind, reference: reference, old: folded(d.details.old), new: folded(d.details.new),
                changes: d.details.changes)
            // Only discrepancies citing two documents merge (added and removed sentences cite one).
            guard d.evidence.contains(where: { $0.docIndex != d.evidence.first?.docIndex }), let at = index[key] else {
                index[key] = result.count
                result.append(d)
                continue
            }
            var merged = result[at]
            let others = d.evidence.filter { $0.docIndex != d.evidence.first?.docIndex }
            also[at, default: []] += Set(others.map(\.doc)).sorted()
            merged = Discrepancy(
                kind: merged.kind, severity: max(merged.severity, d.severity), summary: merged.summary,
                evidence: merged.evidence + others, details: merged.details)
            result[at] = merged
        }
        for (at, names) in also { result[at].summary += " (also in \(names.joined(separator: ", ")))" }
        return result
    }
}
