/// Renders a check as one self-contained HTML page: `crosscheck check --format html` (the discrepancies) and
/// `crosscheck report` (``full``: also the documents side by side sentence by sentence with word-level highlights,
/// the quotes with their speakers per document, and the claims table).
///
/// The page loads nothing (a Content-Security-Policy meta tag allows only its own inline style), needs no
/// JavaScript and prints well. Every piece of article text, id, title and URL goes through ``HTMLEscape``, so
/// content can never inject markup or script. Each discrepancy shows its evidence highlighted (`<mark>`) and, in the
/// full report, links to the sentence row of every document it cites.
public struct CheckHTMLRenderer: Sendable {
    /// Whether to include the side-by-side view, quotes and claims.
    public var full: Bool

    /// Creates a renderer.
    /// - Parameter full: Whether to include the side-by-side view, quotes and claims (the review report).
    public init(full: Bool) {
        self.full = full
    }

    /// Renders a check.
    /// - Parameter result: The check.
    /// - Returns: A UTF-8 HTML document ending in a newline.
    /// - Complexity: O(n) in the documents' size, plus one sentence diff per changed group cell.
    public func render(_ result: CheckResult) -> [UInt8] {
        let sections = ReviewSections(result: result)
        var out: [UInt8] = []
        func raw(_ s: String) { out += Array(s.utf8) }
        func text(_ s: String) { HTMLEscape.append(s, to: &out) }
        let names = result.documents.map(\.article.id)
        let title = (full ? "Review: " : "Check: ") + names.joined(separator: " · ")
        raw(Self.head)
        raw("<title>")
        text(title)
        raw("</title>\n<style>\n\(Self.style)</style>\n</head>\n<body>\n<header>\n<h1>")
        text(title)
        raw("</h1>\n<table class=\"documents\">\n<thead><tr><th>#</th><th>id</th><th>source</th><th>published</th>")
        raw("<th>title</th><th>url</th></tr></thead>\n<tbody>\n")
        for (index, document) in result.documents.enumerated() {
            let a = document.article
            raw("<tr><td>\(index + 1)</td><td>")
            text(a.id)
            raw("</td><td>")
            text(a.source ?? "")
            raw("</td><td>")
            text(a.published ?? "")
            raw("</td><td>")
            text(a.title ?? "")
            raw("</td><td>")
            text(a.url ?? "")
            raw("</td></tr>\n")
        }
        raw("</tbody>\n</table>\n")
        for pair in result.pairs where pair.unrelated {
            raw("<p class=\"unrelated\"><strong>Unrelated:</strong> ")
            text(
                "\(names[pair.new]) shares only \(Int((pair.coverage * 100).rounded()))% of its sentences with "
                    + "\(names[pair.old]); not compared.")
            raw("</p>\n")
        }
        let counts = Severity.allCases.reversed().map { s in "\(result.discrepancies.count { $0.severity == s }) \(s)" }
        raw("<p class=\"summary\"><strong>\(result.discrepancies.count) discrepancies:</strong> ")
        text(counts.joined(separator: ", "))
        raw("</p>\n")
        if full {
            raw(
                "<nav><a href=\"#discrepancies\">Discrepancies</a> · <a href=\"#documents\">Side by side</a> · "
                    + "<a href=\"#quotes\">Quotes</a> · <a href=\"#claims\">Claims</a></nav>\n")
        }
        raw("</header>\n<main>\n<section id=\"discrepancies\">\n<h2>Discrepancies</h2>\n")
        if result.discrepancies.isEmpty {
            raw("<p>No discrepancies.</p>\n")
        }
        for (severity, items) in sections.bySeverity {
            raw("<section class=\"severity \(severity.rawValue)\" id=\"severity-\(severity.rawValue)\">\n<h3>")
            text("\(severity.rawValue.capitalized) (\(items.count))")
            raw("</h3>\n<ol>\n")
            for d in items {
                raw("<li class=\"discrepancy \(d.severity.rawValue)\" id=\"")
                text(d.id)
                raw("\"><span class=\"badge\">")
                text(d.severity.rawValue)
                raw("</span> <span class=\"kind\">")
                text(d.kind.rawValue)
                raw("</span> ")
                text(d.summary)
                raw("\n<ul class=\"evidence\">\n")
                for (k, e) in d.evidence.enumerated() {
                    raw("<li id=\"")
                    text("\(d.id)-e\(k)")
                    raw("\"><span class=\"doc\">")
                    text(sections.label(e.docIndex))
                    raw("</span> <span class=\"offsets\">")
                    text("\(e.start)–\(e.end)")
                    raw("</span> <mark class=\"evidence-text\">")
                    text(e.text)
                    raw("</mark>")
                    if full, let row = sections.row(of: e) {
                        raw(" <a class=\"goto\" href=\"#g\(row)\">in context</a>")
                    }
                    raw("</li>\n")
                }
                raw("</ul>\n")
                if let changes = d.details.changes, d.kind == .quoteWording {
                    raw("<p class=\"changes\">")
                    for change in changes {
                        switch change.op {
                        case .equal: text(change.text + " ")
                        case .delete:
                            raw("<del>")
                            text(change.text)
                            raw("</del> ")
                        case .insert:
                            raw("<ins>")
                            text(change.text)
                            raw("</ins> ")
                        }
                    }
                    raw("</p>\n")
                }
                raw("</li>\n")
            }
            raw("</ol>\n</section>\n")
        }
        raw("</section>\n")
        if full { renderFull(result, sections, &out) }
        raw("</main>\n</body>\n</html>\n")
        return out
    }

