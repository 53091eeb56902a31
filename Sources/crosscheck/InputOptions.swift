import ArgumentParser
import Crosscheck

/// The options of every command that reads articles: UTF-8 strictness, field mapping, forced format and limits.
struct InputOptions: ParsableArguments {
    @Flag(help: "Replace invalid UTF-8 with U+FFFD instead of failing.")
    var lossy = false

    @Option(
        name: .customLong("field"),
        help: ArgumentHelp(
            "Read the article field FIELD from the input field NAME (repeatable), e.g. --field text=body.",
            valueName: "FIELD=NAME"))
    var fields: [String] = []

    @Option(
        name: .customLong("input-format"),
        help: "Read every input as this format instead of detecting it from the extension or content.")
    var inputFormat: ArticleFormat?

    @Option(help: "Most bytes read from one input before decompression (K/M/G suffixes, or 'unlimited').")
    var maxInputBytes = ByteCount(InputLimits.default.maxInputBytes)

    @Option(help: "Most bytes one input may decompress to.")
    var maxDecompressedBytes = ByteCount(InputLimits.default.maxDecompressedBytes)

    @Option(help: "Highest decompressed/compressed ratio, against decompression bombs.")
    var maxRatio = InputLimits.default.maxCompressionRatio

    @Option(help: "Longest JSONL line.")
    var maxLineBytes = ByteCount(InputLimits.default.maxLineBytes)

    @Option(help: "Deepest nesting of JSON arrays and objects.")
    var maxJSONDepth = InputLimits.default.maxJSONDepth

    @Option(help: "Longest article text, in UTF-8 bytes.")
    var maxArticleBytes = ByteCount(InputLimits.default.maxArticleBytes)

    func validate() throws {
        do {
            _ = try FieldMap(parsing: fields)
        } catch {
            throw ValidationError(error.description)
        }
        guard maxRatio > 0 else { throw ValidationError("--max-ratio must be positive") }
        guard maxJSONDepth > 0 else { throw ValidationError("--max-json-depth must be positive") }
    }

    /// The library options these command-line options describe.
    /// - Throws: `ValidationError` for a bad `--field` (already caught by `validate()`).
    func ingestOptions() throws -> IngestOptions {
        let fieldMap: FieldMap
        do {
            fieldMap = try FieldMap(parsing: fields)
        } catch {
            throw ValidationError(error.description)
        }
        let limits = InputLimits(
            maxInputBytes: maxInputBytes.bytes,
            maxDecompressedBytes: maxDecompressedBytes.bytes,
            maxCompressionRatio: maxRatio,
            maxLineBytes: maxLineBytes.bytes,
            maxJSONDepth: maxJSONDepth,
            maxArticleBytes: maxArticleBytes.bytes)
        return Self.ingestOptions(lossy: lossy, fieldMap: fieldMap, format: inputFormat, limits: limits)
    }

    /// The library options for given option values, defaulting to what these options default to. The `diff` fast
    /// path (which has no parsed `InputOptions`) calls it with only `lossy`, so both paths share one set of defaults.
    /// - Parameters:
    ///   - lossy: `--lossy`.
    ///   - fieldMap: The parsed `--field` mappings.
    ///   - format: `--input-format`.
    ///   - limits: The `--max-…` limits; the option defaults are ``InputLimits/default``.
    /// - Returns: The ingest options.
    static func ingestOptions(
        lossy: Bool, fieldMap: FieldMap = FieldMap(), format: ArticleFormat? = nil, limits: InputLimits = .default
    ) -> IngestOptions {
        IngestOptions(limits: limits, lossy: lossy, fieldMap: fieldMap, format: format)
    }
}

extension ArticleFormat: ExpressibleByArgument {}
