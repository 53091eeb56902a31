/// Splits a tokenized text into ``Paragraph``s and gives each its role.
///
/// Paragraphs are separated by blank lines (lines with only whitespace) or U+2029; in a text without any blank
/// line, every line is a paragraph. A line that is exactly a known furniture phrase ("Share this:") is a paragraph
/// of its own even without a blank line around it. When the headline rule applies, the first paragraph is the
/// headline if it is a single line followed by a blank line and more text. ``Furniture`` then marks page furniture.
public enum ParagraphSegmenter {
    /// Finds the paragraphs of a text.
    /// - Parameters:
    ///   - text: The article text.
    ///   - tokens: Its tokens (from ``Tokenizer``).
    ///   - headline: Whether the first line may be a headline (plain-text articles without a separate title).
    /// - Returns: The paragraphs in order; each has at least one token.
    /// - Complexity: O(n) in the text length plus the number of tokens.
    public static func paragraphs(in text: SourceText, tokens: [Token], headline: Bool) -> [Paragraph] {
        let lines = text.utf8.withUnsafeBufferPointer { lineTokens(of: $0, tokens: tokens) }
        guard let first = lines.firstIndex(where: { !$0.tokens.isEmpty }),
            let last = lines.lastIndex(where: { !$0.tokens.isEmpty })
        else { return [] }
        var hasBlankLines = false
        for k in first ... last where lines[k].tokens.isEmpty || (k < last && lines[k].separatorAfter) {
            hasBlankLines = true
            break
        }
        var groups = [Group]()
        var current: Group?
        func flush(blankAfter: Bool) {
            guard var group = current else { return }
            group.blankAfter = blankAfter
            groups.append(group)
            current = nil
        }
        for k in first ... last {
            let line = lines[k]
            if line.tokens.isEmpty {
                flush(blankAfter: true)
            } else if !hasBlankLines {
                groups.append(Group(tokens: line.tokens, lines: 1, blankAfter: false))
            } else if Furniture.isPhrase(text: text, tokens: tokens, range: line.tokens) {
                flush(blankAfter: false)
                groups.append(Group(tokens: line.tokens, lines: 1, blankAfter: line.separatorAfter))
            } else {
                if var group = current {
                    group.tokens = group.tokens.lowerBound ..< line.tokens.upperBound
                    group.lines += 1
                    current = group
                } else {
                    current = Group(tokens: line.tokens, lines: 1, blankAfter: false)
                }
                if line.separatorAfter { flush(blankAfter: true) }
            }
        }
        flush(blankAfter: false)
        var paragraphs = groups.map { group in
            Paragraph(
                start: tokens[group.tokens.lowerBound].start, end: tokens[group.tokens.upperBound - 1].end,
                tokens: group.tokens, role: .body)
        }
        if headline && groups.count > 1 && groups[0].lines == 1 && groups[0].blankAfter {
            paragraphs[0].role = .headline
        }
        Furniture.mark(&paragraphs, text: text, tokens: tokens)
        return paragraphs
    }

    /// Consecutive lines that form one paragraph.
    private struct Group {
        var tokens: Range<Int>
        var lines: Int
        var blankAfter: Bool
    }

    /// A line's tokens and whether a paragraph separator (U+2029) ends it.
    private struct Line {
        var tokens: Range<Int>
        var separatorAfter: Bool
    }

    /// Cuts the text into lines (at LF, CR LF, CR, U+0085, U+2028, U+2029) and finds each line's tokens.
    private static func lineTokens(of bytes: UnsafeBufferPointer<UInt8>, tokens: [Token]) -> [Line] {
        var lines = [Line]()
        var tokenIndex = 0
        var lineStart = 0
        var i = 0
        let n = bytes.count
        func close(at end: Int, separator: Bool) {
            let first = tokenIndex
            while tokenIndex < tokens.count && tokens[tokenIndex].start < end { tokenIndex += 1 }
            lines.append(Line(tokens: first ..< tokenIndex, separatorAfter: separator))
        }
        while i < n {
            let b = bytes[i]
            if b == 0x0A {
                close(at: i, separator: false)
                i += 1
                lineStart = i
            } else if b == 0x0D {
                close(at: i, separator: false)
                i += (i + 1 < n && bytes[i + 1] == 0x0A) ? 2 : 1
                lineStart = i
            } else if b == 0xC2 && i + 1 < n && bytes[i + 1] == 0x85 {
                close(at: i, separator: false)
                i += 2
                lineStart = i
            } else if b == 0xE2 && i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9) {
                close(at: i, separator: bytes[i + 2] == 0xA9)
                i += 3
                lineStart = i
            } else {
                i += 1
            }
        }
        if lineStart < n || lines.isEmpty { close(at: n, separator: false) }
        return lines
    }
}
