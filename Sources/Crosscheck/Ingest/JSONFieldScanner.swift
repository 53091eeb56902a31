/// A byte-level reader of the top-level string fields of one JSON object (a JSONL line): the fast path of
/// ``JSONArticleDecoder``, which falls back to Foundation's parser whenever this scanner declines.
///
/// The scanner checks the whole line against the JSON grammar (RFC 8259), skipping the values of unwanted keys,
/// and decodes the string values of the wanted keys exactly (all escapes, `\uXXXX` with surrogate pairs). It is
/// deliberately conservative: it returns `nil` — "ask the full parser" — for anything unusual, so that errors and
/// every corner case keep the full parser's behaviour and messages: malformed JSON, a top level that is not an
/// object, nesting deeper than the limit, a lone surrogate escape, a raw control character in a string, a wanted key
/// that appears twice or has a value that is not a string or `null`, a number with an exponent or more than 15
/// characters. Its input must be valid UTF-8 (the decoder validates first).
enum JSONFieldScanner {
    /// One wanted key, as UTF-8 bytes and as a string (non-ASCII keys are compared as strings, so that canonically
    /// equivalent spellings match as they do in a Foundation dictionary).
    struct Key: Sendable {
        /// The key's UTF-8 bytes.
        let bytes: [UInt8]
        /// The key.
        let string: String

        /// Creates a key.
        /// - Parameter string: The key.
        init(_ string: String) {
            self.string = string
            bytes = Array(string.utf8)
        }
    }

    /// Reads the string values of `keys` from one JSON object.
    /// - Parameters:
    ///   - bytes: The JSON text: one object with optional surrounding whitespace; valid UTF-8.
    ///   - keys: The wanted top-level keys.
    ///   - maxDepth: The deepest nesting of arrays and objects to accept (the object itself is depth 1).
    /// - Returns: One entry per key (`nil` when the key is absent or `null`), or `nil` when the full parser must
    ///   decide (see the type's description).
    /// - Complexity: O(n) in the length of the line.
    static func fields(in bytes: UnsafeRawBufferPointer, keys: [Key], maxDepth: Int) -> [String?]? {
        var scanner = Scanner(bytes: bytes, maxDepth: maxDepth)
        return scanner.object(keys: keys)
    }

    private struct Scanner {
        let bytes: UnsafeRawBufferPointer
        let maxDepth: Int
        var index = 0
        var scratch: [UInt8] = []

        init(bytes: UnsafeRawBufferPointer, maxDepth: Int) {
            self.bytes = bytes
            self.maxDepth = maxDepth
        }

        mutating func object(keys: [Key]) -> [String?]? {
            guard maxDepth >= 1 else { return nil }
            skipSpace()
            guard peek() == UInt8(ascii: "{") else { return nil }
            index += 1
            var values = [String?](repeating: nil, count: keys.count)
            var seen = [Bool](repeating: false, count: keys.count)
            skipSpace()
            if peek() == UInt8(ascii: "}") {
                index += 1
            } else {
                while true {
                    skipSpace()
                    guard peek() == UInt8(ascii: "\"") else { return nil }
                    guard let wanted = key(keys) else { return nil }
                    skipSpace()
                    guard peek() == UInt8(ascii: ":") else { return nil }
                    index += 1
                    skipSpace()
                    if let slot = wanted {
                        guard !seen[slot] else { return nil }
                        seen[slot] = true
                        switch peek() {
                        case UInt8(ascii: "\""):
                            guard let value = string() else { return nil }
                            values[slot] = value
                        case UInt8(ascii: "n"):
                            guard literal("null") else { return nil }
                        default:
                            return nil
                        }
                    } else {
                        guard skipValue(depth: 1) else { return nil }
                    }
                    skipSpace()
                    guard let next = peek() else { return nil }
                    index += 1
                    if next == UInt8(ascii: "}") { break }
                    guard next == UInt8(ascii: ",") else { return nil }
                }
            }
            skipSpace()
            return index == bytes.count ? values : nil
        }

        /// Reads a key; returns the slot of the wanted key it names (`.some(nil)` for an unwanted one), or `nil` for
        /// malformed or unusual text.
        mutating func key(_ keys: [Key]) -> Int?? {
            guard let range = rawString() else { return nil }
            let decoded: [UInt8]
            if range.escaped {
                guard decode(range.start ..< range.end) else { return nil }
                decoded = scratch
            } else {
                decoded = Array(bytes[range.start ..< range.end])
            }
            if decoded.contains(where: { $0 >= 0x80 }) {
                let string = String(decoding: decoded, as: UTF8.self)
                return .some(keys.firstIndex { $0.string == string })
            }
            return .some(keys.firstIndex { $0.bytes == decoded })
        }

