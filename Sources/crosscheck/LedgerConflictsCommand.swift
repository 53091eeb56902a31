import ArgumentParser
import Crosscheck
import CrosscheckLedger

/// `crosscheck ledger conflicts`: lists quotes whose versions disagree across outlets.
struct LedgerConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "List quotes whose wording or speaker differs across outlets.",
        discussion: """
            For every quote stored from two or more articles, compares the versions as 'crosscheck check' does: \
            wording (typography, truncation and a comma for a full stop before the closing mark never count; an \
            omission marked with an ellipsis is info, punctuation or case minor, other words major), speaker \
            (different surnames, critical) and missing speaker (one version names nobody, major). jsonl (the \
            default when standard output is not a terminal) writes one conflict per line: {"group", "severity", \
            "versions": [...], "differences": [{"kind", "severity", "summary", "reference", "version", \
            "changes"?}]}; json writes {"conflicts": [...]}.

            Examples:
              crosscheck ledger conflicts
              crosscheck ledger conflicts --db news.sqlite --format json -o conflicts.json
            """
    )

    @OptionGroup var database: LedgerDatabaseOption
    @OptionGroup var output: OutputOptions

    mutating func run() throws {
        let format = try output.resolvedFormat(supported: [.text, .json, .jsonl], fallback: .jsonl)
        let (path, destination) = (database.db, output.output)
        try CommandFailure.run {
            let conflicts = try QuoteLedger(path: path, create: false).conflicts()
            let writer = try OutputWriter(path: destination)
            switch format {
            case .json: try writer.write(JSONOutput.encode(["conflicts": conflicts], pretty: true) + [0x0A])
            case .jsonl:
                for conflict in conflicts { try writer.write(JSONOutput.encode(conflict, pretty: false) + [0x0A]) }
            default: try writer.write(Array(LedgerTextRenderer.render(conflicts: conflicts).utf8))
            }
            try writer.commit()
        }
    }
}
