/// Counts words in stretches of one text, as the statistics and the move detector need them.
///
/// For word units a word is a unit with a letter or digit (so "U.N.", "1,500" and "didn't" are one word each, as the
/// tokenizer says); for other units it is a run of letters and digits (``TextScan/wordCount(_:_:)``).
struct WordCounter {
    private let bytes: [UInt8]
    private let units: [Range<Int>]
    private let countsUnits: Bool
    /// Words before each unit, when the units carry their own counts (``DiffUnits/wordPrefix``).
    private let prefix: [Int]

    /// - Complexity: O(1).
    init(text: SourceText, units: DiffUnits) {
        bytes = text.utf8
        self.units = units.ranges
        countsUnits = units.granularity == .word
        prefix = units.wordPrefix.count == units.ranges.count + 1 ? units.wordPrefix : []
    }

    /// Whether a word unit (a token) is a word: whether it has a letter or digit.
    /// - Parameters:
    ///   - bytes: The text.
    ///   - p: The same bytes as a buffer (the caller holds it).
    ///   - range: The unit.
    /// - Returns: `true` when the unit has a letter or digit.
    /// - Complexity: O(bytes before the first letter or digit), usually one byte.
    @inline(__always)
    static func isWord(_ bytes: [UInt8], _ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        isWord(p, range)
    }

    /// Whether a word unit (a token) of the text `p` is a word: whether it has a letter or digit.
    /// - Parameters:
    ///   - p: The text.
    ///   - range: The unit.
    /// - Returns: `true` when the unit has a letter or digit.
    /// - Complexity: O(bytes before the first letter or digit), usually one byte (checked inline).
    @inline(__always)
    static func isWord(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        if !range.isEmpty && TextScan.isASCIIAlphaNumeric(p[range.lowerBound]) { return true }
        return hasLetterOrDigit(p, range)
    }

    /// Whether a range of `p` has a letter or digit, scalar by scalar.
    @inline(never)
    private static func hasLetterOrDigit(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let byte = p[i]
            if byte < 0x80 {
                if TextScan.isASCIIAlphaNumeric(byte) { return true }
                i += 1
            } else {
                let (value, length) = TextScan.decode(p, at: i)
                if ScalarBoundaryScorer.isAlphaNumeric(value) { return true }
                i += length
            }
        }
        return false
    }

    /// Words in a range of units.
    /// - Complexity: O(units) for word units (usually one byte each is read), O(bytes) otherwise.
    func words(units range: Range<Int>) -> Int {
        guard !range.isEmpty else { return 0 }
        if !prefix.isEmpty { return prefix[range.upperBound] - prefix[range.lowerBound] }
        guard countsUnits else {
            return TextScan.wordCount(
                bytes, units[range.lowerBound].lowerBound ..< units[range.upperBound - 1].upperBound)
        }
        return bytes.withUnsafeBufferPointer { p in
            var count = 0
            for index in range where Self.isWord(bytes, p, units[index]) { count += 1 }
            return count
        }
    }

    /// Words in a byte range (word units count when they start inside it).
    /// - Complexity: O(log units + units in the range) for word units, O(bytes) otherwise.
    func words(bytes range: Range<Int>) -> Int {
        guard !range.isEmpty else { return 0 }
        guard countsUnits else { return TextScan.wordCount(bytes, range) }
        return words(
            units: firstUnit(startingAtOrAfter: range.lowerBound) ..< firstUnit(startingAtOrAfter: range.upperBound))
    }

    /// Words in the whole text.
    /// - Complexity: O(units) or O(bytes).
    func total() -> Int {
        if let last = prefix.last { return last }
        return countsUnits ? words(units: 0 ..< units.count) : TextScan.wordCount(bytes, 0 ..< bytes.count)
    }

    private func firstUnit(startingAtOrAfter byte: Int) -> Int {
        var low = 0
        var high = units.count
        while low < high {
            let mid = (low + high) / 2
            if units[mid].lowerBound < byte { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
