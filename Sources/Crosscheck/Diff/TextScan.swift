#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Small UTF-8 helpers shared by the text diff.
enum TextScan {
    /// The scalar value starting at `i` and its length in bytes (invalid bytes decode as themselves, length 1).
    static func decode(_ bytes: [UInt8], at i: Int) -> (Int32, Int) {
        let lead = bytes[i]
        if lead < 0x80 { return (Int32(lead), 1) }
        let length = lead >= 0xF0 ? 4 : (lead >= 0xE0 ? 3 : (lead >= 0xC0 ? 2 : 1))
        guard length > 1, i + length <= bytes.count else { return (Int32(lead), 1) }
        var value = Int32(lead) & (length == 2 ? 0x1F : (length == 3 ? 0x0F : 0x07))
        for k in 1 ..< length { value = (value << 6) | (Int32(bytes[i + k]) & 0x3F) }
        return (value, length)
    }

    /// The scalar value starting at `i` and its length in bytes, as ``decode(_:at:)-([UInt8],_)`` decodes it.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Int32, Int) {
        let lead = bytes[i]
        if lead < 0x80 { return (Int32(lead), 1) }
        let length = lead >= 0xF0 ? 4 : (lead >= 0xE0 ? 3 : (lead >= 0xC0 ? 2 : 1))
        guard length > 1, i + length <= bytes.count else { return (Int32(lead), 1) }
        var value = Int32(lead) & (length == 2 ? 0x1F : (length == 3 ? 0x0F : 0x07))
        for k in 1 ..< length { value = (value << 6) | (Int32(bytes[i + k]) & 0x3F) }
        return (value, length)
    }

    static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// Whether two byte ranges hold the same bytes.
    /// - Complexity: O(length), with `memcmp`.
    static func equalBytes(_ x: [UInt8], _ xr: Range<Int>, _ y: [UInt8], _ yr: Range<Int>) -> Bool {
        guard xr.count == yr.count else { return false }
        guard !xr.isEmpty else { return true }
        return x.withUnsafeBytes { px in
            y.withUnsafeBytes { py in
                memcmp(
                    px.baseAddress.unsafelyUnwrapped + xr.lowerBound, py.baseAddress.unsafelyUnwrapped + yr.lowerBound,
                    xr.count) == 0
            }
        }
    }

    /// Whether an ASCII byte is a letter or digit.
    @inline(__always) static func isASCIIAlphaNumeric(_ b: UInt8) -> Bool {
        (b &- 48) < 10 || ((b | 0x20) &- 97) < 26
    }

    /// The number of identical bytes at the start of `x[xr]` and `y[yr]`, shortened to a scalar boundary.
    static func commonPrefix(_ x: [UInt8], _ xr: Range<Int>, _ y: [UInt8], _ yr: Range<Int>) -> Int {
        let limit = min(xr.count, yr.count)
        var k = 0
        while k < limit && x[xr.lowerBound + k] == y[yr.lowerBound + k] { k += 1 }
        while k > 0
            && ((xr.lowerBound + k < xr.upperBound && isContinuation(x[xr.lowerBound + k]))
                || (yr.lowerBound + k < yr.upperBound && isContinuation(y[yr.lowerBound + k])))
        {
            k -= 1
        }
        return k
    }

    /// The number of identical bytes at the end of `x[xr]` and `y[yr]`, shortened to a scalar boundary.
    static func commonSuffix(_ x: [UInt8], _ xr: Range<Int>, _ y: [UInt8], _ yr: Range<Int>) -> Int {
        let limit = min(xr.count, yr.count)
        var k = 0
        while k < limit && x[xr.upperBound - 1 - k] == y[yr.upperBound - 1 - k] { k += 1 }
        while k > 0 && isContinuation(x[xr.upperBound - k]) { k -= 1 }
        return k
    }

    /// The number of words in a byte range: runs of letters and digits, where one apostrophe or hyphen between two
    /// letters or digits does not end the word ("didn't", "two-month").
    /// - Complexity: O(range length), about a nanosecond per ASCII byte.
    static func wordCount(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
        let range = range.clamped(to: 0 ..< bytes.count)
        return bytes.withUnsafeBufferPointer { p in
            var count = 0
            // Flags of the previous scalar (alphanumeric, joiner) and whether the one before it was alphanumeric:
            // a scalar starts a word when it is alphanumeric and neither follows one nor follows a joiner after one.
            var alnum1 = 0
            var joiner1 = 0
            var alnum2 = 0
            var i = range.lowerBound
            let end = range.upperBound
            while i < end {
                let byte = p[i]
                let alnum: Int
                let joiner: Int
                if byte < 0x80 {
                    let digit = (byte &- 48) < 10 ? 1 : 0
                    let letter = ((byte | 0x20) &- 97) < 26 ? 1 : 0
                    alnum = digit | letter
                    joiner = (byte == 0x27 ? 1 : 0) | (byte == 0x2D ? 1 : 0)
                    i += 1
                } else {
                    let (value, length) = decode(bytes, at: i)
                    alnum = ScalarBoundaryScorer.isAlphaNumeric(value) ? 1 : 0
                    joiner = value == 0x2019 ? 1 : 0
                    i += length
                }
                count += alnum & ~(alnum1 | (joiner1 & alnum2)) & 1
                alnum2 = alnum1
                alnum1 = alnum
                joiner1 = joiner
            }
            return count
        }
    }
}
