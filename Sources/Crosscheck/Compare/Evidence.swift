/// One place in one document that a discrepancy cites: a span (Unicode-scalar offsets into the article's `text`,
/// end exclusive) and its exact text.
public struct Evidence: Codable, Hashable, Sendable {
    /// The document's id.
    public var doc: String
    /// The index of the document in the checked list.
    public var docIndex: Int
    /// The first scalar offset.
    public var start: Int
    /// The scalar offset after the last.
    public var end: Int
    /// The text of the span, exactly as in the document.
    public var text: String

    /// Creates evidence.
    /// - Parameters:
    ///   - doc: The document's id.
    ///   - docIndex: Its index in the checked list.
    ///   - span: The cited span.
    public init(doc: String, docIndex: Int, span: Span) {
        self.doc = doc
        self.docIndex = docIndex
        self.start = span.start
        self.end = span.end
        self.text = span.text
    }

    private enum CodingKeys: String, CodingKey {
        case doc
        case docIndex = "docIndex"
        case start, end, text
    }
}
