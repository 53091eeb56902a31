/// The comparison of two versions of an article (``ArticleDiff``): the articles, the edits that turn one into the
/// other, and statistics. Renderers (``DiffTextRenderer``, ``DiffMarkdownRenderer``, ``DiffHTMLRenderer``) and
/// ``json()`` turn it into `crosscheck diff` output.
public struct ArticleDiffResult: Sendable {
    /// The earlier version.
    public var old: Article
    /// The later version.
    public var new: Article
    /// The text diff: byte-level edits and statistics.
    public var diff: TextDiffResult

    /// Creates a result.
    /// - Parameters:
    ///   - old: The earlier version.
    ///   - new: The later version.
    ///   - diff: The diff of their texts.
    public init(old: Article, new: Article, diff: TextDiffResult) {
        self.old = old
        self.new = new
        self.diff = diff
    }

    /// The units compared.
    public var granularity: DiffGranularity { diff.granularity }

    /// Summary figures.
    public var stats: DiffStats { diff.stats }

    /// The contract edits, with scalar spans and exact text.
    /// - Returns: The edits in document order.
    /// - Complexity: O(n + m + 255 · e) for e edits.
    public func edits() -> [Edit] { diff.edits() }

    /// The contract JSON of `crosscheck diff --format json`: one compact line with sorted keys and a final newline,
    /// `{"edits": [Edit], "granularity": str, "new": Article, "old": Article, "stats": {...}}`. It is byte for byte
    /// what `JSONOutput.encode(_:pretty: false)` would print for the same values, written directly from the byte
    /// ranges without building ``Edit`` values.
    /// - Returns: UTF-8 JSON ending in `\n`.
    /// - Complexity: O(n + m + e): span offsets are converted with a ``ScalarCursor`` per text, and texts are
    ///   escaped in runs.
    public func json() -> [UInt8] {
        var json = JSONWriter(capacity: Self.estimatedJSONBytes(diff))
        encode(into: &json, checkpoint: { (_: inout JSONWriter) in }, append: { json, piece in json.raw(piece) })
        return json.bytes
    }

    /// Writes the same JSON as ``json()`` in pieces through one reused buffer, so a large diff never holds its whole
    /// JSON in memory (what `crosscheck diff --format json` does).
    /// - Parameters:
    ///   - pieceBytes: Hand the buffer over once it holds at least this many bytes (checked between edits and
    ///     between the top-level fields).
    ///   - sink: Receives each piece in order (the bytes are valid only during the call).
    /// - Throws: What `sink` throws.
    /// - Complexity: as ``json()``.
    public func writeJSON<E: Error>(
        pieceBytes: Int = 1 << 16, to sink: (UnsafeRawBufferPointer) throws(E) -> Void
    ) throws(E) {
        let piece = max(1, min(pieceBytes, 1 << 40))
        let longest = max(diff.old.byteCount, diff.new.byteCount)
        var json = JSONWriter(capacity: min(Self.estimatedJSONBytes(diff), piece + longest + longest / 8 + 4096))
        try encode(
            into: &json,
            checkpoint: { (json: inout JSONWriter) throws(E) in
                if json.bytes.count >= piece { try json.drain(sink) }
            },
            append: { (json: inout JSONWriter, tail: [UInt8]) throws(E) in
                try json.drain(sink)
                let result = tail.withUnsafeBytes { raw in Result { () throws(E) in try sink(raw) } }
                try result.get()
            })
        try json.drain(sink)
    }

    /// Texts at least this long together write the second half of their edits on a second thread.
    static let parallelEditsMinimumBytes = 256 << 10

    /// Writes the document, calling `checkpoint` between edits and between the top-level fields. Long diffs write the
    /// second half of their edits on a second thread while the first half is written here; `append` then adds those
    /// bytes after the first half (they continue the array: the caller's writer has its comma).
    private func encode<E: Error>(
        into json: inout JSONWriter, checkpoint: (inout JSONWriter) throws(E) -> Void,
        append: (inout JSONWriter, [UInt8]) throws(E) -> Void
    ) throws(E) {
        json.beginObject()
        json.key("edits")
        let edits = diff.textEdits
        let split =
            diff.old.byteCount + diff.new.byteCount >= Self.parallelEditsMinimumBytes && edits.count >= 2
            ? edits.count / 2 : edits.count
        let tail: BackgroundJob<EditsJSON>? = split < edits.count ? BackgroundJob { editsJSON(edits[split...]) } : nil
        var oldCursor = ScalarCursor(text: diff.old)
        var newCursor = ScalarCursor(text: diff.new)
        // The outer spans tile each text, so their escaped texts, in order, are the escaped article texts: keep them
        // and copy them into the article objects instead of escaping both texts a second time.
        var escapedOld: EscapedText? = EscapedText(capacity: diff.old.byteCount)
        var escapedNew: EscapedText? = EscapedText(capacity: diff.new.byteCount)
        json.beginArray()
        for edit in edits[..<split] {
            writeEdit(
                edit, into: &json, oldCursor: &oldCursor, newCursor: &newCursor, escapedOld: &escapedOld,
                escapedNew: &escapedNew)
            try checkpoint(&json)
        }
        if let tail {
            let written = tail.value()
            json.raw([UInt8(ascii: ",")])
            try append(&json, written.bytes)
            escapedOld?.append(written.escapedOld, from: edits[split].old.lowerBound)
            escapedNew?.append(written.escapedNew, from: edits[split].new.lowerBound)
        }
        json.endArray()
        json.key("granularity")
        json.string(granularity.rawValue)
        json.key("new")
        // The article texts go out as they are, not through the buffer.
        try Self.write(new, into: &json, escapedText: escapedNew?.text(of: new, tiling: diff.new), emit: append)
        escapedNew = nil
        try checkpoint(&json)
        json.key("old")
        try Self.write(old, into: &json, escapedText: escapedOld?.text(of: old, tiling: diff.old), emit: append)
        json.key("stats")
        Self.write(stats, into: &json)
        json.endObject()
        json.raw([0x0A])
    }

