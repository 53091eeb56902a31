import ArgumentParser
internal import CMalloc
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
        try Self.execute(
            Settings(
                old: old, new: new, granularity: granularity, whitespace: whitespace, noMoves: noMoves, color: color,
                ingest: input.ingestOptions(), format: output.format, output: output.output))
    }

    /// Everything `diff` needs from its command line.
    struct Settings {
        var old: String
        var new: String
        var granularity: DiffGranularity = .word
        var whitespace: TextDiffOptions.Whitespace = .folded
        var noMoves = false
        var color: ColorMode = .auto
        /// The ingest options: `InputOptions.ingestOptions()` when parsed, its defaults (and `--lossy`) when fast.
        var ingest = InputOptions.ingestOptions(lossy: false)
        var format: OutputFormat? = nil
        var output: String? = nil

        /// The settings of a plain `crosscheck diff OLD NEW` command line without the argument parser, or `nil` when
        /// the line has anything else: other options, a repeated option, `=` syntax, `-` as an input, `--help`.
        /// Those (and every usage error) go through ArgumentParser, so the fast path never changes what a command
        /// means; it only skips the parser's start-up (type reflection over every subcommand, about 20 million
        /// instructions, most of the time of a small diff).
        /// - Parameter arguments: The command line without the program name.
        init?(fastParsing arguments: [String]) {
            guard arguments.count >= 3, arguments[0] == "diff" else { return nil }
            var positionals: [String] = []
            // An array, not a `Set`: a handful of options, and no hashing set-up on the start-up path.
            var seen: [String] = []
            var k = 1
            while k < arguments.count {
                let argument = arguments[k]
                k += 1
                guard argument.hasPrefix("-") else {
                    positionals.append(argument)
                    continue
                }
                guard !seen.contains(argument) else { return nil }
                seen.append(argument)
                switch argument {
                case "--no-moves": noMoves = true
                case "--lossy": ingest = InputOptions.ingestOptions(lossy: true)
                case "--by", "--whitespace", "--color", "--format", "-o", "--output":
                    guard k < arguments.count, arguments[k] == "-" || !arguments[k].hasPrefix("-") else { return nil }
                    let value = arguments[k]
                    k += 1
                    switch argument {
                    case "--by":
                        guard let parsed = DiffGranularity(rawValue: value) else { return nil }
                        granularity = parsed
                    case "--whitespace":
                        guard let parsed = TextDiffOptions.Whitespace(rawValue: value) else { return nil }
                        whitespace = parsed
                    case "--color":
                        guard let parsed = ColorMode(rawValue: value) else { return nil }
                        color = parsed
                    case "--format":
                        guard let parsed = OutputFormat(rawValue: value), DiffCommand.formats.contains(parsed) else {
                            return nil
                        }
                        format = parsed
                    default:
                        guard !seen.contains(argument == "-o" ? "--output" : "-o") else { return nil }
                        output = value
                    }
                default: return nil
                }
            }
            guard positionals.count == 2, !positionals.contains("-") else { return nil }
            old = positionals[0]
            new = positionals[1]
        }

        init(
            old: String, new: String, granularity: DiffGranularity, whitespace: TextDiffOptions.Whitespace,
            noMoves: Bool, color: ColorMode, ingest: IngestOptions, format: OutputFormat?, output: String?
        ) {
            (self.old, self.new, self.granularity, self.whitespace) = (old, new, granularity, whitespace)
            (self.noMoves, self.color, self.ingest) = (noMoves, color, ingest)
            (self.format, self.output) = (format, output)
        }
    }

    /// The formats `diff` writes.
    static let formats: [OutputFormat] = [.text, .json, .markdown, .html]

    /// Runs a diff.
    /// - Parameter settings: The parsed command line.
    /// - Throws: `ValidationError` for an unsupported format, `ExitCode` 2 or 3 after reporting an input or internal
    ///   error.
    static func execute(_ settings: Settings) throws {
        let format = try OutputOptions.resolvedFormat(
            format: settings.format, output: settings.output, supported: formats, fallback: .json)
        var ingest = settings.ingest
        // Each text becomes a `SourceText` right away: it can take the bytes the text was decoded from.
        ingest.keepsTextBytes = true
        let options = TextDiffOptions(whitespace: settings.whitespace, detectMoves: !settings.noMoves)
        let (oldPath, newPath, granularity, destination, color) = (
            settings.old, settings.new, settings.granularity, settings.output, settings.color
        )
        let colored =
            format == .text
            && (color == .always
                || (color == .auto && (destination == nil || destination == "-") && isatty(STDOUT_FILENO) == 1
                    && !Self.noColor))
        try CommandFailure.run {
            let reader = ArticleReader(options: ingest)
            let inputBytes = Self.fileBytes(oldPath) + Self.fileBytes(newPath)
            if inputBytes >= Self.heapPreparationMinimumBytes {
                _ = cc_prepare_heap(inputBytes * Self.heapBytesPerInputByte + (2 << 20))
            }
            let (oldArticle, newArticle) = try Self.readBoth(
                reader, oldPath, newPath, inParallel: inputBytes >= Self.parallelReadingMinimumBytes)
            let result = try ArticleDiff.compare(old: oldArticle, new: newArticle, by: granularity, options: options)
            let writer = try OutputWriter(path: destination)
            do {
                switch format {
                case .json, .jsonl: try result.writeJSON { (piece) throws(OutputError) in try writer.write(piece) }
                case .markdown: try writer.write(DiffMarkdownRenderer().render(result))
                case .html: try writer.write(DiffHTMLRenderer().render(result))
                case .text, .tei: try writer.write(DiffTextRenderer(color: colored).render(result))
                }
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

    /// Inputs of at least this many bytes together prepare the heap for large blocks (``cc_prepare_heap``).
    static let heapPreparationMinimumBytes = 64 << 10
    /// How much heap a word diff with JSON output uses per input byte, at most about (measured peaks of the
    /// generated edited pairs: 5 to 6; of an unrelated 1 MB pair: 10). Only the pages touched cost memory.
    static let heapBytesPerInputByte = 8
    /// Inputs of at least this many bytes together are read on two threads.
    static let parallelReadingMinimumBytes = 256 << 10

    /// The size of a regular file, or 0 (standard input, anything else, or a file that cannot be examined).
    private static func fileBytes(_ path: String) -> Int {
        guard path != "-" else { return 0 }
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return 0 }
        return Int(info.st_size)
    }

    /// Reads the articles of both inputs, the new one on a second thread when asked. Errors are reported as a
    /// sequential read would: the old input's first.
    private static func readBoth(_ reader: ArticleReader, _ oldPath: String, _ newPath: String, inParallel: Bool)
        throws -> (Article, Article)
    {
        guard inParallel, oldPath != "-", newPath != "-" else {
            let oldArticle = try readOne(reader, oldPath)
            return (oldArticle, try readOne(reader, newPath))
        }
        let reading = BackgroundJob { Result { try readOne(reader, newPath) } }
        let oldResult = Result { try readOne(reader, oldPath) }
        let newResult = reading.value()
        return (try oldResult.get(), try newResult.get())
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
