/// A fixed table from ``ByteKey`` keys to values, built once from word lists (the abbreviation lexicon), or from
/// any 64-bit keys (the word hashes of ``QuoteLexicon``).
///
/// Open addressing in two flat arrays: a power-of-two number of slots at most half full, linear probing, and key 0
/// (which no word packs to) marking an empty slot. A `[UInt64: Value]` would do the same job, but the first use of a
/// dictionary keyed by `UInt64` makes the Swift runtime look up `UInt64: Hashable` by scanning every protocol
/// conformance record of the executable (about 6,700 in the static build, some 270 thousand instructions), which a
/// short `crosscheck diff` paid for this table alone (docs/diff.md, start-up round).
struct ByteKeyTable<Value: Sendable>: Sendable {
    /// The key in each slot, 0 when the slot is empty.
    private let keys: [UInt64]
    /// The value in each slot, `nil` when the slot is empty.
    private let values: [Value?]
    /// The number of slots minus one.
    private let mask: Int
    /// The value of key 0 (which marks empty slots), when built from keys that include it.
    private let zeroValue: Value?

    /// Builds the table.
    /// - Parameter entries: Words (ASCII, at most 8 bytes; longer ones are ignored) and their values; a word listed
    ///   twice keeps its last value.
    /// - Complexity: O(n) expected in the number of words.
    init(_ entries: [(words: [String], value: Value)]) {
        let count = entries.reduce(0) { $0 + $1.words.count }
        var capacity = 8
        while capacity < 2 * count { capacity <<= 1 }
        let mask = capacity - 1
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [Value?](repeating: nil, count: capacity)
        for (words, value) in entries {
            for word in words {
                guard let key = ByteKey.key(word) else { continue }
                var slot = Self.home(of: key, mask: mask)
                while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
                keys[slot] = key
                values[slot] = value
            }
        }
        self.keys = keys
        self.values = values
        self.mask = mask
        zeroValue = nil
    }

    /// Builds the table from keys and their values: it answers exactly as the dictionary does, without hashing the
    /// key with `Hasher` on every look-up (SipHash over 8 bytes was most of the cost of `QuoteLexicon.roles`).
    /// - Parameter entries: Any 64-bit keys (0 included) and their values.
    /// - Complexity: O(n) expected in the number of keys.
    init(keys entries: [UInt64: Value]) {
        var capacity = 8
        while capacity < 2 * entries.count { capacity <<= 1 }
        let mask = capacity - 1
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [Value?](repeating: nil, count: capacity)
        for (key, value) in entries where key != 0 {
            var slot = Self.home(of: key, mask: mask)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = keys
        self.values = values
        self.mask = mask
        zeroValue = entries[0]
    }

    /// The value stored under a key.
    /// - Parameter key: A packed word (``ByteKey/key(_:count:)``).
    /// - Returns: Its value, or `nil` when the word is not in the table.
    /// - Complexity: O(1) expected.
    @inline(__always)
    subscript(key: UInt64) -> Value? {
        if key == 0 { return zeroValue }
        var slot = Self.home(of: key, mask: mask)
        while true {
            let found = keys[slot]
            // An empty slot holds key 0 and value `nil`, so a look-up of key 0 ends here too, with `nil`.
            if found == key || found == 0 { return values[slot] }
            slot = (slot + 1) & mask
        }
    }

    /// The first slot probed for a key (Fibonacci hashing of the packed bytes).
    @inline(__always)
    private static func home(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }
}
