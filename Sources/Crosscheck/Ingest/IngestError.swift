/// Everything that can go wrong while reading articles: each case carries the path as the user gave it and, where
/// known, the 1-based line and the byte offset, so the one-line message points at the problem.
///
/// Byte offsets of compression errors count compressed bytes from the start of the file; byte offsets of text and
/// WARC errors count decompressed bytes from the start of the decompressed content (a UTF-8 byte order mark
/// included). All cases are input errors (``FailureKind/input``, exit status 2), except a ``web(path:error:)`` whose
/// ``WebError`` is not.
public enum IngestError: CrosscheckError, Hashable {
    /// The file could not be opened (missing, no permission, a directory…).
    case cannotOpen(path: String, reason: String)
    /// Reading failed after the file was opened.
    case readFailed(path: String, reason: String)
    /// The input is larger than ``InputLimits/maxInputBytes``.
    case inputTooLarge(path: String, limit: Int)
    /// The compressed stream ends in the middle of a member; `byteOffset` is where the input ended.
    case truncatedStream(path: String, compression: CompressionFormat, byteOffset: Int)
    /// The compressed stream is damaged (bad header, bad block, checksum mismatch, garbage between members).
    case corruptStream(path: String, compression: CompressionFormat, byteOffset: Int, detail: String)
    /// Decompression produced more than ``InputLimits/maxDecompressedBytes``.
    case decompressedTooLarge(path: String, limit: Int)
    /// Decompression exceeded ``InputLimits/maxCompressionRatio`` at compressed byte `byteOffset`.
    case compressionRatioTooHigh(path: String, byteOffset: Int, limit: Int)
    /// The text is not valid UTF-8; `byteOffset` is the offset of the first invalid byte.
    case invalidUTF8(path: String, line: Int?, byteOffset: Int)
    /// A line of a line-oriented input is longer than ``InputLimits/maxLineBytes``.
    case lineTooLong(path: String, line: Int, limit: Int)
    /// JSON nests arrays and objects deeper than ``InputLimits/maxJSONDepth``.
    case jsonTooDeep(path: String, line: Int?, limit: Int)
    /// The JSON is malformed.
    case invalidJSON(path: String, line: Int?, detail: String)
    /// Valid JSON, but not an article object (or, for `.json`, an array of them); `found` names what it is.
    case notAnArticle(path: String, line: Int?, found: String)
    /// An article object lacks a required field (after field mapping); `field` is the input field name.
    case missingField(path: String, line: Int?, field: String)
    /// A field has a value of the wrong type; `field` is the input field name.
    case invalidField(path: String, line: Int?, field: String, expected: String)
    /// An article's text is longer than ``InputLimits/maxArticleBytes``.
    case articleTooLarge(path: String, line: Int?, limit: Int)
    /// An HTML page or a WARC file could not be read: a malformed, truncated or oversized WARC record (the error
    /// names the record and the byte where it starts), an undecodable HTTP body, or an oversized page. A compressed
    /// WARC input that ends inside a record is reported as a truncated record.
    case web(path: String, error: WebError)
    /// A command that compares single articles (`diff`) got an input with no article or several.
    case notOneArticle(path: String, count: Int)
    /// A command that compares articles (`check`, `report`) got fewer than it needs from all its inputs together
    /// (empty files, a JSONL file of one article).
    case tooFewArticles(paths: [String], count: Int, needed: Int)

    /// The failure kind: ``FailureKind/input``, or the wrapped ``WebError``'s for ``web(path:error:)``.
    public var failureKind: FailureKind {
        if case .web(_, let error) = self { return error.failureKind }
        return .input
    }

