/// The articles of a WARC input, read as a stream: decompressed chunks from the ``InputReader`` go into a
/// ``WARCReader``, and each completed record that holds an HTML page becomes an article through
/// ``HTMLExtractor/extract(record:)``.
///
/// Memory is bounded by the largest record plus one chunk, whatever the size of the file; a `.warc.gz` streams
/// through the gzip inflater record by record. Errors name the file, the record and the byte where it starts.
final class WARCArticles {
    private let input: InputReader
    private let extractor: HTMLExtractor
    private var warc: WARCReader
    /// Completed records not yet turned into articles, last record first (so each is released once taken).
    private var pending: [WARCRecord] = []
    private var endOfInput = false

    /// Creates the stream of an opened input.
    /// - Parameters:
    ///   - input: The opened input (decompressing, if it is compressed).
    ///   - options: The HTML extraction settings and WARC limits.
    init(input: InputReader, options: IngestOptions) {
        self.input = input
        extractor = HTMLExtractor(options: options.html)
        warc = WARCReader(source: input.path, limits: options.warcLimits)
    }

    /// Returns the next article, or `nil` at the end of the input.
    /// - Returns: The article of the next HTML `response` or `resource` record.
    /// - Throws: ``IngestError/web(path:error:)`` for a malformed, truncated or oversized record or page (a
    ///   compressed input that ends inside a record is a truncated record), or an ``IngestError`` of the input.
    /// - Complexity: O(size of the records read), amortised.
    func next() throws(IngestError) -> Article? {
        while true {
            while let record = pending.popLast() {
                do {
                    if let article = try extractor.extract(record: record) { return article }
                } catch {
                    throw .web(path: input.path, error: error)
                }
            }
            if endOfInput { return nil }
            try readRecords()
        }
    }

    /// Reads the next chunk of the input into the WARC reader and queues the records it completes.
    private func readRecords() throws(IngestError) {
        let chunk: UnsafeRawBufferPointer?
        do {
            chunk = try input.nextChunk()
        } catch {
            // A cut compressed stream: say which record it cut, if it cut one.
            if case .truncatedStream = error { try finishWARC() }
            throw error
        }
        guard let chunk else {
            endOfInput = true
            try finishWARC()
            return
        }
        do {
            pending = try warc.append(chunk)
        } catch {
            throw .web(path: input.path, error: error)
        }
        pending.reverse()
    }

    private func finishWARC() throws(IngestError) {
        do {
            try warc.finish()
        } catch {
            throw .web(path: input.path, error: error)
        }
    }
}
