/// Packs short ASCII words into `UInt64` keys so that lexicon look-ups on the tokenizer's hot path allocate nothing.
///
/// A word of 1 to 8 bytes becomes its bytes in little-endian order (ASCII upper case folded to lower case); since
/// words never contain a zero byte, different words give different keys.
enum ByteKey {
    /// The key of a byte slice, or `nil` when it is empty or longer than 8 bytes.
    /// - Parameters:
    ///   - base: The first byte.
    ///   - count: The number of bytes.
    /// - Returns: The packed, ASCII-lower-cased key.
    @inline(__always)
    static func key(_ base: UnsafePointer<UInt8>, count: Int) -> UInt64? {
        guard count > 0 && count <= 8 else { return nil }
        var key: UInt64 = 0
        for k in 0 ..< count {
            var byte = base[k]
            if byte &- 0x41 < 26 { byte |= 0x20 }
            key |= UInt64(byte) << UInt64(8 * k)
        }
        return key
    }

    /// The key of a string (for building lexicons).
    /// - Parameter word: An ASCII word of 1 to 8 bytes.
    /// - Returns: Its key, or `nil` when it does not fit.
    static func key(_ word: String) -> UInt64? {
        var bytes = Array(word.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            return key(UnsafePointer(base), count: buffer.count)
        }
    }
}
