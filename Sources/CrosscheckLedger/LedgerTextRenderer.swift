import Crosscheck

/// The text form of the ledger commands' results: one block per quote, one line per version, differences with an
/// inline word diff (`[-deleted-]{+inserted+}`, as `crosscheck diff` prints).
public enum LedgerTextRenderer {
    /// Renders the summary of an `add`.
    /// - Parameters:
    ///   - result: What the add stored.
    ///   - counts: The ledger's size afterwards.
    ///   - path: The database path.
    /// - Returns: Two lines of text.
    public static func render(added result: LedgerAddResult, counts: LedgerCounts, path: String) -> String {
        """
        added \(result.articlesAdded) article\(plural(result.articlesAdded)) \
        (\(result.articlesSkipped) already in the ledger), \(result.quotesAdded) quote\(plural(result.quotesAdded)) \
        (\(result.quotesGrouped) matching a stored quote)
        \(path): \(counts.articles) article\(plural(counts.articles)), \(counts.quotes) quote\(plural(counts.quotes)), \
        \(counts.sharedGroups) found in several articles

        """
    }

    /// Renders quote groups.
    /// - Parameter groups: The groups, as ``QuoteLedger/quotes(speaker:search:)`` returns them.
    /// - Returns: One block per group, or a line saying nothing matched.
    public static func render(groups: [LedgerQuoteGroup]) -> String {
        guard !groups.isEmpty else { return "no matching quotes\n" }
        var lines: [String] = []
        for group in groups {
            if !lines.isEmpty { lines.append("") }
            let outlets = Set(group.versions.map(\.outlet)).count
            lines.append(
                "quote \(group.group): \(group.versions.count) version\(plural(group.versions.count)) in \(outlets) outlet\(plural(outlets))"
            )
            for version in group.versions { lines += versionLines(version) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Renders conflicts.
    /// - Parameter conflicts: The conflicts, as ``QuoteLedger/conflicts()`` returns them.
    /// - Returns: One block per conflict, or a line saying there are none.
    public static func render(conflicts: [LedgerConflict]) -> String {
        guard !conflicts.isEmpty else { return "no conflicting quotes\n" }
        var lines: [String] = []
        for conflict in conflicts {
            if !lines.isEmpty { lines.append("") }
            lines.append(
                "quote \(conflict.group) [\(conflict.severity.rawValue)]: \(conflict.versions.count) versions, \(conflict.differences.count) difference\(plural(conflict.differences.count))"
            )
            for version in conflict.versions { lines += versionLines(version) }
            for difference in conflict.differences {
                lines.append("  ! \(difference.kind.rawValue) (\(difference.severity.rawValue)): \(difference.summary)")
                if let changes = difference.changes { lines.append("      " + inline(changes)) }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A word diff on one line: `we will [-see-]{+watch+} what happens`.
    /// - Parameter changes: The pieces.
    /// - Returns: The line.
    public static func inline(_ changes: [WordChange]) -> String {
        var line = ""
        var previous: WordChange.Operation?
        for change in changes {
            if previous != nil && !(previous == .delete && change.op == .insert) { line += " " }
            switch change.op {
            case .equal: line += change.text
            case .delete: line += "[-\(change.text)-]"
            case .insert: line += "{+\(change.text)+}"
            }
            previous = change.op
        }
        return line
    }

    /// The lines of one version: where it is, the quote on one line, and who said it.
    private static func versionLines(_ version: LedgerQuote) -> [String] {
        let place = [version.source, version.doc, version.published].compactMap { $0 }.joined(separator: " · ")
        let who: String
        switch (version.attribution.speakerName, version.attribution.speaker?.text) {
        case (let name?, let mention?) where name != mention: who = "\(name) (\"\(mention)\")"
        case (let name?, _): who = name
        case (nil, let mention?): who = "\"\(mention)\" (unresolved)"
        case (nil, nil): who = "unknown speaker"
        }
        let cue = version.attribution.cue.map { " · \($0.text)" } ?? ""
        let content =
            (version.attribution.parts?.map(\.text).joined(separator: " … ") ?? version.attribution.quote.text)
            .split(whereSeparator: \.isNewline).joined(separator: " ")
        return [
            "  #\(version.id) [\(place)] \(version.attribution.kind.rawValue) \(version.attribution.quote.start)-\(version.attribution.quote.end): \(content)",
            "      — \(who)\(cue)",
        ]
    }

    private static func plural(_ count: Int) -> String { count == 1 ? "" : "s" }
}
