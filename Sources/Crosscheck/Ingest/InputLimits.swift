/// Resource limits that every reader of user input enforces, so hostile or broken inputs (decompression bombs,
/// endless lines, deeply nested JSON) end in a clean ``IngestError`` instead of exhausting memory or the stack.
///
/// The defaults suit news articles and multi-gigabyte corpora on an ordinary machine; every limit can be changed
/// from the command line (`--max-input-bytes`, `--max-decompressed-bytes`, `--max-ratio`, `--max-line-bytes`,
/// `--max-json-depth`, `--max-article-bytes`).
public struct InputLimits: Sendable, Hashable {
    /// The most bytes read from one input file or stream, before decompression. Default: 1 GiB.
    public var maxInputBytes: Int
    /// The most bytes one input may decompress to (for uncompressed input, the same as its size). Default: 4 GiB.
    public var maxDecompressedBytes: Int
    /// The highest ratio of decompressed to compressed bytes allowed while decompressing. Default: 1000.
    ///
    /// Ordinary text compresses 3 to 10 times; a ratio near 1000 only comes from long runs of one byte, the usual
    /// shape of a decompression bomb. The ratio is checked continuously as data streams, once more than
    /// ``ratioGraceBytes`` have been decompressed.
    public var maxCompressionRatio: Int
    /// Decompressed output below this size is never rejected for its ratio, so tiny, highly repetitive inputs pass.
    /// Default: 1 MiB.
    public var ratioGraceBytes: Int
    /// The longest line of a line-oriented input (JSONL), in bytes, without its line break. Default: 64 MiB.
    public var maxLineBytes: Int
    /// The deepest nesting of arrays and objects accepted in JSON input. Default: 64.
    public var maxJSONDepth: Int
    /// The longest article text, in UTF-8 bytes. Default: 64 MiB.
    public var maxArticleBytes: Int

    /// Creates limits; every parameter defaults to the documented default.
    /// - Parameters:
    ///   - maxInputBytes: The most bytes read from one input before decompression.
    ///   - maxDecompressedBytes: The most bytes one input may decompress to.
    ///   - maxCompressionRatio: The highest decompressed/compressed ratio.
    ///   - ratioGraceBytes: Decompressed size below which the ratio is not checked.
    ///   - maxLineBytes: The longest line of a JSONL input.
    ///   - maxJSONDepth: The deepest JSON nesting.
    ///   - maxArticleBytes: The longest article text.
    public init(
        maxInputBytes: Int = 1 << 30,
        maxDecompressedBytes: Int = 4 << 30,
        maxCompressionRatio: Int = 1000,
        ratioGraceBytes: Int = 1 << 20,
        maxLineBytes: Int = 64 << 20,
        maxJSONDepth: Int = 64,
        maxArticleBytes: Int = 64 << 20
    ) {
        self.maxInputBytes = maxInputBytes
        self.maxDecompressedBytes = maxDecompressedBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioGraceBytes = ratioGraceBytes
        self.maxLineBytes = maxLineBytes
        self.maxJSONDepth = maxJSONDepth
        self.maxArticleBytes = maxArticleBytes
    }

    /// The documented defaults: 1 GiB input, 4 GiB decompressed, ratio 1000 (after 1 MiB), 64 MiB lines,
    /// JSON depth 64, 64 MiB articles.
    public static let `default` = InputLimits()

    /// No practical limit on sizes or ratio (JSON depth stays bounded, since deep nesting can exhaust the stack).
    /// For benchmarks and trusted inputs only.
    public static let unlimited = InputLimits(
        maxInputBytes: .max, maxDecompressedBytes: .max, maxCompressionRatio: .max, ratioGraceBytes: 0,
        maxLineBytes: .max, maxJSONDepth: 512, maxArticleBytes: .max
    )
}
