/// Shared pieces of the check and review report renderers: the sentence rows of the side-by-side view with word
/// diffs against the reference document, and the evidence anchors.
struct ReviewSections {
    /// One cell of the side-by-side view: a document's sentences of one group, as inline diff pieces against the
    /// reference document's sentences (plain text when the cell is the reference or no diff applies).
    struct Cell {
        /// The pieces; `same` only for the reference.
        var pieces: [(kind: InlineDiff.Kind, text: String)]
    }

    /// The check.
    let result: CheckResult

    /// The reference document (first in version order).
    var reference: Int { result.alignment.order.first ?? 0 }

    /// The documents in display order (reference first).
    var columns: [Int] { result.alignment.order }

    /// The text of a document's sentences in a group.
    func text(_ doc: Int, _ group: AlignmentGroup) -> String? {
        let sentences = group.sentences(in: doc)
        guard !sentences.isEmpty else { return nil }
        let document = result.documents[doc]
        return sentences.map { document.text.text(document.sentences[$0].bytes) }.joined(separator: " ")
    }

    /// The cells of a group row, one per column (nil where the document has no sentence).
    func cells(_ group: AlignmentGroup) -> [Cell?] {
        let referenceText = text(reference, group)
        return columns.map { doc in
            guard let mine = text(doc, group) else { return nil }
            guard doc != reference, let referenceText, group.changed else { return Cell(pieces: [(.same, mine)]) }
            let old = Article(id: "old", text: referenceText)
            let new = Article(id: "new", text: mine)
            guard let diff = try? ArticleDiff.compare(old: old, new: new) else { return Cell(pieces: [(.same, mine)]) }
            let pieces = InlineDiff(diff.diff).pieces.map {
                (kind: $0.kind, text: String(decoding: $0.text, as: UTF8.self))
            }
            return Cell(pieces: pieces)
        }
    }

    /// The index of the group row that contains a piece of evidence, when any.
    func row(of evidence: Evidence) -> Int? {
        let document = result.documents[evidence.docIndex]
        let bytes = document.text.byteRange(scalars: evidence.start ..< evidence.end)
        for (index, group) in result.alignment.groups.enumerated() {
            for sentence in group.sentences(in: evidence.docIndex) {
                let s = document.sentences[sentence]
                if s.start <= bytes.lowerBound && bytes.lowerBound < max(s.end, s.start + 1) { return index }
            }
        }
        return nil
    }

    /// The discrepancies grouped by severity, most severe first, skipping empty severities.
    var bySeverity: [(Severity, [Discrepancy])] {
        Severity.allCases.reversed().compactMap { severity in
            let items = result.discrepancies.filter { $0.severity == severity }
            return items.isEmpty ? nil : (severity, items)
        }
    }

    /// A document's label: `[n] id`.
    func label(_ doc: Int) -> String { "[\(doc + 1)] \(result.documents[doc].article.id)" }
}
