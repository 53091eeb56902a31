/// Turns the chosen body elements into paragraphs of plain text.
///
/// Every block element starts a new paragraph; two `<br>` in a row do too, a single `<br>` is a line break.
/// Whitespace inside a paragraph collapses to single spaces. Excluded markup (scripts, figures, navigation, hidden
/// elements), boilerplate-named blocks, the `h1` headline and blocks that readability's conditional cleaning would drop
/// (link lists, image strips, forms, embeds) are skipped; link-heavy lines and headings with nothing after them are
/// dropped afterwards.
struct ParagraphCollector {
    /// One collected paragraph.
    struct Paragraph: Sendable, Equatable {
        /// The text, whitespace collapsed, trimmed.
        var text: String
        /// Non-whitespace characters.
        var length: Int
        /// Characters inside links.
        var linkLength: Int
        /// Whether the paragraph is a heading.
        var isHeading: Bool
        /// The block element the paragraph's text sits in.
        var block: Int
    }

    /// The measured page.
    let analysis: ContentAnalysis
    /// Content scores from ``ContentScorer``.
    let score: [Double]
    /// Whether boilerplate-named blocks are skipped.
    let skipUnlikely: Bool

    /// Collects the paragraphs of body elements.
    /// - Parameter roots: Body elements in document order.
    /// - Returns: The paragraphs, in document order.
    /// - Complexity: O(size of the subtrees).
    func paragraphs(in roots: [Int]) -> [Paragraph] {
        var output: [Paragraph] = []
        for root in roots {
            collect(root, into: &output)
        }
        return filtered(output)
    }

    private func collect(_ root: Int, into output: inout [Paragraph]) {
        let document = analysis.document
        let nodes = document.nodes
        var run = RunBuilder()
        var closing: [Int] = []  // elements entered and not yet left, innermost last
        var openBlocks: [Int] = []  // the block elements among them
        var linkDepth = 0
        var headingDepth = 0
        var index = root
        let end = Int(nodes[root].end)
        func leave(_ element: Int) {
            let tag = nodes[element].tag
            if tag == .a { linkDepth -= 1 }
            if tag.isHeading { headingDepth -= 1 }
            if tag.isBlock {
                run.flush(into: &output)
                _ = openBlocks.popLast()
                run.block = openBlocks.last ?? root
                run.isHeading = headingDepth > 0
            }
        }
        while index < end {
            while let open = closing.last, index >= Int(nodes[open].end) {
                closing.removeLast()
                leave(open)
            }
            let node = nodes[index]
            if node.tag == .text {
                if !analysis.excluded[index] {
                    run.append(document.textBytes(of: index), inLink: linkDepth > 0)
                }
                index += 1
                continue
            }
            if node.tag.isLineBreak {
                run.lineBreak(into: &output)
                index = Int(node.end)
                continue
            }
            if index != root && isSkipped(index) {
                if node.tag.isBlock { run.flush(into: &output) }
                index = Int(node.end)
                continue
            }
            if node.tag.isBlock {
                run.flush(into: &output)
                run.block = index
                run.isHeading = node.tag.isHeading
                openBlocks.append(index)
            }
            if node.tag == .a { linkDepth += 1 }
            if node.tag.isHeading { headingDepth += 1 }
            closing.append(index)
            index += 1
        }
        while let open = closing.popLast() { leave(open) }
        run.flush(into: &output)
    }

    /// Whether an element inside a body element is left out with its subtree.
    private func isSkipped(_ node: Int) -> Bool {
        let tag = analysis.document.nodes[node].tag
        if analysis.excluded[node] || tag == .h1 { return true }
        if analysis.isMostlyQuotation(node) { return false }
        if skipUnlikely && analysis.unlikely[node] { return true }
        if !tag.isBlock && isInlineCard(node) { return true }
        switch tag {
        case .form, .fieldset, .table, .ul, .ol, .div, .section, .dl:
            return isCleanedConditionally(node, isList: tag == .ul || tag == .ol)
        default:
            return false
        }
    }

    /// Whether an inline element inside a line is a card rather than words: it holds an image and several links but
    /// no paragraphs or headings (hover cards on names, inline promotion units).
    /// Only the innermost such element is skipped, so a linked name around a hover card stays.
    private func isInlineCard(_ node: Int) -> Bool {
        func qualifies(_ node: Int) -> Bool {
            analysis.images[node] > 0 && analysis.links[node] >= 2 && analysis.paragraphs[node] == 0
                && analysis.headingLength[node] == 0
        }
        guard qualifies(node), !analysis.hasBlockChild[Int(analysis.block[node])] else { return false }
        let nodes = analysis.document.nodes
        var child = node + 1
        while child < Int(nodes[node].end) {
            if nodes[child].tag != .text && qualifies(child) { return false }
            child = Int(nodes[child].end)
        }
        return true
    }

