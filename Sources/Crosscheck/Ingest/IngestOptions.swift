/// How articles are read: limits, UTF-8 strictness, field names, HTML extraction and WARC settings and, optionally,
/// a forced format.
public struct IngestOptions: Sendable, Hashable {
    /// The resource limits.
    public var limits: InputLimits
    /// Replace invalid UTF-8 with U+FFFD instead of failing (`--lossy`).
    public var lossy: Bool
    /// Which input fields hold the contract's fields (`--field text=body`).
    public var fieldMap: FieldMap
    /// Read every input in this format instead of detecting it (`--input-format`).
    public var format: ArticleFormat?
    /// How the main text of HTML pages (files, and pages in WARC records) is extracted; its
    /// ``HTMLExtractionOptions/maxDocumentBytes`` is the largest page read.
    public var html: HTMLExtractionOptions
    /// The size limits of WARC records.
    public var warcLimits: WARCReader.Limits
    /// Names of further JSON fields to keep in ``Article/extraFields`` (string values; numbers are kept in decimal),
    /// e.g. the key `crosscheck corpus --group-by` groups by. Empty by default.
    public var extraFields: [String] = []
    /// Whether a plain-text article keeps the bytes its text was decoded from (``Article/keptUTF8``), for a command
    /// that builds a ``SourceText`` of every article it reads right away (`crosscheck diff`): one copy of the text
    /// less. Off by default, so that readers of many articles hold each text once.
    package var keepsTextBytes = false

    /// Creates options.
    /// - Parameters:
    ///   - limits: The resource limits; defaults to ``InputLimits/default``.
    ///   - lossy: Replace invalid UTF-8 instead of failing; defaults to `false`.
    ///   - fieldMap: The field mapping; defaults to none.
    ///   - format: A forced format; `nil` detects it from the extension or the content.
    ///   - html: The HTML extraction settings; defaults to the defaults of ``HTMLExtractionOptions``.
    ///   - warcLimits: The WARC record limits; defaults to the defaults of ``WARCReader/Limits``.
    public init(
        limits: InputLimits = .default, lossy: Bool = false, fieldMap: FieldMap = FieldMap(),
        format: ArticleFormat? = nil, html: HTMLExtractionOptions = .init(), warcLimits: WARCReader.Limits = .init()
    ) {
        self.limits = limits
        self.lossy = lossy
        self.fieldMap = fieldMap
        self.format = format
        self.html = html
        self.warcLimits = warcLimits
    }
}
