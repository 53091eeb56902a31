/// The reading of one number token of the tokenizer ("1,500", "$2bn", "15%", "21st", "2022-04-26", "10:30",
/// "4/5", "40-50", "10-year-old", "1.8m"): its digit groups, separators, prefix and suffix.
struct NumericToken: Sendable {
    /// The value of the leading number (with sign, decimals and thousands separators read).
    var value: Double
    /// Digit groups when the token holds several numbers joined by `/`, `-` or `:`.
    var groups: [Double] = []
    /// The digit counts of `groups`.
    var widths: [Int] = []
    /// The separator between groups (`/`, `-`, `:`) or 0.
    var separator: UInt8 = 0
    /// Whether the number has a decimal point.
    var hasDecimal = false
    /// A currency sign before the digits ("$", "€").
    var currency: String?
    /// A `%` after the digits.
    var percent = false
    /// Letters after the digits ("bn", "st", "km"), as a byte range.
    var suffix: Range<Int>?
    /// A word after a hyphen ("10-year-old" → "year-old"), as a byte range.
    var hyphenTail: Range<Int>?
    /// A degree sign after the digits.
    var degree = false

    /// Reads a number token.
    /// - Parameters:
    ///   - bytes: The text.
    ///   - range: The token's bytes.
    ///   - lexicon: For currency signs.
    /// - Returns: The reading, or `nil` when the token has no digits.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lexicon: ClaimLexicon) {
        var i = range.lowerBound
        let end = range.upperBound
        var sign = 1.0
        if i < end, bytes[i] == 0x2D || bytes[i] == 0x2B {
            if bytes[i] == 0x2D { sign = -1 }
            i += 1
        }
        // Currency sign: any non-digit bytes before the first digit.
        var digitStart = i
        while digitStart < end, !(bytes[digitStart] &- 0x30 < 10), bytes[digitStart] != 0x2E { digitStart += 1 }
        if digitStart > i {
            let code = lexicon.word(lexicon.id(bytes, i ..< digitStart))?.currencySign
            guard let code else {
                if digitStart - i == 1 && bytes[i] == 0x27 || bytes.count > i + 2 && bytes[i] == 0xE2 {
                    // "’90s": elided century.
                    i = digitStart
                    self.value = 0
                    self.finish(bytes, &i, end, sign: sign)
                    return
                }
                return nil
            }
            currency = code
            i = digitStart
        }
        guard i < end else { return nil }
        self.value = 0
        self.finish(bytes, &i, end, sign: sign)
        if groups.isEmpty { return nil }
    }

    private mutating func finish(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ end: Int, sign: Double) {
        while i < end {
            // One group: digits with thousands commas and at most one decimal point.
            var integer = 0.0
            var fraction = 0.0
            var scale = 0.1
            var digits = 0
            var decimal = false
            while i < end {
                let b = bytes[i]
                if b &- 0x30 < 10 {
                    if decimal {
                        fraction += Double(b - 0x30) * scale
                        scale /= 10
                    } else {
                        integer = integer * 10 + Double(b - 0x30)
                        digits += 1
                    }
                } else if b == 0x2C, !decimal, i + 1 < end, bytes[i + 1] &- 0x30 < 10, separator != 0x2F {
                    // thousands separator
                } else if b == 0x2E, !decimal, i + 1 < end, bytes[i + 1] &- 0x30 < 10 {
                    decimal = true
                } else {
                    break
                }
                i += 1
            }
            if digits == 0 && !decimal { break }
            if decimal { hasDecimal = true }
            groups.append(integer + fraction)
            widths.append(digits)
            guard i < end else { break }
            let b = bytes[i]
            if b == 0x2F || b == 0x3A || b == 0x2D, i + 1 < end, bytes[i + 1] &- 0x30 < 10,
                separator == 0 || separator == b
            {
                separator = b
                i += 1
                continue
            }
            break
        }
        value = sign * (groups.first ?? 0)
        if !groups.isEmpty { groups[0] = value }
        guard i < end else { return }
        if bytes[i] == 0x25 {
            percent = true
            i += 1
        } else if bytes[i] == 0xC2, i + 1 < end, bytes[i + 1] == 0xB0 {
            degree = true
            i += 2
        } else if bytes[i] == 0x2D, i + 1 < end {
            hyphenTail = i + 1 ..< end
            return
        }
        if i < end, bytes[i] | 0x20 == 0x65, groups.count == 1 {
            // "1e10", "1.3e6", "-12e-1": a power of ten.
            var j = i + 1
            var negative = false
            if j < end, bytes[j] == 0x2D || bytes[j] == 0x2B {
                negative = bytes[j] == 0x2D
                j += 1
            }
            var exponent = 0
            var digits = 0
            while j < end, bytes[j] &- 0x30 < 10, digits < 3 {
                exponent = exponent * 10 + Int(bytes[j] - 0x30)
                digits += 1
                j += 1
            }
            if digits > 0, j == end {
                var factor = 1.0
                for _ in 0 ..< exponent { factor *= 10 }
                value = negative ? value / factor : value * factor
                groups[0] = value
                hasDecimal = true
                return
            }
        }
        if i < end {
            var j = i
            while j < end, bytes[j] != 0x2D { j += 1 }
            suffix = i ..< j
            if j < end, j + 1 < end { hyphenTail = j + 1 ..< end }
        }
    }
}
