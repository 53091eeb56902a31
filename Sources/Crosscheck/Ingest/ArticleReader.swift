/// Reads articles from files or standard input in any supported format (CONTRACT.md, "Inputs"), compressed or not.
///
/// The format is ``IngestOptions/format`` when set, else taken from the extension (after `.gz`), else sniffed from
/// the content. Plain text yields one article whose `text` is the decoded file; JSON yields one article or an array
/// of them; JSONL yields one article per non-blank line and is streamed, so corpora of millions of lines are read in
/// bounded memory. HTML yields the page's article (main text extracted by ``HTMLExtractor``); WARC yields one
/// article per HTML `response` or `resource` record and is streamed record by record, compressed or not.
///
/// ```swift
/// let reader = ArticleReader(options: IngestOptions(lossy: true))
/// try reader.forEachArticle(path: "corpus/day1.jsonl.gz") { article in print(article.id) }
/// ```
public struct ArticleReader: Sendable {
    /// How many decompressed bytes are examined to sniff a format.
    public static let sniffBytes = 64 << 10

    /// Limits, strictness, field names and forced format.
    public var options: IngestOptions

    /// Creates a reader.
    /// - Parameter options: How to read; defaults to strict UTF-8, default limits, no field mapping.
    public init(options: IngestOptions = IngestOptions()) {
        self.options = options
    }

    /// Opens an input and returns the stream of its articles.
    /// - Parameter path: A file path, or `-` for standard input.
    /// - Returns: A stream yielding the articles in input order.
    /// - Throws: ``IngestError`` if the input cannot be opened or (for whole-document formats: plain text, JSON,
    ///   HTML) it is malformed or over a limit.
    public func open(path: String) throws(IngestError) -> ArticleStream {
        let input = try InputReader(path: path, limits: options.limits)
        let format: ArticleFormat
        if let forced = options.format {
            format = forced
        } else if let named = ArticleFormat.fromPath(path) {
            format = named
        } else {
            format = ArticleFormat.sniff(try input.peek(atLeast: Self.sniffBytes))
        }
        return try ArticleStream(reader: input, format: format, options: options)
    }

    /// Reads all articles of an input.
    /// - Parameter path: A file path, or `-` for standard input.
    /// - Returns: The articles in input order.
    /// - Throws: ``IngestError`` naming the file, and the line or byte where known.
    /// - Complexity: O(n) in the input size; holds every article in memory (use ``forEachArticle(path:_:)`` for
    ///   corpora).
    public func read(path: String) throws(IngestError) -> [Article] {
        let stream = try open(path: path)
        var articles: [Article] = []
        while let article = try stream.next() { articles.append(article) }
        return articles
    }

    /// Calls `body` with each article of an input, in order, streaming JSONL and WARC with bounded memory.
    /// - Parameters:
    ///   - path: A file path, or `-` for standard input.
    ///   - body: Called once per article; an error it throws stops reading and is rethrown.
    /// - Throws: ``IngestError`` for input problems, or whatever `body` throws.
    public func forEachArticle(path: String, _ body: (Article) throws -> Void) throws {
        let stream = try open(path: path)
        while let article = try stream.next() { try body(article) }
    }
}
