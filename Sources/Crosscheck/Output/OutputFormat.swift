/// The output formats of `--format` (CONTRACT.md, "Commands"); each command supports the ones that make sense.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Human-readable text (the default on a terminal).
    case text
    /// One JSON document, pretty-printed with sorted keys.
    case json
    /// One compact JSON object per line.
    case jsonl
    /// Markdown.
    case markdown
    /// A self-contained HTML page.
    case html
    /// TEI XML (for `align`: a parallel-segmentation apparatus).
    case tei

    /// The name used on the command line.
    public var description: String { rawValue }

    /// The format an output path's extension asks for: `.json`, `.jsonl`/`.ndjson`, `.txt`, `.md`/`.markdown`,
    /// `.html`/`.htm`, `.tei`/`.xml`.
    /// - Parameter path: An output path.
    /// - Returns: The format, or `nil` for another or no extension.
    public static func fromPath(_ path: String) -> OutputFormat? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "json": return .json
        case "jsonl", "ndjson": return .jsonl
        case "txt", "text": return .text
        case "md", "markdown": return .markdown
        case "html", "htm": return .html
        case "tei", "xml": return .tei
        default: return nil
        }
    }
}
