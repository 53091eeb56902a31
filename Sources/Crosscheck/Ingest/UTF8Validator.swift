/// Validates and decodes UTF-8 text on bytes: strict by default (the first invalid byte is an error with its offset),
/// or lossy (each maximal invalid sequence becomes U+FFFD, as `String(decoding:as:)` does).
enum UTF8Validator {
    /// The UTF-8 byte order mark, `EF BB BF`.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Finds the first byte that does not belong to a well-formed UTF-8 sequence (Unicode, table 3-7: no overlong
    /// forms, no surrogates, nothing above U+10FFFF).
    /// - Parameter buffer: The bytes to check.
    /// - Returns: The offset of the lead byte of the first ill-formed sequence, or `nil` if all is valid.
    /// - Complexity: O(n); ASCII runs are checked eight bytes at a time.
    static func firstInvalidByte(in buffer: UnsafeRawBufferPointer) -> Int? {
        check(buffer).firstInvalidByte
    }

    /// Checks UTF-8 bytes (Unicode, table 3-7) and notes whether they are all ASCII.
    /// - Parameter buffer: The bytes to check.
    /// - Returns: The offset of the lead byte of the first ill-formed sequence (`nil` if all is valid), and whether
    ///   every byte before it is ASCII.
    /// - Complexity: O(n); ASCII runs are checked eight bytes at a time.
    static func check(_ buffer: UnsafeRawBufferPointer) -> (firstInvalidByte: Int?, isASCII: Bool) {
        let count = buffer.count
        var isASCII = true
        var i = 0
        while i < count {
            // Fast path: eight ASCII bytes at once.
            if i + 8 <= count && buffer.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let lead = buffer[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            isASCII = false
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2 ... 0xDF: length = 2
            case 0xE0:
                length = 3
                low = 0xA0
            case 0xE1 ... 0xEC, 0xEE ... 0xEF: length = 3
            case 0xED:
                length = 3
                high = 0x9F
            case 0xF0:
                length = 4
                low = 0x90
            case 0xF1 ... 0xF3: length = 4
            case 0xF4:
                length = 4
                high = 0x8F
            default: return (i, false)
            }
            guard i + length <= count else { return (i, false) }
            let second = buffer[i + 1]
            guard second >= low && second <= high else { return (i, false) }
            var k = 2
            while k < length {
                guard buffer[i + k] & 0xC0 == 0x80 else { return (i, false) }
                k += 1
            }
            i += length
        }
        return (nil, isASCII)
    }

    /// Decodes UTF-8 bytes to a string, strictly or lossily.
    /// - Parameters:
    ///   - buffer: The bytes (a byte order mark, if any, must already be removed).
    ///   - lossy: Replace invalid sequences with U+FFFD instead of failing.
    ///   - path: The input's path, for the error.
    ///   - line: The 1-based line, for the error, if the bytes are one line.
    ///   - baseOffset: The offset of `buffer[0]` in the decompressed input, so the error names a file offset.
    /// - Returns: The decoded string.
    /// - Throws: ``IngestError/invalidUTF8(path:line:byteOffset:)`` when not `lossy` and the bytes are invalid.
    /// - Complexity: O(n). Valid input is validated once, by ``check(_:)`` (eight ASCII bytes at a
    ///   time), and copied into the string without the standard library's own check, which goes byte by byte
    ///   (about 9 instructions a byte, a tenth of a 100 KB word diff); `UTF8ValidatorTests` checks that the two
    ///   validations agree. Invalid input is left to the standard library: `String(decoding:as:)` when `lossy`.
    static func decode(
        _ buffer: UnsafeRawBufferPointer, lossy: Bool, path: String, line: Int?, baseOffset: Int
    ) throws(IngestError) -> String {
        let units = buffer.assumingMemoryBound(to: UInt8.self)
        let (invalid, isASCII) = check(buffer)
        guard let bad = invalid else {
            if #available(macOS 26, *) {
                return String(copying: UTF8Span(unchecked: units.span, isKnownASCII: isASCII))
            }
            return String(decoding: units, as: UTF8.self)
        }
        if !lossy { throw .invalidUTF8(path: path, line: line, byteOffset: baseOffset + bad) }
        return String(decoding: units, as: UTF8.self)
    }
}
