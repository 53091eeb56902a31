/// Per-node measurements of a parsed page that content scoring and paragraph collection share.
///
/// Computed in two linear passes over the pre-order tree: a forward pass for inherited facts (excluded, inside a
/// link, nearest block) and a reverse pass that sums subtree counts into parents (children always follow their
/// parent, so every child is final before it is added).
struct ContentAnalysis: Sendable {
    /// The page.
    let document: HTMLDocument
    /// What each element's class and id say (``ClassIDSignal/none`` for text nodes).
    var signal: [ClassIDSignal]
    /// Whether the node is never article text: script, navigation, figures, forms controls, hidden elements, …
    var excluded: [Bool]
    /// Whether the node lies in a boilerplate-named block (comments, sharing, related links, …).
    var unlikely: [Bool]
    /// Non-whitespace characters (Unicode scalars) of the subtree's text, excluded parts not counted.
    var textLength: [Int32]
    /// The part of ``textLength`` inside links.
    var linkLength: [Int32]
    /// Commas in the subtree's text.
    var commas: [Int32]
    /// The part of ``textLength`` inside headings.
    var headingLength: [Int32]
    /// The part of ``textLength`` inside `blockquote` elements (quotations, embedded posts).
    var quoteLength: [Int32]
    /// `p` elements in the subtree.
    var paragraphs: [Int32]
    /// `img` elements in the subtree.
    var images: [Int32]
    /// `a` elements in the subtree.
    var links: [Int32]
    /// `li` elements in the subtree.
    var listItems: [Int32]
    /// Form controls in the subtree.
    var inputs: [Int32]
    /// Embedded objects (iframes, video, audio, object, embed) in the subtree.
    var embeds: [Int32]
    /// Nearest block element: the element itself when it is a block, its nearest block ancestor otherwise; for text
    /// nodes the block whose line the text is on.
    var block: [Int32]
    /// For block elements: characters of text directly on their own lines (not inside nested blocks).
    var ownLength: [Int32]
    /// For block elements: the part of ``ownLength`` inside links.
    var ownLinkLength: [Int32]
    /// For block elements: commas in ``ownLength``'s text.
    var ownCommas: [Int32]
    /// For block elements: whether a nested block element with content exists.
    var hasBlockChild: [Bool]

