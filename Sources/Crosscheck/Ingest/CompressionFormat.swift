/// How an input is compressed, as detected from its first bytes (never from its name).
public enum CompressionFormat: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Not compressed: the bytes are passed through unchanged.
    case none
    /// gzip (RFC 1952): starts with `1f 8b`; may hold several concatenated members.
    case gzip
    /// zlib (RFC 1950): a two-byte header whose big-endian value is a multiple of 31, deflate method, no preset
    /// dictionary.
    case zlib
    /// Raw deflate (RFC 1951), with neither header nor checksum. It has no signature, so ``detect(prefix:)`` never
    /// returns it; it is only read where the container says so (an HTTP body sent with `Content-Encoding: deflate`
    /// and no zlib header).
    case deflate

    /// Detects the compression from the first bytes of an input.
    /// - Parameter prefix: At least the first two bytes of the input (fewer only if the input is shorter).
    /// - Returns: `.gzip`, `.zlib`, or `.none` when neither header matches.
    public static func detect<Bytes: Collection<UInt8>>(prefix: Bytes) -> CompressionFormat {
        var iterator = prefix.makeIterator()
        guard let first = iterator.next(), let second = iterator.next() else { return .none }
        if first == 0x1F && second == 0x8B { return .gzip }
        // CMF: method 8 (deflate), window size <= 32 KiB; FLG: no preset dictionary; FCHECK makes it a multiple of 31.
        let isDeflate = first & 0x0F == 8 && first >> 4 <= 7
        let noDictionary = second & 0x20 == 0
        if isDeflate && noDictionary && (UInt16(first) << 8 | UInt16(second)) % 31 == 0 { return .zlib }
        return .none
    }

    /// The lowercase name used in messages: `none`, `gzip`, `zlib`, `deflate`.
    public var description: String { rawValue }
}
