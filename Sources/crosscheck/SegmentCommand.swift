import ArgumentParser
import Crosscheck

/// `crosscheck segment FILE...`: shows how Crosscheck cuts articles into paragraphs, sentences and tokens.
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Show the paragraphs, sentences and tokens of articles.",
        discussion: """
            Prints every article's paragraphs (headline, body or furniture) and sentences, with Unicode scalar \
            offsets into the article text. Furniture paragraphs (\"Share this:\", \"Advertisement\") have no \
            sentences.

            Example:
              crosscheck segment article.txt --format json --tokens
            """
    )

    @Argument(help: "Input files ('-' for standard input).")
    var files: [String]

    @Flag(help: "Also list every token with its kind.")
    var tokens = false

    @Option(help: "Whether the first line is the headline: auto (when the article has no title), always, never.")
    var headline: HeadlineRule = .auto

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    mutating func run() throws {
        let format = try output.resolvedFormat(supported: [.text, .json], fallback: .json)
        let options = try input.ingestOptions()
        let (files, rule, includeTokens, destination) = (files, headline, tokens, output.output)
        try CommandFailure.run {
            let reader = ArticleReader(options: options)
            var documents = [SegmentedDocument]()
            for file in files {
                try reader.forEachArticle(path: file) { article in
                    let document = Document(article: article, headline: rule)
                    documents.append(SegmentedDocument(document: document, includeTokens: includeTokens))
                }
            }
            let bytes: [UInt8]
            switch format {
            case .json: bytes = try JSONOutput.encode(["documents": documents], pretty: false) + [0x0A]
            default: bytes = Array(documents.map { $0.renderedText() }.joined(separator: "\n").utf8)
            }
            let writer = try OutputWriter(path: destination)
            try writer.write(bytes)
            try writer.commit()
        }
    }
}

extension HeadlineRule: ExpressibleByArgument {}
