/// An HTTP response as stored in a WARC `response` record: status, headers and the body with its transfer and
/// content encodings removed.
public struct HTTPResponse: Sendable, Hashable {
    /// The status code, e.g. 200.
    public var status: Int
    /// The header fields in order.
    public var headers: [HeaderField]
    /// The body: de-chunked (`Transfer-Encoding: chunked`) and inflated (`Content-Encoding: gzip`/`deflate`).
    public var body: [UInt8]

    /// The value of a header field, its name compared case-insensitively.
    /// - Parameter name: The field name, e.g. `Content-Type`.
    /// - Returns: The value, or `nil` when absent.
    public func header(_ name: String) -> String? {
        headers.value(named: name)
    }

    /// Parses the HTTP response held in a WARC `response` record.
    ///
    /// Crawlers that already removed an encoding but kept its header (a chunked header over a plain body, a gzip
    /// header over an inflated body) are tolerated: a body that is not in the announced encoding is used as it is.
    /// A compressed body cut short is accepted (what inflates of it) when the record declares `WARC-Truncated`.
    /// - Parameters:
    ///   - record: A `response` record whose content is an HTTP message (`application/http`).
    ///   - maxBodyBytes: The largest decoded body accepted.
    /// - Throws: ``WebError/malformedHTTPResponse(source:record:byteOffset:reason:)`` for a missing status line or
    ///   header block, ``WebError/contentDecodingFailed(source:record:byteOffset:encoding:reason:)`` for a corrupt
    ///   compressed body.
    /// - Complexity: O(size of the record).
    public init(record: WARCRecord, maxBodyBytes: Int = 256 << 20) throws(WebError) {
        let content = record.content[...]
        let fail = { (reason: String) -> WebError in
            .malformedHTTPResponse(
                source: record.source, record: record.number, byteOffset: record.byteOffset, reason: reason)
        }
        guard let headerEnd = Self.headerEnd(in: content) else { throw fail("no end of the http header block") }
        let lines = content[content.startIndex ..< headerEnd].headerLines
        guard let statusLine = lines.first, statusLine.starts(with: Array("HTTP/".utf8)) else {
            throw fail("no http status line")
        }
        let parts = String(decoding: statusLine, as: UTF8.self).split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count >= 2, let status = Int(parts[1]), (100 ... 999).contains(status) else {
            throw fail("bad status line '\(String(decoding: statusLine.prefix(80), as: UTF8.self))'")
        }
        switch [HeaderField].parse(Array(lines.dropFirst())) {
        case .success(let fields): headers = fields
        case .failure(let error): throw fail("bad header line '\(error.line)'")
        }
        self.status = status
        var body = Array(content[headerEnd...])
        if let transfer = headers.value(named: "Transfer-Encoding"), transfer.lowercased().contains("chunked"),
            let dechunked = Self.dechunk(body[...])
        {
            body = dechunked
        }
        if let encoding = headers.value(named: "Content-Encoding")?.lowercased().trimmedHTMLSpace,
            encoding != "identity", !encoding.isEmpty
        {
            body = try ContentDecoding.decode(body, encoding: encoding, record: record, limit: maxBodyBytes)
        }
        self.body = body
    }

    /// The index just past the blank line ending an HTTP header block.
    private static func headerEnd(in bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex + 1
        while index < bytes.endIndex {
            if bytes[index] == 0x0A {
                if bytes[index - 1] == 0x0A { return index + 1 }
                if index - 2 >= bytes.startIndex && bytes[index - 1] == 0x0D && bytes[index - 2] == 0x0A {
                    return index + 1
                }
            }
            index += 1
        }
        return nil
    }

    /// Removes chunked transfer coding; `nil` when the body is not validly chunked.
    /// - Parameter body: A chunked body.
    /// - Returns: The joined chunk data (trailers dropped), or `nil`.
    static func dechunk(_ body: ArraySlice<UInt8>) -> [UInt8]? {
        var output = [UInt8]()
        output.reserveCapacity(body.count)
        var index = body.startIndex
        while true {
            guard let lineEnd = body[index...].firstIndex(of: 0x0A) else { return nil }
            var sizeEnd = index
            while sizeEnd < lineEnd, hexValue(body[sizeEnd]) != nil { sizeEnd += 1 }
            guard sizeEnd > index, sizeEnd - index <= 15 else { return nil }
            var size = 0
            for byte in body[index ..< sizeEnd] { size = size << 4 | Int(hexValue(byte) ?? 0) }
            let dataStart = lineEnd + 1
            if size == 0 { return output }
            guard dataStart + size <= body.endIndex else {
                // A final chunk cut short: keep what arrived.
                output.append(contentsOf: body[dataStart...])
                return output
            }
            output.append(contentsOf: body[dataStart ..< dataStart + size])
            index = dataStart + size
            if index < body.endIndex && body[index] == 0x0D { index += 1 }
            if index < body.endIndex && body[index] == 0x0A { index += 1 }
            if index >= body.endIndex { return output }
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0") ... UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a") ... UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A") ... UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
