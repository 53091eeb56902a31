/// Why a web page or web archive could not be read.
///
/// WARC errors name the input, the 1-based record number and the byte offset where the record starts in the
/// (decompressed) input. ``ArticleReader`` reports these errors as ``IngestError/web(path:error:)``.
public enum WebError: CrosscheckError, Hashable {
    /// libxml2 could not be loaded (it is loaded on first use) or could not allocate a parser (out of memory).
    case parserUnavailable
    /// A page is larger than ``HTMLExtractionOptions/maxDocumentBytes``.
    case documentTooLarge(id: String, limit: Int)
    /// A WARC record does not start with a `WARC/1.0` or `WARC/1.1` version line.
    case malformedWARCVersion(source: String, record: Int, byteOffset: Int, line: String)
    /// A WARC record's header block is malformed (no `Content-Length`, a bad field line, …).
    case malformedWARCHeader(source: String, record: Int, byteOffset: Int, reason: String)
    /// A WARC record's header block is longer than ``WARCReader/Limits/maxHeaderBytes``.
    case warcHeaderTooLarge(source: String, record: Int, byteOffset: Int, limit: Int)
    /// A WARC record's content (or the page it holds) is longer than ``WARCReader/Limits/maxRecordBytes`` (or
    /// ``HTMLExtractionOptions/maxDocumentBytes``).
    case warcRecordTooLarge(source: String, record: Int, byteOffset: Int, length: Int, limit: Int)
    /// The input ended inside a WARC record; `missingBytes` is how much of its content did not arrive, when known.
    case truncatedWARCRecord(source: String, record: Int, byteOffset: Int, missingBytes: Int?)
    /// A `response` record's HTTP message is malformed (bad status line, no end of the header block, …).
    case malformedHTTPResponse(source: String, record: Int, byteOffset: Int, reason: String)
    /// A `response` record's body could not be decoded (`Content-Encoding`).
    case contentDecodingFailed(source: String, record: Int, byteOffset: Int, encoding: String, reason: String)

    /// Input errors (exit status 2), except ``parserUnavailable``, which is a resource failure of Crosscheck
    /// (``FailureKind/internal``).
    public var failureKind: FailureKind {
        self == .parserUnavailable ? .internal : .input
    }

    /// The input the error names (a path, or `-` for standard input), for the WARC errors; `nil` for page errors,
    /// which name the page by its article id.
    public var source: String? {
        switch self {
        case .parserUnavailable, .documentTooLarge:
            return nil
        case .malformedWARCVersion(let source, _, _, _), .malformedWARCHeader(let source, _, _, _),
            .warcHeaderTooLarge(let source, _, _, _), .warcRecordTooLarge(let source, _, _, _, _),
            .truncatedWARCRecord(let source, _, _, _), .malformedHTTPResponse(let source, _, _, _),
            .contentDecodingFailed(let source, _, _, _, _):
            return source
        }
    }

    /// A one-line, lowercase message naming the input (quoted; `-` is `standard input`), the record and the byte
    /// where it starts: `'crawl.warc.gz': truncated warc record 5 at byte 2279, 344 bytes missing`.
    public var description: String {
        switch self {
        case .parserUnavailable:
            return "the html parser could not be created (libxml2 could not be loaded, or out of memory)"
        case .documentTooLarge(let id, let limit):
            return "html page '\(id)' is larger than the limit of \(limit) bytes"
        case .malformedWARCVersion(let source, let record, let offset, let line):
            return "\(Self.name(source)): warc record \(record) at byte \(offset) does not start with a warc version "
                + "line (found '\(line)')"
        case .malformedWARCHeader(let source, let record, let offset, let reason):
            return "\(Self.name(source)): warc record \(record) at byte \(offset) has a malformed header: \(reason)"
        case .warcHeaderTooLarge(let source, let record, let offset, let limit):
            return "\(Self.name(source)): the header of warc record \(record) at byte \(offset) is longer than "
                + "\(limit) bytes"
        case .warcRecordTooLarge(let source, let record, let offset, let length, let limit):
            return "\(Self.name(source)): warc record \(record) at byte \(offset) has \(length) bytes of content, "
                + "more than the limit of \(limit) bytes"
        case .truncatedWARCRecord(let source, let record, let offset, let missing):
            let detail = missing.map { ", \($0) bytes missing" } ?? ""
            return "\(Self.name(source)): truncated warc record \(record) at byte \(offset)\(detail)"
        case .malformedHTTPResponse(let source, let record, let offset, let reason):
            return "\(Self.name(source)): warc record \(record) at byte \(offset) holds a malformed http response: "
                + reason
        case .contentDecodingFailed(let source, let record, let offset, let encoding, let reason):
            return "\(Self.name(source)): warc record \(record) at byte \(offset): cannot decode content-encoding "
                + "'\(encoding)': \(reason)"
        }
    }

    /// `'path'`, or `standard input` for `-`.
    private static func name(_ source: String) -> String {
        source == "-" ? "standard input" : "'\(source)'"
    }
}
