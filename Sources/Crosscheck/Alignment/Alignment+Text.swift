extension Alignment {
    /// A plain-text rendering for people: the documents, then one block per group with its relation and each
    /// member sentence as `doc:sentence  text` (an identical group shows its text once).
    /// - Returns: The text, ending with a newline.
    /// - Complexity: O(total text length).
    public func renderedText() -> String {
        var out = ""
        for (index, document) in documents.enumerated() {
            let article = document.article
            out += "[\(index)] \(article.id)"
            if let source = article.source { out += " (\(source))" }
            if let published = article.published { out += " \(published)" }
            out += ": \(document.sentences.count) sentences\n"
        }
        out += "order: " + order.map(String.init).joined(separator: " → ") + (isChain ? " (version chain)" : "") + "\n"
        var counts: [AlignmentRelation: Int] = [:]
        for group in groups { counts[group.relation, default: 0] += 1 }
        out +=
            AlignmentRelation.allCases.compactMap { relation in counts[relation].map { "\(relation.rawValue) \($0)" } }
            .joined(separator: ", ") + "\n"
        for group in groups {
            let label = group.relation.rawValue + (group.relation == .moved && group.changed ? " (edited)" : "")
            out += "\n" + label
            if let provenance = group.provenance {
                out += "  introduced [\(provenance.introduced)]"
                if !provenance.changed.isEmpty {
                    out += ", changed " + provenance.changed.map { "[\($0)]" }.joined(separator: " ")
                }
                if !provenance.removed.isEmpty {
                    out += ", removed " + provenance.removed.map { "[\($0)]" }.joined(separator: " ")
                }
            }
            out += "\n"
            if group.relation == .identical, let first = group.members.first {
                let where_ = group.members.map { "\($0.doc):\($0.sentence + 1)" }.joined(separator: " ")
                out += "  \(where_)  \(sentenceText(first))\n"
                continue
            }
            for member in group.members {
                out += "  \(member.doc):\(member.sentence + 1)  \(sentenceText(member))\n"
            }
        }
        return out
    }

    /// The text of a member sentence on one line.
    func sentenceText(_ member: AlignmentMember) -> String {
        let document = documents[member.doc]
        return document.text.text(document.sentences[member.sentence].bytes)
            .split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
