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

    /// Runs the command line. A plain `crosscheck diff OLD NEW [options]` line takes a direct path without the
    /// argument parser (``DiffCommand/Settings/init(fastParsing:)``); everything else is parsed as usual.
    static func main() {
        if let settings = DiffCommand.Settings(fastParsing: Array(CommandLine.arguments.dropFirst())) {
            do {
                try DiffCommand.execute(settings)
            } catch {
                exit(withError: error)
            }
            return
        }
        main(nil)
    }
}
