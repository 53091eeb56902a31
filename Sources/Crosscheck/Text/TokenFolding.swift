/// Which differences between tokens an interned id ignores.
///
/// Folding never changes offsets: it only decides which tokens share an id in ``TokenInterner``.
public struct TokenFolding: OptionSet, Hashable, Sendable {
    /// The raw bits.
    public let rawValue: UInt8

    /// Creates a folding from raw bits.
    /// - Parameter rawValue: The bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// ASCII upper-case letters compare equal to lower-case ones ("Said" ~ "said").
    public static let asciiCase = TokenFolding(rawValue: 1 << 0)
    /// Typographic variants compare equal: curly, straight, angle and low quotation marks and apostrophes
    /// (`’` ~ `'`, `“` ~ `"` ~ `«` ~ `''`), dashes and hyphens (`—` ~ `–` ~ `--` ~ `-` ~ U+2011), the ellipsis
    /// character and three periods (`…` ~ `...`); soft hyphens are dropped.
    public static let typography = TokenFolding(rawValue: 1 << 1)

    /// No folding: ids are equal exactly when the bytes are.
    public static let exact: TokenFolding = []
    /// Every folding: "the same word ignoring typography and ASCII case".
    public static let loose: TokenFolding = [.asciiCase, .typography]

    /// Writes the folded form of a token's bytes.
    /// - Parameters:
    ///   - source: The token's bytes (valid UTF-8).
    ///   - output: Receives the folded bytes; cleared first.
    /// - Complexity: O(n) in the token length.
    func fold(_ source: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        let n = source.count
        let lowerCase = contains(.asciiCase)
        let typography = contains(.typography)
        // No replacement is longer than what it replaces ("…" and "..." are both three bytes), so the output fits
        // in `n` bytes: written through a pointer, then trimmed (appending byte by byte was most of the cost).
        output.removeAll(keepingCapacity: true)
        output.append(contentsOf: repeatElement(0, count: n))
        var written = 0
        var onlyDashes = true
        output.withUnsafeMutableBufferPointer { out in
            var i = 0
            while i < n {
                let b = source[i]
                if b < 0x80 {
                    out[written] = b &- 0x41 < 26 && lowerCase ? b | 0x20 : b == 0x60 && typography ? 0x27 : b
                    written += 1
                    if b != 0x2D { onlyDashes = false }
                    i += 1
                    continue
                }
                if typography, let (replacement, length) = Self.typographic(source, at: i) {
                    switch replacement {
                    case 0: break
                    case 0x2E:
                        out[written] = 0x2E
                        out[written + 1] = 0x2E
                        out[written + 2] = 0x2E
                        written += 3
                    default:
                        out[written] = replacement
                        written += 1
                    }
                    if replacement != 0x2D { onlyDashes = false }
                    i += length
                    continue
                }
                onlyDashes = false
                out[written] = b
                written += 1
                i += 1
            }
        }
        output.removeLast(n - written)
        guard typography else { return }
        if onlyDashes && !output.isEmpty {
            output.removeAll(keepingCapacity: true)
            output.append(0x2D)
        } else if output.count == 2 && output[0] == 0x27 && output[1] == 0x27 {
            output.removeAll(keepingCapacity: true)
            output.append(0x22)
        }
    }

    /// Whether ``fold(_:into:)`` leaves these bytes as they are: ASCII, without an upper-case letter under
    /// ``asciiCase``, and under ``typography`` without a backquote and neither two apostrophes nor a run of two or
    /// more hyphens (most tokens: they are interned as they are, with no copy).
    /// - Parameter source: A token's bytes.
    /// - Returns: Whether the folded bytes equal `source`.
    /// - Complexity: O(n).
    @inline(__always) func leavesUnchanged(_ source: UnsafeBufferPointer<UInt8>) -> Bool {
        let lowerCase = contains(.asciiCase)
        let typography = contains(.typography)
        var allDashes = true
        for b in source {
            if b >= 0x80 || (lowerCase && b &- 0x41 < 26) || (typography && b == 0x60) { return false }
            if b != 0x2D { allDashes = false }
        }
        guard typography else { return true }
        if allDashes && source.count >= 2 { return false }
        return !(source.count == 2 && source[0] == 0x27 && source[1] == 0x27)
    }

    /// The ASCII replacement of a typographic character starting at `i` and its length in bytes. The replacement
    /// is one byte, except that 0 means "drop it" and `.` stands for "...".
    private static func typographic(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt8, Int)? {
        let n = s.count
        let b0 = s[i]
        if b0 == 0xC2 && i + 1 < n {
            switch s[i + 1] {
            case 0xAB, 0xBB: return (0x22, 2)  // « »
            case 0xAD: return (0, 2)  // soft hyphen
            default: return nil
            }
        }
        if b0 == 0xCA && i + 1 < n && s[i + 1] == 0xBC { return (0x27, 2) }  // ʼ
        if b0 == 0xE2 && i + 2 < n && s[i + 1] == 0x80 {
            switch s[i + 2] {
            case 0x98, 0x99, 0x9A, 0x9B, 0xB9, 0xBA, 0xB2: return (0x27, 3)  // ‘ ’ ‚ ‛ ‹ › ′
            case 0x9C, 0x9D, 0x9E, 0x9F, 0xB3: return (0x22, 3)  // “ ” „ ‟ ″
            case 0x90, 0x91, 0x92, 0x93, 0x94, 0x95: return (0x2D, 3)  // ‐ ‑ ‒ – — ―
            case 0xA6: return (0x2E, 3)  // …
            default: return nil
            }
        }
        if b0 == 0xE2 && i + 2 < n && s[i + 1] == 0x88 && s[i + 2] == 0x92 { return (0x2D, 3) }  // −
        return nil
    }
}