        /// Reads a string value.
        mutating func string() -> String? {
            guard let range = rawString() else { return nil }
            if !range.escaped {
                return String(
                    decoding: UnsafeRawBufferPointer(rebasing: bytes[range.start ..< range.end]), as: UTF8.self)
            }
            // Escapes only shrink text (`\uXXXX` is 6 bytes for at most 3, a surrogate pair 12 for 4), so the
            // decoded string fits in the raw length: decode straight into the string's storage.
            var valid = true
            let source = bytes
            let string = String(unsafeUninitializedCapacity: range.end - range.start) { buffer in
                guard let count = Self.decode(source, range.start ..< range.end, into: buffer) else {
                    valid = false
                    return 0
                }
                return count
            }
            return valid ? string : nil
        }

        /// Finds the extent of the string starting at `index` (a quote) and moves past it; `nil` when it does not
        /// end, or holds a raw control character.
        mutating func rawString() -> (start: Int, end: Int, escaped: Bool)? {
            index += 1
            let start = index
            var escaped = false
            let count = bytes.count
            while index < count {
                // Eight bytes at a time while none is a quote, a backslash or a control character.
                if index + 8 <= count {
                    let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    let ones: UInt64 = 0x0101_0101_0101_0101
                    let high: UInt64 = 0x8080_8080_8080_8080
                    let quote = word ^ (ones &* 0x22)
                    let slash = word ^ (ones &* 0x5C)
                    let special =
                        ((quote &- ones) & ~quote) | ((slash &- ones) & ~slash) | ((word &- ones &* 0x20) & ~word)
                    if special & high == 0 {
                        index += 8
                        continue
                    }
                }
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    let end = index
                    index += 1
                    return (start, end, escaped)
                }
                if byte == UInt8(ascii: "\\") {
                    escaped = true
                    index += 2
                    continue
                }
                if byte < 0x20 { return nil }
                index += 1
            }
            return nil
        }

