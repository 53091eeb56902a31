/// The formats articles are read from (CONTRACT.md, "Inputs"). Any of them may be gzip- or zlib-compressed.
///
/// The format comes from the path's extension (after stripping `.gz`) and, failing that, from the content
/// (``sniff(_:)``). ``ArticleReader`` switches over it.
public enum ArticleFormat: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Plain text (`.txt`, `.text`): the whole content is the article text.
    case txt
    /// One JSON article object, or an array of them (`.json`).
    case json
    /// One JSON article object per line (`.jsonl`, `.ndjson`).
    case jsonl
    /// An HTML page (`.html`, `.htm`, `.xhtml`): one article, its main text extracted.
    case html
    /// WARC/1.0 or 1.1 records (`.warc`): one article per HTML `response` or `resource` record.
    case warc

    /// The lowercase name used in messages and on the command line.
    public var description: String { rawValue }

    /// The format named by a file extension (without the dot, any case).
    /// - Parameter pathExtension: An extension such as `jsonl` or `TXT`.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "txt", "text": self = .txt
        case "json": self = .json
        case "jsonl", "ndjson": self = .jsonl
        case "html", "htm", "xhtml": self = .html
        case "warc": self = .warc
        default: return nil
        }
    }

    /// The format named by a path's extension, ignoring a trailing `.gz` (`a.jsonl.gz` is `.jsonl`).
    /// - Parameter path: A file path; `-` (standard input) and hidden files like `.txt` have no extension.
    /// - Returns: The format, or `nil` if the extension names none.
    public static func fromPath(_ path: String) -> ArticleFormat? {
        var name = Substring(ArticleIdentity.fileName(of: path))
        // A leading dot marks a hidden file, not an extension: ".txt" has none.
        if name.hasPrefix(".") { name = name.dropFirst() }
        var parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count > 1 else { return nil }
        if parts.count > 2, parts[parts.count - 1].lowercased() == "gz" { parts.removeLast() }
        return ArticleFormat(pathExtension: String(parts[parts.count - 1]))
    }

    /// Guesses the format from the first bytes of the (decompressed) content.
    ///
    /// After an optional byte order mark and whitespace: `WARC/` is WARC; `<` followed by a letter, `!` or `?` is
    /// HTML; `[` is JSON; `{` is JSONL when the first object closes before the first line break (so a one-line
    /// JSON document reads as one JSONL line), JSON otherwise; anything else is plain text.
    /// - Parameter head: The first bytes of the content (a few KiB are enough).
    /// - Returns: The guessed format.
    /// - Complexity: O(head.count).
    public static func sniff(_ head: [UInt8]) -> ArticleFormat {
        var i = 0
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        while i < head.count, head[i] == 0x20 || head[i] == 0x09 || head[i] == 0x0A || head[i] == 0x0D { i += 1 }
        guard i < head.count else { return .txt }
        let rest = head[i...]
        if rest.starts(with: Array("WARC/".utf8)) { return .warc }
        switch head[i] {
        case UInt8(ascii: "<"):
            guard i + 1 < head.count else { return .txt }
            let next = head[i + 1] | 0x20  // ASCII lowercase
            let isTag =
                (next >= UInt8(ascii: "a") && next <= UInt8(ascii: "z")) || head[i + 1] == UInt8(ascii: "!")
                || head[i + 1] == UInt8(ascii: "?")
            return isTag ? .html : .txt
        case UInt8(ascii: "["):
            return .json
        case UInt8(ascii: "{"):
            let lineEnd = rest.firstIndex(of: 0x0A) ?? head.endIndex
            let firstLine = head[i ..< lineEnd]
            if JSONNestingScanner.firstValueEnd(in: firstLine) != nil { return .jsonl }
            // No line break in the head: one long line, read it as JSONL.
            return lineEnd == head.endIndex ? .jsonl : .json
        default:
            return .txt
        }
    }
}