    /// The path the error is about, as the user gave it (`-` for standard input).
    public var path: String {
        switch self {
        case .cannotOpen(let path, _), .readFailed(let path, _), .inputTooLarge(let path, _),
            .truncatedStream(let path, _, _), .corruptStream(let path, _, _, _), .decompressedTooLarge(let path, _),
            .compressionRatioTooHigh(let path, _, _), .invalidUTF8(let path, _, _), .lineTooLong(let path, _, _),
            .jsonTooDeep(let path, _, _), .invalidJSON(let path, _, _), .notAnArticle(let path, _, _),
            .missingField(let path, _, _), .invalidField(let path, _, _, _), .articleTooLarge(let path, _, _),
            .web(let path, _), .notOneArticle(let path, _):
            return path
        case .tooFewArticles(let paths, _, _):
            return paths.last ?? "-"
        }
    }

    /// One line, lowercase, naming the file (quoted), the line and byte where known, and the remedy where there is one:
    /// `'corpus/a.jsonl.gz': truncated gzip stream at byte 1234`.
    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            return "cannot open \(Self.name(path)): \(reason)"
        case .readFailed(let path, let reason):
            return "cannot read \(Self.name(path)): \(reason)"
        case .inputTooLarge(let path, let limit):
            return "\(Self.name(path)): input is larger than \(limit) bytes (raise --max-input-bytes)"
        case .truncatedStream(let path, let compression, let byteOffset):
            return "\(Self.name(path)): truncated \(compression) stream at byte \(byteOffset)"
        case .corruptStream(let path, let compression, let byteOffset, let detail):
            return "\(Self.name(path)): corrupt \(compression) stream at byte \(byteOffset) (\(detail))"
        case .decompressedTooLarge(let path, let limit):
            return "\(Self.name(path)): decompressed content exceeds \(limit) bytes (raise --max-decompressed-bytes)"
        case .compressionRatioTooHigh(let path, let byteOffset, let limit):
            return "\(Self.name(path)): compression ratio exceeds \(limit):1 at compressed byte \(byteOffset), "
                + "possible decompression bomb (raise --max-ratio)"
        case .invalidUTF8(let path, let line, let byteOffset):
            return "\(Self.location(path, line)): invalid UTF-8 at byte \(byteOffset) (use --lossy to replace it)"
        case .lineTooLong(let path, let line, let limit):
            return "\(Self.location(path, line)): line is longer than \(limit) bytes (raise --max-line-bytes)"
        case .jsonTooDeep(let path, let line, let limit):
            return "\(Self.location(path, line)): JSON nesting deeper than \(limit) levels (raise --max-json-depth)"
        case .invalidJSON(let path, let line, let detail):
            return "\(Self.location(path, line)): invalid JSON (\(detail))"
        case .notAnArticle(let path, let line, let found):
            return "\(Self.location(path, line)): expected an article object, found \(found)"
        case .missingField(let path, let line, let field):
            return "\(Self.location(path, line)): missing field '\(field)'"
        case .invalidField(let path, let line, let field, let expected):
            return "\(Self.location(path, line)): field '\(field)' must be \(expected)"
        case .articleTooLarge(let path, let line, let limit):
            return
                "\(Self.location(path, line)): article text is longer than \(limit) bytes (raise --max-article-bytes)"
        case .notOneArticle(let path, let count):
            return "\(Self.name(path)): holds \(count) articles, expected exactly one"
        case .tooFewArticles(let paths, let count, let needed):
            let names = paths.map(Self.name).joined(separator: ", ")
            return "\(names): \(count == 1 ? "1 article" : "\(count) articles") in all, \(needed) or more needed"
        case .web(let path, let error):
            // WARC errors name their input themselves; page errors name the page by its id.
            return error.source == nil ? "\(Self.name(path)): \(error)" : error.description
        }
    }

    /// `'path'`, or `standard input` for `-`.
    static func name(_ path: String) -> String {
        path == "-" ? "standard input" : "'\(path)'"
    }

    /// `'path'` or `'path': line N`.
    static func location(_ path: String, _ line: Int?) -> String {
        if let line { return "\(name(path)): line \(line)" }
        return name(path)
    }
}
