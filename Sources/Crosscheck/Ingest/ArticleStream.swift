/// The articles of one input, produced one at a time: JSONL is read line by line and WARC record by record, with
/// bounded memory; plain text, JSON and HTML documents are read whole (within the limits) and then handed out.
///
/// Made by ``ArticleReader/open(path:)``. Not thread-safe; use one stream per task.
public final class ArticleStream {
    /// The input's path as given.
    public let path: String
    /// The format the input is read as.
    public let format: ArticleFormat

    private enum Source {
        case articles([Article], next: Int)
        case lines(LineReader, JSONArticleDecoder)
        case warc(WARCArticles)
    }

    private var source: Source
    private let input: InputReader
    private let decoder: JSONArticleDecoder

    /// Bytes read from the file or stream so far (compressed bytes, for compressed input): the stream's position,
    /// for progress reports and checkpoints.
    public var bytesRead: Int { input.bytesRead }

    /// Creates the stream of an opened input.
    /// - Parameters:
    ///   - reader: The opened input.
    ///   - format: The format to read it as.
    ///   - options: Limits, strictness, field names and HTML extraction settings.
    /// - Throws: ``IngestError`` while reading a whole-document format.
    init(reader: InputReader, format: ArticleFormat, options: IngestOptions) throws(IngestError) {
        path = reader.path
        self.format = format
        input = reader
        let decoder = JSONArticleDecoder(path: reader.path, options: options)
        self.decoder = decoder
        switch format {
        case .jsonl:
            source = .lines(LineReader(reader: reader, maxLineBytes: options.limits.maxLineBytes), decoder)
        case .txt:
            // The whole file is one article: stop reading once it cannot fit (a BOM does not count).
            let limit = options.limits.maxArticleBytes
            let bytes = try reader.readAll(
                limit: limit > Int.max - 3 ? limit : limit + 3,
                exceeded: .articleTooLarge(path: reader.path, line: nil, limit: limit))
            source = .articles(
                [try PlainTextArticle.article(from: bytes, path: reader.path, options: options)], next: 0)
        case .json:
            let bytes = try reader.readAll()
            let skip = bytes.starts(with: UTF8Validator.byteOrderMark) ? 3 : 0
            let articles = bytes.withUnsafeBytes { all in
                Result { () throws(IngestError) in
                    try decoder.articles(document: UnsafeRawBufferPointer(rebasing: all[skip...]), byteOffset: skip)
                }
            }
            source = .articles(try articles.get(), next: 0)
        case .html:
            source = .articles([try Self.htmlArticle(reader: reader, options: options)], next: 0)
        case .warc:
            source = .warc(WARCArticles(input: reader, options: options))
        }
    }

    /// Returns the next article, or `nil` when the input is exhausted.
    /// - Returns: The next article in input order.
    /// - Throws: ``IngestError`` naming the file and, for JSONL, the line, for WARC, the record and its byte offset.
    /// - Complexity: O(size of the article) for JSONL, O(size of the records read) for WARC; O(1) for
    ///   whole-document formats.
    public func next() throws(IngestError) -> Article? {
        switch source {
        case .articles(let articles, let index):
            guard index < articles.count else { return nil }
            source = .articles(articles, next: index + 1)
            return articles[index]
        case .lines(let lines, let decoder):
            guard let (line, bytes, offset) = try Self.nextContentLine(lines) else { return nil }
            return try decoder.article(line: bytes, number: line.number, byteOffset: offset)
        case .warc(let records):
            return try records.next()
        }
    }

    /// Reads the next records without decoding JSONL lines: the serial part of reading, for a reader that decodes
    /// on other threads (``ArticleBatch/decode()`` then gives what ``next()`` would have, in order).
    /// - Parameters:
    ///   - maxRecords: The most records in the batch.
    ///   - maxBytes: The batch ends once its lines hold this many bytes.
    /// - Returns: The batch, or `nil` when the input is exhausted. An error ends its batch as a
    ///   ``ArticleBatch/Record/failure(_:)`` record; reading may go on after it as after an error of ``next()``.
    /// - Complexity: O(size of the records read).
    func nextBatch(maxRecords: Int, maxBytes: Int) -> ArticleBatch? {
        var batch = ArticleBatch(decoder: decoder)
        do throws(IngestError) {
            switch source {
            case .lines(let lines, _):
                while batch.records.count < maxRecords && batch.bytes.count < maxBytes,
                    let (line, bytes, offset) = try Self.nextContentLine(lines)
                {
                    let start = batch.bytes.count
                    batch.bytes.append(contentsOf: bytes)
                    batch.records.append(
                        .line(number: line.number, byteOffset: offset, bytes: start ..< batch.bytes.count))
                }
            default:
                while batch.records.count < maxRecords, let article = try next() {
                    batch.records.append(.article(article))
                }
            }
        } catch {
            batch.records.append(.failure(error))
        }
        batch.bytesRead = bytesRead
        return batch.records.isEmpty ? nil : batch
    }

    /// The next line that is not blank, without a leading byte order mark on line 1.
    private static func nextContentLine(
        _ lines: LineReader
    ) throws(IngestError) -> (LineReader.Line, UnsafeRawBufferPointer, Int)? {
        while let line = try lines.next() {
            var bytes = line.bytes
            var offset = line.byteOffset
            if line.number == 1 && bytes.starts(with: UTF8Validator.byteOrderMark) {
                bytes = UnsafeRawBufferPointer(rebasing: bytes.dropFirst(3))
                offset += 3
            }
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            return (line, bytes, offset)
        }
        return nil
    }

    /// Reads a whole HTML page (at most ``HTMLExtractionOptions/maxDocumentBytes``) and extracts its article; the
    /// id is the file's base name (`pages/story.html.gz` → `story`).
    private static func htmlArticle(reader: InputReader, options: IngestOptions) throws(IngestError) -> Article {
        let path = reader.path
        let id = ArticleIdentity.baseName(of: path)
        let limit = options.html.maxDocumentBytes
        let page = try reader.readAll(
            limit: limit, exceeded: .web(path: path, error: .documentTooLarge(id: id, limit: limit)))
        do {
            var article = try HTMLExtractor(options: options.html).extract(html: page, id: id)
            article.origin = ArticleOrigin(path: path)
            return article
        } catch {
            throw .web(path: path, error: error)
        }
    }
}
