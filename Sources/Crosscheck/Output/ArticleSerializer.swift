/// Serialises a stream of articles in an output format, one article at a time, so `extract` can write millions of
/// JSONL lines with bounded memory while a single article in `json` still prints as one object.
///
/// - `json`: one article prints as one object; several print as an array (the first is held back until the second
///   arrives, or ``finish()`` is called). Pretty-printed, sorted keys.
/// - `jsonl`: one compact object per line.
/// - `text`: the title, a blank line, then the text (the title is left out when the text already starts with it, as
///   plain-text inputs do); articles are separated by a line `---` between blank lines.
///
/// Every method returns the bytes to write next; output always ends with `\n`.
public struct ArticleSerializer {
    /// The formats this serialiser writes.
    public static let supportedFormats: [OutputFormat] = [.json, .jsonl, .text]

    /// The output format.
    public let format: OutputFormat
    private var count = 0
    private var heldBack: [UInt8]?

    /// Creates a serialiser.
    /// - Parameter format: One of ``supportedFormats``; any other format is written as `json`.
    public init(format: OutputFormat) {
        self.format = Self.supportedFormats.contains(format) ? format : .json
    }

    /// Serialises the next article.
    /// - Parameter article: The article.
    /// - Returns: Bytes to write now (possibly none).
    /// - Throws: `EncodingError` (an internal error).
    public mutating func append(_ article: Article) throws -> [UInt8] {
        count += 1
        switch format {
        case .jsonl:
            return try JSONOutput.encode(article, pretty: false) + [0x0A]
        case .text:
            var bytes: [UInt8] = count > 1 ? Array("\n---\n\n".utf8) : []
            bytes += Self.plainText(of: article)
            return bytes
        default:
            let encoded = try JSONOutput.encode(article, pretty: true)
            if count == 1 {
                heldBack = encoded
                return []
            }
            var bytes: [UInt8] = []
            if let first = heldBack {
                bytes += Array("[\n".utf8) + Self.indented(first)
                heldBack = nil
            }
            bytes += Array(",\n".utf8) + Self.indented(encoded)
            return bytes
        }
    }

    /// Ends the output.
    /// - Returns: The closing bytes (the held-back object, the closing bracket, or `[]` when there were no articles).
    public mutating func finish() -> [UInt8] {
        guard format == .json else { return [] }
        if let first = heldBack {
            heldBack = nil
            return first + [0x0A]
        }
        return count == 0 ? Array("[]\n".utf8) : Array("\n]\n".utf8)
    }

    /// Indents every line of pretty-printed JSON by two spaces (JSON strings never contain raw line breaks).
    private static func indented(_ json: [UInt8]) -> [UInt8] {
        var result: [UInt8] = [0x20, 0x20]
        result.reserveCapacity(json.count + json.count / 16)
        for byte in json {
            result.append(byte)
            if byte == 0x0A { result += [0x20, 0x20] }
        }
        return result
    }

    /// The text form of an article.
    private static func plainText(of article: Article) -> [UInt8] {
        var output = ""
        if let title = article.title, !title.isEmpty,
            !article.text.drop(while: { $0.isWhitespace }).hasPrefix(title)
        {
            output = title + "\n\n"
        }
        output += article.text
        if !output.hasSuffix("\n") { output += "\n" }
        return Array(output.utf8)
    }
}
