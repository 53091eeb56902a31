import Foundation

/// Turns JSON text into articles: one object per JSONL line, or a `.json` document holding an object or an array of
/// objects. Nesting depth is checked with a byte scan before parsing, UTF-8 is validated (or repaired when lossy),
/// and fields are read through the ``FieldMap``.
struct JSONArticleDecoder {
    /// The input's path, for errors and derived identifiers.
    let path: String
    /// Limits, strictness and field names.
    let options: IngestOptions

    /// Decodes one JSONL line.
    /// - Parameters:
    ///   - bytes: The line, without its line break.
    ///   - number: The 1-based line number.
    ///   - byteOffset: Offset of the line in the decompressed input.
    /// - Returns: The article, with `id` defaulting to `<base>:<line>`.
    /// - Throws: ``IngestError`` naming the line.
    func article(line bytes: UnsafeRawBufferPointer, number: Int, byteOffset: Int) throws(IngestError) -> Article {
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
            throw .invalidJSON(path: path, line: line, detail: Self.detail(of: error))
        }
    }

    /// A short lowercase reason from a Foundation JSON error.
    private static func detail(of error: any Error) -> String {
        let info = (error as NSError).userInfo
        var text = (info[NSDebugDescriptionErrorKey] as? String) ?? "malformed document"
        text = text.replacingOccurrences(of: "\n", with: " ")
        if text.hasSuffix(".") { text.removeLast() }
        return text.prefix(1).lowercased() + text.dropFirst()
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
