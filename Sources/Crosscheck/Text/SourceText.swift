/// An article's text exactly as read, as contiguous UTF-8 bytes, with the index that converts between UTF-8 byte
/// offsets (used on every hot path) and Unicode scalar offsets (used in every span a user sees).
///
/// Every token, sentence and paragraph in Crosscheck is a `Range<Int>` of byte offsets into one `SourceText`;
/// ``span(_:)`` turns such a range into a contract ``Span``. Byte ranges handed to this type must lie on scalar
/// boundaries (the tokenizer and splitter guarantee it).
public struct SourceText: Sendable, Hashable {
    /// The text as a Swift string.
    public let string: String
    /// The same text as UTF-8 bytes.
    public let utf8: [UInt8]
    /// `scalarsBefore[k]` is the number of Unicode scalars in `utf8[0 ..< k * blockSize]`.
    private let scalarsBefore: [Int]
    private static let blockShift = 8
    private static let blockSize = 1 << blockShift

    /// Creates the byte and offset index of a string.
    /// - Parameter string: The article text.
    /// - Complexity: O(n) in the UTF-8 length.
    public init(_ string: String) {
        self.init(string, utf8: Array(string.utf8))
    }

    /// Creates the offset index of a string whose UTF-8 bytes the caller already holds, without copying them.
    /// - Parameters:
    ///   - string: The article text.
    ///   - bytes: Exactly `string`'s UTF-8 bytes.
    /// - Complexity: O(n) in the UTF-8 length.
    package init(_ string: String, utf8 bytes: [UInt8]) {
        assert(bytes.elementsEqual(string.utf8), "the bytes are not the string's")
        self.string = string
        self.utf8 = bytes
        var table = [Int]()
        table.reserveCapacity(bytes.count >> Self.blockShift + 2)
        var count = 0
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            while start < buffer.count {
                table.append(count)
                let end = min(start + Self.blockSize, buffer.count)
                count += Self.scalarStarts(buffer, start ..< end)
                start = end
            }
        }
        table.append(count)
        self.scalarsBefore = table
        self.scalarCount = count
    }

    /// Creates the byte and offset index of an article's text, taking the bytes the reader kept when it kept them.
    /// - Parameter article: The article.
    /// - Complexity: O(n) in the UTF-8 length.
    package init(textOf article: Article) {
        if let bytes = article.keptUTF8.bytes {
            self.init(article.text, utf8: bytes)
        } else {
            self.init(article.text)
        }
    }

    /// The number of bytes in a range that start a scalar (are not UTF-8 continuation bytes `10xxxxxx`), counted
    /// eight bytes at a time.
    @inline(__always)
    private static func scalarStarts(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        guard let base = buffer.baseAddress, !range.isEmpty else { return 0 }
        let raw = UnsafeRawPointer(base)
        var continuations = 0
        var i = range.lowerBound
        while i + 8 <= range.upperBound {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            // Bit 7 set and bit 6 clear in a byte marks a continuation byte.
            continuations += continuationBytes(word)
            i += 8
        }
        while i < range.upperBound {
            if buffer[i] & 0xC0 == 0x80 { continuations += 1 }
            i += 1
        }
        return range.count - continuations
    }

    /// The number of UTF-8 continuation bytes (`10xxxxxx`) in eight bytes: the marked bits are summed into the top
    /// byte by one multiplication (cheaper than a population count where the CPU baseline has no `popcnt`).
    @inline(__always)
    static func continuationBytes(_ word: UInt64) -> Int {
        let marks = (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
        return Int(truncatingIfNeeded: (marks &* 0x0101_0101_0101_0101) >> 56)
    }

    /// The number of Unicode scalars in the text.
    public let scalarCount: Int

    /// The number of UTF-8 bytes in the text.
    public var byteCount: Int { utf8.count }

    /// Converts a UTF-8 byte offset to a Unicode scalar offset.
    /// - Parameter byteOffset: An offset in `0 ... byteCount` on a scalar boundary.
    /// - Returns: The number of scalars before that byte.
    /// - Complexity: O(1): one table lookup and a count over at most 255 bytes.
    public func scalarOffset(ofByte byteOffset: Int) -> Int {
        let clamped = min(max(byteOffset, 0), utf8.count)
        let block = clamped >> Self.blockShift
        let blockStart = block << Self.blockShift
        return scalarsBefore[block] + utf8.withUnsafeBufferPointer { Self.scalarStarts($0, blockStart ..< clamped) }
    }

    /// Converts a Unicode scalar offset to a UTF-8 byte offset.
    /// - Parameter scalarOffset: An offset in `0 ... scalarCount`.
    /// - Returns: The byte offset where that scalar starts (or `byteCount` at the end).
    /// - Complexity: O(log n) binary search over blocks plus a scan of at most 255 bytes.
    public func byteOffset(ofScalar scalarOffset: Int) -> Int {
        let target = min(max(scalarOffset, 0), scalarCount)
        // Last block whose start has at most `target` scalars before it.
        var low = 0
        var high = scalarsBefore.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if scalarsBefore[mid] <= target && (mid << Self.blockShift) <= utf8.count {
                low = mid
            } else {
                high = mid - 1
            }
        }
        var count = scalarsBefore[low]
        var i = min(low << Self.blockShift, utf8.count)
        while i < utf8.count {
            if utf8[i] & 0xC0 != 0x80 {
                if count == target { return i }
                count += 1
            }
            i += 1
        }
        return utf8.count
    }

    /// Converts a range of UTF-8 byte offsets to the range of Unicode scalar offsets it covers.
    /// - Parameter bytes: A byte range on scalar boundaries.
    /// - Returns: The scalar range.
    public func scalarRange(_ bytes: Range<Int>) -> Range<Int> {
        let start = scalarOffset(ofByte: bytes.lowerBound)
        return start ..< start + scalarCount(in: bytes)
    }

    /// Converts a range of Unicode scalar offsets to the UTF-8 byte range it covers.
    /// - Parameter scalars: A scalar range within `0 ... scalarCount`.
    /// - Returns: The byte range.
    public func byteRange(scalars: Range<Int>) -> Range<Int> {
        byteOffset(ofScalar: scalars.lowerBound) ..< byteOffset(ofScalar: scalars.upperBound)
    }

    /// Counts the Unicode scalars in a byte range.
    /// - Parameter bytes: A byte range on scalar boundaries.
    /// - Returns: The number of scalars that start inside the range.
    /// - Complexity: O(length of the range).
    public func scalarCount(in bytes: Range<Int>) -> Int {
        utf8.withUnsafeBufferPointer { Self.scalarStarts($0, bytes.clamped(to: 0 ..< $0.count)) }
    }

    /// The characters of a byte range as a string.
    /// - Parameter bytes: A byte range on scalar boundaries.
    /// - Returns: The exact slice of the input (invalid boundaries are repaired, never trapped on).
    public func text(_ bytes: Range<Int>) -> String {
        let clamped = bytes.clamped(to: 0 ..< utf8.count)
        return String(decoding: utf8[clamped], as: UTF8.self)
    }

    /// The contract span of a byte range: scalar offsets and the exact text.
    /// - Parameter bytes: A byte range on scalar boundaries.
    /// - Returns: The ``Span`` a user sees.
    public func span(_ bytes: Range<Int>) -> Span {
        let scalars = scalarRange(bytes)
        return Span(start: scalars.lowerBound, end: scalars.upperBound, text: text(bytes))
    }

    public static func == (lhs: SourceText, rhs: SourceText) -> Bool { lhs.utf8 == rhs.utf8 }
    public func hash(into hasher: inout Hasher) { hasher.combine(utf8) }
}
