import Crosscheck

/// Reads every article of the input files as documents.
enum DocumentLoader {
    /// Loads documents.
    /// - Parameters:
    ///   - files: Paths (`-` for standard input).
    ///   - options: Ingest options.
    ///   - headline: The headline rule.
    /// - Returns: One document per article, in order.
    /// - Throws: ``IngestError`` for unreadable or malformed input.
    static func load(_ files: [String], options: IngestOptions, headline: HeadlineRule) throws -> [Document] {
        let reader = ArticleReader(options: options)
        var documents = [Document]()
        for file in files {
            try reader.forEachArticle(path: file) { documents.append(Document(article: $0, headline: headline)) }
        }
        return documents
    }
}
