/// Lifts an article out of a web page: headline, date, site and the main text, without menus, ads, captions,
/// related links, share widgets or comments.
///
/// The page is decoded to UTF-8 (byte order mark, HTTP `Content-Type`, `<meta charset>`, then UTF-8 with a
/// windows-1252 fallback), parsed with libxml2's error-recovering HTML parser into a compact tree, and read twice:
/// for metadata (JSON-LD, OpenGraph and other `<meta>` tags, `<title>`) and for the body, which is chosen by
/// readability-style content scoring (paragraph length and commas, link density, class and id words, tag kinds,
/// sibling merging). The body's paragraphs are separated by one blank line (`"\n\n"`); the headline is not part of
/// the text.
public struct HTMLExtractor: Sendable {
    /// The settings.
    public var options: HTMLExtractionOptions

    /// Creates an extractor.
    /// - Parameter options: The settings.
    public init(options: HTMLExtractionOptions = .init()) {
        self.options = options
    }

    /// Shortest text, in characters, accepted from the first (strict) pass before a lenient pass is tried.
    static let minStrictTextLength = 250

    /// Extracts the article of one page.
    /// - Parameters:
    ///   - html: The page's bytes as served (already gunzipped), in any character set.
    ///   - url: The page's URL, if known; it becomes the article's `url` and, without a site name in the page, its
    ///     `source` (the host).
    ///   - httpContentType: The HTTP `Content-Type` header the page was served with, if known (for its charset).
    ///   - id: The article's identifier.
    /// - Returns: The article; its `text` is empty when the page has no recognisable main text.
    /// - Throws: ``WebError/documentTooLarge(id:limit:)`` above ``HTMLExtractionOptions/maxDocumentBytes``,
    ///   ``WebError/parserUnavailable`` when libxml2 cannot be loaded or cannot allocate a parser.
    /// - Complexity: O(n) in the size of the page.
    public func extract(html: [UInt8], url: String? = nil, httpContentType: String? = nil, id: String)
        throws(WebError) -> Article
    {
        guard html.count <= options.maxDocumentBytes, html.count < Int(Int32.max) else {
            throw .documentTooLarge(id: id, limit: min(options.maxDocumentBytes, Int(Int32.max) - 1))
        }
        let decoded = CharsetDecoder.decode(html, httpContentType: httpContentType)
        let document = try HTMLParser.parse(decoded.utf8)
        let metadata = PageMetadata(document: document)
        let analysis = ContentAnalysis(document: document)
        let title = headline(metadata: metadata, analysis: analysis)

        var paragraphs = mainText(analysis, skipUnlikely: true)
        if paragraphs.reduce(0, { $0 + $1.length }) < Self.minStrictTextLength {
            let lenient = mainText(analysis, skipUnlikely: false)
            if lenient.reduce(0, { $0 + $1.length }) > paragraphs.reduce(0, { $0 + $1.length }) {
                paragraphs = lenient
            }
        }
        if let title, let first = paragraphs.first, Self.repeatsHeadline(first, title: title) {
            paragraphs.removeFirst()
        }
        var texts = paragraphs.map(\.text)
        if options.useStructuredData, let body = metadata.articleBody {
            texts = StructuredBody.reconcile(domParagraphs: texts, articleBody: body)
        }
        let pageURL = url ?? metadata.canonicalURL
        return Article(
            id: id,
            source: metadata.siteName ?? pageURL.flatMap(Self.host(of:)),
            url: pageURL,
            title: title,
            published: metadata.published,
            author: metadata.authors.isEmpty ? nil : metadata.authors.joined(separator: ", "),
            text: texts.joined(separator: "\n\n"))
    }

    private func mainText(_ analysis: ContentAnalysis, skipUnlikely: Bool) -> [ParagraphCollector.Paragraph] {
        let result = ContentScorer(analysis: analysis, skipUnlikely: skipUnlikely).bodyElements()
        let collector = ParagraphCollector(analysis: analysis, score: result.score, skipUnlikely: skipUnlikely)
        return collector.paragraphs(in: result.elements)
    }

    /// The headline: JSON-LD `headline`, else `og:title`/`twitter:title`, else the first `h1`, else `<title>`;
    /// a trailing " | Site name" (or " - ", " – ", " — ", " :: ") is removed when the site name is known.
    private func headline(metadata: PageMetadata, analysis: ContentAnalysis) -> String? {
        let document = analysis.document
        var title = metadata.jsonLDHeadline ?? metadata.metaTitle
        if title == nil,
            let h1 = document.nodes.indices.first(where: { document.nodes[$0].tag == .h1 && !analysis.excluded[$0] })
        {
            let text = document.collapsedText(of: h1)
            if !text.isEmpty { title = text }
        }
        guard var title = title ?? metadata.documentTitle else { return nil }
        title = title.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if let site = metadata.siteName, !site.isEmpty {
            for separator in [" | ", " - ", " – ", " — ", " :: ", " · "] where title.hasSuffix(separator + site) {
                title.removeLast(separator.count + site.count)
                break
            }
        }
        return title.isEmpty ? nil : title
    }

    /// Whether the first paragraph repeats the headline (a title inside the body container): the same words, or a
    /// heading whose words begin the headline (the headline may carry a site-name suffix).
    static func repeatsHeadline(_ paragraph: ParagraphCollector.Paragraph, title: String) -> Bool {
        guard paragraph.length <= 300 else { return false }
        let words = { (text: String) in text.lowercased().split { !$0.isLetter && !$0.isNumber } }
        let first = words(paragraph.text)
        let headline = words(title)
        guard !first.isEmpty else { return false }
        if first == headline { return true }
        return paragraph.isHeading && first.count >= 4 && headline.starts(with: first)
    }

    /// The host of a URL (`https://www.example.com/a` → `www.example.com`), or `nil` when there is none.
    /// - Parameter url: An absolute URL.
    /// - Returns: The host.
    static func host(of url: String) -> String? {
        guard let scheme = url.firstRange(of: "://") else { return nil }
        let rest = url[scheme.upperBound...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let host = authority.split(separator: "@").last.map { $0.prefix { $0 != ":" } } ?? ""
        return host.isEmpty ? nil : host.lowercased()
    }
}
