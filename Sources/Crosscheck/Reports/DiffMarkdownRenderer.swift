/// Renders a diff as GitHub-flavoured Markdown (`crosscheck diff --format markdown`).
///
/// Output: a heading, a table of the two articles (id, title, source, published, URL, words), the statistics
/// summary, a legend, a rule, then the new text with every change marked in place: deletions as `<del>…</del>`,
/// insertions as `<ins>…</ins>` (inline HTML that GitHub and most Markdown renderers show struck through and
/// underlined), the old half of a moved passage followed by `<sup>→1</sup>` and the new half by `<sup>←1</sup>`.
/// Line breaks of the article are kept (blank lines separate paragraphs, single breaks become hard breaks); markers
/// are closed and reopened around them. All article text goes through ``MarkdownEscape``.
public struct DiffMarkdownRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// Renders a diff.
    /// - Parameter result: The comparison.
    /// - Returns: UTF-8 Markdown ending in a newline.
    /// - Complexity: O(n + m).
    public func render(_ result: ArticleDiffResult) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(result.diff.new.byteCount * 2 + 1024)
        let oldName = result.old.title ?? result.old.id
        let newName = result.new.title ?? result.new.id
        output += Array("# Changes: ".utf8)
        output += Array(MarkdownEscape.escape(Self.oneLine(oldName)).utf8)
        if newName != oldName { output += Array(" → \(MarkdownEscape.escape(Self.oneLine(newName)))".utf8) }
        output += Array("\n\n| | Old | New |\n|---|---|---|\n".utf8)
        func row(_ label: String, _ old: String?, _ new: String?) {
            guard old != nil || new != nil else { return }
            let cells = [old, new].map { MarkdownEscape.escape(Self.oneLine($0 ?? "")) }
            output += Array("| \(label) | \(cells[0]) | \(cells[1]) |\n".utf8)
        }
        row("id", result.old.id, result.new.id)
        row("title", result.old.title, result.new.title)
        row("source", result.old.source, result.new.source)
        row("published", result.old.published, result.new.published)
        row("url", result.old.url, result.new.url)
        row("words", String(result.stats.oldWords), String(result.stats.newWords))
        output += Array("\n**\(result.granularity.rawValue.capitalized) diff:** \(result.stats.summary).\n\n".utf8)
        output += Array(
            ("Legend: <del>deleted</del>, <ins>inserted</ins>; a moved passage is marked <sup>→1</sup> where it left "
                + "and <sup>←1</sup> where it arrived.\n\n---\n\n").utf8)
        output += body(InlineDiff(result.diff).pieces)
        if output.last != 0x0A { output.append(0x0A) }
        return output
    }

    /// One run of text on one line of the rendering.
    private struct Run {
        var kind: InlineDiff.Kind
        var text: ArraySlice<UInt8>
    }

    /// One line of the rendering: its runs and the marker that follows the last one, if any.
    private struct Line {
        var runs: [(run: Run, marker: String?)] = []
        /// Whether the line has any non-whitespace text (otherwise it separates paragraphs).
        var isBlank: Bool {
            !runs.contains { entry in entry.run.text.contains { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D } }
                && !runs.contains { $0.marker != nil }
        }
    }

    private func body(_ pieces: [InlineDiff.Piece]) -> [UInt8] {
        var lines: [Line] = [Line()]
        for piece in pieces {
            let marker: String? =
                piece.move.map { piece.kind == .deleted ? "<sup>→\($0)</sup>" : "<sup>←\($0)</sup>" }
            // Line breaks that end a piece come after its marker, so the marker stays on the piece's last line.
            var text = piece.text
            while let last = text.last, last == 0x0A || last == 0x0D { text = text.dropLast() }
            if text.isEmpty { text = piece.text }
            let trailing = piece.text[text.endIndex...]
            var start = text.startIndex
            while true {
                let end = text[start...].firstIndex(of: 0x0A) ?? text.endIndex
                let isLast = end == text.endIndex
                var segment = text[start ..< end]
                if segment.last == 0x0D { segment = segment.dropLast() }
                if !segment.isEmpty || (isLast && marker != nil) {
                    lines[lines.count - 1].runs.append((Run(kind: piece.kind, text: segment), isLast ? marker : nil))
                }
                if isLast { break }
                lines.append(Line())
                start = end + 1
            }
            for byte in trailing where byte == 0x0A { lines.append(Line()) }
        }
        var output: [UInt8] = []
        for (index, line) in lines.enumerated() {
            if line.isBlank {
                output.append(0x0A)
                continue
            }
            var atLineStart = true
            for (run, marker) in line.runs {
                let isSpace = !run.text.contains { $0 != 0x20 && $0 != 0x09 }
                if run.kind == .same || isSpace {
                    MarkdownEscape.append(run.text, atLineStart: atLineStart, to: &output)
                } else {
                    let tag = run.kind == .deleted ? "del" : "ins"
                    output += Array("<\(tag)>".utf8)
                    MarkdownEscape.append(run.text, atLineStart: false, to: &output)
                    output += Array("</\(tag)>".utf8)
                }
                if let marker { output += Array(marker.utf8) }
                atLineStart = atLineStart && run.text.isEmpty
            }
            // A single line break inside a paragraph stays a line break (a backslash hard break).
            if index + 1 < lines.count && !lines[index + 1].isBlank { output.append(UInt8(ascii: "\\")) }
            output.append(0x0A)
        }
        return output
    }

    /// The text with line breaks replaced by spaces (for headings and table cells).
    private static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
