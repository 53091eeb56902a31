import ArgumentParser
import Crosscheck

/// `crosscheck extract FILE...`: prints the articles of its inputs as contract article objects.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the articles of the input files as article objects.",
        discussion: """
            Inputs are .txt (the whole file is the text; the first line is the title when a blank line follows), \
            .json (an article object or an array of them), .jsonl (one per line), .html/.htm (the page's main \
            text, boilerplate dropped) or .warc (one article per HTML response record, streamed), optionally \
            gzip-compressed; '-' reads standard input. Without a known extension the format is sniffed from the \
            content.

            Examples:
              crosscheck extract story.txt --format json
              crosscheck extract saved/page.html.gz --format json
              crosscheck extract CC-NEWS-20240301.warc.gz -o news.jsonl
              crosscheck extract corpus/day1.jsonl.gz --field text=body -o day1.jsonl
              zcat feed.jsonl.gz | crosscheck extract - --format jsonl
            """
    )

    @Argument(help: "Input files ('-' for standard input).")
    var files: [String]

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    mutating func run() throws {
        let format = try output.resolvedFormat(supported: ArticleSerializer.supportedFormats, fallback: .json)
        let options = try input.ingestOptions()
        let files = files
        let destination = output.output
        try CommandFailure.run {
            let writer = try OutputWriter(path: destination)
            var serializer = ArticleSerializer(format: format)
            let reader = ArticleReader(options: options)
            do {
                for file in files {
                    try reader.forEachArticle(path: file) { article in
                        try writer.write(serializer.append(article))
                    }
                }
                try writer.write(serializer.finish())
                try writer.commit()
            } catch {
                writer.discard()
                throw error
            }
        }
    }
}
