/// The sentence splitter's walk over one text's tokens (see ``SentenceSplitter`` for the rules).
struct SentenceScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let tokens: [Token]
    /// The sentences found so far.
    private(set) var sentences: [Sentence] = []

    /// The paragraph being split: its token range.
    private var first = 0
    private var limit = 0
    /// The last list item marker of the paragraph.
    private var lastMarker: Marker?

    init(bytes: UnsafeBufferPointer<UInt8>, tokens: [Token]) {
        self.bytes = bytes
        self.tokens = tokens
    }

    /// Adds a range of tokens as one sentence.
    mutating func add(_ range: Range<Int>, paragraph: Int) {
        guard !range.isEmpty else { return }
        sentences.append(
            Sentence(
                start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end, tokens: range,
                paragraph: paragraph))
    }

    /// Splits a body paragraph's tokens into sentences.
    mutating func split(_ range: Range<Int>, paragraph: Int) {
        first = range.lowerBound
        limit = range.upperBound
        lastMarker = nil
        var start = first
        var k = openSentence(at: first)
        while k < limit {
            if k > start && !adjacent(k - 1, k) {
                if isBullet(k) || continuesList(at: k) {
                    add(start ..< k, paragraph: paragraph)
                    start = k
                    k = openSentence(at: k)
                    continue
                }
            }
            switch decide(k) {
            case .none:
                k += 1
            case .skip(let next):
                k = next
            case .boundary(let end):
                add(start ..< end, paragraph: paragraph)
                start = end
                k = openSentence(at: end)
            }
        }
        add(start ..< limit, paragraph: paragraph)
    }

    // MARK: - Decisions

    private enum Decision {
        /// Not a boundary; look at the next token.
        case none
        /// Not a boundary; continue at this token.
        case skip(Int)
        /// A sentence ends before this token.
        case boundary(Int)
    }

    private mutating func decide(_ k: Int) -> Decision {
        let token = tokens[k]
        switch token.kind {
        case .punctuation:
            if isPeriod(k) { return decidePeriod(k) }
            if isBangRun(k) {
                let end = closersEnd(k + 1)
                return end >= limit || opensSentence(end) ? .boundary(end) : .skip(end)
            }
            if isEllipsis(k) {
                if k > first && adjacent(k - 1, k) && tokens[k - 1].flags.contains(.opening) && k + 1 < limit
                    && adjacent(k, k + 1) && tokens[k + 1].flags.contains(.closing)
                {
                    return .skip(k + 2)
                }
                let end = closersEnd(k + 1)
                if end >= limit { return .boundary(end) }
                return letterCase(end) == .upper || tokens[end].flags.contains(.opening) ? .boundary(end) : .skip(end)
            }
            return .none
        case .abbreviation:
            guard bytes[token.end - 1] == 0x2E else { return .none }
            switch Abbreviations.classify(bytes, token) {
            case .title, .inner, .numeric:
                return .none
            case .generic:
                let end = closersEnd(k + 1)
                if end >= limit { return .boundary(end) }
                if end > k + 1 && letterCase(end) == .upper { return .boundary(end) }
                if isStarter(end) { return .boundary(end) }
                if tokens[end].kind == .quote && tokens[end].flags.contains(.opening) && end + 1 < limit
                    && letterCase(end + 1) == .upper
                {
                    return .boundary(end)
                }
                return .skip(end)
            }
        case .word, .number, .quote, .symbol, .url:
            return .none
        }
    }

    private func decidePeriod(_ k: Int) -> Decision {
        let run = spacedPeriods(from: k)
        if run >= 3 {
            let after = k + run
            let attached = k > first && adjacent(k - 1, k)
            if attached && run == 4 {
                if after < limit && letterCase(after) == .upper { return .boundary(k + 1) }
                return .skip(after)
            }
            if run >= 4 {
                let end = closersEnd(after)
                return end >= limit || opensSentence(end) ? .boundary(end) : .skip(end)
            }
            return .skip(after)
        }
        let end = closersEnd(k + 1)
        if end >= limit { return .boundary(end) }
        if tokens[end].kind == .number && end == k + 1 && k > first && adjacent(k - 1, k)
            && tokens[k - 1].kind == .symbol
        {
            return .skip(end)
        }
        if end == k + 1 && k > first && Abbreviations.joinsInitials(bytes, tokens, period: k) { return .skip(end) }
        return opensSentence(end) ? .boundary(end) : .skip(end)
    }

    // MARK: - Sentence openings and lists

    /// Skips the bullets and the list item marker at the start of a sentence; returns where scanning resumes.
    private mutating func openSentence(at k: Int) -> Int {
        var j = k
        while j < limit && isBullet(j) { j += 1 }
        if let marker = marker(at: j) {
            lastMarker = marker
            return marker.end
        }
        return j
    }

    /// A list item marker: "1.", "2)", "3.)", "a.", "b)".
    private struct Marker {
        var value: Int
        var isLetter: Bool
        var style: UInt8
        var end: Int
    }

    private func marker(at k: Int) -> Marker? {
        guard k < limit else { return nil }
        let token = tokens[k]
        let length = token.end - token.start
        var value = 0
        var isLetter = false
        var j = k + 1
        var style: UInt8 = 0  // ".", ")", or 1 for ".)"
        switch token.kind {
        case .number:
            guard length <= 3 else { return nil }
            for i in token.start ..< token.end {
                let digit = bytes[i] &- 0x30
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
        case .abbreviation, .word:
            let letter = bytes[token.start] | 0x20
            guard letter &- 0x61 < 26 else { return nil }
            guard length == (token.kind == .abbreviation ? 2 : 1) else { return nil }
            value = Int(letter - 0x60)
            isLetter = true
        default:
            return nil
        }
        if token.kind == .abbreviation { style = 0x2E }
        while j < limit && adjacent(j - 1, j) {
            if style == 0 && isPeriod(j) {
                style = 0x2E
            } else if (style == 0 || style == 0x2E) && tokens[j].kind == .punctuation && isByte(j, 0x29) {
                style = style == 0 ? 0x29 : 0x01
            } else {
                break
            }
            j += 1
        }
        guard style != 0, j < limit, !adjacent(j - 1, j) else { return nil }
        return Marker(value: value, isLetter: isLetter, style: style, end: j)
    }

    /// Whether the token starts a list item that continues the paragraph's previous one ("2." after "1.").
    private func continuesList(at k: Int) -> Bool {
        guard let previous = lastMarker, let marker = marker(at: k) else { return false }
        guard marker.value == previous.value + 1, marker.isLetter == previous.isLetter,
            marker.style == previous.style
        else { return false }
        if marker.isLetter && bytes[tokens[k].start] &- 0x61 >= 26 { return false }
        return opensSentence(marker.end)
    }

    // MARK: - Token predicates

    private func adjacent(_ a: Int, _ b: Int) -> Bool { tokens[a].end == tokens[b].start }

    private func isByte(_ k: Int, _ byte: UInt8) -> Bool {
        let token = tokens[k]
        return token.end - token.start == 1 && bytes[token.start] == byte
    }

    private func isPeriod(_ k: Int) -> Bool { tokens[k].kind == .punctuation && isByte(k, 0x2E) }

    private func isBangRun(_ k: Int) -> Bool {
        let token = tokens[k]
        for i in token.start ..< token.end where bytes[i] != 0x21 && bytes[i] != 0x3F { return false }
        return true
    }

    private func isEllipsis(_ k: Int) -> Bool {
        let token = tokens[k]
        if bytes[token.start] == 0x2E { return token.end - token.start >= 2 }
        return token.end - token.start >= 3 && bytes[token.end - 3] == 0xE2 && bytes[token.end - 2] == 0x80
            && bytes[token.end - 1] == 0xA6
    }

    /// The number of single periods from `k` on, each separated from the next by one space: ". . ." is 3.
    private func spacedPeriods(from k: Int) -> Int {
        var j = k
        while j + 1 < limit && isPeriod(j + 1) && tokens[j + 1].start == tokens[j].end + 1
            && bytes[tokens[j].end] == 0x20
        {
            j += 1
        }
        return j - k + 1
    }

    /// Skips closing quotation marks and brackets attached to the token before `k`.
    private func closersEnd(_ k: Int) -> Int {
        var j = k
        while j < limit && adjacent(j - 1, j) && tokens[j].flags.contains(.closing) { j += 1 }
        return j
    }

    private static let bullets: Set<UInt32> = [
        0x2022, 0x2023, 0x2043, 0x25E6, 0x25AA, 0x25AB, 0x25CF, 0x25CB, 0x25A0, 0x25A1, 0x25BA, 0x25B6, 0x27A2,
        0x2713, 0x2714, 0x2219,
    ]

    private func isBullet(_ k: Int) -> Bool {
        let token = tokens[k]
        guard token.kind == .punctuation || token.kind == .symbol, bytes[token.start] >= 0x80 else { return false }
        let scalars = String(decoding: bytes[token.start ..< token.end], as: UTF8.self).unicodeScalars
        guard scalars.count == 1, let scalar = scalars.first else { return false }
        return Self.bullets.contains(scalar.value)
    }

    private enum LetterCase { case upper, lower, uncased }

    /// The case of a token's first letter; "iPhone"-style words count as upper case.
    private func letterCase(_ k: Int) -> LetterCase {
        let token = tokens[k]
        guard token.kind == .word || token.kind == .abbreviation else { return .uncased }
        if token.flags.contains(.capitalized) { return .upper }
        let b0 = bytes[token.start]
        if b0 &- 0x61 < 26 {
            for i in token.start + 1 ..< token.end where bytes[i] &- 0x41 < 26 { return .upper }
            return .lower
        }
        guard b0 >= 0x80,
            let scalar = String(decoding: bytes[token.start ..< token.end], as: UTF8.self)
                .unicodeScalars.first
        else { return .uncased }
        return ScalarClass.isLowercase(scalar.value) ? .lower : .uncased
    }

    /// Whether the token can open a sentence after `.`, `!` or `?`.
    private func opensSentence(_ k: Int) -> Bool {
        let token = tokens[k]
        switch token.kind {
        case .word, .abbreviation:
            return letterCase(k) != .lower
        case .number, .url, .symbol:
            return true
        case .quote:
            return token.flags.contains(.opening)
        case .punctuation:
            return token.flags.contains(.opening) || isBullet(k)
        }
    }

    /// Whether the token is a capitalised typical sentence opener ("The", "It", "However").
    private func isStarter(_ k: Int) -> Bool {
        let token = tokens[k]
        guard token.kind == .word, token.flags.contains(.capitalized), token.end - token.start <= 12 else {
            return false
        }
        let word = String(decoding: bytes[token.start ..< token.end], as: UTF8.self).lowercased()
        return SentenceStarters.words.contains(word)
    }
}
