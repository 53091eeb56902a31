/// Reads WARC/1.0 and WARC/1.1 records from a byte stream that arrives in chunks of any size.
///
/// Feed it the uncompressed bytes of a WARC file (for `.warc.gz`, the output of a gzip inflater, chunk by chunk)
/// with ``append(_:)``; each call returns the records completed by that chunk. Call ``finish()`` at the end of the
/// input: it reports a record cut off by the end of the input. Only one record's bytes are held at a time.
///
/// ```swift
/// var reader = WARCReader(source: "crawl.warc")
/// for chunk in chunks { for record in try reader.append(chunk) { … } }
/// try reader.finish()
/// ```
public struct WARCReader: Sendable {
    /// Size limits that keep a malformed or hostile input from exhausting memory.
    public struct Limits: Sendable, Hashable {
        /// The longest header block accepted, in bytes.
        public var maxHeaderBytes: Int
        /// The longest content block accepted, in bytes.
        public var maxRecordBytes: Int

        /// Creates limits.
        /// - Parameters:
        ///   - maxHeaderBytes: The longest header block (default 64 KiB).
        ///   - maxRecordBytes: The longest content block (default 256 MiB).
        public init(maxHeaderBytes: Int = 64 << 10, maxRecordBytes: Int = 256 << 20) {
            self.maxHeaderBytes = maxHeaderBytes
            self.maxRecordBytes = maxRecordBytes
        }
    }

    /// The input's name, used in records and errors.
    public let source: String
    /// The size limits.
    public let limits: Limits

    /// The record whose content is being read, if any.
    private var current: WARCRecord?
    /// Content bytes still to come for `current`.
    private var remaining = 0
    /// Bytes received and not yet consumed, from `position` on.
    private var pending: [UInt8] = []
    /// The first unconsumed byte of `pending`.
    private var position = 0
    /// How far `pending` has been searched for the end of a header block.
    private var scanned = 0
    /// Stream offset of `pending[0]`.
    private var pendingOffset = 0
    /// Records started so far.
    private var recordCount = 0

    /// Creates a reader.
    /// - Parameters:
    ///   - source: The input's name for records and messages (a path, or `-`).
    ///   - limits: The size limits.
    public init(source: String = "-", limits: Limits = .init()) {
        self.source = source
        self.limits = limits
    }

    /// Reads every record of a complete WARC file held in memory.
    /// - Parameters:
    ///   - bytes: The uncompressed file.
    ///   - source: The input's name.
    ///   - limits: The size limits.
    /// - Returns: The records in order.
    /// - Throws: ``WebError`` for a malformed, oversized or truncated record.
    public static func records(in bytes: [UInt8], source: String = "-", limits: Limits = .init())
        throws(WebError) -> [WARCRecord]
    {
        var reader = WARCReader(source: source, limits: limits)
        let records = try reader.append(bytes)
        try reader.finish()
        return records
    }

    /// Consumes the next chunk of the input.
    /// - Parameter chunk: The next bytes, in order; any size, including empty.
    /// - Returns: The records completed by this chunk, in order.
    /// - Throws: ``WebError`` for a malformed or oversized record.
    /// - Complexity: O(chunk size), amortised.
    public mutating func append(_ chunk: some Collection<UInt8>) throws(WebError) -> [WARCRecord] {
        var completed: [WARCRecord] = []
        pending.append(contentsOf: chunk)
        defer { compact() }
        while true {
            if current != nil {
                let take = min(remaining, pending.count - position)
                current?.content.append(contentsOf: pending[position ..< position + take])
                position += take
                remaining -= take
                guard remaining == 0, let record = current else { return completed }
                completed.append(record)
                current = nil
                continue
            }
            skipSeparators()
            guard let headerEnd = findHeaderEnd() else {
                if pending.count - position > limits.maxHeaderBytes {
                    throw .warcHeaderTooLarge(
                        source: source, record: recordCount + 1, byteOffset: pendingOffset + position,
                        limit: limits.maxHeaderBytes)
                }
                return completed
            }
            try startRecord(headerEnd: headerEnd)
        }
    }

