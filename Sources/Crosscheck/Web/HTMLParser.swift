internal import CLibXML2

/// Parses HTML with libxml2's error-recovering HTML parser into an ``HTMLDocument``.
///
/// libxml2 reports the document through SAX callbacks (after its own repair of unclosed and misnested tags), and the
/// callbacks append straight to the compact tree, so no libxml2 tree is ever built.
enum HTMLParser {
    /// Parses a document.
    /// - Parameter bytes: The page as UTF-8.
    /// - Returns: The tree.
    /// - Throws: ``WebError/parserUnavailable`` when libxml2 cannot be loaded or cannot allocate a parser,
    ///   ``WebError/documentTooLarge(id:limit:)`` for 2 GiB or more.
    /// - Complexity: O(n) in the size of the page.
    static func parse(_ bytes: [UInt8]) throws(WebError) -> HTMLDocument {
        // Loads libxml2 on first use (once per process, thread-safe).
        guard cc_xmlLoad() == 1 else { throw .parserUnavailable }
        guard bytes.count < Int(Int32.max) else {
            throw .documentTooLarge(id: "-", limit: Int(Int32.max) - 1)
        }
        // libxml2 makes no parser for an empty buffer; an empty page is simply an empty document.
        guard bytes.contains(where: { !$0.isHTMLSpace }) else { return HTMLDocument() }
        let builder = HTMLTreeBuilder(expectedBytes: bytes.count)
        var callbacks = cc_html_callbacks()
        callbacks.start_element = { context, name, attributes in
            guard let context, let name else { return }
            HTMLTreeBuilder.from(context).start(name, attributes)
        }
        callbacks.end_element = { context, _ in
            guard let context else { return }
            HTMLTreeBuilder.from(context).end()
        }
        callbacks.characters = { context, characters, length in
            guard let context, let characters, length > 0 else { return }
            HTMLTreeBuilder.from(context).characters(characters, Int(length))
        }
        callbacks.cdata_block = { context, characters, length in
            guard let context, let characters, length > 0 else { return }
            HTMLTreeBuilder.from(context).rawText(characters, Int(length))
        }
        let status: Int32 = withExtendedLifetime(builder) {
            // libxml2 hands this pointer back to the callbacks above; it is unretained, and valid because
            // `withExtendedLifetime` keeps the builder alive until the parse (which calls back synchronously, on
            // this thread only) returns.
            let context = Unmanaged.passUnretained(builder).toOpaque()
            return bytes.withUnsafeBufferPointer { buffer -> Int32 in
                buffer.withMemoryRebound(to: CChar.self) { chars -> Int32 in
                    guard let base = chars.baseAddress else { return 0 }
                    return cc_htmlSAXParseMemory(base, Int32(chars.count), &callbacks, context)
                }
            }
        }
        guard status == 0 else { throw .parserUnavailable }
        return builder.finish()
    }
}

/// Collects SAX events into an ``HTMLDocument``.
private final class HTMLTreeBuilder {
    var document = HTMLDocument()
    /// Open elements, innermost last; the root (0) is always at the bottom.
    var open: [Int32] = [0]
    /// Whether the innermost open element is a script whose text is kept (JSON-LD).
    var keepRawText = false

    init(expectedBytes: Int) {
        document.nodes.reserveCapacity(expectedBytes / 40)
        document.text.reserveCapacity(expectedBytes / 3)
    }

    static func from(_ context: UnsafeMutableRawPointer) -> HTMLTreeBuilder {
        Unmanaged<HTMLTreeBuilder>.fromOpaque(context).takeUnretainedValue()
    }

    func start(_ name: UnsafePointer<UInt8>, _ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
        let tag = HTMLTag.named(name)
        let index = Int32(document.nodes.count)
        let attributeStart = Int32(document.attributes.count)
        if let attributes {
            var pair = 0
            while let key = attributes[pair] {
                if let kept = HTMLAttribute.named(key) {
                    let valueStart = Int32(document.attributeBytes.count)
                    if let value = attributes[pair + 1] {
                        var cursor = value
                        while cursor.pointee != 0 {
                            document.attributeBytes.append(cursor.pointee)
                            cursor += 1
                        }
                    }
                    let length = Int32(document.attributeBytes.count) - valueStart
                    document.attributes.append(.init(name: kept, start: valueStart, count: length))
                }
                pair += 2
            }
        }
        let parent = open[open.count - 1]
        document.nodes.append(
            .init(
                tag: tag, parent: parent, end: index + 1, start: attributeStart,
                count: Int32(document.attributes.count) - attributeStart))
        open.append(index)
        keepRawText = tag == .script && isJSONLD(index)
    }

    func end() {
        guard open.count > 1 else { return }
        let index = Int(open.removeLast())
        document.nodes[index].end = Int32(document.nodes.count)
        keepRawText = false
    }

    func characters(_ bytes: UnsafePointer<UInt8>, _ length: Int) {
        let parent = open[open.count - 1]
        let parentTag = document.nodes[Int(parent)].tag
        if parentTag == .script || parentTag == .style {
            rawText(bytes, length)
            return
        }
        appendText(bytes, length, parent: parent)
    }

    func rawText(_ bytes: UnsafePointer<UInt8>, _ length: Int) {
        guard keepRawText else { return }
        appendText(bytes, length, parent: open[open.count - 1])
    }

    private func appendText(_ bytes: UnsafePointer<UInt8>, _ length: Int, parent: Int32) {
        let last = document.nodes.count - 1
        if document.nodes[last].tag == .text && document.nodes[last].parent == parent {
            document.nodes[last].count += Int32(length)
        } else {
            document.nodes.append(
                .init(
                    tag: .text, parent: parent, end: Int32(last + 2), start: Int32(document.text.count),
                    count: Int32(length)))
        }
        document.text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: length))
    }

    private func isJSONLD(_ index: Int32) -> Bool {
        guard let type = document.attribute(.type, of: Int(index)) else { return false }
        return type.asciiLowercasedContains("ld+json")
    }

    func finish() -> HTMLDocument {
        while open.count > 1 { end() }
        document.nodes[0].end = Int32(document.nodes.count)
        return document
    }
}
