import ArgumentParser
import Crosscheck

#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// `crosscheck diff OLD NEW`: what changed between two versions of an article.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two versions of an article.",
        discussion: """
            Each input holds one article (any input format). Text output marks changes inline in the new text: \
            [-deleted-], {+inserted+}, [-old-]{+new+} (inside a slightly changed word only the changed part: \
            [-two-]{+three+}-month, Turkey[-’-]{+'+}s), and a moved passage as [-text-]{>1} where it left and {+text+}{<1} where it arrived. \
            Colour on a terminal unless NO_COLOR is set. JSON: {"old", "new", "stats", "edits"}, whose edits \
            cover both texts with exact Unicode scalar offsets (see docs/diff.md). HTML is one self-contained page.

            Examples:
              crosscheck diff story-v1.txt story-v2.txt
              crosscheck diff old.json new.json --format json -o changes.json
              crosscheck diff old.html new.html --by sentence -o changes.html
              crosscheck diff a.txt b.txt --whitespace significant --no-moves
            """
    )

    @Argument(help: "The earlier version ('-' for standard input).")
    var old: String

    @Argument(help: "The later version ('-' for standard input).")
    var new: String

    @Option(name: .customLong("by"), help: "Units to compare: word, sentence, char or line.")
    var granularity: DiffGranularity = .word

    @Option(help: "Whitespace-only differences: folded (shown as unchanged, marked cosmetic in JSON) or significant.")
    var whitespace: TextDiffOptions.Whitespace = .folded

    @Flag(name: .customLong("no-moves"), help: "Do not pair deleted and inserted passages as moves.")
    var noMoves = false

    @Option(help: "Colour text output: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: ColorMode = .auto

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if old == "-" && new == "-" { throw ValidationError("only one of OLD and NEW can be standard input ('-')") }
    }

    mutating func run() throws {
        let format = try output.resolvedFormat(supported: [.text, .json, .markdown, .html], fallback: .json)
        let ingest = try input.ingestOptions()
        let options = TextDiffOptions(whitespace: whitespace, detectMoves: !noMoves)
        let (oldPath, newPath, granularity, destination) = (old, new, granularity, output.output)
        let colored =
            format == .text
            && (color == .always
                || (color == .auto && (destination == nil || destination == "-") && isatty(STDOUT_FILENO) == 1
                    && !Self.noColor))
        try CommandFailure.run {
            let reader = ArticleReader(options: ingest)
            let oldArticle = try Self.readOne(reader, oldPath)
            let newArticle = try Self.readOne(reader, newPath)
            let result = try ArticleDiff.compare(old: oldArticle, new: newArticle, by: granularity, options: options)
            let bytes: [UInt8]
            switch format {
            case .json, .jsonl: bytes = result.json()
            case .markdown: bytes = DiffMarkdownRenderer().render(result)
            case .html: bytes = DiffHTMLRenderer().render(result)
            case .text, .tei: bytes = DiffTextRenderer(color: colored).render(result)
            }
            let writer = try OutputWriter(path: destination)
            do {
                try writer.write(bytes)
                try writer.commit()
            } catch {
                writer.discard()
                throw error
            }
        }
    }

    /// Whether `NO_COLOR` is set to a non-empty value (https://no-color.org).
    private static var noColor: Bool {
        guard let value = getenv("NO_COLOR") else { return false }
        return value.pointee != 0
    }

    /// Reads the one article of an input.
    private static func readOne(_ reader: ArticleReader, _ path: String) throws -> Article {
        let articles = try reader.read(path: path)
        guard articles.count == 1, let article = articles.first else {
            throw IngestError.notOneArticle(path: path, count: articles.count)
        }
        return article
    }
}

/// When `crosscheck diff` colours its text output.
enum ColorMode: String, ExpressibleByArgument, CaseIterable {
    case auto
    case always
    case never
}

extension DiffGranularity: ExpressibleByArgument {}
extension TextDiffOptions.Whitespace: ExpressibleByArgument {}
