import Foundation

/// Turns JSON text into articles: one object per JSONL line, or a `.json` document holding an object or an array of
/// objects. Nesting depth is checked with a byte scan before parsing, UTF-8 is validated (or repaired when lossy),
/// and fields are read through the ``FieldMap``.
///
/// JSONL lines take a fast path first: ``JSONFieldScanner`` reads the wanted fields straight from the bytes, and
/// declines (handing the line to Foundation's parser, whose errors and results are the reference) for anything
/// unusual or malformed.
struct JSONArticleDecoder: Sendable {
    /// The input's path, for errors and derived identifiers.
    let path: String
    /// Limits, strictness and field names.
    let options: IngestOptions
    /// The distinct keys the fast path reads: the contract fields (by their input names), then the extra fields.
    private let keys: [JSONFieldScanner.Key]
    /// For each of ``ArticleField/allCases``, then each extra field: its slot in ``keys``.
    private let slots: [Int]
    /// Whether JSONL lines try ``JSONFieldScanner`` before Foundation's parser (tests turn it off to compare).
    var fastPath = true

    /// Creates a decoder.
    /// - Parameters:
    ///   - path: The input's path.
    ///   - options: Limits, strictness and field names.
    init(path: String, options: IngestOptions) {
        self.path = path
        self.options = options
        var keys: [JSONFieldScanner.Key] = []
        var slots: [Int] = []
        let names = ArticleField.allCases.map { options.fieldMap.inputName(for: $0) } + options.extraFields
        for name in names {
            if let slot = keys.firstIndex(where: { $0.string == name }) {
                slots.append(slot)
            } else {
                slots.append(keys.count)
                keys.append(JSONFieldScanner.Key(name))
            }
        }
        self.keys = keys
        self.slots = slots
    }

    /// Decodes one JSONL line.
    /// - Parameters:
    ///   - bytes: The line, without its line break.
    ///   - number: The 1-based line number.
    ///   - byteOffset: Offset of the line in the decompressed input.
    /// - Returns: The article, with `id` defaulting to `<base>:<line>`.
    /// - Throws: ``IngestError`` naming the line.
    func article(line bytes: UnsafeRawBufferPointer, number: Int, byteOffset: Int) throws(IngestError) -> Article {
        if fastPath, let article = fastArticle(line: bytes, number: number) { return article }
        let value = try parse(bytes, line: number, byteOffset: byteOffset)
        guard let object = value as? [String: Any] else {
            throw .notAnArticle(path: path, line: number, found: Self.kind(of: value))
        }
        return try article(
            from: object, line: number, fallbackID: ArticleIdentity.id(path: path, number: number),
            origin: ArticleOrigin(path: path, line: number))
    }

    /// Decodes a `.json` document: one article object, or an array of them.
    /// - Parameters:
    ///   - bytes: The whole document (without a byte order mark).
    ///   - byteOffset: Offset of `bytes` in the decompressed input.
    /// - Returns: The articles; a lone object gets the id `<base>`, array elements `<base>:<n>`.
    /// - Throws: ``IngestError``.
    func articles(document bytes: UnsafeRawBufferPointer, byteOffset: Int) throws(IngestError) -> [Article] {
        let value = try parse(bytes, line: nil, byteOffset: byteOffset)
        if let object = value as? [String: Any] {
            let id = ArticleIdentity.baseName(of: path)
            return [try article(from: object, line: nil, fallbackID: id, origin: ArticleOrigin(path: path))]
        }
        guard let array = value as? [Any] else {
            throw .notAnArticle(path: path, line: nil, found: Self.kind(of: value))
        }
        var articles: [Article] = []
        articles.reserveCapacity(array.count)
        for (index, element) in array.enumerated() {
            guard let object = element as? [String: Any] else {
                throw .notAnArticle(path: path, line: nil, found: "\(Self.kind(of: element)) at index \(index)")
            }
            let number = index + 1
            articles.append(
                try article(
                    from: object, line: nil, fallbackID: ArticleIdentity.id(path: path, number: number),
                    origin: ArticleOrigin(path: path, record: number)))
        }
        return articles
    }

    /// The fast path for a JSONL line: `nil` when the full parser must decide (invalid UTF-8, anything
    /// ``JSONFieldScanner`` declines, a missing text, an oversized article).
    private func fastArticle(line bytes: UnsafeRawBufferPointer, number: Int) -> Article? {
        guard UTF8Validator.firstInvalidByte(in: bytes) == nil,
            let values = JSONFieldScanner.fields(in: bytes, keys: keys, maxDepth: options.limits.maxJSONDepth)
        else { return nil }
        func value(_ field: ArticleField) -> String? {
            guard let index = ArticleField.allCases.firstIndex(of: field) else { return nil }
            return values[slots[index]]
        }
        guard let text = value(.text), text.utf8.count <= options.limits.maxArticleBytes else { return nil }
        var id = value(.id)
        if id?.isEmpty == true { id = nil }
        var article = Article(
            id: id ?? ArticleIdentity.id(path: path, number: number), source: value(.source), url: value(.url),
            title: value(.title), published: value(.published), author: value(.author), text: text,
            origin: ArticleOrigin(path: path, line: number))
        let base = ArticleField.allCases.count
        for (offset, name) in options.extraFields.enumerated() {
            if let string = values[slots[base + offset]] { article.extraFields[name] = string }
        }
        return article
    }

