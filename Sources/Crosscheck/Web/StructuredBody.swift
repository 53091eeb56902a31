/// Uses a JSON-LD `articleBody` to confirm or stand in for the text found in the markup.
enum StructuredBody {
    /// The paragraphs to report, given the markup's paragraphs and a JSON-LD `articleBody`.
    ///
    /// The markup's paragraphs win when they cover the `articleBody` (they keep paragraph breaks the JSON often
    /// lacks). The `articleBody` is used when the markup yields little or nothing of it.
    /// - Parameters:
    ///   - domParagraphs: Paragraphs from the markup.
    ///   - articleBody: The JSON-LD `articleBody` (plain text or markup).
    /// - Returns: The paragraphs to report.
    static func reconcile(domParagraphs: [String], articleBody: String) -> [String] {
        let bodyParagraphs = paragraphs(of: articleBody)
        let bodyLength = bodyParagraphs.reduce(0) { $0 + $1.count }
        let domLength = domParagraphs.reduce(0) { $0 + $1.count }
        guard bodyLength >= 200 else { return domParagraphs }
        if domLength * 2 < bodyLength { return bodyParagraphs }
        return domParagraphs
    }

    /// Splits an `articleBody` into paragraphs; markup in it is parsed as HTML.
    /// - Parameter body: The `articleBody` value.
    /// - Returns: Non-empty paragraphs, whitespace collapsed.
    static func paragraphs(of body: String) -> [String] {
        if body.contains("<"), let document = try? HTMLParser.parse(Array(body.utf8)) {
            let analysis = ContentAnalysis(document: document)
            let collector = ParagraphCollector(
                analysis: analysis, score: Array(repeating: 0, count: document.nodes.count), skipUnlikely: false)
            let collected = collector.paragraphs(in: [0]).map(\.text)
            if !collected.isEmpty { return collected }
        }
        return body.split(whereSeparator: \.isNewline).map { line in
            line.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }.filter { !$0.isEmpty }
    }
}
