/// The serial half of reading a corpus: opens the inputs one after the other and cuts each into batches of records
/// (``ArticleStream/nextBatch(maxRecords:maxBytes:)``: inflating, splitting lines, WARC framing), leaving the
/// decoding of the records to whichever worker takes the batch.
///
/// Not thread-safe: the corpus pipeline calls ``next()`` from one job at a time, in job order (an
/// ``OrderedTurns`` section), so the batches come out in input order whatever thread reads them.
final class CorpusReader: @unchecked Sendable {
    /// What one call read.
    struct Batch: Sendable {
        /// The index of the input in the run's inputs.
        var input: Int
        /// The records, to decode; `nil` when the input could not be opened, or for the mark of its end.
        var records: ArticleBatch?
        /// Why the input could not be opened (the batch is then the input's only one).
        var openError: IngestError?
        /// The input's position after the batch (compressed bytes read).
        var bytesRead: Int
        /// Whether this is the input's last batch: its end, or an error that spoils the rest of it.
        var endsInput: Bool
    }

    private let inputs: [String]
    private let ingest: IngestOptions
    private let maxRecords: Int
    private let maxBytes: Int
    private var index = 0
    private var stream: ArticleStream?

    /// Creates a reader.
    /// - Parameters:
    ///   - inputs: Paths, or `-` for standard input (read as JSON lines unless a format is forced).
    ///   - ingest: How to read them.
    ///   - maxRecords: The most records per batch.
    ///   - maxBytes: A batch ends once its lines hold this many bytes.
    init(inputs: [String], ingest: IngestOptions, maxRecords: Int, maxBytes: Int) {
        self.inputs = inputs
        self.ingest = ingest
        self.maxRecords = maxRecords
        self.maxBytes = maxBytes
    }

    /// Reads the next batch.
    /// - Returns: The batch, or `nil` when every input has been read.
    /// - Complexity: O(size of the records read).
    func next() -> Batch? {
        while index < inputs.count {
            let input = index
            guard let stream else {
                var options = ingest
                if inputs[input] == "-" && options.format == nil { options.format = .jsonl }
                do {
                    stream = try ArticleReader(options: options).open(path: inputs[input])
                } catch {
                    index += 1
                    return Batch(input: input, records: nil, openError: error, bytesRead: 0, endsInput: true)
                }
                continue
            }
            guard let records = stream.nextBatch(maxRecords: maxRecords, maxBytes: maxBytes) else {
                self.stream = nil
                index += 1
                return Batch(input: input, records: nil, openError: nil, bytesRead: stream.bytesRead, endsInput: true)
            }
            var endsInput = false
            if case .failure(let error) = records.records.last, CorpusIssue.scope(of: error) == .restOfInput {
                // Reading stops at such an error; what was read before is kept.
                self.stream = nil
                index += 1
                endsInput = true
            }
            return Batch(
                input: input, records: records, openError: nil, bytesRead: records.bytesRead, endsInput: endsInput)
        }
        return nil
    }
}
