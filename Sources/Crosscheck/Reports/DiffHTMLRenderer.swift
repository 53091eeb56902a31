/// Renders a diff as one self-contained HTML page (`crosscheck diff --format html`).
///
/// The page loads nothing (a Content-Security-Policy meta tag allows no scripts, images, fonts or connections, only
/// its own inline style), needs no JavaScript, and prints well (changes keep their strike-through and underline
/// without colour). It shows a table of the two articles, the statistics summary, a legend, and the new text with
/// changes in place: `<del>` for deletions, `<ins>` for insertions, character edits inside slightly changed words;
/// the two halves of a moved passage are `<del class="move">` and `<ins class="move">` with numbered links to each
/// other, and a moved-and-edited passage shows its word edits inside the moved block. Every piece of text — article
/// text, ids, titles, URLs — goes through ``HTMLEscape``, so content cannot inject markup or script.
public struct DiffHTMLRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// Renders a diff.
    /// - Parameter result: The comparison.
    /// - Returns: A UTF-8 HTML document ending in a newline.
    /// - Complexity: O(n + m).
    public func render(_ result: ArticleDiffResult) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(result.diff.new.byteCount * 2 + 4096)
        let oldName = result.old.title ?? result.old.id
        let newName = result.new.title ?? result.new.id
        let title = oldName == newName ? "Changes: \(oldName)" : "Changes: \(oldName) → \(newName)"
        output += Array(Self.head.utf8)
        output += Array("<title>".utf8)
        HTMLEscape.append(title, to: &output)
        output += Array("</title>\n<style>\n\(Self.style)</style>\n</head>\n<body>\n<header>\n<h1>".utf8)
        HTMLEscape.append(title, to: &output)
        output += Array(
            "</h1>\n<table class=\"documents\">\n<thead><tr><th></th><th>Old</th><th>New</th></tr></thead>\n<tbody>\n"
                .utf8)
        func row(_ label: String, _ old: String?, _ new: String?) {
            guard old != nil || new != nil else { return }
            output += Array("<tr><th>\(label)</th><td>".utf8)
            HTMLEscape.append(old ?? "", to: &output)
            output += Array("</td><td>".utf8)
            HTMLEscape.append(new ?? "", to: &output)
            output += Array("</td></tr>\n".utf8)
        }
        row("id", result.old.id, result.new.id)
        row("title", result.old.title, result.new.title)
        row("source", result.old.source, result.new.source)
        row("published", result.old.published, result.new.published)
        row("url", result.old.url, result.new.url)
        row("words", String(result.stats.oldWords), String(result.stats.newWords))
        output += Array("</tbody>\n</table>\n<p class=\"summary\"><strong>".utf8)
        HTMLEscape.append(result.granularity.rawValue.capitalized + " diff:", to: &output)
        output += Array("</strong> ".utf8)
        HTMLEscape.append(result.stats.summary + ".", to: &output)
        output += Array(Self.legend.utf8)
        output += Array("</header>\n<main>\n<div class=\"diff\">".utf8)
        for piece in InlineDiff(result.diff).pieces { append(piece, to: &output) }
        output += Array("</div>\n</main>\n</body>\n</html>\n".utf8)
        return output
    }

    private func append(_ piece: InlineDiff.Piece, to output: inout [UInt8]) {
        switch piece.kind {
        case .same:
            appendText(piece.text, to: &output)
        case .deleted:
            if let move = piece.move {
                output += Array("<del class=\"move\" id=\"move-\(move)-from\">".utf8)
                appendText(piece.text, to: &output)
                output += Array(
                    "</del><a class=\"tag\" href=\"#move-\(move)-to\" title=\"moved: see where it went\">→\(move)</a>"
                        .utf8)
            } else {
                output += Array("<del>".utf8)
                appendText(piece.text, to: &output)
                output += Array("</del>".utf8)
            }
        case .inserted:
            if let move = piece.move {
                output += Array(
                    ("<a class=\"tag\" href=\"#move-\(move)-from\" title=\"moved: see where it came from\">←\(move)"
                        + "</a><ins class=\"move\" id=\"move-\(move)-to\">").utf8)
                if piece.inner.isEmpty {
                    appendText(piece.text, to: &output)
                } else {
                    for inner in piece.inner { append(inner, to: &output) }
                }
                output += Array("</ins>".utf8)
            } else {
                output += Array("<ins>".utf8)
                appendText(piece.text, to: &output)
                output += Array("</ins>".utf8)
            }
        }
    }

    private func appendText(_ text: ArraySlice<UInt8>, to output: inout [UInt8]) {
        text.withUnsafeBufferPointer { HTMLEscape.append(utf8: $0, to: &output) }
    }

    private static let head = HTMLPage.head

    private static let legend = """
        </p>
        <p class="legend">Legend: <del>deleted</del> <ins>inserted</ins> \
        <del class="move">moved away</del><a class="tag">→1</a> \
        <a class="tag">←1</a><ins class="move">moved here</ins> (inside a moved passage, its own edits are marked \
        again)</p>

        """

    private static let style = """
        body { font: 16px/1.55 Georgia, "Times New Roman", serif; color: #1a1a1a; background: #fff;
          max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
        h1 { font-size: 1.4rem; line-height: 1.3; }
        table.documents { border-collapse: collapse; font: 0.85rem/1.4 system-ui, sans-serif; margin: 1rem 0; }
        table.documents th, table.documents td { border: 1px solid #ccc; padding: 0.2rem 0.5rem; text-align: left;
          vertical-align: top; overflow-wrap: anywhere; }
        p.summary, p.legend { font: 0.9rem/1.4 system-ui, sans-serif; }
        .diff { white-space: pre-wrap; overflow-wrap: break-word; border-top: 1px solid #ccc; padding-top: 1rem; }
        del { background: #fdd; color: #900; text-decoration: line-through; }
        ins { background: #dfd; color: #060; text-decoration: underline; }
        del.move, ins.move { background: #e6f0ff; color: #124; }
        del.move { text-decoration: line-through dotted; }
        ins.move { text-decoration: underline dotted; }
        ins.move del { background: #fdd; color: #900; }
        ins.move ins { background: #dfd; color: #060; text-decoration: underline; }
        a.tag { font: bold 0.7rem system-ui, sans-serif; vertical-align: super; color: #124; text-decoration: none;
          margin: 0 0.1rem; }
        @media print {
          body { margin: 0; max-width: none; font-size: 11pt; }
          del, ins, del.move, ins.move, ins.move del, ins.move ins { background: none; color: #000; }
          a.tag { color: #000; }
        }

        """
}
