/// Converts UTF-8 byte offsets of one ``SourceText`` to Unicode scalar offsets when they come mostly in increasing
/// order, as the spans of a diff's edits do: each conversion scans only the bytes since the previous one, so a whole
/// pass over the text costs O(n) instead of O(255) per offset.
///
/// A jump backwards, or forwards by more than the text's index block, falls back to ``SourceText/scalarOffset(ofByte:)``.
public struct ScalarCursor: Sendable {
    /// The text.
    public let text: SourceText
    private var byte = 0
    private var scalar = 0
    /// Forward distances up to this many bytes are scanned; longer ones use the text's block index.
    private static let scanLimit = 256

    /// Creates a cursor at the start of a text.
    /// - Parameter text: The text whose offsets are converted.
    public init(text: SourceText) {
        self.text = text
    }

    /// The scalar offset of a byte offset.
    /// - Parameter target: A byte offset in `0 ... text.byteCount` on a scalar boundary.
    /// - Returns: The number of scalars before it.
    /// - Complexity: O(distance from the previous offset), at most O(255).
    public mutating func scalarOffset(ofByte target: Int) -> Int {
        let clamped = min(max(target, 0), text.byteCount)
        if clamped < byte || clamped - byte > Self.scanLimit {
            scalar = text.scalarOffset(ofByte: clamped)
            byte = clamped
            return scalar
        }
        text.utf8.withUnsafeBytes { bytes in
            var count = scalar
            var i = byte
            // Eight bytes at a time: every byte but a continuation byte (10xxxxxx) starts a scalar.
            while i + 8 <= clamped {
                let word = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                count += 8 - SourceText.continuationBytes(word)
                i += 8
            }
            while i < clamped {
                if bytes[i] & 0xC0 != 0x80 { count += 1 }
                i += 1
            }
            scalar = count
        }
        byte = clamped
        return scalar
    }
}
