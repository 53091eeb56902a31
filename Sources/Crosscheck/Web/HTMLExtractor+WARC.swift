extension HTMLExtractor {
    /// Extracts the article of a WARC `response` record holding an HTML page.
    ///
    /// The article's `url` is the record's `WARC-Target-URI`, `published` the page's own date or else the
    /// record's `WARC-Date`, `id` the `WARC-Record-ID` (or the URL), and `origin` the source and record number.
    /// - Parameter record: Any WARC record.
    /// - Returns: The article, or `nil` for records that are not articles: other record types (`warcinfo`,
    ///   `request`, `metadata`, `revisit`, …), responses that are not HTTP, not successful (status outside 200–299)
    ///   or not HTML.
    /// - Throws: ``WebError`` for a malformed HTTP message, an undecodable body or an oversized page.
    public func extract(record: WARCRecord) throws(WebError) -> Article? {
        guard record.type?.lowercased() == "response" else { return nil }
        if let contentType = record.header("Content-Type")?.lowercased(), !contentType.contains("http") {
            return nil
        }
        let response = try HTTPResponse(record: record, maxBodyBytes: options.maxDocumentBytes)
        guard (200 ..< 300).contains(response.status) else { return nil }
        let contentType = response.header("Content-Type")
        if let type = contentType?.lowercased() {
            guard type.contains("html") else { return nil }
        } else {
            guard CharsetDecoder.looksLikeMarkup(response.body), response.body.contains(UInt8(ascii: "<")) else {
                return nil
            }
        }
        let url = record.targetURI
        let id = record.recordID ?? url ?? "\(record.source)#\(record.number)"
        var article = try extract(html: response.body, url: url, httpContentType: contentType, id: id)
        if article.published == nil { article.published = record.date }
        article.origin = ArticleOrigin(path: record.source, record: record.number)
        return article
    }

    /// Extracts the articles of a whole WARC file held in memory (uncompressed).
    /// - Parameters:
    ///   - warc: The file's bytes.
    ///   - source: The file's name for records and messages.
    ///   - limits: The WARC size limits.
    /// - Returns: One article per HTML `response` record, in order.
    /// - Throws: ``WebError`` for a malformed, truncated or oversized record.
    public func articles(inWARC warc: [UInt8], source: String = "-", limits: WARCReader.Limits = .init())
        throws(WebError) -> [Article]
    {
        var articles: [Article] = []
        for record in try WARCReader.records(in: warc, source: source, limits: limits) {
            if let article = try extract(record: record) { articles.append(article) }
        }
        return articles
    }
}
