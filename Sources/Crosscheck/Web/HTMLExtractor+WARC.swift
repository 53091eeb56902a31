extension HTMLExtractor {
    /// Extracts the article of a WARC record holding an HTML page: a `response` record with an HTTP response, or
    /// a `resource` record whose content is the page itself.
    ///
    /// The article's `url` is the record's `WARC-Target-URI`, `published` the page's own date or else the
    /// record's `WARC-Date`, `id` the `WARC-Record-ID` (or the URL), and `origin` the source and record number.
    /// - Parameter record: Any WARC record.
    /// - Returns: The article, or `nil` for records that are not articles: other record types (`warcinfo`,
    ///   `request`, `metadata`, `revisit`, …), responses that are not HTTP, not successful (status outside 200–299)
    ///   or not HTML (by `Content-Type`, or by sniffing when there is none).
    /// - Throws: ``WebError`` for a malformed HTTP message, an undecodable body, or a page larger than
    ///   ``HTMLExtractionOptions/maxDocumentBytes``
    ///   (``WebError/warcRecordTooLarge(source:record:byteOffset:length:limit:)``).
    public func extract(record: WARCRecord) throws(WebError) -> Article? {
        let recordType = record.header("Content-Type")?.lowercased()
        let body: [UInt8]
        let contentType: String?
        switch record.type?.lowercased() {
        case "response":
            if let recordType, !recordType.contains("http") { return nil }
            let response = try HTTPResponse(record: record, maxBodyBytes: options.maxDocumentBytes)
            guard (200 ..< 300).contains(response.status) else { return nil }
            body = response.body
            contentType = response.header("Content-Type")
        case "resource":
            body = record.content
            contentType = record.header("Content-Type")
        default:
            return nil
        }
        if let type = contentType?.lowercased() {
            guard type.contains("html") else { return nil }
        } else {
            guard CharsetDecoder.looksLikeMarkup(body), body.contains(UInt8(ascii: "<")) else { return nil }
        }
        guard body.count <= options.maxDocumentBytes else {
            throw .warcRecordTooLarge(
                source: record.source, record: record.number, byteOffset: record.byteOffset, length: body.count,
                limit: options.maxDocumentBytes)
        }
        let url = record.targetURI
        let id = record.recordID ?? url ?? "\(record.source)#\(record.number)"
        var article = try extract(html: body, url: url, httpContentType: contentType, id: id)
        if article.published == nil { article.published = record.date }
        article.origin = ArticleOrigin(path: record.source, record: record.number)
        return article
    }

    /// Extracts the articles of a whole WARC file held in memory (uncompressed).
    /// - Parameters:
    ///   - warc: The file's bytes.
    ///   - source: The file's name for records and messages.
    ///   - limits: The WARC size limits.
    /// - Returns: One article per HTML `response` or `resource` record, in order.
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