    // MARK: - Parsing

    private func parse(_ bytes: UnsafeRawBufferPointer, line: Int?, byteOffset: Int) throws(IngestError) -> Any {
        if JSONNestingScanner.depth(of: bytes, limit: options.limits.maxJSONDepth) == .exceeds {
            throw .jsonTooDeep(path: path, line: line, limit: options.limits.maxJSONDepth)
        }
        let data: Data
        if let bad = UTF8Validator.firstInvalidByte(in: bytes) {
            guard options.lossy else { throw .invalidUTF8(path: path, line: line, byteOffset: byteOffset + bad) }
            data = Data(String(decoding: bytes, as: UTF8.self).utf8)
        } else {
            data = Data(bytes)
        }
        do {
            return try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw .invalidJSON(
                path: path, line: line, detail: Self.detail(of: error, bytes: bytes, byteOffset: byteOffset))
        }
    }

    /// A short lowercase reason from a Foundation JSON error, with the byte offset in the input where the parser
    /// stopped: `invalid value at byte 9`, `unexpected end of input at byte 14`, `empty input, no JSON value at byte 0`.
    /// - Parameters:
    ///   - error: What `JSONSerialization` threw.
    ///   - bytes: The text that was parsed.
    ///   - byteOffset: Offset of `bytes` in the decompressed input.
    /// - Returns: The reason.
    static func detail(of error: any Error, bytes: UnsafeRawBufferPointer, byteOffset: Int) -> String {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        if bytes.allSatisfy(isSpace) { return "empty input, no JSON value at byte \(byteOffset + bytes.count)" }
        let info = (error as NSError).userInfo
        var text = (info[NSDebugDescriptionErrorKey] as? String) ?? "malformed document"
        text = text.replacingOccurrences(of: "\n", with: " ")
        if text.hasSuffix(".") { text.removeLast() }
        text = text.prefix(1).lowercased() + text.dropFirst()
        // Foundation says "around character N" and means the UTF-8 offset in what it parsed.
        let marker = " around character "
        if let range = text.range(of: marker), let offset = Int(text[range.upperBound...]) {
            return text[..<range.lowerBound] + " at byte \(byteOffset + offset)"
        }
        if text.hasPrefix("unexpected end of file") {
            return "unexpected end of input at byte \(byteOffset + bytes.count)"
        }
        return text
    }

    /// What a JSON value is, for messages: `an array`, `a string`…
    private static func kind(of value: Any) -> String {
        switch value {
        case is [Any]: return "an array"
        case is [String: Any]: return "an object"
        case is String: return "a string"
        case is NSNull: return "null"
        case is NSNumber, is Int, is Double, is Bool: return "a number or boolean"
        default: return "a scalar"
        }
    }

    // MARK: - Fields

    private func article(
        from object: [String: Any], line: Int?, fallbackID: String, origin: ArticleOrigin
    ) throws(IngestError) -> Article {
        let map = options.fieldMap
        let textName = map.inputName(for: .text)
        guard let rawText = object[textName], !(rawText is NSNull) else {
            throw .missingField(path: path, line: line, field: textName)
        }
        guard let text = rawText as? String else {
            throw .invalidField(path: path, line: line, field: textName, expected: "a string")
        }
        if text.utf8.count > options.limits.maxArticleBytes {
            throw .articleTooLarge(path: path, line: line, limit: options.limits.maxArticleBytes)
        }
        var article = Article(
            id: try identifier(object, line: line) ?? fallbackID,
            source: try string(.source, object, line: line),
            url: try string(.url, object, line: line),
            title: try string(.title, object, line: line),
            published: try string(.published, object, line: line),
            author: try string(.author, object, line: line),
            text: text,
            origin: origin)
        for name in options.extraFields {
            guard let value = object[name], !(value is NSNull) else { continue }
            if let string = value as? String {
                article.extraFields[name] = string
            } else if let number = value as? NSNumber, !["c", "B"].contains(String(cString: number.objCType)) {
                article.extraFields[name] = number.stringValue
            }
        }
        return article
    }

    /// A string field; absent or `null` is `nil`.
    private func string(_ field: ArticleField, _ object: [String: Any], line: Int?) throws(IngestError) -> String? {
        let name = options.fieldMap.inputName(for: field)
        guard let value = object[name], !(value is NSNull) else { return nil }
        guard let string = value as? String else {
            throw .invalidField(path: path, line: line, field: name, expected: "a string")
        }
        return string
    }

    /// The `id` field: a string, or an integer written in decimal; absent, `null` or empty is `nil`.
    private func identifier(_ object: [String: Any], line: Int?) throws(IngestError) -> String? {
        let name = options.fieldMap.inputName(for: .id)
        guard let value = object[name], !(value is NSNull) else { return nil }
        if let string = value as? String { return string.isEmpty ? nil : string }
        if let number = value as? NSNumber {
            // objCType "c"/"B" is a boolean; "d"/"f" a floating-point number; anything else an integer type.
            switch String(cString: number.objCType) {
            case "c", "B": break
            case "d", "f": if let integer = Int(exactly: number.doubleValue) { return String(integer) }
            default: return number.stringValue
            }
        }
        throw .invalidField(path: path, line: line, field: name, expected: "a string or an integer")
    }
}