    /// The side-by-side view, quotes and claims.
    private func renderFull(_ result: CheckResult, _ sections: ReviewSections, _ out: inout [UInt8]) {
        func raw(_ s: String) { out += Array(s.utf8) }
        func text(_ s: String) { HTMLEscape.append(s, to: &out) }
        // Discrepancy ids per row, for back links.
        var rowLinks: [Int: [Discrepancy]] = [:]
        for d in result.discrepancies {
            var rows = Set<Int>()
            for e in d.evidence { if let row = sections.row(of: e) { rows.insert(row) } }
            for row in rows { rowLinks[row, default: []].append(d) }
        }
        raw("<section id=\"documents\">\n<h2>Side by side</h2>\n")
        raw(
            "<p class=\"legend\">Sentences aligned across the documents; each is compared with the first column: "
                + "<del>removed</del> <ins>added</ins>.</p>\n")
        raw("<table class=\"side\">\n<thead><tr><th>relation</th>")
        for doc in sections.columns {
            raw("<th>")
            text(sections.label(doc))
            raw("</th>")
        }
        raw("</tr></thead>\n<tbody>\n")
        for (index, group) in result.alignment.groups.enumerated() {
            raw("<tr id=\"g\(index)\" class=\"\(group.relation.rawValue)\"><td class=\"relation\">")
            text(group.relation.rawValue)
            for d in rowLinks[index] ?? [] {
                raw(" <a class=\"flag \(d.severity.rawValue)\" href=\"#")
                text(d.id)
                raw("\" title=\"")
                text(d.summary)
                raw("\">")
                text(d.kind.rawValue)
                raw("</a>")
            }
            raw("</td>")
            for cell in sections.cells(group) {
                guard let cell else {
                    raw("<td class=\"absent\">—</td>")
                    continue
                }
                raw("<td>")
                for piece in cell.pieces {
                    switch piece.kind {
                    case .same: text(piece.text)
                    case .deleted:
                        raw("<del>")
                        text(piece.text)
                        raw("</del>")
                    case .inserted:
                        raw("<ins>")
                        text(piece.text)
                        raw("</ins>")
                    }
                }
                raw("</td>")
            }
            raw("</tr>\n")
        }
        raw("</tbody>\n</table>\n</section>\n<section id=\"quotes\">\n<h2>Quotes</h2>\n")
        for doc in sections.columns {
            raw("<h3>")
            text(sections.label(doc))
            raw("</h3>\n<table class=\"quotes\">\n<thead><tr><th>kind</th><th>speaker</th><th>cue</th>")
            raw("<th>quote</th></tr></thead>\n<tbody>\n")
            for quote in result.quotes[doc] {
                raw("<tr><td>")
                text(quote.kind.rawValue)
                raw("</td><td>")
                text(quote.speakerName ?? quote.speaker?.text ?? "")
                raw("</td><td>")
                text(quote.cue?.text ?? "")
                raw("</td><td>")
                text(quote.quote.text)
                raw("</td></tr>\n")
            }
            raw("</tbody>\n</table>\n")
        }
        raw("</section>\n<section id=\"claims\">\n<h2>Claims</h2>\n<table class=\"claims\">\n<thead><tr>")
        raw("<th>document</th><th>kind</th><th>text</th><th>value</th></tr></thead>\n<tbody>\n")
        for doc in sections.columns {
            for claim in result.claims[doc] {
                raw("<tr><td>")
                text(sections.label(doc))
                raw("</td><td>")
                text(claim.kind.rawValue)
                raw("</td><td>")
                text(claim.span.text)
                raw("</td><td>")
                text((claim.value?.description ?? "") + (claim.unit.map { " " + $0 } ?? ""))
                raw("</td></tr>\n")
            }
        }
        raw("</tbody>\n</table>\n</section>\n")
    }

    private static let head = HTMLPage.head

    private static let style = """
        body { font: 15px/1.5 system-ui, sans-serif; margin: 1.5em auto; max-width: 90em; padding: 0 1em; color: #111; }
        table { border-collapse: collapse; margin: .5em 0 1em; }
        th, td { border: 1px solid #ccc; padding: .25em .5em; vertical-align: top; text-align: left; }
        table.side td { width: 30em; }
        table.side td.relation { width: 8em; }
        del { background: #fdd; text-decoration: line-through; }
        ins { background: #dfd; text-decoration: underline; }
        mark { background: #ffef9f; }
        .badge { font-weight: bold; text-transform: uppercase; font-size: .8em; padding: 0 .3em; border: 1px solid; }
        .critical .badge { color: #900; } .major .badge { color: #a40; } .minor .badge { color: #666; }
        .info .badge { color: #367; }
        .kind { font-family: ui-monospace, monospace; }
        .evidence { list-style: none; padding-left: 1em; }
        .doc, .offsets { color: #555; font-size: .9em; }
        li.discrepancy { margin-bottom: .8em; }
        .flag { display: block; font-size: .8em; }
        .absent { color: #999; text-align: center; }
        .unrelated { border: 2px solid #a40; padding: .5em; }
        tr:target, li:target { outline: 3px solid #36c; }
        @media print { a.goto, nav { display: none; } del, ins, mark { background: none; } mark { outline: 1px solid; }
          table.side td { width: auto; } }

        """
}
