/// The one function that puts text into HTML: every renderer that writes article text, ids, titles or URLs into an
/// HTML page goes through it, so article content can never become markup or script.
///
/// It replaces `&` `<` `>` `"` `'` with character references (safe in element content and in quoted attribute
/// values alike) and turns C0 control characters other than tab, line feed, form feed and carriage return, and DEL,
/// into their visible Control Pictures (U+2400…U+2421), which are not parse errors. Everything else is copied as
/// UTF-8.
public enum HTMLEscape {
    /// Escapes a string.
    /// - Parameter text: Any text.
    /// - Returns: The text, safe for HTML element content and quoted attribute values.
    /// - Complexity: O(length).
    public static func escape(_ text: String) -> String {
        var bytes: [UInt8] = []
        append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends a string, escaped, to UTF-8 output.
    /// - Parameters:
    ///   - text: Any text.
    ///   - output: The HTML being written.
    /// - Complexity: O(length).
    public static func append(_ text: String, to output: inout [UInt8]) {
        var copy = text
        copy.withUTF8 { append(utf8: $0, to: &output) }
    }

    /// Appends UTF-8 text, escaped, to UTF-8 output.
    /// - Parameters:
    ///   - utf8: Valid UTF-8 (e.g. a slice of a ``SourceText`` on scalar boundaries).
    ///   - output: The HTML being written.
    /// - Complexity: O(length); runs of plain bytes are copied at once.
    public static func append(utf8: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var runStart = 0
        for i in 0 ..< utf8.count {
            let byte = utf8[i]
            let replacement: [UInt8]
            switch byte {
            case UInt8(ascii: "&"): replacement = amp
            case UInt8(ascii: "<"): replacement = lt
            case UInt8(ascii: ">"): replacement = gt
            case UInt8(ascii: "\""): replacement = quot
            case UInt8(ascii: "'"): replacement = apos
            case 0x09, 0x0A, 0x0C, 0x0D: continue
            case 0x00 ..< 0x20: replacement = [0xE2, 0x90, 0x80 + byte]  // U+2400 + byte
            case 0x7F: replacement = [0xE2, 0x90, 0xA1]  // U+2421 SYMBOL FOR DELETE
            default: continue
            }
            if i > runStart { output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart ..< i])) }
            output.append(contentsOf: replacement)
            runStart = i + 1
        }
        if utf8.count > runStart { output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
    }

    private static let amp = Array("&amp;".utf8)
    private static let lt = Array("&lt;".utf8)
    private static let gt = Array("&gt;".utf8)
    private static let quot = Array("&quot;".utf8)
    private static let apos = Array("&#39;".utf8)
}
