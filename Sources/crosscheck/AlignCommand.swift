import ArgumentParser
import Crosscheck

/// `crosscheck align DOC1 DOC2 [DOC3...]`: sentence-level alignment of versions or sources of one story.
struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align the sentences of versions or sources of one story.",
        discussion: """
            Groups corresponding sentences across all documents: identical, edited, moved, split, merged or \
            unique. Every sentence of every document is in exactly one group, and the groups do not depend on the \
            order of DOC2..DOCn. Formats: json (CONTRACT.md; docs/align.md), text (a readable list), html (a \
            collation table with word differences), tei (TEI parallel segmentation). With --chain, or when every \
            document has a publication date, groups also carry provenance: the version that introduced, changed \
            or removed them.

            Example:
              crosscheck align old.txt new.txt --format json
              crosscheck align v1.json v2.json v3.json --chain --format html -o Reports/versions.html
            """
    )

    @Argument(help: "Input files ('-' for standard input); every article they hold is one document.")
    var files: [String]

    @Flag(help: "The documents are a version chain in argument order, oldest first.")
    var chain = false

    @Option(help: "Whether the first line is the headline: auto (when the article has no title), always, never.")
    var headline: HeadlineRule = .auto

    @Option(help: "Least similarity of in-order links (0...1).")
    var linkThreshold = AlignmentOptions().linkThreshold

    @Option(help: "Least similarity of moved sentences (0...1).")
    var moveThreshold = AlignmentOptions().moveThreshold

    @Option(help: "Least similarity of in-order links between other links (0...1).")
    var gapThreshold = AlignmentOptions().gapThreshold

    @Option(help: "Least similarity of splits and merges (0...1).")
    var splitThreshold = AlignmentOptions().splitThreshold

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        for (name, value) in [
            ("--link-threshold", linkThreshold), ("--move-threshold", moveThreshold),
            ("--gap-threshold", gapThreshold), ("--split-threshold", splitThreshold),
        ] where !(0 ... 1).contains(value) {
            throw ValidationError("\(name) must be between 0 and 1, not \(value)")
        }
    }

    mutating func run() throws {
        let format = try output.resolvedFormat(supported: [.text, .json, .html, .tei], fallback: .json)
        let ingest = try input.ingestOptions()
        var options = AlignmentOptions()
        options.linkThreshold = linkThreshold
        options.moveThreshold = moveThreshold
        options.gapThreshold = gapThreshold
        options.splitThreshold = splitThreshold
        let (files, rule, order, destination) = (
            files, headline, chain ? VersionOrder.arguments : .automatic, output.output
        )
        try CommandFailure.run {
            let reader = ArticleReader(options: ingest)
            var documents = [Document]()
            for file in files {
                try reader.forEachArticle(path: file) { documents.append(Document(article: $0, headline: rule)) }
            }
            let alignment = Alignment(documents: documents, order: order, options: options)
            let bytes: [UInt8]
            switch format {
            case .json: bytes = try JSONOutput.encode(AlignmentReport(alignment), pretty: true) + [0x0A]
            case .html: bytes = Array(AlignmentHTMLRenderer.render(alignment).utf8)
            case .tei: bytes = Array(AlignmentTEIRenderer.render(alignment).utf8)
            default: bytes = Array(alignment.renderedText().utf8)
            }
            let writer = try OutputWriter(path: destination)
            try writer.write(bytes)
            try writer.commit()
        }
    }
}
