/// One article as the grouper sees it: its place in the input, its publication time, and what it is grouped by
/// (content sketch, URL, field value). Made on a worker thread, consumed in input order.
struct CorpusEntry: Sendable {
    /// 0-based position of the article in the whole run's input.
    var sequence: Int
    /// The article.
    let article: Article
    /// `published` as seconds since the epoch, when parsable.
    let time: Int64?
    /// The content sketch (content grouping only).
    let sketch: ShingleSketch?
    /// The content terms (content grouping only), for the salient-term channel; dropped once ``profile`` is made.
    var salient: SalientTerms?
    /// The salient-term profile (``SalientProfiler``), when made before grouping; otherwise the grouper makes it
    /// from ``salient``.
    var profile: SalientIndex.Profile?
    /// The normalised URL (content grouping only): versions of one URL are one story.
    let urlKey: String?
    /// The grouping field's value (field grouping only).
    let fieldKey: String?
    /// What always links articles: `f:` and the field value, or `u:` and the normalised URL (made on the worker,
    /// so that the grouper does not build strings).
    let linkKey: String?

    /// Analyses an article for grouping.
    /// - Parameters:
    ///   - article: The article.
    ///   - sequence: Its position in the input.
    ///   - grouping: How stories are formed.
    ///   - salientTerms: Whether to extract the salient terms (content grouping with the term channel on).
    /// - Complexity: O(n) in the text length for content grouping, O(1) otherwise.
    init(article: Article, sequence: Int, grouping: StoryGrouping, salientTerms: Bool = true) {
        var scratch = ContentScratch()
        self.init(
            article: article, sequence: sequence, grouping: grouping, salientTerms: salientTerms, scratch: &scratch)
    }

    /// Analyses an article for grouping, working in buffers reused from article to article (the same entry as
    /// ``init(article:sequence:grouping:salientTerms:)``).
    /// - Parameters:
    ///   - article: The article.
    ///   - sequence: Its position in the input.
    ///   - grouping: How stories are formed.
    ///   - salientTerms: Whether to extract the salient terms (content grouping with the term channel on).
    ///   - scratch: Working memory of the thread's analyses.
    /// - Complexity: O(n) in the text length for content grouping, O(1) otherwise.
    init(
        article: Article, sequence: Int, grouping: StoryGrouping, salientTerms: Bool, scratch: inout ContentScratch
    ) {
        self.sequence = sequence
        self.article = article
        time = article.published.flatMap(PublicationTime.seconds)
        switch grouping {
        case .similarity:
            // One tokenization for both analyses; the tokens, word hashes and term keys live in the scratch space.
            var text = article.text
            let (wordCount, termCount) = text.withUTF8 { bytes in
                Tokenizer().withTokens(inUTF8: bytes) { tokens in
                    ContentHashes.scan(
                        bytes, tokens: tokens, terms: salientTerms, into: &scratch.words, &scratch.terms)
                }
            }
            sketch = scratch.words.withUnsafeBufferPointer { words in
                ShingleSketch(wordHashes: UnsafeBufferPointer(rebasing: words[..<wordCount]), scratch: &scratch.sort)
            }
            salient =
                salientTerms
                ? scratch.terms.withUnsafeBufferPointer { terms in
                    SalientTerms(termKeys: UnsafeBufferPointer(rebasing: terms[..<termCount]), scratch: &scratch.sort)
                } : nil
            profile = nil
            urlKey = article.url.flatMap(Self.normalizedURL)
            fieldKey = nil
        case .field:
            sketch = nil
            salient = nil
            profile = nil
            urlKey = nil
            fieldKey = grouping.key(of: article)
        }
        linkKey = fieldKey.map { "f:" + $0 } ?? urlKey.map { "u:" + $0 }
    }

    /// The text bytes the entry holds.
    var bytes: Int { article.text.utf8.count }

    /// A URL without scheme, `www.`, fragment and trailing slash, host lowercased: `https://www.Example.com/a/#x`
    /// → `example.com/a`.
    /// - Parameter url: The URL as given.
    /// - Returns: The key, or `nil` for an empty URL.
    static func normalizedURL(_ url: String) -> String? {
        var url = url
        if let key = url.withUTF8(Self.normalizedASCIIURL) { return key.isEmpty ? nil : key }
        var rest = Substring(url.trimmingSpaces)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        while rest.hasSuffix("/") { rest = rest.dropLast() }
        let slash = rest.firstIndex(of: "/") ?? rest.endIndex
        var host = rest[..<slash].lowercased()
        if host.hasPrefix("www.") { host.removeFirst(4) }
        let key = host + rest[slash...]
        return key.isEmpty ? nil : key
    }

    /// ``normalizedURL(_:)`` on the bytes of an ASCII URL without carriage returns (where every character is one
    /// byte, so byte and character operations agree); `nil` for any other URL, which takes the string path.
    /// - Parameter bytes: The URL's UTF-8 bytes.
    /// - Returns: The key (empty for an empty key), or `nil` when the URL is not plain ASCII.
    /// - Complexity: O(n) in the URL length.
    private static func normalizedASCIIURL(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }
        for byte in bytes where byte >= 0x80 || byte == 0x0D { return nil }
        var start = 0
        var end = bytes.count
        while start < end && isSpace(bytes[start]) { start += 1 }
        while end > start && isSpace(bytes[end - 1]) { end -= 1 }
        // After the first "://".
        var i = start
        while i + 3 <= end {
            if bytes[i] == 0x3A && bytes[i + 1] == 0x2F && bytes[i + 2] == 0x2F {
                start = i + 3
                break
            }
            i += 1
        }
        // Before the first "#", without trailing slashes.
        if let hash = (start ..< end).first(where: { bytes[$0] == 0x23 }) { end = hash }
        while end > start && bytes[end - 1] == 0x2F { end -= 1 }
        let slash = (start ..< end).first(where: { bytes[$0] == 0x2F }) ?? end
        var hostStart = start
        // "www." in any case (0x20 lowercases an ASCII letter).
        if slash - start >= 4 && bytes[start] | 0x20 == 0x77 && bytes[start + 1] | 0x20 == 0x77
            && bytes[start + 2] | 0x20 == 0x77 && bytes[start + 3] == 0x2E
        {
            hostStart += 4
        }
        return String(unsafeUninitializedCapacity: end - hostStart) { out in
            for k in hostStart ..< end {
                let byte = bytes[k]
                out[k - hostStart] = k < slash && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return end - hostStart
        }
    }
}

extension String {
    /// The string without leading and trailing ASCII spaces, tabs and line breaks.
    fileprivate var trimmingSpaces: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return self[first ... last]
    }
}
