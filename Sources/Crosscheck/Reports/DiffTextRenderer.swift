/// Renders a diff as plain text with inline markers, like `git diff --word-diff=plain` (`crosscheck diff --format
/// text`).
///
/// Output: `--- OLD-ID (old)`, `+++ NEW-ID (new)`, the statistics summary, a blank line, then the new text with
/// every change marked in place:
///
/// | Marker | Meaning |
/// |---|---|
/// | `[-text-]` | deleted |
/// | `{+text+}` | inserted |
/// | `[-old-]{+new+}` | replaced; in a word that changed slightly only the changed run of letters and digits is marked, `[-two-]{+three+}-month`, and punctuation exactly, `Turkey[-’-]{+'+}s` |
/// | `[-text-]{>1}` | a passage moved away from here (move 1) |
/// | `{+text+}{<1}` | the same passage (move 1) arriving here, with its new wording |
///
/// Line breaks at the end of a deleted or inserted piece print after its closing marker. Whitespace-only (cosmetic)
/// edits print as the new text. With `color`, deletions are red, insertions green and
/// moved passages cyan (ANSI SGR codes, reset at every line end so pagers show them line by line); the markers stay,
/// so the output reads the same without colour.
public struct DiffTextRenderer: Sendable {
    /// Whether to add ANSI colours (only for a terminal, and not when `NO_COLOR` is set: the caller decides).
    public var color: Bool

    /// Creates a renderer.
    /// - Parameter color: Whether to add ANSI colour codes.
    public init(color: Bool = false) {
        self.color = color
    }

    /// Renders a diff.
    /// - Parameter result: The comparison.
    /// - Returns: UTF-8 text ending in a newline.
    /// - Complexity: O(n + m).
    public func render(_ result: ArticleDiffResult) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(result.diff.new.byteCount + result.diff.textEdits.count * 8 + 256)
        output += Array("--- \(result.old.id) (old)\n+++ \(result.new.id) (new)\n".utf8)
        output += Array("\(result.stats.summary)\n\n".utf8)
        for piece in InlineDiff(result.diff).pieces {
            switch piece.kind {
            case .same:
                output += piece.text
            case .deleted, .inserted:
                let deleted = piece.kind == .deleted
                // Line breaks that end the piece print after its markers, so a marker never starts the next line.
                var text = piece.text
                while let last = text.last, last == 0x0A || last == 0x0D { text = text.dropLast() }
                if text.isEmpty { text = piece.text }
                let style = piece.move != nil ? Self.cyan : deleted ? Self.red : Self.green
                append(deleted ? "[-" : "{+", text, deleted ? "-]" : "+}", style: style, to: &output)
                if let move = piece.move {
                    append("", [], deleted ? "{>\(move)}" : "{<\(move)}", style: Self.boldCyan, to: &output)
                }
                output += piece.text[text.endIndex...]
            }
        }
        if output.last != 0x0A { output.append(0x0A) }
        return output
    }

    private static let red = "\u{1B}[31m"
    private static let green = "\u{1B}[32m"
    private static let cyan = "\u{1B}[36m"
    private static let boldCyan = "\u{1B}[1;36m"
    private static let reset = Array("\u{1B}[0m".utf8)

    /// Appends `open text close`, coloured when asked; the colour is closed before and reopened after every line
    /// break inside.
    private func append(
        _ open: String, _ text: ArraySlice<UInt8>, _ close: String, style: String, to output: inout [UInt8]
    ) {
        guard color else {
            output += Array(open.utf8)
            output += text
            output += Array(close.utf8)
            return
        }
        let styleBytes = Array(style.utf8)
        output += styleBytes
        output += Array(open.utf8)
        for byte in text {
            if byte == 0x0A {
                output += Self.reset
                output.append(0x0A)
                output += styleBytes
            } else {
                output.append(byte)
            }
        }
        output += Array(close.utf8)
        output += Self.reset
    }
}
