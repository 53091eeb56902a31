import Crosscheck

/// Decides whether the versions of one quote disagree, with the rules of `crosscheck check`: ``QuoteComparison``
/// for wording (typography, truncation and the conventional comma-for-full-stop never count) and surnames for
/// speakers.
struct LedgerConflictFinder: Sendable {
    /// Thresholds (the least confidence for speaker comparisons).
    let options: CheckOptions

    /// The conflict among the versions of one group, if they disagree. Groups of indirect speech never conflict.
    ///
    /// Wording: the reference is the most common wording (folded tokens; the earliest on a tie), and every version
    /// from another article is compared with it, so one outlet's deviation is reported once, against the wording
    /// the others share. Speaker: among direct quotes of at least ``CheckOptions/minimumQuoteConfidence``, the
    /// reference is the version whose speaker the most named versions agree with (same surname; the earliest on a
    /// tie), and every version from another article is compared with it: a different surname is `speaker`, no
    /// name is `missing-speaker`.
    /// - Parameter versions: The group's versions, in the order they were added (not empty).
    /// - Returns: The conflict, or `nil` when the versions agree.
    func conflict(_ versions: [StoredQuote]) -> LedgerConflict? {
        // Indirect speech is the writer's paraphrase: its groups are listed by `quotes`, never compared.
        guard let first = versions.first, first.version.attribution.kind != .indirect else { return nil }
        var differences: [LedgerDifference] = []
        let texts = versions.map(\.text)
        let reference = versions[Self.mostCommon(texts.map(\.tokens), agree: ==)]
        let referenceText = texts[versions.firstIndex { $0.version.id == reference.version.id } ?? 0]
        let label = PairCheck.abbreviated(referenceText)
        for (other, text) in zip(versions, texts) where other.articleId != reference.articleId {
            let comparison = QuoteComparison(old: referenceText, new: text)
            guard comparison.differs else { continue }
            let owner =
                (reference.version.attribution.speakerName ?? other.version.attribution.speakerName).map {
                    "\($0)'s quote"
                }
                ?? "The quote"
            let summary: String
            if comparison.onlyMarkedOmissions {
                summary =
                    "\(owner) “\(label)” omits words marked with an ellipsis in \(Self.name(other)): “\(comparison.omitted.joined(separator: "”, “"))”"
            } else {
                let (was, now) = comparison.excerpt()
                summary =
                    "\(owner) “\(label)” reads “\(was)” in \(Self.name(reference)) but “\(now)” in \(Self.name(other))"
            }
            differences.append(
                LedgerDifference(
                    kind: .wording, severity: comparison.severity, summary: summary, reference: reference.version.id,
                    version: other.version.id, changes: comparison.changes))
        }
        let attributed = versions.filter {
            $0.version.attribution.kind == .direct
                && $0.version.attribution.confidence >= options.minimumQuoteConfidence
        }
        let named = attributed.filter { $0.version.attribution.speakerName != nil }
        if !named.isEmpty {
            let named = named[
                Self.mostCommon(named.map { $0.version.attribution.speakerName ?? "" }) {
                    !PairCheck.differentSpeakers($0, $1)
                }]
            let name = named.version.attribution.speakerName ?? ""
            for other in attributed where other.articleId != named.articleId {
                if let otherName = other.version.attribution.speakerName {
                    guard PairCheck.differentSpeakers(name, otherName) else { continue }
                    differences.append(
                        LedgerDifference(
                            kind: .speaker, severity: .critical,
                            summary:
                                "The quote “\(label)” is attributed to \(name) in \(Self.name(named)) but to \(otherName) in \(Self.name(other))",
                            reference: named.version.id, version: other.version.id))
                } else {
                    differences.append(
                        LedgerDifference(
                            kind: .missingSpeaker, severity: .major,
                            summary:
                                "The quote “\(label)” is attributed to \(name) in \(Self.name(named)) but to nobody in \(Self.name(other))",
                            reference: named.version.id, version: other.version.id))
                }
            }
        }
        guard !differences.isEmpty else { return nil }
        return LedgerConflict(
            group: reference.version.group, versions: versions.map(\.version), differences: differences)
    }

    /// The index of the value the most values agree with; the first such on a tie.
    /// - Parameters:
    ///   - values: The values (not empty).
    ///   - agree: Whether two values agree.
    /// - Returns: An index into `values`.
    /// - Complexity: O(n²) comparisons; groups have a handful of versions.
    static func mostCommon<Value>(_ values: [Value], agree: (Value, Value) -> Bool) -> Int {
        var best = (index: 0, count: -1)
        for (index, value) in values.enumerated() {
            let count = values.reduce(0) { $0 + (agree(value, $1) ? 1 : 0) }
            if count > best.count { best = (index, count) }
        }
        return best.index
    }

    /// How a summary names a version's article: `Outlet (doc)`, or the document id alone.
    static func name(_ quote: StoredQuote) -> String {
        quote.version.source.map { "\($0) (\(quote.version.doc))" } ?? quote.version.doc
    }
}
