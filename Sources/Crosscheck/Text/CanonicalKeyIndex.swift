/// Dense indices for keys made of strings, numbered in order of first appearance under `String` equality (canonical
/// equivalence), exactly as a `[Key: Int32]` dictionary filled with "look up, else add the next index" numbers them,
/// but found by the keys' UTF-8 bytes first.
///
/// Byte-equal keys are `String`-equal, so a key whose bytes were seen before gets the index the dictionary gave
/// those bytes, without hashing any `String` (which checks the text for normalisation and, for non-ASCII text, hashes
/// its normalised form). Only bytes met for the first time go to the dictionary, which stays the authority: two
/// canonically equivalent keys with different bytes (a precomposed "é" and "e" with a combining accent) still share
/// one index.
struct CanonicalKeyIndex<Key: Hashable> {
    /// The distinct key byte strings seen, by id.
    private var byteKeys = TokenInterner(capacity: 256)
    /// The index of each byte string (by its id in `byteKeys`).
    private var indexOfBytes: [Int32] = []
    /// The authority: the index of every distinct key under `String` equality.
    private var indexOfKey: [Key: Int32] = [:]

    /// The number of distinct keys (under `String` equality) seen.
    var count: Int { indexOfKey.count }

    /// The index of a key, adding it when new.
    /// - Parameters:
    ///   - bytes: An encoding of the key that is equal for equal keys' bytes and different for different ones
    ///     (for one string its UTF-8 bytes; for several, each one's length and bytes).
    ///   - key: The key itself, made only when the bytes are new.
    /// - Returns: The key's index (in `0 ..< count`) and whether the key was new (its index is `count - 1`).
    /// - Complexity: O(length of the bytes) expected.
    mutating func index(bytes: UnsafeBufferPointer<UInt8>, key: () -> Key) -> (index: Int32, isNew: Bool) {
        let id = Int(byteKeys.intern(bytes))
        if id < indexOfBytes.count { return (indexOfBytes[id], false) }
        let key = key()
        if let known = indexOfKey[key] {
            indexOfBytes.append(known)
            return (known, false)
        }
        let index = Int32(indexOfKey.count)
        indexOfKey[key] = index
        indexOfBytes.append(index)
        return (index, true)
    }

    /// Appends the key encoding of several strings (each one's byte count, then its bytes) to a buffer.
    /// - Parameters:
    ///   - strings: The strings.
    ///   - buffer: The buffer.
    static func appendEncoding(of strings: [String], to buffer: inout [UInt8]) {
        for string in strings {
            let count = string.utf8.count
            withUnsafeBytes(of: UInt32(truncatingIfNeeded: count).littleEndian) { buffer.append(contentsOf: $0) }
            buffer.append(contentsOf: string.utf8)
        }
    }
}