    /// Measures a page.
    /// - Parameter document: The parsed page.
    /// - Complexity: O(n) in nodes plus text bytes.
    init(document: HTMLDocument) {
        self.document = document
        let count = document.nodes.count
        signal = Array(repeating: .none, count: count)
        excluded = Array(repeating: false, count: count)
        unlikely = Array(repeating: false, count: count)
        textLength = Array(repeating: 0, count: count)
        linkLength = Array(repeating: 0, count: count)
        commas = Array(repeating: 0, count: count)
        headingLength = Array(repeating: 0, count: count)
        quoteLength = Array(repeating: 0, count: count)
        paragraphs = Array(repeating: 0, count: count)
        images = Array(repeating: 0, count: count)
        listItems = Array(repeating: 0, count: count)
        links = Array(repeating: 0, count: count)
        inputs = Array(repeating: 0, count: count)
        embeds = Array(repeating: 0, count: count)
        block = Array(repeating: 0, count: count)
        ownLength = Array(repeating: 0, count: count)
        ownLinkLength = Array(repeating: 0, count: count)
        ownCommas = Array(repeating: 0, count: count)
        hasBlockChild = Array(repeating: false, count: count)
        var inLink = Array(repeating: false, count: count)
        var inHeading = Array(repeating: false, count: count)
        var inQuote = Array(repeating: false, count: count)
        let nodes = document.nodes
        for index in 1 ..< max(count, 1) {
            let node = nodes[index]
            let parent = Int(node.parent)
            if node.tag == .text {
                excluded[index] = excluded[parent]
                let owner = Int(block[parent])
                block[index] = Int32(owner)
                guard !excluded[index] else { continue }
                var length: Int32 = 0
                var commaCount: Int32 = 0
                for byte in document.textBytes(of: index) {
                    if byte & 0xC0 != 0x80 && !byte.isHTMLSpace { length += 1 }
                    if byte == UInt8(ascii: ",") { commaCount += 1 }
                }
                textLength[index] = length
                commas[index] = commaCount
                if inLink[parent] { linkLength[index] = length }
                if inHeading[parent] { headingLength[index] = length }
                if inQuote[parent] { quoteLength[index] = length }
                ownLength[owner] += length
                ownCommas[owner] += commaCount
                if inLink[parent] { ownLinkLength[owner] += length }
                continue
            }
            let tag = node.tag
            if node.count > 0 {
                let classValue = document.attribute(.class, of: index)
                let idValue = document.attribute(.id, of: index)
                if classValue != nil || idValue != nil {
                    signal[index] = ClassIDSignal.classify(class: classValue, id: idValue)
                }
            }
            excluded[index] = excluded[parent] || tag.isNeverContent || isHidden(index)
            inLink[index] = inLink[parent] || tag == .a
            inHeading[index] = inHeading[parent] || tag.isHeading
            inQuote[index] = inQuote[parent] || tag == .blockquote
            block[index] = tag.isBlock ? Int32(index) : block[parent]
            if tag.isBlock && !excluded[index] { hasBlockChild[Int(block[parent])] = true }
            switch tag {
            case .p: paragraphs[index] = 1
            case .img, .picture: images[index] = 1
            case .li: listItems[index] = 1
            case .a: links[index] = 1
            case .input, .select, .textarea, .button: inputs[index] = 1
            case .iframe, .embed, .object, .video, .audio: embeds[index] = 1
            default: break
            }
        }
        // The largest text of an article-named (or `article`/`main`) descendant, per node.
        var articleText = Array(repeating: Int32(0), count: count)
        for index in stride(from: count - 1, to: 0, by: -1) {
            let parent = Int(nodes[index].parent)
            if nodes[index].tag != .text {
                let own = signal[index]
                let isArticle =
                    !own.isBoilerplate
                    && (own.isArticle || nodes[index].tag == .article || nodes[index].tag == .main)
                let value = isArticle ? max(textLength[index], articleText[index]) : articleText[index]
                articleText[parent] = max(articleText[parent], value)
            }
            images[parent] += images[index]
            embeds[parent] += embeds[index]
            inputs[parent] += inputs[index]
            guard !excluded[index] else { continue }
            textLength[parent] += textLength[index]
            linkLength[parent] += linkLength[index]
            commas[parent] += commas[index]
            headingLength[parent] += headingLength[index]
            quoteLength[parent] += quoteLength[index]
            paragraphs[parent] += paragraphs[index]
            listItems[parent] += listItems[index]
            links[parent] += links[index]
        }
        // Boilerplate-named blocks, unless most of their text is in an article-named block (a layout wrapper such
        // as `has-sidebar` around the whole story) or is a quotation (an embedded post in a `social-embed` wrapper).
        for index in 1 ..< max(count, 1) {
            let parent = Int(nodes[index].parent)
            let tag = nodes[index].tag
            let own = signal[index]
            let isBoilerplate =
                own.isBoilerplate && !own.isPositive && tag != .text && tag != .body && tag != .a
                && tag != .html && tag != .main && tag != .article
                && !(articleText[index] > 0 && articleText[index] * 2 >= textLength[index])
                && !isMostlyQuotation(index)
            unlikely[index] = unlikely[parent] || isBoilerplate
        }
    }

    /// Whether a subtree is mostly a quotation (an embedded post or a pull-out quote block): such blocks are kept
    /// even inside boilerplate-named wrappers (`social-embed`, `video-container`).
    /// - Parameter node: A node's index.
    /// - Returns: `true` when at least 60% of its text (25 characters or more) is inside `blockquote`.
    func isMostlyQuotation(_ node: Int) -> Bool {
        textLength[node] >= 25 && Double(quoteLength[node]) >= 0.6 * Double(textLength[node])
    }

    /// Link characters per text character of a subtree (0 for a subtree without text).
    /// - Parameter node: A node's index.
    /// - Returns: A ratio in 0…1.
    func linkDensity(_ node: Int) -> Double {
        textLength[node] == 0 ? 0 : Double(linkLength[node]) / Double(textLength[node])
    }

    /// Whether markup hides an element: `hidden`, `aria-hidden="true"`, an inline `display:none` or
    /// `visibility:hidden`, a hiding class name, or an ARIA role of navigation or page furniture.
    private func isHidden(_ index: Int) -> Bool {
        if signal[index].isHidden { return true }
        if document.attribute(.hidden, of: index) != nil { return true }
        if let value = document.attribute(.ariaHidden, of: index), value.asciiLowercasedContains("true") {
            return true
        }
        if let style = document.attribute(.style, of: index) {
            let compact = style.filter { !$0.isHTMLSpace }
            if compact.asciiLowercasedContains("display:none") || compact.asciiLowercasedContains("visibility:hidden") {
                return true
            }
        }
        if let role = document.attribute(.role, of: index) {
            let name = String(decoding: role, as: UTF8.self).lowercased()
            switch name {
            case "navigation", "contentinfo", "complementary", "dialog", "alertdialog", "menu", "menubar", "toolbar",
                "search", "banner":
                return true
            default:
                return false
            }
        }
        return false
    }
}
