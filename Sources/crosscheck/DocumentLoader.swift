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

    /// Loads the documents, checks them, writes what `render` makes of the result, and tells how many discrepancies
    /// are at or above `failOn` (0 without it): the shared body of `check` and `report`.
    /// - Parameters:
    ///   - files: Paths (`-` for standard input).
    ///   - options: Ingest options.
    ///   - headline: The headline rule.
    ///   - order: The version order.
    ///   - destination: `-o PATH`, or `nil` for standard output.
    ///   - failOn: The `--fail-on` severity, if given.
    ///   - render: Turns the result into the output bytes.
    /// - Returns: The number of discrepancies at or above `failOn`.
    /// - Throws: An `ExitCode` from ``CommandFailure/run(_:)`` for input, output and internal errors (inputs that
    ///   hold fewer than two articles are an input error).
    static func checkAndWrite(
        _ files: [String], options: IngestOptions, headline: HeadlineRule, order: VersionOrder, destination: String?,
        failOn: Severity?, render: (CheckResult) throws -> [UInt8]
    ) throws -> Int {
        var failing = 0
        try CommandFailure.run {
            let documents = try load(files, options: options, headline: headline)
            guard documents.count >= 2 else {
                throw IngestError.tooFewArticles(paths: files, count: documents.count, needed: 2)
            }
            let result = Crosschecker().check(documents, order: order)
            let bytes = try render(result)
            let writer = try OutputWriter(path: destination)
            try writer.write(bytes)
            try writer.commit()
            if let failOn { failing = result.count(atLeast: failOn) }
        }
        return failing
    }
}
