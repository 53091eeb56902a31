import ArgumentParser
import CrosscheckLedger

/// `crosscheck ledger ...`: the quote ledger, an SQLite database of quotes across outlets.
struct LedgerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger",
        abstract: "Store quotes in a database and find the ones that differ across outlets.",
        discussion: """
            The ledger is one SQLite file (--db, default '\(QuoteLedger.defaultPath)' in the current directory). \
            'ledger add' stores the quotes of articles (adding an article twice changes nothing), grouping the \
            versions of the same quote across outlets; 'ledger quotes' lists every version of matching quotes; \
            'ledger conflicts' lists quotes whose wording or speaker differs across outlets. See docs/ledger.md.

            Examples:
              crosscheck ledger add corpus/day1.jsonl.gz corpus/day2.jsonl.gz --db news.sqlite
              crosscheck ledger quotes --speaker Erdogan --search ceasefire --db news.sqlite
              crosscheck ledger conflicts --db news.sqlite --format json -o conflicts.json
            """,
        subcommands: [LedgerAddCommand.self, LedgerQuotesCommand.self, LedgerConflictsCommand.self]
    )
}

/// The `--db PATH` option of the ledger commands.
struct LedgerDatabaseOption: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The ledger database (an SQLite file; 'ledger add' creates it).", valueName: "PATH"))
    var db: String = QuoteLedger.defaultPath
}
