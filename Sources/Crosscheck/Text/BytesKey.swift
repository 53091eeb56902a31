/// A byte string as a dictionary key that hashes its bytes in one call (`[UInt8]`'s own `Hashable` feeds the
/// hasher one byte at a time, which dominated look-ups keyed by sentence identities).
///
/// Equal keys have equal bytes; only hashing differs from `[UInt8]`, so a dictionary keyed by it finds the same
/// entries (its iteration order differs: use it only for look-ups).
struct BytesKey: Hashable {
    /// The bytes.
    let bytes: [UInt8]

    /// Creates a key.
    /// - Parameter bytes: The bytes.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