    /// About how long the JSON is: both texts twice (the articles and the spans), escapes, and each edit's keys.
    private static func estimatedJSONBytes(_ diff: TextDiffResult) -> Int {
        let textBytes = diff.old.byteCount + diff.new.byteCount
        return textBytes * 2 + textBytes / 16 + diff.textEdits.count * 96 + 1024
    }

    /// A run of outer edits written on their own: the JSON of the edits, comma-separated without brackets, and the
    /// escaped texts of their spans.
    private struct EditsJSON: Sendable {
        var bytes: [UInt8]
        var escapedOld: EscapedText
        var escapedNew: EscapedText
    }

    /// The JSON of a run of outer edits (the continuation of the edits array, for a second thread).
    private func editsJSON(_ edits: ArraySlice<TextEdit>) -> EditsJSON {
        guard let first = edits.first, let last = edits.last else {
            return EditsJSON(bytes: [], escapedOld: EscapedText(capacity: 0), escapedNew: EscapedText(capacity: 0))
        }
        let oldBytes = max(0, last.old.upperBound - first.old.lowerBound)
        let newBytes = max(0, last.new.upperBound - first.new.lowerBound)
        var json = JSONWriter(capacity: 2 * (oldBytes + newBytes) + (oldBytes + newBytes) / 8 + edits.count * 96)
        var oldCursor = ScalarCursor(text: diff.old)
        var newCursor = ScalarCursor(text: diff.new)
        var escapedOld: EscapedText? = EscapedText(capacity: oldBytes, from: first.old.lowerBound)
        var escapedNew: EscapedText? = EscapedText(capacity: newBytes, from: first.new.lowerBound)
        for edit in edits {
            writeEdit(
                edit, into: &json, oldCursor: &oldCursor, newCursor: &newCursor, escapedOld: &escapedOld,
                escapedNew: &escapedNew)
        }
        return EditsJSON(
            bytes: json.take(), escapedOld: escapedOld ?? EscapedText(capacity: 0),
            escapedNew: escapedNew ?? EscapedText(capacity: 0))
    }

    private func writeEdits(
        _ edits: [TextEdit], into json: inout JSONWriter, oldCursor: inout ScalarCursor,
        newCursor: inout ScalarCursor
    ) {
        json.beginArray()
        var none: EscapedText? = nil
        var noneNew: EscapedText? = nil
        for edit in edits {
            writeEdit(
                edit, into: &json, oldCursor: &oldCursor, newCursor: &newCursor, escapedOld: &none,
                escapedNew: &noneNew)
        }
        json.endArray()
    }

    /// The escaped text of one side's outer spans, in order.
    private struct EscapedText {
        var bytes: [UInt8] = []
        /// Where the next span must start for the spans to keep tiling the text.
        var next = 0
        var tiles = true

        /// - Parameters:
        ///   - capacity: The bytes of text expected.
        ///   - start: Where the first span must start.
        init(capacity: Int, from start: Int = 0) {
            bytes.reserveCapacity(capacity + capacity / 16 + 16)
            next = start
        }

        /// Appends the escaped texts of the spans that follow: `other`, which started at byte `start`.
        mutating func append(_ other: EscapedText, from start: Int) {
            guard tiles, other.tiles, next == start else {
                tiles = false
                return
            }
            bytes.append(contentsOf: other.bytes)
            next = other.next
        }

        /// Appends the escaped text of the span `range`, which `json` holds from `start` on as a string.
        mutating func append(_ range: Range<Int>, _ json: JSONWriter, from start: Int) {
            guard tiles, range.lowerBound == next, json.bytes.count - start >= 2 else {
                tiles = false
                return
            }
            bytes.append(contentsOf: json.bytes[start + 1 ..< json.bytes.count - 1])
            next = range.upperBound
        }

        /// The escaped article text, when the spans tiled exactly the article's text.
        func text(of article: Article, tiling source: SourceText) -> [UInt8]? {
            guard tiles, next == source.byteCount else { return nil }
            var text = article.text
            let same = text.withUTF8 { article in
                source.utf8.withUnsafeBufferPointer { ParagraphPass.sameBytes(article, $0) }
            }
            return same ? bytes : nil
        }
    }

