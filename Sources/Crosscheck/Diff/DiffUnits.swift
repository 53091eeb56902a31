/// The units of one text that a ``TextDiff`` compares: byte ranges into the text and one integer id per unit.
///
/// Units with equal ids are considered equal (the ids may come from a normalising interner, so equal ids with
/// different bytes become cosmetic edits). Ranges are sorted, non-overlapping, non-empty and on scalar boundaries;
/// the bytes between units (whitespace for words and sentences) are assigned to edits by ``TextDiff``.
public struct DiffUnits: Sendable, Hashable {
    /// What the units are.
    public var granularity: DiffGranularity
    /// The byte range of each unit.
    public var ranges: [Range<Int>]
    /// The id of each unit.
    public var ids: [Int32]
    /// Word counts as prefix sums (`wordPrefix[k]` words in units `0 ..< k`), set when some units hold more than one
    /// word (the paragraph pass's unchanged runs); empty means the granularity's own rule.
    var wordPrefix: [Int] = []

    /// Creates units from ranges and ids.
    /// - Parameters:
    ///   - granularity: What the units are.
    ///   - ranges: Byte ranges, sorted and non-overlapping.
    ///   - ids: One id per range; equal ids mean equal units.
    public init(granularity: DiffGranularity, ranges: [Range<Int>], ids: [Int32]) {
        self.granularity = granularity
        self.ranges = ranges
        self.ids = ids
    }

    /// Word units from tokens and their interned ids.
    /// - Parameters:
    ///   - tokens: The tokenizer's tokens of a text.
    ///   - ids: The interned id of each token (from one interner shared by both texts).
    /// - Complexity: O(n).
    public init(tokens: [Token], ids: [Int32]) {
        self.init(granularity: .word, ranges: tokens.map { $0.start ..< $0.end }, ids: ids)
    }

    /// Every Unicode scalar of a text as a unit, with its code point as id.
    /// - Parameter text: The text.
    /// - Returns: Character units.
    /// - Complexity: O(n).
    public static func characters(of text: SourceText) -> DiffUnits {
        var ranges: [Range<Int>] = []
        var ids: [Int32] = []
        ranges.reserveCapacity(text.scalarCount)
        ids.reserveCapacity(text.scalarCount)
        var offset = 0
        for scalar in text.string.unicodeScalars {
            let length = UTF8.width(scalar)
            ranges.append(offset ..< offset + length)
            ids.append(Int32(bitPattern: scalar.value))
            offset += length
        }
        return DiffUnits(granularity: .char, ranges: ranges, ids: ids)
    }

    /// The lines of two texts (each with its terminator), interned with one shared table.
    /// - Parameters:
    ///   - old: The old text.
    ///   - new: The new text.
    ///   - normalizingWhitespace: When `true`, lines that differ only in whitespace get the same id (their
    ///     difference becomes a cosmetic edit).
    /// - Returns: Line units of both texts.
    /// - Complexity: O(n + m) expected.
    public static func lines(old: SourceText, new: SourceText, normalizingWhitespace: Bool = true) -> (
        old: DiffUnits, new: DiffUnits
    ) {
        var table = [[UInt8]: Int32]()
        func split(_ text: SourceText) -> DiffUnits {
            var ranges: [Range<Int>] = []
            var start = 0
            let bytes = text.utf8
            for (i, byte) in bytes.enumerated() where byte == 0x0A {
                ranges.append(start ..< i + 1)
                start = i + 1
            }
            if start < bytes.count { ranges.append(start ..< bytes.count) }
            let ids = ranges.map { intern(bytes, $0, normalizingWhitespace, &table) }
            return DiffUnits(granularity: .line, ranges: ranges, ids: ids)
        }
        return (split(old), split(new))
    }

    /// Sentence units of two texts from the sentence splitter's ranges, interned with one shared table.
    /// - Parameters:
    ///   - old: The old text.
    ///   - oldRanges: Byte ranges of its sentences.
    ///   - new: The new text.
    ///   - newRanges: Byte ranges of its sentences.
    ///   - normalizingWhitespace: When `true`, sentences that differ only in whitespace get the same id.
    /// - Returns: Sentence units of both texts.
    /// - Complexity: O(n + m) expected.
    public static func sentences(
        old: SourceText, oldRanges: [Range<Int>], new: SourceText, newRanges: [Range<Int>],
        normalizingWhitespace: Bool = true
    ) -> (old: DiffUnits, new: DiffUnits) {
        var table = [[UInt8]: Int32]()
        let oldIds = oldRanges.map {
            intern(old.utf8, $0.clamped(to: 0 ..< old.byteCount), normalizingWhitespace, &table)
        }
        let newIds = newRanges.map {
            intern(new.utf8, $0.clamped(to: 0 ..< new.byteCount), normalizingWhitespace, &table)
        }
        return (
            DiffUnits(granularity: .sentence, ranges: oldRanges, ids: oldIds),
            DiffUnits(granularity: .sentence, ranges: newRanges, ids: newIds)
        )
    }

    /// The id of a byte slice in `table`, adding it if new. With normalisation, runs of ASCII whitespace become one
    /// space and leading and trailing whitespace is dropped.
    private static func intern(
        _ bytes: [UInt8], _ range: Range<Int>, _ normalize: Bool, _ table: inout [[UInt8]: Int32]
    ) -> Int32 {
        var key: [UInt8]
        if normalize {
            key = []
            key.reserveCapacity(range.count)
            var pendingSpace = false
            for byte in bytes[range] {
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
                    pendingSpace = !key.isEmpty
                } else {
                    if pendingSpace { key.append(0x20) }
                    pendingSpace = false
                    key.append(byte)
                }
            }
        } else {
            key = Array(bytes[range])
        }
        if let id = table[key] { return id }
        let id = Int32(truncatingIfNeeded: table.count)
        table[key] = id
        return id
    }

    /// Checks the units against their text.
    /// - Throws: ``DiffError`` describing the first problem.
    func validate(against text: SourceText, side: DiffSide) throws(DiffError) {
        guard ranges.count == ids.count else {
            throw .idCountMismatch(side: side, units: ranges.count, ids: ids.count)
        }
        let bytes = text.utf8
        var previousEnd = 0
        for (index, range) in ranges.enumerated() {
            func fail(_ reason: String) -> DiffError {
                .invalidUnit(side: side, index: index, range: range, reason: reason)
            }
            if range.isEmpty { throw fail("empty") }
            if range.lowerBound < previousEnd { throw fail("overlaps or precedes the previous unit") }
            if range.upperBound > bytes.count { throw fail("ends after the text (\(bytes.count) bytes)") }
            if bytes[range.lowerBound] & 0xC0 == 0x80 { throw fail("starts inside a character") }
            if range.upperBound < bytes.count && bytes[range.upperBound] & 0xC0 == 0x80 {
                throw fail("ends inside a character")
            }
            previousEnd = range.upperBound
        }
    }
}
