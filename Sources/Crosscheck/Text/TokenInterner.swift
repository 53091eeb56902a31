/// Maps token texts to dense `Int32` ids, so that later layers (diff, alignment) compare integers, not strings.
///
/// One interner is one id space: intern the tokens of two or more documents with the same interner (and the same
/// ``TokenFolding``) and equal ids mean equal (folded) texts across them. Ids are assigned in order of first
/// appearance, from 0, so they can index arrays. Texts live in one byte arena; the table is open addressing with
/// linear probing over 64-bit hashes, so interning allocates nothing per token.
public struct TokenInterner: Sendable {
    /// Every interned text, back to back.
    private var arena: [UInt8] = []
    /// `starts[id] ..< starts[id + 1]` is the text of `id` in `arena`.
    private var starts: [Int] = [0]
    /// The hash of every id's text.
    private var hashes: [UInt64] = []
    /// The table: an id, or -1 for an empty slot; its size is a power of two.
    private var slots: [Int32]
    /// Scratch space for folded texts.
    private var scratch: [UInt8] = []

    /// Creates an empty interner.
    /// - Parameter capacity: The number of distinct texts to make room for.
    public init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        hashes.reserveCapacity(capacity)
        starts.reserveCapacity(capacity + 1)
        arena.reserveCapacity(capacity * 6)
    }

    /// The number of distinct texts interned.
    public var count: Int { hashes.count }

    /// Returns the id of a text, adding it when new.
    /// - Parameter bytes: The text's UTF-8 bytes.
    /// - Returns: Its id, in `0 ..< count`.
    /// - Complexity: O(length) expected.
    public mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { break }
            if hashes[Int(id)] == hash && equals(Int(id), bytes) { return id }
            slot = (slot + 1) & mask
        }
        let id = Int32(truncatingIfNeeded: hashes.count)
        arena.append(contentsOf: bytes)
        starts.append(arena.count)
        hashes.append(hash)
        slots[slot] = id
        if hashes.count * 2 > slots.count { grow() }
        return id
    }

    /// Returns the id of a string, adding it when new.
    /// - Parameter string: The text.
    /// - Returns: Its id.
    public mutating func intern(_ string: String) -> Int32 {
        var copy = string
        return copy.withUTF8 { intern($0) }
    }

    /// The id of a text, if it was interned.
    /// - Parameter bytes: The text's UTF-8 bytes.
    /// - Returns: Its id, or `nil`.
    public func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { return nil }
            if hashes[Int(id)] == hash && equals(Int(id), bytes) { return id }
            slot = (slot + 1) & mask
        }
    }

    /// The id of a string, if it was interned.
    /// - Parameter string: The text.
    /// - Returns: Its id, or `nil`.
    public func id(of string: String) -> Int32? {
        var copy = string
        return copy.withUTF8 { id(of: $0) }
    }

    /// The bytes of an id's text.
    /// - Parameter id: An id returned by this interner.
    /// - Returns: The text's bytes (folded, if it was interned folded); empty for an unknown id.
    public func bytes(of id: Int32) -> ArraySlice<UInt8> {
        let index = Int(id)
        guard index >= 0 && index < hashes.count else { return [] }
        return arena[starts[index] ..< starts[index + 1]]
    }

    /// The text of an id.
    /// - Parameter id: An id returned by this interner.
    /// - Returns: The text; empty for an unknown id.
    public func string(of id: Int32) -> String {
        String(decoding: bytes(of: id), as: UTF8.self)
    }

    /// Interns the tokens of a text.
    /// - Parameters:
    ///   - tokens: Tokens of `text`.
    ///   - text: The text they point into.
    ///   - folding: Which differences to ignore; use the same folding for every document of one comparison.
    /// - Returns: One id per token, in order.
    /// - Complexity: O(total token length) expected.
    public mutating func ids(for tokens: [Token], in text: SourceText, folding: TokenFolding = .exact) -> [Int32] {
        var result = [Int32]()
        result.reserveCapacity(tokens.count)
        var scratch = self.scratch
        text.utf8.withUnsafeBufferPointer { all in
            for token in tokens {
                let range = token.bytes.clamped(to: 0 ..< all.count)
                let slice = UnsafeBufferPointer(rebasing: all[range])
                if folding.isEmpty || folding.leavesUnchanged(slice) {
                    result.append(intern(slice))
                } else {
                    folding.fold(slice, into: &scratch)
                    result.append(scratch.withUnsafeBufferPointer { intern($0) })
                }
            }
        }
        self.scratch = scratch
        return result
    }

    private func equals(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[id]
        let length = starts[id + 1] - start
        guard length == bytes.count else { return false }
        guard let other = bytes.baseAddress else { return true }
        return arena.withUnsafeBytes { stored in
            // Eight bytes at a time, then the rest.
            var k = 0
            while k + 8 <= length {
                if stored.loadUnaligned(fromByteOffset: start + k, as: UInt64.self)
                    != UnsafeRawPointer(other).loadUnaligned(fromByteOffset: k, as: UInt64.self)
                {
                    return false
                }
                k += 8
            }
            while k < length {
                if stored[start + k] != other[k] { return false }
                k += 1
            }
            return true
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        let mask = size - 1
        var table = [Int32](repeating: -1, count: size)
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while table[slot] >= 0 { slot = (slot + 1) & mask }
            table[slot] = Int32(truncatingIfNeeded: id)
        }
        slots = table
    }

    /// A 64-bit hash of a byte string: 8 bytes at a time, multiply-xorshift mixing.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return h }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = (h ^ word) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
            i += 8
        }
        if i < bytes.count {
            // The last 1-7 bytes, little-endian: four, two and one at a time.
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            if bytes.count - i >= 4 {
                tail = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt32.self)))
                shift = 32
                i += 4
            }
            if bytes.count - i >= 2 {
                tail |= UInt64(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt16.self))) << shift
                shift += 16
                i += 2
            }
            if i < bytes.count { tail |= UInt64(base[i]) << shift }
            h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        }
        h ^= h >> 32
        h = h &* 0xD6E8_FEB8_6659_FD93
        h ^= h >> 32
        return h
    }
}
