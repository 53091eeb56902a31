/// How two matched quotes differ in wording, after typographic folding.
///
/// What never counts: quotation mark styles, dashes, whitespace and other typographic variants (folded away); a
/// comma or full stop before a part's closing mark; punctuation where one version splits the quote into parts and
/// the other joins them; words missing only at the start or end of one version (a truncated quote is the same
/// quote). What counts: every other word or punctuation change. An omission marked with an ellipsis (`...`, `…`)
/// is `info` with the omitted words; a change of punctuation or letter case only is `minor`; anything else `major`.
package struct QuoteComparison: Sendable {
    /// The changed runs that count, old to new.
    let runs: [TokenDiff.Run]
    /// The old tokens.
    let old: QuoteText
    /// The new tokens.
    let new: QuoteText
    /// Words omitted at ellipses (either direction).
    package let omitted: [String]
    /// Whether every counted run is punctuation or letter case only.
    let punctuationOnly: Bool
    /// Whether every counted run is an ellipsis-marked omission.
    package let onlyMarkedOmissions: Bool

    /// Compares two quotes.
    /// - Parameters:
    ///   - old: The reference quote's text.
    ///   - new: The other quote's text.
    package init(old: QuoteText, new: QuoteText) {
        self.old = old
        self.new = new
        let all = TokenDiff.runs(old.tokens, new.tokens)
        var kept: [TokenDiff.Run] = []
        var omitted: [String] = []
        var marked = 0
        var punctuation = true
        for (index, run) in all.enumerated() {
            let removed = old.tokens[run.old]
            let added = new.tokens[run.new]
            let words = removed.contains(where: QuoteText.isWord) || added.contains(where: QuoteText.isWord)
            // Truncation: only one side has tokens at the very start or end.
            let atStart = index == 0 && run.old.lowerBound == 0 && run.new.lowerBound == 0
            let atEnd =
                index == all.count - 1 && run.old.upperBound == old.tokens.count
                && run.new.upperBound == new.tokens.count
            if (atStart || atEnd) && (removed.isEmpty || added.isEmpty) && words { continue }
            // Punctuation at a joint between quoted parts.
            let atJoint =
                old.joints.contains(run.old.lowerBound) || old.joints.contains(run.old.upperBound)
                || new.joints.contains(run.new.lowerBound) || new.joints.contains(run.new.upperBound)
            if atJoint && !words { continue }
            // An omission marked by an ellipsis in the other version.
            if added.contains("…") && !removed.contains("…") && removed.contains(where: QuoteText.isWord)
                && added.allSatisfy({ !QuoteText.isWord($0) })
            {
                omitted.append(TokenDiff.joined(removed.filter { QuoteText.isWord($0) || $0 == "'" }))
                marked += 1
            } else if removed.contains("…") && !added.contains("…") && added.contains(where: QuoteText.isWord)
                && removed.allSatisfy({ !QuoteText.isWord($0) })
            {
                omitted.append(TokenDiff.joined(added.filter { QuoteText.isWord($0) || $0 == "'" }))
                marked += 1
            } else if words {
                let sameLetters =
                    removed.filter(QuoteText.isWord).map { $0.lowercased() }
                    == added.filter(QuoteText.isWord).map { $0.lowercased() }
                if !sameLetters { punctuation = false }
            }
            kept.append(run)
        }
        runs = kept
        self.omitted = omitted
        onlyMarkedOmissions = !kept.isEmpty && marked == kept.count
        punctuationOnly = punctuation && marked == 0
    }

    /// Whether the quotes differ in a way that counts.
    package var differs: Bool { !runs.isEmpty }

    /// The severity of the difference.
    package var severity: Severity { onlyMarkedOmissions ? .info : punctuationOnly ? .minor : .major }

    /// The first counted change with up to two tokens of context on each side, old and new.
    package func excerpt() -> (old: String, new: String) {
        guard let run = runs.first else { return ("", "") }
        let before = max(0, run.old.lowerBound - 2)
        let oldEnd = min(old.tokens.count, run.old.upperBound + 2)
        let newBefore = max(0, run.new.lowerBound - (run.old.lowerBound - before))
        let newEnd = min(new.tokens.count, run.new.upperBound + (oldEnd - run.old.upperBound))
        return (
            TokenDiff.joined(old.tokens[before ..< oldEnd]), TokenDiff.joined(new.tokens[newBefore ..< newEnd])
        )
    }

    /// The word diff of the whole quote.
    package var changes: [WordChange] { TokenDiff.changes(old.tokens, new.tokens, runs: runs) }
}
