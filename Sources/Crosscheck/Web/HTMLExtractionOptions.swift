/// Settings of ``HTMLExtractor``.
public struct HTMLExtractionOptions: Sendable, Hashable {
    /// Pages larger than this many bytes are rejected with ``WebError/documentTooLarge(id:limit:)``.
    public var maxDocumentBytes: Int
    /// Whether a JSON-LD `articleBody` may stand in for, or confirm, the text found in the markup.
    public var useStructuredData: Bool

    /// Creates options.
    /// - Parameters:
    ///   - maxDocumentBytes: The largest page accepted, in bytes (default 64 MiB).
    ///   - useStructuredData: Whether JSON-LD `articleBody` is consulted (default `true`).
    public init(maxDocumentBytes: Int = 64 << 20, useStructuredData: Bool = true) {
        self.maxDocumentBytes = maxDocumentBytes
        self.useStructuredData = useStructuredData
    }
}
