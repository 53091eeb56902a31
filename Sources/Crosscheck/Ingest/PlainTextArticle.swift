/// Reads a plain-text article: the text is the whole decoded content exactly (without a byte order mark), and the
/// first non-blank line is the headline when a blank line follows it, as in most news dumps.
enum PlainTextArticle {
    /// Makes the article of a plain-text input.
    /// - Parameters:
    ///   - bytes: The whole decompressed content.
    ///   - path: The input's path (the id is its base name).
    ///   - options: Strictness and limits.
    /// - Returns: The article.
    /// - Throws: ``IngestError/invalidUTF8(path:line:byteOffset:)`` (offset counted from the file start, a BOM
    ///   included) or ``IngestError/articleTooLarge(path:line:limit:)``.
    /// - Complexity: O(n).
    static func article(from bytes: [UInt8], path: String, options: IngestOptions) throws(IngestError) -> Article {
        let skip = bytes.starts(with: UTF8Validator.byteOrderMark) ? 3 : 0
        if bytes.count - skip > options.limits.maxArticleBytes {
            throw .articleTooLarge(path: path, line: nil, limit: options.limits.maxArticleBytes)
        }
        let decoded = bytes.withUnsafeBytes { all in
            Result { () throws(IngestError) in
                try UTF8Validator.decode(
                    UnsafeRawBufferPointer(rebasing: all[skip...]), lossy: options.lossy, path: path, line: nil,
                    baseOffset: skip)
            }
        }
        let text = try decoded.get()
        var article = Article(
            id: ArticleIdentity.baseName(of: path), title: headline(of: text), text: text,
            origin: ArticleOrigin(path: path))
        // Valid input decodes to its own bytes; lossy decoding may have replaced some.
        if options.keepsTextBytes && skip == 0 && (!options.lossy || text.utf8.elementsEqual(bytes)) {
            article.keptUTF8 = Article.KeptBytes(bytes)
        }
        return article
    }

    /// The headline of a plain text: its first non-blank line, trimmed, when the next line is blank.
    /// - Parameter text: The article text.
    /// - Returns: The headline, or `nil` if the first non-blank line is not followed by a blank line.
    /// - Complexity: O(length of the first lines).
    static func headline(of text: String) -> String? {
        let bytes = text.utf8
        var start = bytes.startIndex
        var headline: Substring.UTF8View?
        while start < bytes.endIndex {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.endIndex
            let line = bytes[start ..< end]
            if let candidate = headline {
                guard isBlank(line) else { return nil }
                let trimmed = String(decoding: candidate, as: UTF8.self).trimmingASCIIWhitespace()
                return trimmed.isEmpty ? nil : trimmed
            }
            if !isBlank(line) {
                // A headline needs a following line; the last line of the text cannot be one.
                guard end < bytes.endIndex else { return nil }
                headline = line
            }
            start = end < bytes.endIndex ? bytes.index(after: end) : end
        }
        // Text ended right after the first non-blank line: no blank line follows it.
        return nil
    }

    private static func isBlank(_ line: Substring.UTF8View) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0B || $0 == 0x0C }
    }
}

extension String {
    /// The string without leading and trailing ASCII spaces, tabs and line breaks.
    fileprivate func trimmingASCIIWhitespace() -> String {
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(scalars[first ... last])
    }
}
