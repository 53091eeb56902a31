import ArgumentParser
import Crosscheck
import CrosscheckLedger

/// `crosscheck ledger quotes`: lists every version of matching quotes.
struct LedgerQuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List every version of matching quotes across outlets.",
        discussion: """
            Finds quotes containing all the words of --search and attributed to a speaker whose name (or mention) \
            contains all the words of --speaker, case- and accent-insensitively ("erdogan" finds "Erdoğan"), and \
            lists every stored version of each: the same quote in other outlets and versions, whatever speaker \
            they give. Without filters, lists the whole ledger. jsonl (the default when standard output is not a \
            terminal) writes one version per line: {"id", "group", "doc", "source", "url", "title", "published", \
            "kind", "quote", "parts"?, "speaker", "speakerName", "cue", "confidence"}; json writes \
            {"groups": [{"group", "versions": [...]}]}.

            Examples:
              crosscheck ledger quotes --speaker "Farhan Haq"
              crosscheck ledger quotes --search "ceasefire talks" --db news.sqlite --format json
            """
    )

    @Option(help: "Words of the speaker's name.")
    var speaker: String?

    @Option(help: "Words of the quote.")
    var search: String?

    @OptionGroup var database: LedgerDatabaseOption
    @OptionGroup var output: OutputOptions

    mutating func run() throws {
        let format = try output.resolvedFormat(supported: [.text, .json, .jsonl], fallback: .jsonl)
        let (speaker, search, path, destination) = (speaker, search, database.db, output.output)
        try CommandFailure.run {
            let groups = try QuoteLedger(path: path, create: false).quotes(speaker: speaker, search: search)
            let writer = try OutputWriter(path: destination)
            switch format {
            case .json: try writer.write(JSONOutput.encode(["groups": groups], pretty: true) + [0x0A])
            case .jsonl:
                for version in groups.flatMap(\.versions) {
                    try writer.write(JSONOutput.encode(version, pretty: false) + [0x0A])
                }
            default: try writer.write(Array(LedgerTextRenderer.render(groups: groups).utf8))
            }
            try writer.commit()
        }
    }
}
