/// Renders a check as Markdown: `crosscheck check --format markdown` (the discrepancies grouped by severity, each
/// with its evidence) and `crosscheck report -o NAME.md` (``full``: also the documents side by side with word
/// changes — `~~removed~~`, `**added**` — the quotes per document and the claims table). All article text goes
/// through ``MarkdownEscape``.
public struct CheckMarkdownRenderer: Sendable {
    /// Whether to include the side-by-side view, quotes and claims.
    public var full: Bool

    /// Creates a renderer.
    /// - Parameter full: Whether to include the side-by-side view, quotes and claims (the review report).
    public init(full: Bool) {
        self.full = full
    }

    /// Renders a check.
    /// - Parameter result: The check.
    /// - Returns: UTF-8 Markdown ending in a newline.
    public func render(_ result: CheckResult) -> [UInt8] {
        let sections = ReviewSections(result: result)
        var lines: [String] = []
        func esc(_ s: String) -> String {
            MarkdownEscape.escape(s.split(whereSeparator: \.isNewline).joined(separator: " "))
        }
        let names = result.documents.map(\.article.id)
        lines.append("# " + esc((full ? "Review: " : "Check: ") + names.joined(separator: " · ")))
        lines.append("")
        lines.append("| # | id | source | published | title |")
        lines.append("|---|---|---|---|---|")
        for (index, document) in result.documents.enumerated() {
            let a = document.article
            lines.append(
                "| \(index + 1) | \(esc(a.id)) | \(esc(a.source ?? "")) | \(esc(a.published ?? "")) | \(esc(a.title ?? "")) |"
            )
        }
        lines.append("")
        for pair in result.pairs where pair.unrelated {
            lines.append(
                "**Unrelated:** "
                    + esc(
                        "\(names[pair.new]) shares only \(Int((pair.coverage * 100).rounded()))% of its sentences with "
                            + "\(names[pair.old]); not compared."))
            lines.append("")
        }
        let counts = Severity.allCases.reversed().map { s in "\(result.discrepancies.count { $0.severity == s }) \(s)" }
        lines.append("**\(result.discrepancies.count) discrepancies:** " + counts.joined(separator: ", "))
        lines.append("")
        lines.append("## Discrepancies")
        lines.append("")
        if result.discrepancies.isEmpty { lines += ["No discrepancies.", ""] }
        for (severity, items) in sections.bySeverity {
            lines.append("### \(severity.rawValue.capitalized) (\(items.count))")
            lines.append("")
            for (n, d) in items.enumerated() {
                lines.append("\(n + 1). **\(d.kind.rawValue)** " + esc(d.summary) + " <a id=\"\(d.id)\"></a>")
                for e in d.evidence {
                    var line = "   - " + esc(sections.label(e.docIndex)) + " \(e.start)–\(e.end): " + esc(e.text)
                    if full, let row = sections.row(of: e) { line += " ([in context](#g\(row)))" }
                    lines.append(line)
                }
            }
            lines.append("")
        }
        if full {
            lines.append("## Side by side")
            lines.append("")
            lines.append(
                "| # | relation | " + sections.columns.map { esc(sections.label($0)) }.joined(separator: " | ") + " |")
            lines.append("|---|---|" + String(repeating: "---|", count: sections.columns.count))
            for (index, group) in result.alignment.groups.enumerated() {
                var row = "| <a id=\"g\(index)\"></a>\(index + 1) | \(group.relation.rawValue) |"
                for cell in sections.cells(group) {
                    guard let cell else {
                        row += " — |"
                        continue
                    }
                    var text = ""
                    for piece in cell.pieces {
                        let body = esc(piece.text)
                        let core = body.trimmingCharacters(in: .whitespaces)
                        let lead = body.hasPrefix(" ") ? " " : ""
                        let trail = body.hasSuffix(" ") && !core.isEmpty ? " " : ""
                        switch piece.kind {
                        case .same: text += body
                        case .deleted: text += core.isEmpty ? body : "\(lead)~~\(core)~~\(trail)"
                        case .inserted: text += core.isEmpty ? body : "\(lead)**\(core)**\(trail)"
                        }
                    }
                    row += " " + text + " |"
                }
                lines.append(row)
            }
            lines.append("")
            lines.append("## Quotes")
            lines.append("")
            for doc in sections.columns {
                lines.append("### " + esc(sections.label(doc)))
                lines.append("")
                lines.append("| kind | speaker | cue | quote |")
                lines.append("|---|---|---|---|")
                for q in result.quotes[doc] {
                    lines.append(
                        "| \(q.kind.rawValue) | \(esc(q.speakerName ?? q.speaker?.text ?? "")) | \(esc(q.cue?.text ?? "")) | \(esc(q.quote.text)) |"
                    )
                }
                lines.append("")
            }
            lines.append("## Claims")
            lines.append("")
            lines.append("| document | kind | text | value |")
            lines.append("|---|---|---|---|")
            for doc in sections.columns {
                for c in result.claims[doc] {
                    let value = (c.value?.description ?? "") + (c.unit.map { " " + $0 } ?? "")
                    lines.append(
                        "| \(esc(sections.label(doc))) | \(c.kind.rawValue) | \(esc(c.span.text)) | \(esc(value)) |")
                }
            }
            lines.append("")
        }
        return Array((lines.joined(separator: "\n")).utf8) + [0x0A]
    }
}
