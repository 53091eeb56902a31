internal import CLibXML2

/// Decides a page's character set and decodes it to UTF-8.
///
/// Order of evidence, as browsers do: a byte order mark, the HTTP `Content-Type` charset, a `<meta charset>` or
/// `<meta http-equiv="Content-Type">` (or an XML declaration) near the top of the page; otherwise UTF-8 when the bytes
/// are valid UTF-8, else windows-1252. `iso-8859-1` and `us-ascii` labels decode as windows-1252 (the WHATWG rule).
/// UTF-8, UTF-16 and windows-1252 are decoded here; other character sets go through libxml2's converters (iconv).
enum CharsetDecoder {
    /// A character set the decoder distinguishes.
    enum Charset: Hashable, Sendable {
        case utf8, utf16LE, utf16BE, windows1252
        /// Any other character set, by the name iconv knows it by.
        case other(String)

        /// The canonical name.
        var name: String {
            switch self {
            case .utf8: return "utf-8"
            case .utf16LE: return "utf-16le"
            case .utf16BE: return "utf-16be"
            case .windows1252: return "windows-1252"
            case .other(let name): return name
            }
        }
    }

    /// A page decoded to UTF-8.
    struct Decoded: Sendable {
        /// The page as UTF-8 (without a byte order mark).
        var utf8: [UInt8]
        /// The character set it was decoded from.
        var charset: Charset
    }

    /// How many leading bytes are searched for a `<meta>` charset declaration.
    static let prescanLimit = 65_536