    /// Readability's conditional cleaning: blocks that look like link lists, image strips, forms or embeds.
    private func isCleanedConditionally(_ node: Int, isList: Bool) -> Bool {
        let weight = Double(analysis.signal[node].weight)
        if weight + score[node] < 0 { return true }
        guard analysis.commas[node] < 10 else { return false }
        let paragraphs = Double(analysis.paragraphs[node])
        let images = Double(analysis.images[node])
        let listItems = Double(analysis.listItems[node]) - 100
        let inputs = Double(analysis.inputs[node])
        let embeds = analysis.embeds[node]
        let length = analysis.textLength[node]
        let headingDensity = length == 0 ? 0 : Double(analysis.headingLength[node]) / Double(length)
        let linkDensity = analysis.linkDensity(node)
        if images > 1 && paragraphs / images < 0.5 { return true }
        if !isList && listItems > paragraphs { return true }
        if inputs > (paragraphs / 3).rounded(.down) { return true }
        if !isList && headingDensity < 0.9 && length < 25 && (images == 0 || images > 2) { return true }
        // A single link in a short block is part of a sentence, not a list of links.
        if !isList && weight < 25 && linkDensity > 0.2 && (analysis.links[node] >= 2 || linkDensity > 0.5) {
            return true
        }
        if weight >= 25 && linkDensity > 0.5 { return true }
        if (embeds == 1 && length < 75) || embeds > 1 { return true }
        return false
    }

    /// How many paragraphs at each end of the text are checked for datelines, bylines and closing lines.
    static let edgeParagraphs = 3

    /// Drops labels, related-link lines, runs of link-only lines, datelines and bylines at the start, calls to action
    /// and credit lines at the end, and headings that nothing follows.
    private func filtered(_ paragraphs: [Paragraph]) -> [Paragraph] {
        var kept: [Paragraph] = []
        for var paragraph in paragraphs where paragraph.length > 0 && !BoilerplateText.isLabel(paragraph.text) {
            if paragraph.text.suffix(14).lowercased() == "click to tweet" {
                paragraph.text = String(paragraph.text.dropLast("click to tweet".count)).trimmedHTMLSpace
                if paragraph.text.isEmpty { continue }
            }
            let density = Double(paragraph.linkLength) / Double(paragraph.length)
            if !paragraph.isHeading && density > 0.3 && BoilerplateText.isRelatedLinkLine(paragraph.text) { continue }
            kept.append(paragraph)
        }
        kept = withoutLinkRuns(kept)
        var start = 0
        while start < min(Self.edgeParagraphs, kept.count) {
            if BoilerplateText.isDatelineOrByline(kept[start].text) {
                kept.remove(at: start)
            } else {
                start += 1
            }
        }
        var checked = 0
        var index = kept.count - 1
        while index >= 0 && checked < Self.edgeParagraphs {
            let text = kept[index].text
            if BoilerplateText.isClosingLine(text) || BoilerplateText.isDatelineOrByline(text) {
                kept.remove(at: index)
            } else {
                checked += 1
            }
            index -= 1
        }
        while let last = kept.last, last.isHeading { kept.removeLast() }
        return kept
    }

    /// Shortest run of consecutive link-only lines treated as a list of links to elsewhere.
    static let minLinkRun = 3

    /// Drops runs of consecutive lines that are (almost) all link text: lists of related articles.
    private func withoutLinkRuns(_ paragraphs: [Paragraph]) -> [Paragraph] {
        func isLinkLine(_ paragraph: Paragraph) -> Bool {
            !paragraph.isHeading && Double(paragraph.linkLength) >= 0.8 * Double(paragraph.length)
        }
        var result: [Paragraph] = []
        var index = 0
        while index < paragraphs.count {
            guard isLinkLine(paragraphs[index]) else {
                result.append(paragraphs[index])
                index += 1
                continue
            }
            var end = index
            while end < paragraphs.count && isLinkLine(paragraphs[end]) { end += 1 }
            if end - index < Self.minLinkRun { result.append(contentsOf: paragraphs[index ..< end]) }
            index = end
        }
        return result
    }
}

/// Accumulates the text of one paragraph, collapsing whitespace.
private struct RunBuilder {
    var bytes: [UInt8] = []
    var length = 0
    var linkLength = 0
    var pendingSpace = false
    var afterLineBreak = false
    var block = 0
    var isHeading = false

    mutating func append(_ text: ArraySlice<UInt8>, inLink: Bool) {
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            if byte.isHTMLSpace {
                pendingSpace = true
                index += 1
                continue
            }
            if byte == 0xC2 && index + 1 < text.endIndex && text[index + 1] == 0xA0 {
                pendingSpace = true  // no-break space
                index += 2
                continue
            }
            if pendingSpace && !bytes.isEmpty && bytes[bytes.count - 1] != 0x0A { bytes.append(0x20) }
            pendingSpace = false
            afterLineBreak = false
            bytes.append(byte)
            if byte & 0xC0 != 0x80 {
                length += 1
                if inLink { linkLength += 1 }
            }
            index += 1
        }
    }

    /// A `<br>`: a line break, or a paragraph break when it follows another.
    mutating func lineBreak(into output: inout [ParagraphCollector.Paragraph]) {
        guard !bytes.isEmpty else { return }
        if afterLineBreak {
            flush(into: &output)
        } else {
            if bytes[bytes.count - 1] != 0x0A { bytes.append(0x0A) }
            pendingSpace = false
            afterLineBreak = true
        }
    }

    mutating func flush(into output: inout [ParagraphCollector.Paragraph]) {
        while let last = bytes.last, last == 0x0A || last == 0x20 { bytes.removeLast() }
        if !bytes.isEmpty {
            output.append(
                .init(
                    text: String(decoding: bytes, as: UTF8.self), length: length, linkLength: linkLength,
                    isHeading: isHeading, block: block))
        }
        bytes.removeAll(keepingCapacity: true)
        length = 0
        linkLength = 0
        pendingSpace = false
        afterLineBreak = false
    }
}