        /// Decodes the escapes of a string's contents into `scratch`; `false` for an invalid escape or a lone
        /// surrogate.
        mutating func decode(_ range: Range<Int>) -> Bool {
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: repeatElement(0, count: range.count))
            let source = bytes
            let count = scratch.withUnsafeMutableBufferPointer { Self.decode(source, range, into: $0) }
            guard let count else { return false }
            scratch.removeLast(scratch.count - count)
            return true
        }

        /// Decodes the escapes of `bytes[range]` into `output` (at least `range.count` long): the number of bytes
        /// written, or `nil` for an invalid escape or a lone surrogate.
        static func decode(
            _ bytes: UnsafeRawBufferPointer, _ range: Range<Int>, into output: UnsafeMutableBufferPointer<UInt8>
        ) -> Int? {
            var i = range.lowerBound
            let end = range.upperBound
            var out = 0
            while i < end {
                // Copy the run up to the next backslash in one go.
                var j = i
                while j < end && bytes[j] != UInt8(ascii: "\\") { j += 1 }
                if j > i {
                    UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: output[out ..< out + (j - i)]))
                        .copyMemory(
                            from: UnsafeRawBufferPointer(rebasing: bytes[i ..< j]))
                    out += j - i
                    i = j
                }
                guard i < end else { break }
                guard i + 1 < end else { return nil }
                let kind = bytes[i + 1]
                i += 2
                var single: UInt8 = 0
                switch kind {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): single = kind
                case UInt8(ascii: "b"): single = 0x08
                case UInt8(ascii: "f"): single = 0x0C
                case UInt8(ascii: "n"): single = 0x0A
                case UInt8(ascii: "r"): single = 0x0D
                case UInt8(ascii: "t"): single = 0x09
                case UInt8(ascii: "u"):
                    guard let unit = hex4(bytes, at: i, end: end) else { return nil }
                    i += 4
                    var scalar = UInt32(unit)
                    if unit >= 0xD800 && unit <= 0xDBFF {
                        guard i + 6 <= end, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u"),
                            let low = hex4(bytes, at: i + 2, end: end), low >= 0xDC00 && low <= 0xDFFF
                        else { return nil }
                        i += 6
                        scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                    } else if unit >= 0xDC00 && unit <= 0xDFFF {
                        return nil
                    }
                    out = append(scalar: scalar, to: output, at: out)
                    continue
                default:
                    return nil
                }
                output[out] = single
                out += 1
            }
            return out
        }

        static func hex4(_ bytes: UnsafeRawBufferPointer, at start: Int, end: Int) -> UInt16? {
            guard start + 4 <= end else { return nil }
            var value: UInt16 = 0
            for offset in 0 ..< 4 {
                let byte = bytes[start + offset]
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0") ... UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a") ... UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A") ... UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: return nil
                }
                value = value << 4 | UInt16(digit)
            }
            return value
        }

        /// Writes the UTF-8 form of a scalar (not a surrogate) at `at`; returns the index after it.
        static func append(scalar: UInt32, to output: UnsafeMutableBufferPointer<UInt8>, at: Int) -> Int {
            switch scalar {
            case 0 ..< 0x80:
                output[at] = UInt8(scalar)
                return at + 1
            case 0x80 ..< 0x800:
                output[at] = UInt8(0xC0 | scalar >> 6)
                output[at + 1] = UInt8(0x80 | scalar & 0x3F)
                return at + 2
            case 0x800 ..< 0x10000:
                output[at] = UInt8(0xE0 | scalar >> 12)
                output[at + 1] = UInt8(0x80 | scalar >> 6 & 0x3F)
                output[at + 2] = UInt8(0x80 | scalar & 0x3F)
                return at + 3
            default:
                output[at] = UInt8(0xF0 | scalar >> 18)
                output[at + 1] = UInt8(0x80 | scalar >> 12 & 0x3F)
                output[at + 2] = UInt8(0x80 | scalar >> 6 & 0x3F)
                output[at + 3] = UInt8(0x80 | scalar & 0x3F)
                return at + 4
            }
        }

        /// Checks and skips any value at nesting `depth` (of its container).
        mutating func skipValue(depth: Int) -> Bool {
            guard let byte = peek() else { return false }
            switch byte {
            case UInt8(ascii: "\""):
                guard let range = rawString() else { return false }
                return !range.escaped || decode(range.start ..< range.end)
            case UInt8(ascii: "{"):
                guard depth + 1 <= maxDepth else { return false }
                index += 1
                skipSpace()
                if peek() == UInt8(ascii: "}") {
                    index += 1
                    return true
                }
                while true {
                    skipSpace()
                    guard peek() == UInt8(ascii: "\""), let range = rawString() else { return false }
                    if range.escaped && !decode(range.start ..< range.end) { return false }
                    skipSpace()
                    guard peek() == UInt8(ascii: ":") else { return false }
                    index += 1
                    skipSpace()
                    guard skipValue(depth: depth + 1) else { return false }
                    skipSpace()
                    guard let next = peek() else { return false }
                    index += 1
                    if next == UInt8(ascii: "}") { return true }
                    guard next == UInt8(ascii: ",") else { return false }
                }
            case UInt8(ascii: "["):
                guard depth + 1 <= maxDepth else { return false }
                index += 1
                skipSpace()
                if peek() == UInt8(ascii: "]") {
                    index += 1
                    return true
                }
                while true {
                    skipSpace()
                    guard skipValue(depth: depth + 1) else { return false }
                    skipSpace()
                    guard let next = peek() else { return false }
                    index += 1
                    if next == UInt8(ascii: "]") { return true }
                    guard next == UInt8(ascii: ",") else { return false }
                }
            case UInt8(ascii: "t"): return literal("true")
            case UInt8(ascii: "f"): return literal("false")
            case UInt8(ascii: "n"): return literal("null")
            default: return number()
            }
        }

        /// Skips a number in the strict grammar, no exponent, at most 15 characters.
        mutating func number() -> Bool {
            let start = index
            if peek() == UInt8(ascii: "-") { index += 1 }
            guard let first = peek(), isDigit(first) else { return false }
            index += 1
            if first != UInt8(ascii: "0") {
                while let byte = peek(), isDigit(byte) { index += 1 }
            }
            if peek() == UInt8(ascii: ".") {
                index += 1
                guard let byte = peek(), isDigit(byte) else { return false }
                while let byte = peek(), isDigit(byte) { index += 1 }
            }
            if let byte = peek(), byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") { return false }
            return index - start <= 15
        }

        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

        mutating func literal(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            let base = word.utf8Start
            for offset in 0 ..< count where bytes[index + offset] != base[offset] { return false }
            index += count
            return true
        }

        @inline(__always) func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

        @inline(__always) mutating func skipSpace() {
            while index < bytes.count {
                let byte = bytes[index]
                guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
                index += 1
            }
        }
    }
}
