/// Renders a check as a compact terminal summary (`crosscheck check --format text`): one line per document, the
/// counts per severity, then one block per discrepancy (severity, kind, summary, evidence spans).
public struct CheckTextRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// Renders a check.
    /// - Parameter result: The check.
    /// - Returns: UTF-8 text ending in a newline.
    public func render(_ result: CheckResult) -> [UInt8] {
        var lines: [String] = []
        for (index, document) in result.documents.enumerated() {
            let article = document.article
            let extra = [article.source, article.published].compactMap { $0 }.joined(separator: ", ")
            lines.append("[\(index + 1)] \(article.id)" + (extra.isEmpty ? "" : " (\(extra))"))
        }
        for pair in result.pairs where pair.unrelated {
            lines.append(
                "Unrelated: \(result.documents[pair.new].article.id) shares only "
                    + "\(Int((pair.coverage * 100).rounded()))% of its sentences with "
                    + "\(result.documents[pair.old].article.id); not compared.")
        }
        if result.unrelated {
            lines.append("The documents do not tell the same story: no discrepancies listed.")
            return Array((lines.joined(separator: "\n") + "\n").utf8)
        }
        let counts = Severity.allCases.reversed().map { severity in
            "\(result.discrepancies.count { $0.severity == severity }) \(severity.rawValue)"
        }
        lines.append("\(result.discrepancies.count) discrepancies: " + counts.joined(separator: ", "))
        for d in result.discrepancies {
            lines.append("")
            lines.append("\(d.severity.rawValue.uppercased()) \(d.kind.rawValue): \(d.summary)")
            for e in d.evidence {
                lines.append("  [\(e.docIndex + 1)] \(e.start)-\(e.end) \(Self.clip(e.text))")
            }
        }
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// One line of evidence text, shortened.
    static func clip(_ text: String, limit: Int = 100) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard flat.count > limit else { return flat }
        return String(flat.prefix(limit)) + "…"
    }
}
