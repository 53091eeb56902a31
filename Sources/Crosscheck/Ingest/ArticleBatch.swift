/// A run of records of one input, read but not yet decoded: the unit a parallel reader hands to worker threads.
///
/// ``ArticleStream/nextBatch(maxRecords:maxBytes:)`` does the serial part of reading (inflating, splitting lines,
/// WARC framing) and copies each JSONL line into the batch; ``decode()`` does the rest (UTF-8 validation, JSON, the
/// article's fields) and can run on any thread. Decoding a batch gives exactly the articles and errors, in the same
/// order, that calling ``ArticleStream/next()`` repeatedly would have.
struct ArticleBatch: Sendable {
    /// One record of the batch.
    enum Record: Sendable {
        /// A JSONL line, to decode: its 1-based number, its offset in the decompressed input, and its bytes in
        /// ``ArticleBatch/bytes``.
        case line(number: Int, byteOffset: Int, bytes: Range<Int>)
        /// An article already decoded while reading (WARC records and whole-document formats).
        case article(Article)
        /// An error met while reading; it is the batch's last record.
        case failure(IngestError)
    }

    /// The decoder of the JSONL lines.
    let decoder: JSONArticleDecoder
    /// The records, in input order.
    var records: [Record] = []
    /// The lines' bytes, back to back.
    var bytes: [UInt8] = []
    /// The input's position (compressed bytes read) after the batch's last record.
    var bytesRead = 0

    /// Decodes every record.
    /// - Returns: One article or error per record, in order.
    /// - Complexity: O(n) in the batch's size.
    func decode() -> [Result<Article, IngestError>] {
        bytes.withUnsafeBytes { all in
            records.map { record -> Result<Article, IngestError> in
                switch record {
                case .line(let number, let offset, let range):
                    return Result { () throws(IngestError) in
                        try decoder.article(
                            line: UnsafeRawBufferPointer(rebasing: all[range]), number: number, byteOffset: offset)
                    }
                case .article(let article): return .success(article)
                case .failure(let error): return .failure(error)
                }
            }
        }
    }
}
