/// One news article: the contract's article object plus where it was read from.
///
/// JSON form (CONTRACT.md): `{"id": str, "source": str?, "url": str?, "title": str?, "published": str?, "text": str}`,
/// plus `author` (the byline) where known.
/// `origin` is not part of the JSON object; it names the file and line or record for error messages and reports.
public struct Article: Codable, Hashable, Sendable {
    /// Identifier, unique within one run (from the input, or derived from the file name and line/record).
    public var id: String
    /// The outlet that published the article, when known.
    public var source: String?
    /// The article's URL, when known.
    public var url: String?
    /// The headline, when known.
    public var title: String?
    /// Publication date and time as given (ISO 8601 preferred), when known.
    public var published: String?
    /// The byline: author names as given ("Jane Doe, John Roe"), when known. An extension of the contract's object.
    public var author: String?
    /// The article text; every offset Crosscheck reports points into this string.
    public var text: String {
        didSet { keptUTF8 = KeptBytes() }
    }
    /// Where the article was read from; not serialised.
    public var origin: ArticleOrigin?
    /// Other string fields of the input object that were asked for by name (``IngestOptions/extraFields``), e.g. a
    /// `story` key to group by; not serialised.
    public var extraFields: [String: String] = [:]
    /// `text`'s UTF-8 bytes as the reader had them, when asked to keep them (``IngestOptions/keepsTextBytes``), so
    /// that a ``SourceText`` can take them instead of copying the string; dropped whenever `text` changes.
    package var keptUTF8 = KeptBytes()

    /// Bytes that ride along with an article without taking part in its equality or hash.
    package struct KeptBytes: Hashable, Sendable {
        /// The bytes, if kept.
        package var bytes: [UInt8]?

        /// No bytes.
        package init() { bytes = nil }

        /// Keeps `bytes`.
        package init(_ bytes: [UInt8]) { self.bytes = bytes }

        package static func == (lhs: KeptBytes, rhs: KeptBytes) -> Bool { true }
        package func hash(into hasher: inout Hasher) {}
    }

    /// Creates an article.
    /// - Parameters:
    ///   - id: Identifier of the article.
    ///   - source: The outlet, if known.
    ///   - url: The URL, if known.
    ///   - title: The headline, if known.
    ///   - published: The publication date, if known.
    ///   - author: The byline, if known.
    ///   - text: The article text.
    ///   - origin: Where it was read from.
    public init(
        id: String, source: String? = nil, url: String? = nil, title: String? = nil, published: String? = nil,
        author: String? = nil, text: String, origin: ArticleOrigin? = nil
    ) {
        self.id = id
        self.source = source
        self.url = url
        self.title = title
        self.published = published
        self.author = author
        self.text = text
        self.origin = origin
    }

    private enum CodingKeys: String, CodingKey {
        case id, source, url, title, published, author, text
    }
}

/// Where an article was read from: a file (or `-` for standard input) and, for multi-article inputs, the line or record.
public struct ArticleOrigin: Hashable, Sendable, CustomStringConvertible {
    /// The path as given by the user, or `-` for standard input.
    public var path: String
    /// The 1-based line of a JSONL input.
    public var line: Int?
    /// The 1-based record number of a WARC input.
    public var record: Int?

    /// Creates an origin.
    /// - Parameters:
    ///   - path: The path as given, or `-`.
    ///   - line: The 1-based line, for JSONL.
    ///   - record: The 1-based record, for WARC.
    public init(path: String, line: Int? = nil, record: Int? = nil) {
        self.path = path
        self.line = line
        self.record = record
    }

    /// `path`, `path:line` or `path#record`.
    public var description: String {
        if let line { return "\(path):\(line)" }
        if let record { return "\(path)#\(record)" }
        return path
    }
}
