/// The per-document state of claim extraction: the text bytes, tokens, each token's lexicon id, the reference
/// date and the claims found so far. Each recogniser is an extension in its own file.
struct ClaimScanner {
    /// A claim before its spans are converted to contract spans.
    struct Draft {
        var kind: ClaimKind
        var bytes: Range<Int>
        var value: ClaimValue?
        var unit: String?
        var qualifier: String?
        var title: String?
        var person: String?
        var ordinal: Bool?
        /// A single capitalised word that is a person only if the article names someone with that surname.
        var tentative = false
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    let lexicon: ClaimLexicon
    /// The article's reference date (`published`), read through ``reference``.
    private let storedReference: CivilDate?
    /// Whether ``reference`` was read since the flag was last cleared (a sentence whose scan never read it can be
    /// replayed in an article of another date; ``ClaimSentenceCache``).
    let referenceUse = ReferenceUse()
    /// Lexicon id of each token (possessive "’s" stripped), -1 when unknown.
    var ids: [Int32]
    /// Drafts of the document so far; those of the current sentence start at `sentenceDrafts`.
    var drafts: [Draft] = []
    /// The index in `drafts` of the current sentence's first draft.
    var sentenceDrafts = 0
    /// The current sentence's token range.
    var sentence: Range<Int> = 0 ..< 0
    /// Whether the current sentence is the headline.
    var isHeadline = false

    /// The article's reference date, if known; reading it sets ``referenceUse``.
    var reference: CivilDate? {
        referenceUse.read = true
        return storedReference
    }

    /// Whether the scanner read its reference date (a box, so the scanner's non-mutating look-ups can set it).
    final class ReferenceUse {
        /// Set by every read of ``ClaimScanner/reference``.
        var read = false
    }

    init(bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], reference: CivilDate?) {
        self.bytes = bytes
        self.tokens = tokens
        self.lexicon = ClaimLexicon.shared
        self.storedReference = reference
        self.ids = [Int32](repeating: -1, count: tokens.count)
    }

    /// Looks up the ids of the tokens of a range.
    mutating func index(_ range: Range<Int>) {
        for t in range {
            let token = tokens[t]
            switch token.kind {
            case .word, .abbreviation, .symbol:
                var id = lexicon.id(bytes, token.bytes)
                if id < 0, token.kind == .word, let stem = possessiveStem(t) { id = lexicon.id(bytes, stem) }
                ids[t] = id
            default: break
            }
        }
    }

    /// The bytes of a word without a possessive "’s", "'s" or trailing apostrophe, when it has one.
    func possessiveStem(_ t: Int) -> Range<Int>? {
        let r = tokens[t].bytes
        let n = r.upperBound
        if r.count > 2, bytes[n - 1] | 0x20 == 0x73, bytes[n - 2] == 0x27 { return r.lowerBound ..< n - 2 }
        if r.count > 4, bytes[n - 1] | 0x20 == 0x73, bytes[n - 2] == 0x99, bytes[n - 3] == 0x80, bytes[n - 4] == 0xE2 {
            return r.lowerBound ..< n - 4
        }
        if r.count > 1, bytes[n - 1] == 0x27 { return r.lowerBound ..< n - 1 }
        if r.count > 3, bytes[n - 1] == 0x99, bytes[n - 2] == 0x80, bytes[n - 3] == 0xE2 {
            return r.lowerBound ..< n - 3
        }
        return nil
    }

    /// The bytes of a token without a possessive ending.
    func stem(_ t: Int) -> Range<Int> { possessiveStem(t) ?? tokens[t].bytes }

    @inline(__always) func word(_ t: Int) -> ClaimLexicon.Word? {
        guard t >= sentence.lowerBound, t < sentence.upperBound else { return nil }
        return lexicon.word(ids[t])
    }

    @inline(__always) func kind(_ t: Int) -> TokenKind? {
        guard t >= sentence.lowerBound, t < sentence.upperBound else { return nil }
        return tokens[t].kind
    }

    @inline(__always) func isCapitalized(_ t: Int) -> Bool {
        guard t >= sentence.lowerBound, t < sentence.upperBound else { return false }
        return tokens[t].flags.contains(.capitalized)
    }

