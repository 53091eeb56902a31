/// FNV-1a, 64 bits: the package's one non-cryptographic hash of byte and token sequences (document order,
/// gram anchors of the diff, corpus sketches and terms, claim-cache keys). Fixed constants, so the same input
/// always hashes the same, across runs and machines.
struct FNV1a {
    /// The FNV offset basis (the hash of no input).
    static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    /// The 64-bit FNV prime.
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// The hash of everything added so far.
    private(set) var value: UInt64 = FNV1a.offsetBasis

    /// Starts a hash of no input.
    init() {}

    /// Adds one value (a byte, or a wider value folded in one step).
    /// - Parameter unit: The value.
    @inline(__always)
    mutating func add(_ unit: UInt64) { value = (value ^ unit) &* Self.prime }

    /// Adds bytes, one step per byte.
    /// - Parameter bytes: The bytes.
    /// - Complexity: O(n).
    @inline(__always)
    mutating func add<Bytes: Sequence<UInt8>>(bytes: Bytes) {
        for byte in bytes { add(UInt64(byte)) }
    }
}
