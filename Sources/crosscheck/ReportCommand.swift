import ArgumentParser
import Crosscheck

/// `crosscheck report DOC1 DOC2 [DOC3...] -o Reports/NAME.html|.md|.json`: the review report an editor reads.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the review report of versions or sources of one story.",
        discussion: """
            The discrepancies first (grouped by severity, each with its evidence and a link to it in context), \
            then the documents side by side sentence by sentence with word-level highlights, the quotes with their \
            speakers per document, and the claims table. The format follows the -o extension: .html (one \
            self-contained page: no network, no JavaScript, all article content escaped, a Content-Security-Policy), \
            .md, .json (the check's JSON plus alignment, quotes and claims). With --fail-on, exits 1 when a \
            discrepancy at or above that severity is found (after writing the report).

            Example:
              crosscheck report old.txt new.txt -o Reports/story.html
              crosscheck report a.txt b.txt c.txt -o Reports/story.md
            """
    )

    @Argument(help: "Input files ('-' for standard input); every article they hold is one document.")
    var files: [String]

    @Option(help: "Exit 1 when a discrepancy at or above this severity is found: info, minor, major, critical.")
    var failOn: Severity?

    @Flag(help: "The documents are a version chain in argument order, oldest first.")
    var chain = false

    @Option(help: "Whether the first line is the headline: auto (when the article has no title), always, never.")
    var headline: HeadlineRule = .auto

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    mutating func run() throws {
        let format = try output.resolvedFormat(supported: [.html, .markdown, .json], fallback: .html)
        let ingest = try input.ingestOptions()
        let (files, rule, order, destination, failOn) = (
            files, headline, chain ? VersionOrder.arguments : .automatic, output.output, failOn
        )
        let failing = try DocumentLoader.checkAndWrite(
            files, options: ingest, headline: rule, order: order, destination: destination, failOn: failOn
        ) { result in
            switch format {
            case .json: try JSONOutput.encode(ReviewReport(result), pretty: true) + [0x0A]
            case .markdown: CheckMarkdownRenderer(full: true).render(result)
            default: CheckHTMLRenderer(full: true).render(result)
            }
        }
        if failing > 0 { throw ExitCode(1) }
    }
}