    /// Whether token `t` is exactly the given lower-case ASCII word.
    func isWord(_ t: Int, _ word: StaticString) -> Bool {
        guard t >= sentence.lowerBound, t < sentence.upperBound else { return false }
        let r = tokens[t].bytes
        guard r.count == word.utf8CodeUnitCount else { return false }
        let p = word.utf8Start
        var k = 0
        for i in r {
            var b = bytes[i]
            if b &- 0x41 < 26 { b |= 0x20 }
            if b != p[k] { return false }
            k += 1
        }
        return true
    }

    /// Whether token `t` is one of the words.
    func isAny(_ t: Int, _ words: [StaticString]) -> Bool {
        guard t >= sentence.lowerBound, t < sentence.upperBound else { return false }
        let r = tokens[t].bytes
        guard let firstIndex = r.first else { return false }
        // Only words of the same length and first letter need the full comparison.
        var first = bytes[firstIndex]
        if first &- 0x41 < 26 { first |= 0x20 }
        for word in words where word.utf8CodeUnitCount == r.count && word.utf8Start[0] == first {
            if isWord(t, word) { return true }
        }
        return false
    }

    /// Whether token `t` is a single byte of punctuation or symbol.
    func isByte(_ t: Int, _ byte: UInt8) -> Bool {
        guard t >= sentence.lowerBound, t < sentence.upperBound else { return false }
        let r = tokens[t].bytes
        return r.count == 1 && bytes[r.lowerBound] == byte
    }

    /// Whether token `t` is a dash or hyphen used as a range separator.
    func isDash(_ t: Int) -> Bool {
        guard t >= sentence.lowerBound, t < sentence.upperBound, tokens[t].kind == .punctuation else { return false }
        let r = tokens[t].bytes
        if r.count == 1 { return bytes[r.lowerBound] == 0x2D }
        return r.count == 3 && bytes[r.lowerBound] == 0xE2 && bytes[r.lowerBound + 1] == 0x80
            && (bytes[r.lowerBound + 2] == 0x93 || bytes[r.lowerBound + 2] == 0x94)
    }

    /// The longest phrase of the lexicon that starts at token `t`, ends within the sentence and satisfies `accept`.
    func phrase(at t: Int, _ accept: (ClaimLexicon.Meaning) -> Bool) -> (end: Int, meaning: ClaimLexicon.Meaning)? {
        guard t >= sentence.lowerBound, t < sentence.upperBound, ids[t] >= 0 else { return nil }
        return lexicon.phraseTable[Int(ids[t])].withUnsafeBufferPointer { candidates in
            for c in candidates.indices where accept(candidates[c].meaning) {
                let n = candidates[c].words.count
                guard t + n <= sentence.upperBound else { continue }
                var ok = true
                for k in 1 ..< max(n, 1) where ids[t + k] != candidates[c].words[k] {
                    ok = false
                    break
                }
                if ok { return (t + n, candidates[c].meaning) }
            }
            return nil
        }
    }

    /// Whether a unit, currency or percent phrase of the lexicon starts at token `t`.
    func startsUnitOrCurrency(_ t: Int) -> Bool {
        phrase(
            at: t,
            {
                switch $0 {
                case .unit, .currency, .percent: true
                default: false
                }
            }) != nil
    }

    /// The qualifier phrase that ends right before token `t`, if any.
    func qualifier(before t: Int) -> String? {
        for length in (1 ... 3).reversed() {
            let s = t - length
            guard s >= sentence.lowerBound else { continue }
            if let m = phrase(at: s, { if case .qualifier = $0 { true } else { false } }), m.end == t,
                case .qualifier(let q) = m.meaning
            {
                return q
            }
        }
        return nil
    }

    /// The text of a byte range.
    func text(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self) }

    /// The lower-cased text of a byte range (ASCII is lower-cased byte by byte, which is what `lowercased()` does to
    /// it, without building the string twice).
    func lower(_ r: Range<Int>) -> String {
        for i in r where bytes[i] >= 0x80 { return text(r).lowercased() }
        return String(unsafeUninitializedCapacity: r.count) { out in
            var k = 0
            for i in r {
                var b = bytes[i]
                if b &- 0x41 < 26 { b |= 0x20 }
                out[k] = b
                k += 1
            }
            return k
        }
    }

    /// The byte range from the start of token `a` to the end of token `b - 1`.
    func span(_ a: Int, _ b: Int) -> Range<Int> { tokens[a].start ..< tokens[max(a, b - 1)].end }
}
