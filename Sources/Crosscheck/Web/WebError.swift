/// Why a web page or web archive could not be read.
public enum WebError: Error, Hashable, Sendable, CustomStringConvertible {
    /// libxml2 could not allocate a parser (out of memory).
    case parserUnavailable
    /// A page is larger than ``HTMLExtractionOptions/maxDocumentBytes``.
    case documentTooLarge(id: String, bytes: Int, limit: Int)
    /// A WARC record does not start with a `WARC/1.0` or `WARC/1.1` version line.
    case malformedWARCVersion(source: String, record: Int, byteOffset: Int, line: String)
    /// A WARC record's header block is malformed (no `Content-Length`, a bad field line, …).
    case malformedWARCHeader(source: String, record: Int, byteOffset: Int, reason: String)
    /// A WARC record's header block is longer than ``WARCReader/Limits/maxHeaderBytes``.
    case warcHeaderTooLarge(source: String, record: Int, byteOffset: Int, limit: Int)
    /// A WARC record's content is longer than ``WARCReader/Limits/maxRecordBytes``.
    case warcRecordTooLarge(source: String, record: Int, byteOffset: Int, length: Int, limit: Int)
    /// The input ended inside a WARC record.
    case truncatedWARCRecord(source: String, record: Int, byteOffset: Int, missingBytes: Int?)
    /// A `response` record's HTTP message is malformed (bad status line, bad chunked encoding, …).
    case malformedHTTPResponse(source: String, record: Int, reason: String)
    /// A `response` record's body could not be decoded (`Content-Encoding`).
    case contentDecodingFailed(source: String, record: Int, encoding: String, reason: String)
    /// A gzip-compressed page could not be inflated.
    case corruptGzip(source: String, reason: String)

    /// A one-line, lowercase message naming the input and where in it the problem is.
    public var description: String {
        switch self {
        case .parserUnavailable:
            return "the html parser could not be created (out of memory)"
        case .documentTooLarge(let id, let bytes, let limit):
            return "html page '\(id)' is \(bytes) bytes, more than the limit of \(limit) bytes"
        case .malformedWARCVersion(let source, let record, let offset, let line):
            return "'\(source)': warc record \(record) at byte \(offset) does not start with a warc version line "
                + "(found '\(line)')"
        case .malformedWARCHeader(let source, let record, let offset, let reason):
            return "'\(source)': warc record \(record) at byte \(offset) has a malformed header: \(reason)"
        case .warcHeaderTooLarge(let source, let record, let offset, let limit):
            return "'\(source)': the header of warc record \(record) at byte \(offset) is longer than \(limit) bytes"
        case .warcRecordTooLarge(let source, let record, let offset, let length, let limit):
            return "'\(source)': warc record \(record) at byte \(offset) has \(length) bytes of content, more than "
                + "the limit of \(limit) bytes"
        case .truncatedWARCRecord(let source, let record, let offset, let missing):
            let detail = missing.map { ", \($0) bytes missing" } ?? ""
            return "'\(source)': truncated warc record \(record) at byte \(offset)\(detail)"
        case .malformedHTTPResponse(let source, let record, let reason):
            return "'\(source)': warc record \(record) holds a malformed http response: \(reason)"
        case .contentDecodingFailed(let source, let record, let encoding, let reason):
            return "'\(source)': warc record \(record): cannot decode content-encoding '\(encoding)': \(reason)"
        case .corruptGzip(let source, let reason):
            return "'\(source)': cannot inflate gzip data: \(reason)"
        }
    }
}
