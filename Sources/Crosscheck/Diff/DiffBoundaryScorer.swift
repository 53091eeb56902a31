/// Rates how natural a boundary between two elements of a sequence is as the edge of an edit, from 0 (inside a word)
/// to 6 (the edge of the compared text). ``DiffCleanup/semanticLossless(_:a:b:scorer:)`` slides edits to the best
/// boundary.
///
/// The scale is google/diff-match-patch's: 6 edge, 5 blank line, 4 line break, 3 end of sentence, 2 whitespace,
/// 1 punctuation, 0 inside a word.
public protocol DiffBoundaryScorer {
    /// The score of the boundary before element `boundary` of one side.
    /// - Parameters:
    ///   - side: Which sequence the boundary is in.
    ///   - boundary: The index of the element after the boundary.
    ///   - lower: Start of the stretch before the boundary that may be inspected (`boundary == lower` is an edge).
    ///   - upper: End of the stretch after the boundary that may be inspected (`boundary == upper` is an edge).
    /// - Returns: A score in `0 ... 6`.
    func score(_ side: DiffSide, boundary: Int, lower: Int, upper: Int) -> Int
}

/// diff-match-patch's boundary score over Unicode scalars (elements are code points).
///
/// Letters and numbers are alphanumeric (Python's `str.isalnum`), White_Space scalars and the information separators
/// U+001C–U+001F are whitespace (Python's `str.isspace`), CR and LF are line breaks, and a blank line is `\n\r?\n` before
/// or `\r?\n\r?\n` after the boundary.
public struct ScalarBoundaryScorer: DiffBoundaryScorer {
    private let a: [Int32]
    private let b: [Int32]

    /// Creates a scorer for two scalar sequences.
    /// - Parameters:
    ///   - a: The old text's scalars (as their values).
    ///   - b: The new text's scalars.
    public init(a: [Int32], b: [Int32]) {
        self.a = a
        self.b = b
    }

    /// The diff-match-patch score of the boundary before `boundary`.
    /// - Complexity: O(1).
    public func score(_ side: DiffSide, boundary: Int, lower: Int, upper: Int) -> Int {
        if boundary <= lower || boundary >= upper { return 6 }
        let s = side == .old ? a : b
        let c1 = s[boundary - 1]
        let c2 = s[boundary]
        let nonAlphaNumeric1 = !Self.isAlphaNumeric(c1)
        let nonAlphaNumeric2 = !Self.isAlphaNumeric(c2)
        let whitespace1 = nonAlphaNumeric1 && Self.isWhitespace(c1)
        let whitespace2 = nonAlphaNumeric2 && Self.isWhitespace(c2)
        let lineBreak1 = whitespace1 && (c1 == 13 || c1 == 10)
        let lineBreak2 = whitespace2 && (c2 == 13 || c2 == 10)
        // `\n\r?\n$` at the end of the text before the boundary.
        let blankLine1 =
            lineBreak1 && c1 == 10 && boundary - 2 >= lower
            && (s[boundary - 2] == 10 || (s[boundary - 2] == 13 && boundary - 3 >= lower && s[boundary - 3] == 10))
        // `^\r?\n\r?\n` at the start of the text after the boundary.
        var blankLine2 = false
        if lineBreak2 {
            var i = boundary
            if i < upper && s[i] == 13 { i += 1 }
            if i < upper && s[i] == 10 {
                i += 1
                if i < upper && s[i] == 13 { i += 1 }
                blankLine2 = i < upper && s[i] == 10
            }
        }
        if blankLine1 || blankLine2 { return 5 }
        if lineBreak1 || lineBreak2 { return 4 }
        if nonAlphaNumeric1 && !whitespace1 && whitespace2 { return 3 }
        if whitespace1 || whitespace2 { return 2 }
        if nonAlphaNumeric1 || nonAlphaNumeric2 { return 1 }
        return 0
    }

    /// Whether a scalar value is a letter (general category L*) or has a numeric type.
    static func isAlphaNumeric(_ value: Int32) -> Bool {
        if value < 128 {
            return (value >= 48 && value <= 57) || (value >= 65 && value <= 90) || (value >= 97 && value <= 122)
        }
        // General Punctuation, U+2000–U+206F (spaces, dashes, curly quotation marks, format characters), has neither;
        // a test holds this shortcut to the properties.
        if value >= 0x2000 && value <= 0x206F { return false }
        guard let scalar = Unicode.Scalar(UInt32(truncatingIfNeeded: value)) else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return scalar.properties.numericType != nil
        }
    }

    static func isWhitespace(_ value: Int32) -> Bool {
        if value >= 0x1C && value <= 0x1F { return true }
        guard let scalar = Unicode.Scalar(UInt32(truncatingIfNeeded: value)) else { return false }
        return scalar.properties.isWhitespace
    }
}
