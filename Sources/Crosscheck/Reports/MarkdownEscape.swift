/// The one function that puts text into Markdown: article text, ids and titles go through it so they print as
/// themselves and never as Markdown syntax or inline HTML.
///
/// Every ASCII character with a meaning in CommonMark or GitHub-flavoured Markdown inline syntax (`\` `` ` `` `*` `_`
/// `[` `]` `<` `>` `#` `|` `~` `&` `!`) gets a backslash, which CommonMark allows before any ASCII punctuation. At
/// the start of a line, list, heading-underline and ordered-list markers (`-` `+` `=`, `1.` `1)`) are escaped too,
/// and leading spaces become `&#32;` so indentation never starts a code block.
public enum MarkdownEscape {
    /// Escapes text that contains no line breaks.
    /// - Parameters:
    ///   - text: One line of text.
    ///   - atLineStart: Whether the text starts a line.
    /// - Returns: The escaped text.
    /// - Complexity: O(length).
    public static func escape(_ text: some StringProtocol, atLineStart: Bool = false) -> String {
        var output: [UInt8] = []
        append(Array(text.utf8)[...], atLineStart: atLineStart, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends one line of UTF-8 text (no line breaks), escaped.
    /// - Parameters:
    ///   - utf8: The text.
    ///   - atLineStart: Whether the text starts a line.
    ///   - output: The Markdown being written.
    /// - Complexity: O(length).
    public static func append(_ utf8: ArraySlice<UInt8>, atLineStart: Bool, to output: inout [UInt8]) {
        var i = utf8.startIndex
        if atLineStart {
            while i < utf8.endIndex && (utf8[i] == 0x20 || utf8[i] == 0x09) {
                output += Array("&#32;".utf8)
                i += 1
            }
            if i < utf8.endIndex, [UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "=")].contains(utf8[i]) {
                output += [UInt8(ascii: "\\"), utf8[i]]
                i += 1
            } else {
                var j = i
                while j < utf8.endIndex && utf8[j] >= UInt8(ascii: "0") && utf8[j] <= UInt8(ascii: "9") { j += 1 }
                if j > i && j < utf8.endIndex && (utf8[j] == UInt8(ascii: ".") || utf8[j] == UInt8(ascii: ")")) {
                    output += utf8[i ..< j]
                    output += [UInt8(ascii: "\\"), utf8[j]]
                    i = j + 1
                }
            }
        }
        while i < utf8.endIndex {
            let byte = utf8[i]
            if special.contains(byte) { output.append(UInt8(ascii: "\\")) }
            output.append(byte)
            i += 1
        }
    }

    private static let special = Set("\\`*_[]<>#|~&!".utf8)
}