    /// Declares the end of the input.
    /// - Throws: ``WebError/truncatedWARCRecord(source:record:byteOffset:missingBytes:)`` when the input ended
    ///   inside a record.
    public mutating func finish() throws(WebError) {
        if let record = current {
            throw .truncatedWARCRecord(
                source: source, record: record.number, byteOffset: record.byteOffset, missingBytes: remaining)
        }
        skipSeparators()
        if position < pending.count {
            throw .truncatedWARCRecord(
                source: source, record: recordCount + 1, byteOffset: pendingOffset + position, missingBytes: nil)
        }
    }

    /// Drops consumed bytes from the front of `pending`.
    private mutating func compact() {
        guard position > 0 else { return }
        pending.removeFirst(position)
        pendingOffset += position
        scanned = max(0, scanned - position)
        position = 0
    }

    /// Steps over the CR/LF bytes that end the previous record.
    private mutating func skipSeparators() {
        while position < pending.count && (pending[position] == 0x0D || pending[position] == 0x0A) {
            position += 1
        }
    }

    /// The index just past the blank line that ends the header block starting at `position`, if it has arrived.
    private mutating func findHeaderEnd() -> Int? {
        var index = max(scanned, position + 1)
        let limit = min(pending.count, position + limits.maxHeaderBytes + 4)
        while index < limit {
            if pending[index] == 0x0A {
                if pending[index - 1] == 0x0A { return index + 1 }
                if index - 2 >= position && pending[index - 1] == 0x0D && pending[index - 2] == 0x0A {
                    return index + 1
                }
            }
            index += 1
        }
        scanned = max(position + 1, limit)
        return nil
    }

    /// Parses the header block `pending[position ..< headerEnd]` and starts reading the record's content.
    private mutating func startRecord(headerEnd: Int) throws(WebError) {
        recordCount += 1
        let offset = pendingOffset + position
        if headerEnd - position > limits.maxHeaderBytes + 4 {
            throw .warcHeaderTooLarge(
                source: source, record: recordCount, byteOffset: offset, limit: limits.maxHeaderBytes)
        }
        let lines = pending[position ..< headerEnd].headerLines
        position = headerEnd
        scanned = headerEnd
        guard let first = lines.first, first.starts(with: Array("WARC/".utf8)) else {
            throw .malformedWARCVersion(
                source: source, record: recordCount, byteOffset: offset,
                line: String(decoding: (lines.first ?? []).prefix(40), as: UTF8.self))
        }
        let fields: [HeaderField]
        switch [HeaderField].parse(Array(lines.dropFirst())) {
        case .success(let parsed): fields = parsed
        case .failure(let error):
            throw .malformedWARCHeader(
                source: source, record: recordCount, byteOffset: offset, reason: "bad field line '\(error.line)'")
        }
        guard let lengthText = fields.value(named: "Content-Length") else {
            throw .malformedWARCHeader(
                source: source, record: recordCount, byteOffset: offset, reason: "no Content-Length")
        }
        guard let length = Int(lengthText), length >= 0 else {
            throw .malformedWARCHeader(
                source: source, record: recordCount, byteOffset: offset,
                reason: "Content-Length '\(lengthText)' is not a byte count")
        }
        guard length <= limits.maxRecordBytes else {
            throw .warcRecordTooLarge(
                source: source, record: recordCount, byteOffset: offset, length: length,
                limit: limits.maxRecordBytes)
        }
        var content = [UInt8]()
        content.reserveCapacity(length)
        current = WARCRecord(
            source: source, number: recordCount, byteOffset: offset,
            version: String(decoding: first, as: UTF8.self).trimmedHTMLSpace, headers: fields, content: content)
        remaining = length
    }
}
