/// Removes the HTTP `Content-Encoding` of a response body (gzip, zlib-wrapped or raw deflate) with the ingest
/// layer's inflater, ``GzipInflater``, so Crosscheck has one zlib loop for files and bodies alike.
///
/// Crawlers are not always faithful to the headers: a body that is announced as compressed but is not (it was
/// inflated before it was stored) passes through unchanged, junk after a complete compressed body is ignored (as
/// browsers do), and a body that the WARC record declares truncated (`WARC-Truncated`) yields what inflates.
enum ContentDecoding {
    /// Decodes a body in the given content coding.
    /// - Parameters:
    ///   - body: The body, already de-chunked.
    ///   - encoding: The `Content-Encoding` value, lowercased and trimmed (not `identity`, not empty).
    ///   - record: The record holding the response, for errors and its `WARC-Truncated` field.
    ///   - limit: The largest decoded body accepted, in bytes.
    /// - Returns: The decoded body.
    /// - Throws: ``WebError/contentDecodingFailed(source:record:byteOffset:encoding:reason:)`` for a corrupt or
    ///   truncated compressed body, a body above `limit`, or an unsupported coding applied to a non-markup body.
    /// - Complexity: O(size of the decoded body).
    static func decode(_ body: [UInt8], encoding: String, record: WARCRecord, limit: Int) throws(WebError) -> [UInt8] {
        let fail = { (reason: String) -> WebError in
            .contentDecodingFailed(
                source: record.source, record: record.number, byteOffset: record.byteOffset, encoding: encoding,
                reason: reason)
        }
        let compression: CompressionFormat
        switch encoding {
        case "gzip", "x-gzip":
            guard CompressionFormat.detect(prefix: body.prefix(2)) == .gzip else { return body }
            compression = .gzip
        case "deflate":
            // RFC 9110 says zlib; some servers send raw deflate, which has no header to detect.
            if CharsetDecoder.looksLikeMarkup(body) { return body }
            let detected = CompressionFormat.detect(prefix: body.prefix(2))
            compression = detected == .none ? .deflate : detected
        default:
            if CharsetDecoder.looksLikeMarkup(body) { return body }
            throw fail("unsupported encoding")
        }
        do {
            return try GzipInflater.inflate(
                body, compression: compression, limit: limit, path: record.source,
                acceptingTruncation: record.header("WARC-Truncated") != nil, ignoringTrailingData: true)
        } catch {
            switch error {
            case .truncatedStream: throw fail("the compressed body is truncated")
            case .corruptStream(_, _, let offset, let detail): throw fail("\(detail) at byte \(offset) of the body")
            case .decompressedTooLarge(_, let limit): throw fail("the body inflates to more than \(limit) bytes")
            default: throw fail(error.description)
            }
        }
    }
}
