/// What a non-ASCII Unicode scalar is to the tokenizer.
///
/// Frequent scalars of news text (Latin letters, curly quotes, dashes, no-break spaces, Cyrillic) are classified by
/// range checks; everything else falls back to the standard library's Unicode properties.
enum ScalarClass: UInt8, Sendable {
    /// Whitespace: separates tokens.
    case space
    /// Invisible format or control characters that carry no text (ZWSP, BOM, bidi marks, C1 controls): skipped.
    case ignorable
    /// A letter of a script that separates words with spaces.
    case letter
    /// A letter of a script written without spaces (Han, kana): each is a token of its own.
    case ideograph
    /// A digit or other numeric character.
    case digit
    /// A scalar that extends the previous scalar: combining marks, variation selectors, ZWJ/ZWNJ, emoji
    /// modifiers, tag characters, soft hyphen.
    case extender
    /// A quotation mark (including the apostrophe `’`, which the tokenizer disambiguates by context).
    case quote
    /// A hyphen or dash.
    case dash
    /// An opening bracket.
    case openBracket
    /// A closing bracket.
    case closeBracket
    /// Other punctuation: `…`, `•`, `¿`, `。`.
    case punctuation
    /// A currency sign.
    case currency
    /// A regional indicator (half of a flag emoji).
    case regionalIndicator
    /// Any other symbol, including emoji and pictographs.
    case symbol

    /// Classifies a non-ASCII scalar value.
    /// - Parameter value: A Unicode scalar value (>= 0x80).
    /// - Returns: Its class.
    static func of(_ value: UInt32) -> ScalarClass {
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000 ... 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return .space
        case 0x80 ... 0x9F, 0x200B, 0x200E, 0x200F, 0x202A ... 0x202E, 0x2060 ... 0x2064, 0x2066 ... 0x206F, 0xFEFF:
            return .ignorable
        case 0xAD, 0x200C, 0x200D, 0x0300 ... 0x036F, 0xFE00 ... 0xFE0F, 0xFE20 ... 0xFE2F, 0x1F3FB ... 0x1F3FF,
            0xE0020 ... 0xE007F, 0xE0100 ... 0xE01EF, 0x20D0 ... 0x20FF:
            return .extender
        case 0xAB, 0xBB, 0x2018 ... 0x201F, 0x2039, 0x203A, 0x300C ... 0x300F, 0x301D ... 0x301F:
            return .quote
        case 0x2010 ... 0x2015, 0x2212, 0x2E3A, 0x2E3B, 0xFE58, 0xFE63, 0xFF0D:
            return .dash
        case 0xA2 ... 0xA5, 0x20A0 ... 0x20CF:
            return .currency
        case 0xAA, 0xB5, 0xBA, 0xC0 ... 0xD6, 0xD8 ... 0xF6, 0xF8 ... 0x2AF, 0x0400 ... 0x0481, 0x048A ... 0x052F,
            0xAC00 ... 0xD7A3:
            return .letter
        case 0xB2, 0xB3, 0xB9, 0xBC ... 0xBE:
            return .digit
        case 0x3040 ... 0x30FF, 0x3400 ... 0x4DBF, 0x4E00 ... 0x9FFF, 0xF900 ... 0xFAFF, 0x20000 ... 0x3FFFF:
            return .ideograph
        case 0x1F1E6 ... 0x1F1FF:
            return .regionalIndicator
        case 0x1F000 ... 0x1FAFF, 0x2600 ... 0x27BF:
            return .symbol
        case 0x2016 ... 0x2017, 0x2020 ... 0x2027, 0x2030 ... 0x2038, 0x203B ... 0x2043, 0x2047 ... 0x2051,
            0x2053 ... 0x205E, 0xA1, 0xA7, 0xB6, 0xB7, 0xBF:
            return .punctuation
        default:
            return fromProperties(value)
        }
    }

    private static func fromProperties(_ value: UInt32) -> ScalarClass {
        guard let scalar = Unicode.Scalar(value) else { return .symbol }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return .letter
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return .extender
        case .decimalNumber, .letterNumber, .otherNumber:
            return .digit
        case .dashPunctuation:
            return .dash
        case .openPunctuation:
            return .openBracket
        case .closePunctuation:
            return .closeBracket
        case .initialPunctuation, .finalPunctuation:
            return .quote
        case .connectorPunctuation, .otherPunctuation:
            return .punctuation
        case .currencySymbol:
            return .currency
        case .spaceSeparator, .lineSeparator, .paragraphSeparator:
            return .space
        case .control, .format:
            return .ignorable
        case .mathSymbol, .modifierSymbol, .otherSymbol, .surrogate, .privateUse, .unassigned:
            return .symbol
        @unknown default:
            return .symbol
        }
    }

    /// Whether a letter scalar is upper or title case.
    /// - Parameter value: A scalar value classified as `.letter`.
    /// - Returns: `true` for "É", "Ж", "ǅ".
    static func isUppercase(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        let category = scalar.properties.generalCategory
        return category == .uppercaseLetter || category == .titlecaseLetter
    }

    /// Whether a letter scalar is lower case.
    /// - Parameter value: A scalar value classified as `.letter`.
    /// - Returns: `true` for "é", "ж".
    static func isLowercase(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.generalCategory == .lowercaseLetter
    }
}
