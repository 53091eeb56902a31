/// Picks the elements that hold an article's body: readability-style scoring of paragraphs into their ancestors,
/// discounted by link density, then widening to a common ancestor and merging sibling blocks.
struct ContentScorer {
    /// The measured page.
    let analysis: ContentAnalysis
    /// Whether blocks named like boilerplate (comments, related, …) are left out of scoring.
    let skipUnlikely: Bool

    /// Shortest own text, in characters, of a block that counts as a paragraph.
    static let minParagraphLength: Int32 = 25

    /// The outcome of scoring.
    struct Result: Sendable {
        /// The chosen body elements in document order (the best candidate and the siblings that belong with it);
        /// empty when the page has no scorable paragraph.
        var elements: [Int]
        /// Every node's content score (0 for nodes that are not candidates).
        var score: [Double]
    }

    /// Scores the page and picks its body elements.
    /// - Returns: The body elements and all scores.
    /// - Complexity: O(n) in nodes.
    func bodyElements() -> Result {
        let document = analysis.document
        let nodes = document.nodes
        var score = [Double](repeating: 0, count: nodes.count)
        var isCandidate = [Bool](repeating: false, count: nodes.count)
        for owner in nodes.indices where Self.scoresParagraphs(nodes[owner].tag) {
            let length = analysis.ownLength[owner]
            guard length >= Self.minParagraphLength, !analysis.excluded[owner] else { continue }
            if skipUnlikely && analysis.unlikely[owner] { continue }
            let contentScore = 1 + Double(analysis.ownCommas[owner]) + min(Double(length) / 100, 3)
            var node = analysis.hasBlockChild[owner] ? owner : Int(nodes[owner].parent)
            var level = 0
            while node > 0 && level < 5 {
                if !isCandidate[node] {
                    isCandidate[node] = true
                    score[node] = initialScore(node)
                }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                score[node] += contentScore / divider
                node = Int(nodes[node].parent)
                level += 1
            }
        }
        var candidates: [Int] = []
        for node in nodes.indices where isCandidate[node] {
            score[node] *= 1 - analysis.linkDensity(node)
            candidates.append(node)
        }
        guard !candidates.isEmpty else { return Result(elements: [], score: score) }
        candidates.sort { score[$0] > score[$1] || (score[$0] == score[$1] && $0 < $1) }
        var top = candidates[0]
        let body = bodyElement()

        // Several near-best candidates under one ancestor: the ancestor is the article.
        let alternatives = candidates.dropFirst().prefix(4).filter { score[$0] >= 0.75 * score[top] }
        if alternatives.count >= 3 {
            var ancestor = Int(nodes[top].parent)
            while ancestor > 0 && ancestor != body {
                let containing = alternatives.filter { isAncestor(ancestor, of: $0) }.count
                if containing >= 3 {
                    top = ancestor
                    break
                }
                ancestor = Int(nodes[ancestor].parent)
            }
        }
        if !isCandidate[top] {
            isCandidate[top] = true
            score[top] = initialScore(top) * (1 - analysis.linkDensity(top))
        }
        // Climb while the parent scores higher (its paragraphs were split across children).
        var parent = Int(nodes[top].parent)
        var lastScore = score[top]
        let threshold = lastScore / 3
        while parent > 0 && parent != body {
            if !isCandidate[parent] {
                parent = Int(nodes[parent].parent)
                continue
            }
            if score[parent] < threshold { break }
            if score[parent] > lastScore {
                top = parent
                break
            }
            lastScore = score[parent]
            parent = Int(nodes[parent].parent)
        }
        // A lone child carries no more than its parent.
        parent = Int(nodes[top].parent)
        while parent > 0 && parent != body && contentChildren(of: parent) == [top] {
            top = parent
            parent = Int(nodes[top].parent)
        }
        return Result(elements: withSiblings(top, score: score, isCandidate: isCandidate), score: score)
    }

    /// The top candidate plus sibling blocks that score well or read like paragraphs.
    private func withSiblings(_ top: Int, score: [Double], isCandidate: [Bool]) -> [Int] {
        let nodes = analysis.document.nodes
        let parent = Int(nodes[top].parent)
        guard parent > 0 else { return [top] }
        let threshold = max(10, score[top] * 0.2)
        let topClass = analysis.document.attribute(.class, of: top)
        var selected: [Int] = []
        for sibling in contentChildren(of: parent) {
            if sibling == top {
                selected.append(sibling)
                continue
            }
            if skipUnlikely && analysis.unlikely[sibling] { continue }
            var bonus = 0.0
            if let topClass, !topClass.isEmpty, analysis.document.attribute(.class, of: sibling) == topClass {
                bonus = score[top] * 0.2
            }
            if isCandidate[sibling] && score[sibling] + bonus >= threshold {
                selected.append(sibling)
                continue
            }
            if nodes[sibling].tag == .p || (nodes[sibling].tag.isBlock && !analysis.hasBlockChild[sibling]) {
                let length = analysis.textLength[sibling]
                let density = analysis.linkDensity(sibling)
                if length > 80 && density < 0.25 {
                    selected.append(sibling)
                } else if length > 0 && length <= 80 && density == 0 && endsSentence(sibling) {
                    selected.append(sibling)
                }
            }
        }
        return selected
    }

    /// Element children that are not excluded.
    private func contentChildren(of parent: Int) -> [Int] {
        let nodes = analysis.document.nodes
        var children: [Int] = []
        var child = parent + 1
        let end = Int(nodes[parent].end)
        while child < end {
            if nodes[child].tag != .text && !analysis.excluded[child] { children.append(child) }
            child = Int(nodes[child].end)
        }
        return children
    }

    private func endsSentence(_ node: Int) -> Bool {
        let text = analysis.document.collapsedText(of: node)
        guard let last = text.unicodeScalars.last else { return false }
        return last == "." || last == "!" || last == "?" || last == "\u{201D}" || last == "\""
    }

    private func isAncestor(_ ancestor: Int, of node: Int) -> Bool {
        ancestor < node && node < Int(analysis.document.nodes[ancestor].end)
    }

    private func bodyElement() -> Int {
        analysis.document.nodes.firstIndex { $0.tag == .body } ?? 0
    }

    /// Whether text directly in an element of this kind counts as a paragraph (readability scores `p`, `pre`, `td`,
    /// headings and the text runs of `div`-like blocks; list items and table structure do not count).
    static func scoresParagraphs(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .p, .pre, .td, .blockquote, .h2, .h3, .h4, .h5, .h6, .div, .section, .article, .main, .center, .body:
            return true
        default:
            return false
        }
    }

    /// Readability's starting score of a candidate: by tag, plus the class weight.
    private func initialScore(_ node: Int) -> Double {
        let tagScore: Double
        switch analysis.document.nodes[node].tag {
        case .div, .article, .main, .section: tagScore = 5
        case .pre, .td, .blockquote: tagScore = 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: tagScore = -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: tagScore = -5
        default: tagScore = 0
        }
        return tagScore + Double(analysis.signal[node].weight)
    }
}
