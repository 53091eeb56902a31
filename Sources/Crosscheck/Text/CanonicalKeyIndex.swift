/// Dense indices for keys made of strings, numbered in order of first appearance under `String` equality (canonical
/// equivalence), exactly as a `[Key: Int32]` dictionary filled with "look up, else add the next index" numbers them,
/// but found by the keys' UTF-8 bytes, without hashing a `String` while every key seen is ASCII.
///
/// Byte-equal keys are `String`-equal, so bytes seen before get the index they got then. While every key is ASCII,
/// different bytes are different keys too (an ASCII string is canonically equivalent only to itself among ASCII
/// strings), so no dictionary is needed. A key with other bytes can equal an earlier, byte-different one (a
/// precomposed "é" and "e" with a combining accent; U+212A KELVIN SIGN and "K", even against an ASCII key): from the
/// first such key on, a dictionary of every key seen decides for bytes not seen before, as the plain dictionary
/// would.
struct CanonicalKeyIndex<Key: Hashable> {
    /// The distinct key byte strings seen, by id.
    private var byteKeys = TokenInterner(capacity: 256)
    /// The index of each byte string (by its id in `byteKeys`).
    private var indexOfBytes: [Int32] = []
    /// The first key of each index, for building `indexOfKey` when it is first needed.
    private var keys: [Key] = []
    /// The index of every distinct key under `String` equality; `nil` while every key seen is ASCII.
    private var indexOfKey: [Key: Int32]?

    /// The number of distinct keys (under `String` equality) seen.
    var count: Int { keys.count }

    /// The index of a key, adding it when new.
    /// - Parameters:
    ///   - bytes: An encoding of the key that is equal for keys with equal bytes and different otherwise (for one
    ///     string its UTF-8 bytes; for several, ``appendEncoding(of:to:)``).
    ///   - isASCII: Whether all the key's strings are ASCII.
    ///   - key: The key itself, made only when the bytes are new.
    /// - Returns: The key's index (in `0 ..< count`) and whether the key was new (its index is `count - 1`).
    /// - Complexity: O(length of the bytes) expected.
    mutating func index(bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool, key: () -> Key) -> (
        index: Int32, isNew: Bool
    ) {
        let id = Int(byteKeys.intern(bytes))
        if id < indexOfBytes.count { return (indexOfBytes[id], false) }
        let key = key()
        if indexOfKey == nil && !isASCII {
            var all: [Key: Int32] = [:]
            for (index, key) in keys.enumerated() { all[key] = Int32(index) }
            indexOfKey = all
        }
        if let known = indexOfKey?[key] {
            indexOfBytes.append(known)
            return (known, false)
        }
        let index = Int32(keys.count)
        keys.append(key)
        indexOfKey?[key] = index
        indexOfBytes.append(index)
        return (index, true)
    }

    /// Appends the key encoding of several strings (each one's byte count, then its bytes) to a buffer.
    /// - Parameters:
    ///   - strings: The strings.
    ///   - buffer: The buffer.
    /// - Returns: Whether every string is ASCII.
    @discardableResult
    static func appendEncoding(of strings: [String], to buffer: inout [UInt8]) -> Bool {
        var isASCII = true
        for string in strings {
            let count = string.utf8.count
            withUnsafeBytes(of: UInt32(truncatingIfNeeded: count).littleEndian) { buffer.append(contentsOf: $0) }
            let start = buffer.count
            buffer.append(contentsOf: string.utf8)
            if isASCII { isASCII = Self.isASCII(buffer[start...]) }
        }
        return isASCII
    }

    /// Whether bytes are all ASCII.
    /// - Parameter bytes: UTF-8 bytes.
    /// - Returns: Whether every byte is below 0x80.
    static func isASCII<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        var any: UInt8 = 0
        for byte in bytes { any |= byte }
        return any < 0x80
    }
}
