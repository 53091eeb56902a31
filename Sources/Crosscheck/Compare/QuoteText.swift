/// The words and punctuation of a quote after typographic folding, without its quotation marks, split into tokens,
/// with the positions where one quoted part ends and the next begins.
///
/// Tokens: runs of letters and digits (with apostrophes and hyphens between them) are words; an ellipsis (`...` or
/// `…`) is one token `…`; every other non-space character is a token of its own. Each part's opening and closing
/// quotation marks are dropped, and so is a comma or full stop before a part's closing mark: the conventional
/// "time,” he said" versus "time.”" never counts.
package struct QuoteText: Sendable, Hashable {
    /// The tokens, in order.
    package let tokens: [String]
    /// Token indices where a new quoted part begins (never 0).
    package let joints: Set<Int>

    /// Folds and tokenizes the parts of a quote.
    /// - Parameters:
    ///   - parts: The text of each quoted part, marks included.
    package init(parts: [String]) {
        var tokens: [String] = []
        var joints = Set<Int>()
        for (index, part) in parts.enumerated() {
            var partTokens = Self.tokenize(NormalizedText.folded(part, options: .typographic))
            while let first = partTokens.first, Self.isQuoteMark(first) { partTokens.removeFirst() }
            while let last = partTokens.last, Self.isQuoteMark(last) || last == "," || last == "." {
                partTokens.removeLast()
            }
            if index > 0 && !tokens.isEmpty { joints.insert(tokens.count) }
            tokens += partTokens
        }
        self.tokens = tokens
        self.joints = joints
    }

    /// The word tokens, lower-cased: what quote matching compares.
    package var words: [String] { tokens.filter { Self.isWord($0) }.map { $0.lowercased() } }

    /// Whether a token is a word (starts with a letter or digit).
    package static func isWord(_ token: String) -> Bool {
        guard let first = token.unicodeScalars.first else { return false }
        return isLetter(first) || isDigit(first)
    }

    /// Whether a token is a quotation mark after folding.
    static func isQuoteMark(_ token: String) -> Bool { token == "\"" || token == "'" || token == "`" }

    /// Whether a scalar between two others stays inside a word: apostrophes and hyphens between letters or
    /// digits, commas between digits ("10,000"), full stops between two letters or two digits ("U.N", "3.5").
    static func joinsWord(_ s: Unicode.Scalar, after previous: Unicode.Scalar, before next: Unicode.Scalar) -> Bool {
        guard s == "'" || s == "-" || s == "," || s == "." else { return false }
        let previousDigit = isDigit(previous)
        let nextDigit = isDigit(next)
        let previousLetter = isLetter(previous)
        let nextLetter = isLetter(next)
        switch s {
        case "'", "-": return (previousDigit || previousLetter) && (nextDigit || nextLetter)
        case ",": return previousDigit && nextDigit
        case ".": return (previousDigit && nextDigit) || (previousLetter && nextLetter)
        default: return false
        }
    }

    /// Whether a scalar is alphabetic (an ASCII fast path before the Unicode property, which is slow).
    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return (0x61 ... 0x7A).contains(s.value | 0x20) }
        return s.properties.isAlphabetic
    }

    /// Whether a scalar has a numeric type (ASCII digits fast).
    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return (0x30 ... 0x39).contains(s.value) }
        return s.properties.numericType != nil
    }

    /// Splits folded text into word, ellipsis and punctuation tokens.
    /// - Parameter text: Typographically folded text.
    /// - Returns: The tokens.
    /// - Complexity: O(n) in the scalars of `text`.
    package static func tokenize(_ text: String) -> [String] {
        var tokens: [String] = []
        let scalars = Array(text.unicodeScalars)
        func isWordScalar(_ s: Unicode.Scalar) -> Bool { isLetter(s) || isDigit(s) }
        var text = text
        text.withUTF8 { utf8 in
            // A word is a run of consecutive scalars, so it is taken from the UTF-8 bytes at once (appending scalar
            // by scalar to a string was most of the cost).
            var byte = 0
            var wordStart = -1
            func flush(at end: Int) {
                if wordStart >= 0 {
                    tokens.append(
                        String(decoding: UnsafeBufferPointer(rebasing: utf8[wordStart ..< end]), as: UTF8.self))
                }
                wordStart = -1
            }
            var i = 0
            while i < scalars.count {
                let s = scalars[i]
                if isWordScalar(s) {
                    if wordStart < 0 { wordStart = byte }
                } else if wordStart >= 0, i + 1 < scalars.count,
                    Self.joinsWord(s, after: scalars[i - 1], before: scalars[i + 1])
                {
                    // Inner apostrophes, hyphens, and digit separators ("we'll", "cease-fire", "10,000", "U.N").
                } else {
                    flush(at: byte)
                    if s == "…" {
                        tokens.append("…")
                    } else if s == ".", i + 2 < scalars.count, scalars[i + 1] == ".", scalars[i + 2] == "." {
                        tokens.append("…")
                        while i + 1 < scalars.count && scalars[i + 1] == "." {
                            i += 1
                            byte += 1
                        }
                    } else if s.isASCII ? !(s == " " || (0x09 ... 0x0D).contains(s.value)) : !s.properties.isWhitespace
                    {
                        tokens.append(String(s))
                    }
                }
                byte += UTF8.width(s)
                i += 1
            }
            flush(at: byte)
        }
        return tokens
    }

    /// Word overlap of two quotes' words: the words they share (with multiplicity) over the shorter quote's words.
    /// - Parameters:
    ///   - a: One quote's lower-cased words (``words``).
    ///   - b: The other quote's words.
    /// - Returns: The number of shared words and their share of the shorter quote.
    /// - Complexity: O(n + m).
    package static func overlap(_ a: [String], _ b: [String]) -> (shared: Int, score: Double) {
        var counts: [String: Int] = [:]
        for word in a { counts[word, default: 0] += 1 }
        var shared = 0
        for word in b where (counts[word] ?? 0) > 0 {
            counts[word, default: 0] -= 1
            shared += 1
        }
        return (shared, Double(shared) / Double(max(1, min(a.count, b.count))))
    }

    /// ``matchScore(_:_:threshold:)`` on words given as sorted lists of dense ids (equal words, equal ids): the
    /// shared words with multiplicity are the intersection of the two sorted multisets, found by one merge instead
    /// of a dictionary of strings.
    /// - Parameters:
    ///   - a: One quote's word ids, sorted.
    ///   - b: The other quote's word ids, sorted.
    ///   - threshold: The least overlap score.
    /// - Returns: The overlap score when the quotes match, `nil` otherwise.
    /// - Complexity: O(n + m).
    static func matchScore(sortedIDs a: [Int32], _ b: [Int32], threshold: Double) -> Double? {
        let shared = SortedIntersection.count(a, b)
        let score = Double(shared) / Double(max(1, min(a.count, b.count)))
        guard shared > 0, shared >= min(3, min(a.count, b.count)), score >= threshold else { return nil }
        return score
    }

    /// Whether two quotes are versions of the same utterance by word overlap: at least `threshold` of the shorter
    /// quote's words are shared, and at least three words (or all of a shorter quote's).
    /// - Parameters:
    ///   - a: One quote's lower-cased words.
    ///   - b: The other quote's words.
    ///   - threshold: The least overlap score (``CheckOptions/quoteMatchThreshold``).
    /// - Returns: The overlap score when the quotes match, `nil` otherwise.
    package static func matchScore(_ a: [String], _ b: [String], threshold: Double) -> Double? {
        let (shared, score) = overlap(a, b)
        guard shared > 0, shared >= min(3, min(a.count, b.count)), score >= threshold else { return nil }
        return score
    }
}
