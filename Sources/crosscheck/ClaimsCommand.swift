import ArgumentParser
import Crosscheck

/// `crosscheck claims FILE...`: lists the checkable claims of articles.
struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "List the checkable claims of articles: numbers, dates, names, titles and hedges.",
        discussion: """
            Prints one object per claim with its kind, normalised value, unit, exact span and sentence span \
            (Unicode scalar offsets into the article text). Weekdays and relative dates are resolved against the \
            article's 'published' date when it has one. See docs/claims.md for kinds, values and rules.

            Examples:
              crosscheck claims story.txt
              crosscheck claims corpus.jsonl.gz --format jsonl -o claims.jsonl
            """
    )

    @Argument(help: "Input files ('-' for standard input).")
    var files: [String]

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    mutating func run() throws {
        let format = try output.resolvedFormat(supported: [.text, .json, .jsonl], fallback: .jsonl)
        let options = try input.ingestOptions()
        let (files, destination) = (files, output.output)
        try CommandFailure.run {
            let writer = try OutputWriter(path: destination)
            let reader = ArticleReader(options: options)
            let extractor = ClaimExtractor()
            var all: [Claim] = []
            do {
                for file in files {
                    try reader.forEachArticle(path: file) { article in
                        let claims = extractor.claims(in: Document(article: article))
                        switch format {
                        case .jsonl:
                            var bytes: [UInt8] = []
                            for claim in claims {
                                bytes += try JSONOutput.encode(claim, pretty: false)
                                bytes.append(0x0A)
                            }
                            try writer.write(bytes)
                        case .json: all += claims
                        default: try writer.write(Array(claims.map(Self.line).joined().utf8))
                        }
                    }
                }
                if format == .json { try writer.write(JSONOutput.encode(["claims": all], pretty: true) + [0x0A]) }
                try writer.commit()
            } catch {
                writer.discard()
                throw error
            }
        }
    }

    /// One claim as a line of text: kind, offsets, quoted text, value and unit.
    static func line(_ claim: Claim) -> String {
        var parts = [claim.doc, claim.kind.rawValue, "\(claim.span.start)-\(claim.span.end)", "“\(claim.span.text)”"]
        if let value = claim.value { parts.append("= " + value.description) }
        if let unit = claim.unit { parts.append(unit) }
        if let q = claim.qualifier { parts.append("(\(q))") }
        if let title = claim.title { parts.append("title: \(title)") }
        if let person = claim.person { parts.append("person: \(person)") }
        return parts.joined(separator: "  ") + "\n"
    }
}
