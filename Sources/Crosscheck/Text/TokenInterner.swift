/// Maps token texts to dense `Int32` ids, so that later layers (diff, alignment) compare integers, not strings.
///
/// One interner is one id space: intern the tokens of two or more documents with the same interner (and the same
/// ``TokenFolding``) and equal ids mean equal (folded) texts across them. Ids are assigned in order of first
/// appearance, from 0, so they can index arrays. Texts live in one byte arena; the table is open addressing with
/// linear probing, one flat array of 16-byte slots that hold a text's first eight bytes, a tag (hash bits and
/// length) and its id, so a text of up to eight bytes (most words) is found and compared without leaving the slot,
/// and interning allocates nothing per token.
public struct TokenInterner: Sendable {
    /// One slot of the table.
    private struct Slot {
        /// The text's first eight bytes, little-endian, zero-padded.
        var prefix: UInt64
        /// The high 24 bits of the hash and, in the low 8 bits, the length (255 for 255 bytes or more).
        var tag: UInt32
        /// The id, or -1 for an empty slot.
        var id: Int32

        static let empty = Slot(prefix: 0, tag: 0, id: -1)
    }

    /// Every interned text, back to back.
    private var arena: [UInt8] = []
    /// `starts[id] ..< starts[id + 1]` is the text of `id` in `arena`.
    private var starts: [Int] = [0]
    /// The table; its size is a power of two, at most half full.
    private var slots: [Slot]
    /// Scratch space for folded texts.
    private var scratch: [UInt8] = []

