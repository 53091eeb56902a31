/// One record of a WARC file (WARC/1.0 or WARC/1.1): its named header fields and its content block.
public struct WARCRecord: Sendable, Hashable {
    /// The name of the input the record was read from (a path, or `-`), for messages.
    public var source: String
    /// The record's 1-based position in the input.
    public var number: Int
    /// The offset of the record's first byte in the (uncompressed) input.
    public var byteOffset: Int
    /// The version line, e.g. `WARC/1.1`.
    public var version: String
    /// The header fields in order.
    public var headers: [HeaderField]
    /// The content block (`Content-Length` bytes).
    public var content: [UInt8]

    /// Creates a record.
    /// - Parameters:
    ///   - source: The input's name.
    ///   - number: The 1-based record number.
    ///   - byteOffset: Where the record starts in the input.
    ///   - version: The version line.
    ///   - headers: The header fields.
    ///   - content: The content block.
    public init(
        source: String, number: Int, byteOffset: Int, version: String, headers: [HeaderField], content: [UInt8]
    ) {
        self.source = source
        self.number = number
        self.byteOffset = byteOffset
        self.version = version
        self.headers = headers
        self.content = content
    }

    /// The value of a header field, its name compared case-insensitively.
    /// - Parameter name: The field name, e.g. `WARC-Type`.
    /// - Returns: The value, or `nil` when absent.
    public func header(_ name: String) -> String? {
        headers.value(named: name)
    }

    /// `WARC-Type`: `warcinfo`, `response`, `request`, `metadata`, `resource`, `revisit`, `conversion`, ….
    public var type: String? { header("WARC-Type") }

    /// `WARC-Target-URI`, without the angle brackets some WARC/1.0 writers put around it.
    public var targetURI: String? {
        header("WARC-Target-URI").map { value in
            value.hasPrefix("<") && value.hasSuffix(">") ? String(value.dropFirst().dropLast()) : value
        }
    }

    /// `WARC-Date`: when the record was captured (ISO 8601).
    public var date: String? { header("WARC-Date") }

    /// `WARC-Record-ID` without its angle brackets, e.g. `urn:uuid:…`.
    public var recordID: String? {
        header("WARC-Record-ID").map { value in
            value.hasPrefix("<") && value.hasSuffix(">") ? String(value.dropFirst().dropLast()) : value
        }
    }
}
