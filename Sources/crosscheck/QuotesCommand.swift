import ArgumentParser
import Crosscheck

/// `crosscheck quotes FILE...`: lists the quotes and attributions of articles.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List the quotes of articles with their speakers.",
        discussion: """
            Finds direct quotes (any quotation-mark style, split or continued over paragraphs), partial and scare \
            quotes, and indirect speech ("Haq said he …", "according to …"), each with its cue, speaker mention and \
            resolved speaker name. jsonl (the default when standard output is not a terminal) writes one object \
            per attribution: {"doc", "kind", "quote", "parts"?, "speaker", "speakerName", "cue", "confidence"} \
            with spans as Unicode scalar offsets into the article text.

            Examples:
              crosscheck quotes story.txt
              crosscheck quotes corpus/day1.jsonl.gz --format jsonl -o quotes.jsonl
            """
    )

    @Argument(help: "Input files ('-' for standard input).")
    var files: [String]

    @Option(help: "Whether the first line is the headline: auto (when the article has no title), always, never.")
    var headline: HeadlineRule = .auto

    @Option(
        help: "Only list quotes whose confidence is at least this (0 to 1; scare quotes and titles have 0.1 to 0.3).")
    var minConfidence: Double = 0

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    mutating func run() throws {
        let format = try output.resolvedFormat(supported: [.text, .json, .jsonl], fallback: .jsonl)
        let options = try input.ingestOptions()
        guard (0 ... 1).contains(minConfidence) else {
            throw ValidationError("--min-confidence must be between 0 and 1 (got \(minConfidence))")
        }
        let (files, rule, destination, threshold) = (files, headline, output.output, minConfidence)
        try CommandFailure.run {
            let writer = try OutputWriter(path: destination)
            let reader = ArticleReader(options: options)
            let extractor = QuoteExtractor()
            var collected = [Quote]()
            var first = true
            do {
                for file in files {
                    try reader.forEachArticle(path: file) { article in
                        let quotes = extractor.quotes(in: Document(article: article, headline: rule))
                            .filter { $0.confidence >= threshold }
                        switch format {
                        case .jsonl:
                            for quote in quotes { try writer.write(JSONOutput.encode(quote, pretty: false) + [0x0A]) }
                        case .json:
                            collected += quotes
                        default:
                            if !first { try writer.write([0x0A]) }
                            first = false
                            try writer.write(Array(Self.render(article: article, quotes: quotes).utf8))
                        }
                    }
                }
                if format == .json { try writer.write(JSONOutput.encode(["quotes": collected], pretty: true) + [0x0A]) }
                try writer.commit()
            } catch {
                writer.discard()
                throw error
            }
        }
    }

    /// The text form: the article id, then one block per quote with its speaker.
    static func render(article: Article, quotes: [Quote]) -> String {
        var lines = ["\(article.id): \(quotes.count) quote\(quotes.count == 1 ? "" : "s")"]
        for quote in quotes {
            let who: String
            switch (quote.speakerName, quote.speaker?.text) {
            case (let name?, let mention?) where name != mention: who = "\(name) (\"\(mention)\")"
            case (let name?, _): who = name
            case (nil, let mention?): who = "\"\(mention)\" (unresolved)"
            case (nil, nil): who = "unknown speaker"
            }
            let cue = quote.cue.map { " · \($0.text)" } ?? ""
            let content = (quote.parts?.map(\.text).joined(separator: " … ") ?? quote.quote.text)
                .split(whereSeparator: \.isNewline).joined(separator: " ")
            lines.append(
                "  [\(quote.kind.rawValue) \(quote.quote.start)-\(quote.quote.end) \(quote.confidence)] \(content)")
            lines.append("      — \(who)\(cue)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