    /// Creates an empty interner.
    /// - Parameter capacity: The number of distinct texts to make room for.
    public init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: .empty, count: size)
        starts.reserveCapacity(capacity + 1)
        arena.reserveCapacity(capacity * 6)
    }

    /// The number of distinct texts interned.
    public var count: Int { starts.count - 1 }

    /// Returns the id of a text, adding it when new.
    /// - Parameter bytes: The text's UTF-8 bytes.
    /// - Returns: Its id, in `0 ..< count`.
    /// - Complexity: O(length) expected.
    public mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return intern(nil, 0, 0) }
        return intern(UnsafeRawPointer(base), bytes.count, Self.prefix(UnsafeRawPointer(base), bytes.count))
    }

    /// Returns the id of the text of `length` bytes at `base`, whose first eight bytes (zero-padded) are `prefix`.
    @inline(__always)
    private mutating func intern(_ base: UnsafeRawPointer?, _ length: Int, _ prefix: UInt64) -> Int32 {
        let hash = Self.hash(base, length, prefix)
        let tag = Self.tag(hash, length)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        let found: Int32? = slots.withUnsafeBufferPointer { table in
            while true {
                let entry = table[slot]
                if entry.id < 0 { return nil }
                if entry.tag == tag && entry.prefix == prefix
                    && (length <= 8 || equalsTail(Int(entry.id), base, length))
                {
                    return entry.id
                }
                slot = (slot + 1) & mask
            }
        }
        if let found { return found }
        let id = Int32(truncatingIfNeeded: count)
        if let base { arena.append(contentsOf: UnsafeRawBufferPointer(start: base, count: length)) }
        starts.append(arena.count)
        slots[slot] = Slot(prefix: prefix, tag: tag, id: id)
        if count * 2 > slots.count { grow() }
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
        let base = bytes.baseAddress.map { UnsafeRawPointer($0) }
        let length = bytes.count
        let prefix = base.map { Self.prefix($0, length) } ?? 0
        let hash = Self.hash(base, length, prefix)
        let tag = Self.tag(hash, length)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry.id < 0 { return nil }
            if entry.tag == tag && entry.prefix == prefix && (length <= 8 || equalsTail(Int(entry.id), base, length)) {
                return entry.id
            }
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
        guard index >= 0 && index < count else { return [] }
        return arena[starts[index] ..< starts[index + 1]]
    }

    /// Appends the bytes of an id's text to a buffer, without making a slice of the arena.
    /// - Parameters:
    ///   - id: An id returned by this interner; an unknown id appends nothing.
    ///   - buffer: The buffer to append to.
    /// - Complexity: O(length of the text).
    func appendBytes(of id: Int32, to buffer: inout [UInt8]) {
        let index = Int(id)
        guard index >= 0 && index < count else { return }
        let start = starts[index]
        let end = starts[index + 1]
        arena.withUnsafeBufferPointer { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: $0[start ..< end])) }
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
        if folding.isEmpty {
            text.utf8.withUnsafeBufferPointer { all in
                tokens.withUnsafeBufferPointer { tokens in
                    exactIds(for: tokens, in: all) { result.append($0) }
                }
            }
            return result
        }
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

    /// Interns the exact texts of tokens of `text`, handing each id to `body` in order.
    /// - Complexity: O(total token length) expected; a token of up to eight bytes is read with one load.
    @inline(__always)
    mutating func exactIds(
        for tokens: UnsafeBufferPointer<Token>, in text: UnsafeBufferPointer<UInt8>, _ body: (Int32) -> Void
    ) {
        guard let base = text.baseAddress else {
            for _ in tokens { body(intern(UnsafeBufferPointer(start: nil, count: 0))) }
            return
        }
        let raw = UnsafeRawPointer(base)
        let textCount = text.count
        for token in tokens {
            let start = min(max(token.start, 0), textCount)
            let length = min(max(token.end, start), textCount) - start
            let prefix: UInt64
            if start + 8 <= textCount {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: start, as: UInt64.self))
                prefix = length >= 8 ? word : word & ((1 &<< UInt64(8 * length)) &- 1)
            } else {
                prefix = Self.prefix(raw + start, length)
            }
            body(intern(raw + start, length, prefix))
        }
    }

    /// The first eight bytes of `length` bytes at `base`, little-endian, zero-padded.
    @inline(__always)
    private static func prefix(_ base: UnsafeRawPointer, _ length: Int) -> UInt64 {
        if length >= 8 { return UInt64(littleEndian: base.loadUnaligned(as: UInt64.self)) }
        var value: UInt64 = 0
        for k in 0 ..< length { value |= UInt64(base.load(fromByteOffset: k, as: UInt8.self)) << UInt64(8 * k) }
        return value
    }

    /// The slot tag of a text: hash bits the index does not use, and the length.
    @inline(__always)
    private static func tag(_ hash: UInt64, _ length: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: hash >> 32) & 0xFFFF_FF00 | UInt32(truncatingIfNeeded: min(length, 255))
    }

    /// The table hash of a text: its prefix mixed with its length, and for longer texts the ``hash(_:)`` of the rest.
    @inline(__always)
    private static func hash(_ base: UnsafeRawPointer?, _ length: Int, _ prefix: UInt64) -> UInt64 {
        var h = (prefix ^ (UInt64(truncatingIfNeeded: length) &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        if length > 8, let base {
            h ^= hash(UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self) + 8, count: length - 8))
        }
        h ^= h >> 31
        h = h &* 0x94D0_49BB_1331_11EB
        h ^= h >> 29
        return h
    }

    /// Whether the text of `id`, known to have the same first eight bytes, is the `length` bytes at `base`.
    private func equalsTail(_ id: Int, _ base: UnsafeRawPointer?, _ length: Int) -> Bool {
        let start = starts[id]
        guard starts[id + 1] - start == length else { return false }
        guard let other = base else { return true }
        return arena.withUnsafeBytes { stored in
            // Eight bytes at a time after the prefix, then the rest.
            var k = 8
            while k + 8 <= length {
                if stored.loadUnaligned(fromByteOffset: start + k, as: UInt64.self)
                    != other.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                {
                    return false
                }
                k += 8
            }
            while k < length {
                if stored[start + k] != other.load(fromByteOffset: k, as: UInt8.self) { return false }
                k += 1
            }
            return true
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        let mask = size - 1
        var table = [Slot](repeating: .empty, count: size)
        arena.withUnsafeBytes { arena in
            for entry in slots where entry.id >= 0 {
                let start = starts[Int(entry.id)]
                let length = starts[Int(entry.id) + 1] - start
                let hash = Self.hash(arena.baseAddress.map { $0 + start }, length, entry.prefix)
                var slot = Int(truncatingIfNeeded: hash) & mask
                while table[slot].id >= 0 { slot = (slot + 1) & mask }
                table[slot] = entry
            }
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
