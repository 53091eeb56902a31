import ArgumentParser
import Crosscheck

/// `crosscheck check DOC1 DOC2 [DOC3...]`: lists what disagrees between versions or sources of one story.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "List discrepancies between versions or sources of one story.",
        discussion: """
            Compares every document with the first (in version order): quote wording, speakers and attribution \
            verbs, missing quotes, numbers, dates, names and titles, hedges, added, removed and edited sentences, \
            each with a severity and evidence in every document. Typographic differences (quote styles, dashes, \
            whitespace, no-break spaces, reflowed paragraphs, page furniture) are never discrepancies. Documents \
            that are not one story are reported as unrelated. With --fail-on, exits 1 when a discrepancy at or \
            above that severity is found (after writing the output). Formats: text, json (CONTRACT.md; \
            docs/check.md), markdown, html.

            Example:
              crosscheck check old.txt new.txt
              crosscheck check a.txt b.txt c.txt --format json --fail-on major
              crosscheck check --list-checks
            """
    )

    @Argument(help: "Input files ('-' for standard input); every article they hold is one document.")
    var files: [String] = []

    @Option(help: "Exit 1 when a discrepancy at or above this severity is found: info, minor, major, critical.")
    var failOn: Severity?

    @Flag(help: "The documents are a version chain in argument order, oldest first.")
    var chain = false

    @Flag(help: "Print the checks with their examples and exit.")
    var listChecks = false

    @Option(help: "Whether the first line is the headline: auto (when the article has no title), always, never.")
    var headline: HeadlineRule = .auto

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if !listChecks && files.count < 2 && files != ["-"] {
            throw ValidationError("check needs two or more documents")
        }
    }

    mutating func run() throws {
        if listChecks {
            print(CheckCatalog.renderedText(), terminator: "")
            return
        }
        let format = try output.resolvedFormat(supported: [.text, .json, .markdown, .html], fallback: .json)
        let ingest = try input.ingestOptions()
        let (files, rule, order, destination, failOn) = (
            files, headline, chain ? VersionOrder.arguments : .automatic, output.output, failOn
        )
        let failing = try DocumentLoader.checkAndWrite(
            files, options: ingest, headline: rule, order: order, destination: destination, failOn: failOn
        ) { result in
            switch format {
            case .json: try JSONOutput.encode(CheckReport(result), pretty: true) + [0x0A]
            case .markdown: CheckMarkdownRenderer(full: false).render(result)
            case .html: CheckHTMLRenderer(full: false).render(result)
            default: CheckTextRenderer().render(result)
            }
        }
        if failing > 0 { throw ExitCode(1) }
    }
}

extension Severity: ExpressibleByArgument {}
