/// Character classes used by ``NormalizedText``: which scalars are quotes, dashes, whitespace or ignorable, and which
/// attach to the scalar before them.
extension Unicode.Scalar {
    /// The ASCII quote this scalar folds to under ``NormalizationOptions/quotes``: `"` for double marks, `'` for
    /// single marks and apostrophes, `nil` for everything else (including `"` and `'` themselves).
    var foldedQuote: Unicode.Scalar? {
        switch value {
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033, 0x2036, 0x301D, 0x301E, 0x301F, 0xFF02, 0x275D,
            0x275E, 0x2E42:
            return "\""
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2039, 0x203A, 0x2032, 0x2035, 0x0060, 0x00B4, 0x02BC, 0x02BB, 0x02B9,
            0xFF07, 0x275B, 0x275C:
            return "'"
        default:
            return nil
        }
    }

    /// Whether the scalar folds to `-` under ``NormalizationOptions/dashes`` (hyphen-minus itself included).
    var isFoldedDash: Bool {
        switch value {
        case 0x002D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D, 0x2E3A, 0x2E3B:
            return true
        default:
            return false
        }
    }

    /// Whether the scalar has Unicode's White_Space property (ASCII whitespace on a fast path).
    var isTypographicWhitespace: Bool {
        if value < 0x80 { return value == 0x20 || (0x09 ... 0x0D).contains(value) }
        return properties.isWhitespace
    }

    /// Whether the scalar is dropped under ``NormalizationOptions/ignorables`` (Default_Ignorable_Code_Point).
    var isTypographicIgnorable: Bool {
        value >= 0x80 && properties.isDefaultIgnorableCodePoint
    }

    /// Whether the scalar can combine with, or be reordered against, the scalar before it under canonical or
    /// compatibility normalisation, so that the two must be normalised together.
    ///
    /// True for non-zero canonical combining classes, for Grapheme_Extend characters (which include every starter that
    /// is the second element of a canonical composition, such as U+0BBE, and the half-width voiced sound marks that
    /// decompose to combining marks) and for Hangul vowel and trailing-consonant jamo. A test checks this against the
    /// decompositions of every assigned scalar. ASCII scalars never attach.
    var attachesToPrevious: Bool {
        if value < 0x300 { return false }
        let properties = self.properties
        if properties.canonicalCombiningClass.rawValue != 0 || properties.isGraphemeExtend { return true }
        return (0x1160 ... 0x11FF).contains(value) || (0xD7B0 ... 0xD7FF).contains(value)
    }
}