    private func writeEdit(
        _ edit: TextEdit, into json: inout JSONWriter, oldCursor: inout ScalarCursor, newCursor: inout ScalarCursor,
        escapedOld: inout EscapedText?, escapedNew: inout EscapedText?
    ) {
        json.beginObject()
        if edit.isCosmetic {
            json.key(plain: "cosmetic")
            json.bool(true)
        }
        if !edit.inner.isEmpty {
            // Inner spans lie inside this edit (or, for a move, inside the deleted passage): separate cursors
            // keep the outer ones moving forward.
            var innerOld = ScalarCursor(text: diff.old)
            var innerNew = ScalarCursor(text: diff.new)
            json.key(plain: "inner")
            writeEdits(edit.inner, into: &json, oldCursor: &innerOld, newCursor: &innerNew)
        }
        if let move = edit.move {
            json.key(plain: "move")
            json.int(move)
        }
        var newText: Range<Int>? = nil
        if edit.op != .delete {
            json.key(plain: "new")
            newText = Self.writeSpan(edit.new, of: diff.new, cursor: &newCursor, into: &json, escaped: &escapedNew)
        }
        if edit.op != .insert {
            json.key(plain: "old")
            // An equal edit's two texts are the same bytes: the old one is copied from the new one's escaped text.
            let same =
                edit.op == .equal && newText != nil
                && TextScan.equalBytes(diff.old.utf8, edit.old, diff.new.utf8, edit.new)
            Self.writeSpan(
                edit.old, of: diff.old, cursor: &oldCursor, into: &json, escaped: &escapedOld,
                escapedText: same ? newText : nil)
        }
        json.key(plain: "op")
        json.string(edit.op.rawValue)
        json.endObject()
    }

    /// Writes a span object.
    /// - Parameter escapedText: Where `json` already holds the escaped text of the same bytes, to copy it from.
    /// - Returns: Where `json` holds the span's escaped text (without quotation marks).
    @discardableResult
    private static func writeSpan(
        _ bytes: Range<Int>, of text: SourceText, cursor: inout ScalarCursor, into json: inout JSONWriter,
        escaped: inout EscapedText?, escapedText: Range<Int>? = nil
    ) -> Range<Int> {
        let start = cursor.scalarOffset(ofByte: bytes.lowerBound)
        let end = cursor.scalarOffset(ofByte: bytes.upperBound)
        json.beginObject()
        json.key(plain: "end")
        json.int(end)
        json.key(plain: "start")
        json.int(start)
        json.key(plain: "text")
        let textStart = json.bytes.count
        if let escapedText {
            json.string(escapedAt: escapedText)
        } else {
            json.string(utf8: text.utf8, range: bytes)
        }
        let textEnd = json.bytes.count
        escaped?.append(bytes, json, from: textStart)
        json.endObject()
        return textStart + 1 ..< max(textStart + 1, textEnd - 1)
    }

    /// Writes an article object with the keys `JSONEncoder` would write, sorted.
    /// - Parameter escapedText: The article text already escaped, when known.
    static func write(_ article: Article, into json: inout JSONWriter, escapedText: [UInt8]? = nil) {
        write(article, into: &json, escapedText: escapedText) { (json: inout JSONWriter, text: [UInt8]) in
            json.raw(text)
        }
    }

    /// Writes an article object with the keys `JSONEncoder` would write, sorted; the already escaped text, when
    /// known, goes through `emit` (which may hand it to the output directly instead of copying it into `json`).
    static func write<E: Error>(
        _ article: Article, into json: inout JSONWriter, escapedText: [UInt8]?,
        emit: (inout JSONWriter, [UInt8]) throws(E) -> Void
    ) throws(E) {
        json.beginObject()
        json.field("id", article.id)
        json.field("published", article.published)
        json.field("source", article.source)
        if let escapedText {
            json.key("text")
            try json.string(escapedBy: { (json: inout JSONWriter) throws(E) in try emit(&json, escapedText) })
        } else {
            json.field("text", article.text)
        }
        json.field("title", article.title)
        json.field("url", article.url)
        json.endObject()
    }

    /// Writes the statistics object, keys sorted.
    static func write(_ stats: DiffStats, into json: inout JSONWriter) {
        json.beginObject()
        let fields: [(String, Int)] = [
            ("cosmeticEdits", stats.cosmeticEdits), ("deletions", stats.deletions),
        ]
        for (name, value) in fields {
            json.key(name)
            json.int(value)
        }
        json.key("hitWorkBound")
        json.bool(stats.hitWorkBound)
        json.key("insertions")
        json.int(stats.insertions)
        json.key("isMinimal")
        json.bool(stats.isMinimal)
        let rest: [(String, Int)] = [
            ("moves", stats.moves), ("newWords", stats.newWords), ("oldWords", stats.oldWords),
            ("replacements", stats.replacements), ("wordsAdded", stats.wordsAdded),
            ("wordsChanged", stats.wordsChanged), ("wordsMoved", stats.wordsMoved),
            ("wordsRemoved", stats.wordsRemoved),
        ]
        for (name, value) in rest {
            json.key(name)
            json.int(value)
        }
        json.endObject()
    }
}
