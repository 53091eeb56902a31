/// A parsed HTML page as a compact pre-order tree: elements and text nodes in document order, each element followed
/// by its whole subtree.
///
/// The tree keeps only what extraction needs: tag, the attributes in ``HTMLAttribute``, and text. Node 0 is the
/// document root. A node's subtree is `index ..< nodes[index].end`, so walks are loops over ranges, never recursion
/// (malformed pages can nest thousands of unclosed elements).
struct HTMLDocument: Sendable {
    /// One element or text node.
    struct Node: Sendable {
        /// The element name, or ``HTMLTag/text``.
        var tag: HTMLTag
        /// The parent's index (-1 for the root).
        var parent: Int32
        /// One past the last node of this node's subtree.
        var end: Int32
        /// Text nodes: first byte in ``HTMLDocument/text``; elements: first entry in ``HTMLDocument/attributes``.
        var start: Int32
        /// Text nodes: byte length; elements: number of attributes kept.
        var count: Int32
    }

    /// One kept attribute of an element; the value is a range of ``HTMLDocument/attributeBytes``.
    struct Attribute: Sendable {
        /// Which attribute.
        var name: HTMLAttribute
        /// Where the value starts in ``HTMLDocument/attributeBytes``.
        var start: Int32
        /// The value's byte length.
        var count: Int32
    }

    /// All nodes in document order; index 0 is the root.
    var nodes: [Node] = [Node(tag: .other, parent: -1, end: 1, start: 0, count: 0)]
    /// Kept attributes, grouped by element.
    var attributes: [Attribute] = []
    /// UTF-8 bytes of all kept attribute values.
    var attributeBytes: [UInt8] = []
    /// UTF-8 bytes of all text nodes (entities decoded, whitespace as in the source).
    var text: [UInt8] = []

    /// The value of an attribute of an element.
    /// - Parameters:
    ///   - name: The attribute.
    ///   - node: An element's index.
    /// - Returns: The value's bytes, or `nil` when the element has no such attribute.
    func attribute(_ name: HTMLAttribute, of node: Int) -> ArraySlice<UInt8>? {
        let element = nodes[node]
        guard element.tag != .text else { return nil }
        var index = Int(element.start)
        let end = index + Int(element.count)
        while index < end {
            let attribute = attributes[index]
            if attribute.name == name {
                let start = Int(attribute.start)
                return attributeBytes[start ..< start + Int(attribute.count)]
            }
            index += 1
        }
        return nil
    }

    /// The value of an attribute as a string.
    /// - Parameters:
    ///   - name: The attribute.
    ///   - node: An element's index.
    /// - Returns: The value, or `nil` when absent.
    func attributeString(_ name: HTMLAttribute, of node: Int) -> String? {
        attribute(name, of: node).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The bytes of a text node.
    /// - Parameter node: A text node's index.
    /// - Returns: Its bytes.
    func textBytes(of node: Int) -> ArraySlice<UInt8> {
        let start = Int(nodes[node].start)
        return text[start ..< start + Int(nodes[node].count)]
    }

    /// The text of a subtree with whitespace collapsed to single spaces and trimmed.
    /// - Parameter node: A node's index.
    /// - Returns: The text of every text node in the subtree.
    /// - Complexity: O(size of the subtree).
    func collapsedText(of node: Int) -> String {
        var out = [UInt8]()
        var pendingSpace = false
        for index in node ..< Int(nodes[node].end) where nodes[index].tag == .text {
            for byte in textBytes(of: index) {
                if byte.isHTMLSpace {
                    pendingSpace = !out.isEmpty
                } else {
                    if pendingSpace { out.append(0x20) }
                    pendingSpace = false
                    out.append(byte)
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The text of a subtree exactly as parsed, without whitespace changes (for script content such as JSON-LD).
    /// - Parameter node: A node's index.
    /// - Returns: The concatenated text.
    func rawText(of node: Int) -> String {
        var out = [UInt8]()
        for index in node ..< Int(nodes[node].end) where nodes[index].tag == .text {
            out.append(contentsOf: textBytes(of: index))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Indices of elements with a tag, in document order.
    /// - Parameter tag: The tag to find.
    /// - Returns: The indices.
    func elements(_ tag: HTMLTag) -> [Int] {
        nodes.indices.filter { nodes[$0].tag == tag }
    }
}
