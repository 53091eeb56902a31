/// Boundary scores between word, sentence or line units, judged by the text between and around them: a blank line
/// scores 5, a line break 4, whitespace after the end of a sentence 3, other whitespace 2, two adjacent units of which
/// one is punctuation 1, and two adjacent letters-or-digits units 0 (the same scale as ``ScalarBoundaryScorer``).
public struct UnitBoundaryScorer: DiffBoundaryScorer {
    private let old: [UInt8]
    private let new: [UInt8]
    private let oldUnits: [Range<Int>]
    private let newUnits: [Range<Int>]

    /// Creates a scorer for the units of two texts.
    /// - Parameters:
    ///   - old: The old text.
    ///   - oldUnits: Its unit byte ranges.
    ///   - new: The new text.
    ///   - newUnits: Its unit byte ranges.
    public init(old: SourceText, oldUnits: [Range<Int>], new: SourceText, newUnits: [Range<Int>]) {
        self.old = old.utf8
        self.new = new.utf8
        self.oldUnits = oldUnits
        self.newUnits = newUnits
    }

    /// The score of the boundary before unit `boundary`.
    /// - Complexity: O(length of the gap between the two units).
    public func score(_ side: DiffSide, boundary: Int, lower: Int, upper: Int) -> Int {
        if boundary <= lower || boundary >= upper { return 6 }
        let bytes = side == .old ? old : new
        let units = side == .old ? oldUnits : newUnits
        let gapStart = units[boundary - 1].upperBound
        let gapEnd = units[boundary].lowerBound
        var newlines = 0
        for i in gapStart ..< gapEnd where bytes[i] == 0x0A { newlines += 1 }
        // Units that carry their own line terminator (lines) put the break just before the boundary.
        let endsWithNewline = bytes[gapStart - 1] == 0x0A
        if endsWithNewline { newlines += 1 }
        if newlines >= 2 || (endsWithNewline && Self.isBlankLine(bytes, units[boundary - 1]))
            || (endsWithNewline && Self.isBlankLine(bytes, units[boundary]))
        {
            return 5
        }
        if newlines == 1 { return 4 }
        if gapEnd > gapStart {
            return Self.endsSentence(bytes, before: gapStart, from: units[boundary - 1].lowerBound) ? 3 : 2
        }
        let word1 = Self.isWordLike(bytes, units[boundary - 1])
        let word2 = Self.isWordLike(bytes, units[boundary])
        return word1 && word2 ? 0 : 1
    }

    private static func isBlankLine(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        bytes[range].allSatisfy { $0 == 0x0A || $0 == 0x0D || $0 == 0x20 || $0 == 0x09 }
    }

    /// Whether the text before `end` ends a sentence: `.`, `!`, `?` or `…`, possibly followed by closing quotes and
    /// brackets.
    static func endsSentence(_ bytes: [UInt8], before end: Int, from start: Int) -> Bool {
        var i = end
        let limit = max(0, min(start, end) - 8)
        while i > limit {
            let byte = bytes[i - 1]
            if byte == 0x22 || byte == 0x27 || byte == 0x29 || byte == 0x5D {
                i -= 1
                continue
            }
            // ” ’ (E2 80 9D / E2 80 99) and » (C2 BB)
            if i >= 3 && bytes[i - 3] == 0xE2 && bytes[i - 2] == 0x80 && (byte == 0x9D || byte == 0x99) {
                i -= 3
                continue
            }
            if i >= 2 && bytes[i - 2] == 0xC2 && byte == 0xBB {
                i -= 2
                continue
            }
            if byte == 0x2E || byte == 0x21 || byte == 0x3F { return true }
            return i >= 3 && bytes[i - 3] == 0xE2 && bytes[i - 2] == 0x80 && byte == 0xA6
        }
        return false
    }

    /// Whether a unit contains a letter or digit.
    static func isWordLike(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            let byte = bytes[i]
            if byte < 0x80 {
                if TextScan.isASCIIAlphaNumeric(byte) { return true }
                i += 1
                continue
            }
            let (value, length) = TextScan.decode(bytes, at: i)
            if ScalarBoundaryScorer.isAlphaNumeric(value) { return true }
            i += length
        }
        return false
    }
}
