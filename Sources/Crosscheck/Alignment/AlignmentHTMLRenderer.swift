/// Renders an ``Alignment`` as a self-contained HTML collation table: one row per group, one column per document,
/// and in each cell the words that differ from the group's earliest version highlighted (`<del>` words it lacks,
/// `<ins>` words it adds), computed by the diff engine (``TextDiff/words(old:oldTokens:oldIds:new:newTokens:newIds:options:)``).
///
/// The page needs no network and no JavaScript, carries the ``HTMLPage`` Content-Security-Policy, and every piece of
/// article text is escaped.
public enum AlignmentHTMLRenderer {
    /// Renders the page.
    /// - Parameter alignment: The alignment.
    /// - Returns: The HTML document, ending with a newline.
    /// - Complexity: O(total text length) plus one word diff per cell of a changed group.
    public static func render(_ alignment: Alignment) -> String {
        let documents = alignment.documents
        var out = HTMLPage.head
        out += """
            <title>Sentence alignment</title>
            <style>
            body { font: 15px/1.45 system-ui, sans-serif; margin: 1.5em; color: #222; }
            table { border-collapse: collapse; width: 100%; table-layout: fixed; }
            th, td { border: 1px solid #ccc; padding: .35em .5em; vertical-align: top; text-align: left; }
            th.relation, td.relation { width: 7em; }
            td.relation { font-size: 85%; color: #555; }
            tr.identical td { color: #666; }
            tr.unique td.relation { color: #a40; }
            tr.moved td.relation { color: #06a; }
            del { background: #fdd; text-decoration: line-through; }
            ins { background: #dfd; text-decoration: none; }
            td.absent { background: #f6f6f6; }
            .n { color: #999; font-size: 80%; margin-right: .3em; }
            </style>
            </head>
            <body>
            <h1>Sentence alignment</h1>

            """
        out += "<p>"
        var counts: [AlignmentRelation: Int] = [:]
        for group in alignment.groups { counts[group.relation, default: 0] += 1 }
        out += AlignmentRelation.allCases.compactMap { relation in
            counts[relation].map { "\(relation.rawValue): \($0)" }
        }.joined(separator: " · ")
        out += "</p>\n<table>\n<thead><tr><th class=\"relation\">relation</th>"
        for index in alignment.order {
            let article = documents[index].article
            out += "<th>[\(index)] \(escape(article.id))"
            if let source = article.source { out += "<br>\(escape(source))" }
            if let published = article.published { out += "<br>\(escape(published))" }
            out += "</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for group in alignment.groups {
            let reference = alignment.order.first { !group.sentences(in: $0).isEmpty }
            let referenceCell = reference.map { cell(alignment, doc: $0, sentences: group.sentences(in: $0)) }
            out += "<tr class=\"\(group.relation.rawValue)\"><td class=\"relation\">\(group.relation.rawValue)"
            if group.relation == .moved && group.changed { out += " (edited)" }
            out += "</td>"
            for index in alignment.order {
                let sentences = group.sentences(in: index)
                guard let first = sentences.first else {
                    out += "<td class=\"absent\"></td>"
                    continue
                }
                out += "<td><span class=\"n\">\(first + 1)</span>"
                let text = cell(alignment, doc: index, sentences: sentences)
                if let referenceCell, index != reference, group.changed {
                    out += highlighted(old: referenceCell, new: text)
                } else {
                    out += escape(text)
                }
                out += "</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n</body>\n</html>\n"
        return out
    }

    /// The text of some sentences of a document, joined by spaces, on one line.
    private static func cell(_ alignment: Alignment, doc: Int, sentences: [Int]) -> String {
        let document = alignment.documents[doc]
        return sentences.map { document.text.text(document.sentences[$0].bytes) }.joined(separator: " ")
            .split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// The new text with the word differences from the old text marked up.
    private static func highlighted(old: String, new: String) -> String {
        let oldText = SourceText(old)
        let newText = SourceText(new)
        let tokenizer = Tokenizer()
        let oldTokens = tokenizer.tokens(in: oldText)
        let newTokens = tokenizer.tokens(in: newText)
        var interner = TokenInterner()
        let oldIds = interner.ids(for: oldTokens, in: oldText, folding: .typography)
        let newIds = interner.ids(for: newTokens, in: newText, folding: .typography)
        var options = TextDiffOptions()
        options.detectMoves = false
        guard
            let result = try? TextDiff.words(
                old: oldText, oldTokens: oldTokens, oldIds: oldIds, new: newText, newTokens: newTokens, newIds: newIds,
                options: options)
        else { return escape(new) }
        var out = ""
        for edit in result.textEdits {
            let removed = oldText.text(edit.old)
            let added = newText.text(edit.new)
            switch edit.op {
            case .equal: out += escape(added)
            case .insert: out += edit.isCosmetic ? escape(added) : "<ins>\(escape(added))</ins>"
            case .delete: out += edit.isCosmetic ? "" : "<del>\(escape(removed))</del>"
            case .replace:
                out += edit.isCosmetic ? escape(added) : "<del>\(escape(removed))</del><ins>\(escape(added))</ins>"
            }
        }
        return out
    }

    /// Escapes text for HTML through the one shared escaping function.
    private static func escape(_ text: String) -> String { HTMLEscape.escape(text) }
}
