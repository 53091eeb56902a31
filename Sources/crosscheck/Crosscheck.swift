import ArgumentParser
import Crosscheck

@main
struct CrosscheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crosscheck",
        abstract: "Compare news articles and check their facts.",
        discussion: """
            Exit status: 0 success, 1 discrepancies at or above --fail-on, 2 input error (one line on standard \
            error naming the file, and the line or byte where known), 3 internal error, 64 usage error.
            """,
        version: "0.1.0",
        subcommands: [
            ExtractCommand.self, SegmentCommand.self, DiffCommand.self, AlignCommand.self, QuotesCommand.self,
            CheckCommand.self, ReportCommand.self, CorpusCommand.self, LedgerCommand.self,
            ClaimsCommand.self, DmpVectorCommand.self,
        ]
    )
}