    /// Decodes a page to UTF-8.
    /// - Parameters:
    ///   - bytes: The raw page.
    ///   - httpContentType: The HTTP `Content-Type` header, if the page came with one.
    /// - Returns: The UTF-8 bytes and the character set used.
    /// - Complexity: O(n).
    static func decode(_ bytes: [UInt8], httpContentType: String?) -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return Decoded(utf8: repairedUTF8(bytes[3...]), charset: .utf8)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return Decoded(utf8: utf16ToUTF8(bytes[2...], bigEndian: false), charset: .utf16LE)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return Decoded(utf8: utf16ToUTF8(bytes[2...], bigEndian: true), charset: .utf16BE)
        }
        let declared =
            httpContentType.flatMap { charsetParameter(in: Array($0.utf8)[...]) }.map(charset(label:))
            ?? declaredInDocument(bytes).map(charset(label:)).map { charset -> Charset in
                // A document cannot declare itself UTF-16 in ASCII-compatible markup; the WHATWG rule reads UTF-8.
                charset == .utf16LE || charset == .utf16BE ? .utf8 : charset
            }
        switch declared {
        case .utf8?:
            return Decoded(utf8: repairedUTF8(bytes[...]), charset: .utf8)
        case .utf16LE?:
            return Decoded(utf8: utf16ToUTF8(bytes[...], bigEndian: false), charset: .utf16LE)
        case .utf16BE?:
            return Decoded(utf8: utf16ToUTF8(bytes[...], bigEndian: true), charset: .utf16BE)
        case .windows1252?:
            // Pages served as latin-1 by a server default are very often UTF-8; non-ASCII text that happens to be
            // well-formed UTF-8 is practically never windows-1252.
            if isValidUTF8(bytes[...]) && bytes.contains(where: { $0 >= 0x80 }) {
                return Decoded(utf8: bytes, charset: .utf8)
            }
            return Decoded(utf8: windows1252ToUTF8(bytes[...]), charset: .windows1252)
        case .other(let name)?:
            if let converted = convertWithLibXML2(bytes, from: name) {
                return Decoded(utf8: converted, charset: .other(name))
            }
            fallthrough
        case nil:
            if isValidUTF8(bytes[...]) { return Decoded(utf8: bytes, charset: .utf8) }
            return Decoded(utf8: windows1252ToUTF8(bytes[...]), charset: .windows1252)
        }
    }

    /// The character set a label names (WHATWG labels for the sets decoded here, iconv names for the rest).
    /// - Parameter label: A charset label such as `"UTF-8"`, `"latin1"` or `"Shift_JIS"`.
    /// - Returns: The character set.
    static func charset(label: String) -> Charset {
        let name = String(label.lowercased().filter { !$0.isWhitespace && $0 != "\"" && $0 != "'" })
        switch name {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8":
            return .utf8
        case "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100",
            "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252",
            "x-cp1252":
            return .windows1252
        case "utf-16", "utf-16le", "unicode", "ucs-2", "csunicode", "iso-10646-ucs-2", "unicodefeff": return .utf16LE
        case "utf-16be", "unicodefffe": return .utf16BE
        case "gb2312", "gb_2312", "gb_2312-80", "gbk", "x-gbk", "chinese", "csgb2312", "iso-ir-58", "gb18030":
            return .other("GB18030")
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "ms932", "windows-31j", "csshiftjis":
            return .other("CP932")
        case "euc-kr", "ks_c_5601-1987", "korean", "windows-949", "cseuckr": return .other("CP949")
        case "big5", "big5-hkscs", "cn-big5", "x-x-big5", "csbig5": return .other("BIG5-HKSCS")
        case "iso-8859-9", "latin5", "l5", "iso8859-9", "iso_8859-9", "windows-1254": return .other("CP1254")
        case "tis-620", "iso-8859-11", "windows-874", "dos-874": return .other("CP874")
        default: return .other(name)
        }
    }

    /// The `charset` parameter of a `Content-Type` value (also used on `<meta content>` and XML declarations).
    /// - Parameters:
    ///   - bytes: The header or attribute text.
    ///   - key: The parameter's lowercase name.
    /// - Returns: The label, if present.
    static func charsetParameter(in bytes: ArraySlice<UInt8>, key name: String = "charset") -> String? {
        let key = Array(name.utf8)
        var index = bytes.startIndex
        while index + key.count <= bytes.endIndex {
            var matched = true
            for offset in 0 ..< key.count where bytes[index + offset].asciiLowercased != key[offset] {
                matched = false
                break
            }
            if matched {
                var cursor = index + key.count
                while cursor < bytes.endIndex && bytes[cursor].isHTMLSpace { cursor += 1 }
                if cursor < bytes.endIndex && bytes[cursor] == UInt8(ascii: "=") {
                    cursor += 1
                    while cursor < bytes.endIndex
                        && (bytes[cursor].isHTMLSpace || bytes[cursor] == 0x22 || bytes[cursor] == 0x27)
                    {
                        cursor += 1
                    }
                    let start = cursor
                    while cursor < bytes.endIndex && isLabelByte(bytes[cursor]) { cursor += 1 }
                    if cursor > start { return String(decoding: bytes[start ..< cursor], as: UTF8.self) }
                }
            }
            index += 1
        }
        return nil
    }

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a") ... UInt8(ascii: "z"), UInt8(ascii: "A") ... UInt8(ascii: "Z"),
            UInt8(ascii: "0") ... UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
            UInt8(ascii: ":"):
            return true
        default:
            return false
        }
    }

    /// The charset label declared in the page's markup: an XML declaration's `encoding`, or a `<meta>` tag's
    /// `charset` attribute or `content="…; charset=…"`, searched in the first ``prescanLimit`` bytes and before
    /// `<body`.
    /// - Parameter bytes: The raw page.
    /// - Returns: The label, if declared.
    static func declaredInDocument(_ bytes: [UInt8]) -> String? {
        let limit = min(bytes.count, prescanLimit)
        if bytes.starts(with: Array("<?xml".utf8)), let close = bytes[..<limit].firstIndex(of: UInt8(ascii: ">")) {
            if let label = charsetParameter(in: bytes[0 ..< close], key: "encoding") { return label }
        }
        var index = 0
        while index + 5 < limit {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if matchesLowercased(bytes, at: index + 1, "!--") {
                index = endOfComment(bytes, from: index + 4, limit: limit)
                continue
            }
            if matchesLowercased(bytes, at: index + 1, "body") { return nil }
            if matchesLowercased(bytes, at: index + 1, "meta") && bytes[index + 5].isHTMLSpace {
                var close = index + 5
                while close < limit && bytes[close] != UInt8(ascii: ">") { close += 1 }
                if let label = charsetParameter(in: bytes[index + 5 ..< close]) { return label }
                index = close
                continue
            }
            index += 1
        }
        return nil
    }

    private static func matchesLowercased(_ bytes: [UInt8], at index: Int, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        for offset in 0 ..< count where bytes[index + offset].asciiLowercased != literal.utf8Start[offset] {
            return false
        }
        return true
    }

    private static func endOfComment(_ bytes: [UInt8], from start: Int, limit: Int) -> Int {
        var index = start
        while index + 2 < limit {
            if bytes[index] == UInt8(ascii: "-") && bytes[index + 1] == UInt8(ascii: "-")
                && bytes[index + 2] == UInt8(ascii: ">")
            {
                return index + 3
            }
            index += 1
        }
        return limit
    }

    /// Whether bytes are well-formed UTF-8.
    /// - Parameter bytes: The bytes.
    /// - Returns: `true` when valid.
    static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withContiguousStorageIfAvailable { String(validating: $0, as: UTF8.self) != nil }
            ?? (String(validating: Array(bytes), as: UTF8.self) != nil)
    }

    /// UTF-8 bytes with every ill-formed sequence replaced by U+FFFD.
    /// - Parameter bytes: Bytes that should be UTF-8.
    /// - Returns: Well-formed UTF-8.
    static func repairedUTF8(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        if isValidUTF8(bytes) { return Array(bytes) }
        return Array(String(decoding: bytes, as: UTF8.self).utf8)
    }

    /// Decodes windows-1252 (a superset of ISO-8859-1's printable characters) to UTF-8.
    /// - Parameter bytes: windows-1252 text.
    /// - Returns: UTF-8 text.
    /// - Complexity: O(n).
    static func windows1252ToUTF8(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                out.append(byte)
                continue
            }
            let scalar = byte < 0xA0 ? windows1252High[Int(byte - 0x80)] : UInt16(byte)
            appendUTF8(UInt32(scalar), to: &out)
        }
        return out
    }

    /// Code points of windows-1252 bytes 0x80–0x9F (unassigned bytes map to the C1 control of the same value).
    private static let windows1252High: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D,
        0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// Decodes UTF-16 to UTF-8, replacing unpaired surrogates and a trailing odd byte with U+FFFD.
    /// - Parameters:
    ///   - bytes: UTF-16 text without its byte order mark.
    ///   - bigEndian: The byte order.
    /// - Returns: UTF-8 text.
    static func utf16ToUTF8(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var out = Array(String(decoding: units, as: UTF16.self).utf8)
        if index < bytes.endIndex { appendUTF8(0xFFFD, to: &out) }
        return out
    }

    private static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        if scalar < 0x80 {
            out.append(UInt8(scalar))
        } else if scalar < 0x800 {
            out.append(UInt8(0xC0 | scalar >> 6))
            out.append(UInt8(0x80 | scalar & 0x3F))
        } else {
            out.append(UInt8(0xE0 | scalar >> 12))
            out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            out.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// Converts through libxml2 (iconv); `nil` when it does not know the character set.
    private static func convertWithLibXML2(_ bytes: [UInt8], from name: String) -> [UInt8]? {
        guard bytes.count < Int(Int32.max) else { return nil }
        var length: Int32 = 0
        let converted = bytes.withUnsafeBufferPointer { buffer in
            cc_xmlConvertToUTF8(name, buffer.baseAddress, Int32(buffer.count), &length)
        }
        guard let converted else { return nil }
        defer { cc_xmlFree(converted) }
        return repairedUTF8(Array(UnsafeBufferPointer(start: converted, count: Int(length)))[...])
    }
}

extension CharsetDecoder {
    /// Whether bytes start (after whitespace and a byte order mark) like markup or text rather than compressed data.
    /// - Parameter bytes: A body.
    /// - Returns: `true` when the first non-space byte is `<`, or the first 512 bytes have no control bytes.
    static func looksLikeMarkup(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(512).drop { $0.isHTMLSpace || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
        guard let first = head.first else { return true }
        if first == UInt8(ascii: "<") { return true }
        return !head.contains { $0 < 0x09 || ($0 > 0x0D && $0 < 0x20) }
    }
}
