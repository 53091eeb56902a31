/// The tokenizer's single pass over UTF-8 bytes (see ``Tokenizer`` for the rules).
///
/// Works on a raw pointer for speed; `Tokenizer` keeps the buffer alive while it runs. State across tokens: whether
/// a single or double straight quotation mark is open (reset at blank lines), the end of a ZWJ that may join the
/// next pictograph, and the end of a lone regional indicator that may pair with the next one.
struct TokenScanner: ~Copyable {
    // Byte classes of the ASCII table.
    static let space: UInt8 = 1
    static let upper: UInt8 = 2
    static let lower: UInt8 = 4
    static let digit: UInt8 = 8
    static let control: UInt8 = 16
    static let high: UInt8 = 32
    static let letter: UInt8 = upper | lower
    static let alnum: UInt8 = upper | lower | digit

    /// The class of every byte value.
    static let classTable: [UInt8] = (0 ..< 256).map { value -> UInt8 in
        switch value {
        case 0x09 ... 0x0D, 0x20: return space
        case 0x41 ... 0x5A: return upper
        case 0x61 ... 0x7A: return lower
        case 0x30 ... 0x39: return digit
        case 0x00 ... 0x1F, 0x7F: return control
        case 0x80 ... 0xFF: return high
        default: return 0
        }
    }

    private let p: UnsafePointer<UInt8>
    private let n: Int
    private let classes: UnsafePointer<UInt8>
    /// The tokens found so far: `buffer[0 ..< count]`, in storage this scanner owns (written without the per-append
    /// uniqueness check and capacity test of an array).
    private var buffer: UnsafeMutablePointer<Token>
    private var capacity: Int
    /// The number of tokens found so far.
    private(set) var count = 0
    private var openSingle = false
    private var openDouble = false
    private var newlines = 0
    private var zwjEnd = -1
    private var loneFlagEnd = -1

    /// Creates a scanner over `count` bytes at `base`.
    /// - Parameter expectedBytes: How many bytes will be scanned (for the token buffer's capacity); all by default.
    init(base: UnsafePointer<UInt8>, count: Int, classes: UnsafePointer<UInt8>, expectedBytes: Int? = nil) {
        self.p = base
        self.n = count
        self.classes = classes
        // News prose averages one token per 5 bytes; reserving for one per 4 rarely grows.
        self.capacity = max(16, (expectedBytes ?? count) / 4 + 16)
        self.buffer = .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    /// The tokens found so far, as an array.
    func tokens() -> [Token] {
        [Token](unsafeUninitializedCapacity: count) { storage, initialized in
            if let base = storage.baseAddress { base.initialize(from: buffer, count: count) }
            initialized = count
        }
    }

    /// Calls `body` with the tokens found so far (valid only during the call).
    func withTokens<R>(_ body: (UnsafeBufferPointer<Token>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: buffer, count: count))
    }

    /// Forgets the tokens found so far (the scanning state is kept).
    mutating func removeAllTokens() { count = 0 }

    /// The last token found, if any.
    @inline(__always) private var lastToken: Token? { count > 0 ? buffer[count - 1] : nil }

    /// Doubles the token buffer.
    @inline(never)
    private mutating func grow() {
        let larger = UnsafeMutablePointer<Token>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: buffer, count: count)
        buffer.deallocate()
        buffer = larger
        capacity *= 2
    }

    // MARK: - Main loop

    /// Scans the whole input.
    mutating func run() { run(from: 0, to: n) }

    /// Scans the tokens that start in `start ..< limit`, looking at the bytes around that range as a scan of the
    /// whole input would. The state starts fresh, so the result equals the whole scan's tokens in that range when
    /// `start` is 0 or follows a blank line (which resets the open-quote state) and `limit` is followed by
    /// whitespace or the end.
    mutating func run(from start: Int, to limit: Int) {
        var i = start
        while i < limit {
            let byte = p[i]
            let cls = classes[Int(byte)]
            if cls & Self.space != 0 {
                if byte == 0x0A || (byte == 0x0D && (i + 1 >= n || p[i + 1] != 0x0A)) { newlines += 1 }
                i += 1
                continue
            }
            if newlines != 0 {
                if newlines >= 2 {
                    openSingle = false
                    openDouble = false
                }
                newlines = 0
            }
            if cls & Self.alnum != 0 {
                let isDigit = cls & Self.digit != 0
                i = scanWord(
                    start: i, from: i + 1, kind: isDigit ? .number : .word,
                    flags: cls & Self.upper != 0 ? .capitalized : [])
            } else if cls & Self.high != 0 {
                i = scanNonASCII(at: i)
            } else if cls & Self.control != 0 {
                i += 1
            } else {
                i = scanASCIIPunctuation(at: i, byte: byte)
            }
        }
    }

    // MARK: - Word counts

    /// Counts the words (tokens with a letter or digit, ``WordCounter/isWord(_:_:)``) among the tokens that start in
    /// `start ..< limit`, with the same contract as ``run(from:to:)``, without storing the tokens.
    ///
    /// The range is cut at ASCII whitespace into chunks. A token never contains whitespace and never splits a run of
    /// ASCII letters and digits, so a chunk of ASCII bytes with at most one such run holds exactly that many words.
    /// Every other chunk (two runs or more, which a hyphen, apostrophe, period or address may join, or any non-ASCII
    /// byte) is scanned by the tokenizer itself, the tokens starting in that chunk only: the tokens' grouping of
    /// letters and digits does not depend on the scanning state carried across whitespace (open quotation marks
    /// decide only a mark's direction and whether a final apostrophe joins the word before it; the previous token
    /// matters only when it ends right at the chunk's start), so each chunk's words are the whole scan's words
    /// there.
    /// - Returns: The number of words.
    /// - Complexity: O(limit - start); plain ASCII text is read eight bytes at a time.
    mutating func countWords(from start: Int, to limit: Int) -> Int {
        var words = 0
        var i = max(0, start)
        let end = min(limit, n)
        let raw = UnsafeRawPointer(p)
        // Whether the byte before `i` is an ASCII letter or digit, and whether it is ASCII whitespace (or the start),
        // in bit 7.
        var previousAlnum: UInt64 = i > 0 && classes[Int(p[i - 1])] & Self.alnum != 0 ? 0x80 : 0
        var previousSpace: UInt64 = i == 0 || classes[Int(p[i - 1])] & Self.space != 0 ? 0x80 : 0
        // Where the chunks counted one by one end (counting eight bytes at a time never goes back past it).
        var counted = i
        // Eight ASCII bytes at a time, while every run of letters and digits starts after whitespace (so each chunk
        // in these bytes has one run at most): the words are the runs.
        while i < end {
            let word = i + 8 <= end ? UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) : 0
            if i + 8 <= end && word & Self.highBits == 0 {
                let alnum = Self.alphanumericBytes(word)
                let space = Self.whitespaceBytes(word)
                let runStarts = alnum & ~(alnum << 8 | previousAlnum)
                if runStarts & ~(space << 8 | previousSpace) == 0 {
                    words += Int(truncatingIfNeeded: ((runStarts >> 7) &* Self.ones) >> 56)
                    previousAlnum = alnum >> 56
                    previousSpace = space >> 56
                    i += 8
                    continue
                }
            }
            // A chunk here (or the last bytes) needs a closer look: count from the start of the chunk at `i` (whose
            // one run, if it starts there, was already counted eight bytes at a time) to the end of the chunk that
            // reaches past these eight bytes.
            var chunkStart = i
            if classes[Int(p[i])] & Self.space == 0 {
                while chunkStart > counted && classes[Int(p[chunkStart - 1])] & Self.space == 0 { chunkStart -= 1 }
            }
            if chunkStart < i && classes[Int(p[chunkStart])] & Self.alnum != 0
                && (chunkStart == 0 || classes[Int(p[chunkStart - 1])] & Self.alnum == 0)
            {
                words -= 1
            }
            let (found, next) = countChunks(from: chunkStart, to: end, until: min(i + 8, end))
            words += found
            i = next
            counted = next
            previousAlnum = classes[Int(p[i - 1])] & Self.alnum != 0 ? 0x80 : 0
            previousSpace = classes[Int(p[i - 1])] & Self.space != 0 ? 0x80 : 0
        }
        count = 0
        return words
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Bit 7 of each byte of ASCII `word` that is at least `low`.
    @inline(__always)
    private static func atLeast(_ word: UInt64, _ low: UInt8) -> UInt64 {
        (word &+ ones &* UInt64(0x80 - low)) & highBits
    }

    /// Bit 7 of each byte of ASCII `word` that is a letter or digit.
    @inline(__always)
    private static func alphanumericBytes(_ word: UInt64) -> UInt64 {
        let digits = atLeast(word, 0x30) & ~atLeast(word, 0x3A)
        let folded = word | ones &* 0x20
        return digits | (atLeast(folded, 0x61) & ~atLeast(folded, 0x7B))
    }

    /// Bit 7 of each byte of ASCII `word` that is whitespace (tab to carriage return, space).
    @inline(__always)
    private static func whitespaceBytes(_ word: UInt64) -> UInt64 {
        (atLeast(word, 0x09) & ~atLeast(word, 0x0E)) | (atLeast(word, 0x20) & ~atLeast(word, 0x21))
    }

    /// Counts the words of the chunks from `i` (a chunk start or whitespace) until a chunk or whitespace byte
    /// ends at or after `target`: a chunk of ASCII bytes with at most one run of letters and digits has that many,
    /// any other chunk is tokenized.
    /// - Returns: The words, and where counting stopped (at or after `target`, or at `end`).
    private mutating func countChunks(from start: Int, to end: Int, until target: Int) -> (words: Int, next: Int) {
        var words = 0
        var i = start
        let all = UnsafeBufferPointer(start: p, count: n)
        while i < end && i < target {
            var cls = classes[Int(p[i])]
            if cls & Self.space != 0 {
                i += 1
                continue
            }
            let chunkStart = i
            var runs = 0
            var inRun = false
            var other: UInt8 = 0
            repeat {
                let alnum = cls & Self.alnum != 0
                if alnum && !inRun { runs += 1 }
                inRun = alnum
                other |= cls & Self.high
                i += 1
                if i >= end { break }
                cls = classes[Int(p[i])]
            } while cls & Self.space == 0
            if runs < 2 && other == 0 {
                words += runs
                continue
            }
            count = 0
            run(from: chunkStart, to: i)
            for k in 0 ..< count where WordCounter.isWord(all, buffer[k].start ..< buffer[k].end) { words += 1 }
        }
        return (words, i)
    }

    @inline(__always)
    private mutating func emit(_ start: Int, _ end: Int, _ kind: TokenKind, _ flags: TokenFlags = []) {
        if count == capacity { grow() }
        (buffer + count).initialize(to: Token(start: start, end: end, kind: kind, flags: flags))
        count += 1
    }

    // MARK: - Byte and scalar helpers

    @inline(__always) private func classAt(_ i: Int) -> UInt8 { i < n ? classes[Int(p[i])] : Self.space }
    @inline(__always) private func isDigit(_ i: Int) -> Bool { i >= 0 && classAt(i) & Self.digit != 0 }
    @inline(__always) private func isASCIILetter(_ i: Int) -> Bool { i >= 0 && classAt(i) & Self.letter != 0 }
    @inline(__always) private func isASCIIAlnum(_ i: Int) -> Bool { i >= 0 && classAt(i) & Self.alnum != 0 }
    @inline(__always) private func byte(_ i: Int) -> UInt8 { i >= 0 && i < n ? p[i] : 0 }

    /// Decodes the scalar starting at `i`: its value and length in bytes.
    @inline(__always)
    private func decode(_ i: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(p[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 {
            guard i + 1 < n else { return (0xFFFD, 1) }
            return (((b0 & 0x1F) << 6) | (UInt32(p[i + 1]) & 0x3F), 2)
        }
        if b0 < 0xF0 {
            guard i + 2 < n else { return (0xFFFD, 1) }
            return (((b0 & 0x0F) << 12) | ((UInt32(p[i + 1]) & 0x3F) << 6) | (UInt32(p[i + 2]) & 0x3F), 3)
        }
        guard i + 3 < n else { return (0xFFFD, 1) }
        let value =
            ((b0 & 0x07) << 18) | ((UInt32(p[i + 1]) & 0x3F) << 12) | ((UInt32(p[i + 2]) & 0x3F) << 6)
            | (UInt32(p[i + 3]) & 0x3F)
        return (value, 4)
    }

    /// The start of the scalar that ends at `i` (exclusive).
    @inline(__always)
    private func scalarStart(before i: Int) -> Int {
        var k = i - 1
        while k > 0 && p[k] & 0xC0 == 0x80 { k -= 1 }
        return k
    }

    /// Whether the scalar at `i` is a letter (of a spaced script).
    private func isLetter(at i: Int) -> Bool {
        guard i < n else { return false }
        let cls = classes[Int(p[i])]
        if cls & Self.letter != 0 { return true }
        guard cls & Self.high != 0 else { return false }
        return ScalarClass.of(decode(i).value) == .letter
    }

    /// Whether the scalar at `i` can continue a word after a hyphen: a letter or a digit.
    private func isWordStart(at i: Int) -> Bool {
        guard i < n else { return false }
        let cls = classes[Int(p[i])]
        if cls & Self.alnum != 0 { return true }
        guard cls & Self.high != 0 else { return false }
        let scalarClass = ScalarClass.of(decode(i).value)
        return scalarClass == .letter || scalarClass == .digit
    }

    /// Whether a digit follows `i`, possibly after spaces: "No. 5".
    private func digitFollows(_ i: Int) -> Bool {
        var k = i
        while k < n {
            if p[k] == 0x20 || p[k] == 0x09 {
                k += 1
            } else if p[k] == 0xC2 && k + 1 < n && p[k + 1] == 0xA0 {
                k += 2
            } else {
                break
            }
        }
        return isDigit(k)
    }

    // MARK: - Words and numbers

    private enum Apostrophe { case inner, final, none }

    /// Decides whether an apostrophe after word characters belongs to the word.
    private func apostrophe(at j: Int, length: Int) -> Apostrophe {
        let after = j + length
        if isLetter(at: after) { return .inner }
        guard byte(j - 1) | 0x20 == 0x73, !openSingle, after < n, p[after] == 0x20 || p[after] == 0x09 else {
            return .none
        }
        var k = after
        while k < n && (p[k] == 0x20 || p[k] == 0x09) { k += 1 }
        return isLetter(at: k) ? .final : .none
    }

    /// Scans a word or number whose first scalar is `start ..< from`, emits it and returns its end.
    private mutating func scanWord(start: Int, from: Int, kind: TokenKind, flags: TokenFlags) -> Int {
        var j = from
        while true {
            while j < n && classes[Int(p[j])] & Self.alnum != 0 { j += 1 }
            if j >= n || classes[Int(p[j])] & Self.space != 0 { break }
            switch continueWord(start: start, at: j, kind: kind, flags: flags) {
            case .advance(let next):
                j = next
                continue
            case .end(let end):
                j = end
            case .emitted(let end):
                return end
            }
            break
        }
        emit(start, j, kind, flags)
        return j
    }

    /// What follows a run of ASCII letters and digits inside a word.
    private enum WordStep {
        /// The word goes on at this offset.
        case advance(Int)
        /// The word ends at this offset.
        case end(Int)
        /// A token (abbreviation, address) was emitted that ends at this offset.
        case emitted(Int)
    }

    /// Decides whether the word `start ..< j` goes on at `j` (a byte that is not an ASCII letter, digit or space).
    @inline(never)
    private mutating func continueWord(start: Int, at j: Int, kind: TokenKind, flags: TokenFlags) -> WordStep {
        let b = p[j]
        if b >= 0x80 {
            let (value, length) = decode(j)
            switch value {
            case 0x2019:
                switch apostrophe(at: j, length: length) {
                case .inner: return .advance(j + length)
                case .final: return .end(j + length)
                case .none: return .end(j)
                }
            case 0x2010, 0x2011:
                return isWordStart(at: j + length) ? .advance(j + length) : .end(j)
            case 0xB0:
                return isDigit(j - 1) ? .advance(j + length) : .end(j)
            default:
                switch ScalarClass.of(value) {
                case .letter, .digit, .extender: return .advance(j + length)
                case .currency: return .end(isDigit(j - 1) ? j + length : j)
                default: return .end(j)
                }
            }
        }
        switch b {
        case 0x2D:  // -
            if isWordStart(at: j + 1) { return .advance(j + 1) }
        case 0x27:  // '
            switch apostrophe(at: j, length: 1) {
            case .inner: return .advance(j + 1)
            case .final: return .end(j + 1)
            case .none: break
            }
        case 0x2E:  // .
            if isDigit(j - 1) && isDigit(j + 1) { return .advance(j + 2) }
            if kind == .word, let end = periodInWord(start: start, period: j, flags: flags) { return .emitted(end) }
        case 0x2C, 0x2F:  // , /
            if isDigit(j - 1) && isDigit(j + 1) { return .advance(j + 2) }
        case 0x3A:  // :
            if isDigit(j - 1) && isDigit(j + 1) { return .advance(j + 2) }
            if kind == .word && byte(j + 1) == 0x2F && byte(j + 2) == 0x2F && isScheme(start, j) {
                return .emitted(emitURL(start: start))
            }
        case 0x25:  // %
            if isDigit(j - 1) { return .end(j + 1) }
        case 0x40:  // @
            if kind == .word, let end = matchAddress(start: start) {
                emit(start, end, .url)
                return .emitted(end)
            }
        case 0x26:  // &
            if classAt(j - 1) & Self.upper != 0 && classAt(j + 1) & Self.upper != 0 { return .advance(j + 2) }
        default:
            break
        }
        return .end(j)
    }

    /// Whether `start ..< colon` is "http", "https" or "ftp".
    private func isScheme(_ start: Int, _ colon: Int) -> Bool {
        guard let key = ByteKey.key(p + start, count: colon - start) else { return false }
        return key == Self.httpKey || key == Self.httpsKey || key == Self.ftpKey
    }

    private static let httpKey = ByteKey.key("http") ?? 0
    private static let httpsKey = ByteKey.key("https") ?? 0
    private static let ftpKey = ByteKey.key("ftp") ?? 0
    private static let wwwKey = ByteKey.key("www") ?? 0

    /// Handles a period right after the word `start ..< period`: an abbreviation, a dotted abbreviation, or an
    /// address. Emits the token and returns its end, or returns `nil` when the word ends before the period.
    private mutating func periodInWord(start: Int, period: Int, flags: TokenFlags) -> Int? {
        let length = period - start
        let next = period + 1
        if length == 3 && isASCIIAlnum(next) && ByteKey.key(p + start, count: 3) == Self.wwwKey {
            return emitURL(start: start)
        }
        if isASCIILetter(next) && length <= 2 && isASCIILetter(start) && (length == 1 || isASCIILetter(start + 1)),
            let end = matchDotted(start: start)
        {
            let withPossessive = possessiveEnd(after: end)
            emit(start, withPossessive, .abbreviation, flags)
            return withPossessive
        }
        if isASCIIAlnum(next), let end = matchAddress(start: start) {
            emit(start, end, .url)
            return end
        }
        if let found = Abbreviations.lookup(p + start, count: length, capitalized: flags.contains(.capitalized)) {
            if found == .numeric ? !digitFollows(next) : isASCIIAlnum(next) { return nil }
        } else if !(length == 1 && isASCIILetter(start) && !isASCIIAlnum(next)) {
            return nil
        }
        let end = possessiveEnd(after: next)
        emit(start, end, .abbreviation, flags)
        return end
    }

    /// Matches letters-and-periods like "U.S.", "e.g.", "Ph.D." from `start`: at least two segments of one or two
    /// letters (at most one of two), separated by periods, the final period optional.
    private func matchDotted(start: Int) -> Int? {
        var k = start
        var segments = 0
        var longSegments = 0
        while true {
            var m = k
            while isASCIILetter(m) { m += 1 }
            let length = m - k
            guard length >= 1 && length <= 2 else { return nil }
            segments += 1
            if length == 2 { longSegments += 1 }
            guard segments <= Self.maximumDottedSegments else { return nil }
            k = m
            if byte(k) == 0x2E {
                k += 1
                if isASCIILetter(k) { continue }
            }
            guard !isASCIIAlnum(k), segments >= 2, longSegments <= 1 else { return nil }
            return k
        }
    }

    /// Extends an abbreviation ending at `end` over a possessive "'s" or "’s".
    private func possessiveEnd(after end: Int) -> Int {
        var k = end
        if byte(k) == 0x27 {
            k += 1
        } else if byte(k) == 0xE2 && byte(k + 1) == 0x80 && byte(k + 2) == 0x99 {
            k += 3
        } else {
            return end
        }
        guard byte(k) | 0x20 == 0x73, !isASCIIAlnum(k + 1), !isLetter(at: k + 1) else { return end }
        return k + 1
    }

    /// The longest e-mail address or host name recognised without a scheme (RFC 5321 allows 254 bytes); the cap
    /// keeps long dotted runs ("x1.x1.x1…") linear.
    private static let maximumAddressLength = 254
    /// The most segments of a dotted abbreviation ("U.S.A." has 3).
    private static let maximumDottedSegments = 8

    /// Matches an e-mail address or a bare domain (with an optional path) from `start`.
    private func matchAddress(start: Int) -> Int? {
        var k = start
        var at = -1
        let limit = min(n, start + Self.maximumAddressLength)
        while k < limit {
            let b = p[k]
            if isASCIIAlnum(k) || b == 0x2D || b == 0x5F || b == 0x2B || b == 0x25 {
                k += 1
            } else if b == 0x2E && isASCIIAlnum(k + 1) {
                k += 1
            } else if b == 0x40 && at < 0 && k > start && isASCIIAlnum(k + 1) {
                at = k
                k += 1
            } else {
                break
            }
        }
        guard k < limit || limit == n else { return nil }
        while k > start && (p[k - 1] == 0x2D || p[k - 1] == 0x5F) { k -= 1 }
        var lastDot = -1
        var m = k - 1
        while m > max(start, at) {
            if p[m] == 0x2E {
                lastDot = m
                break
            }
            m -= 1
        }
        guard lastDot > max(start, at + 1) else { return nil }
        let tldLength = k - lastDot - 1
        if at >= 0 {
            guard tldLength >= 2 else { return nil }
            for q in lastDot + 1 ..< k where !isASCIILetter(q) { return nil }
            return k
        }
        for q in lastDot + 1 ..< k where classAt(q) & Self.lower == 0 { return nil }
        guard let key = ByteKey.key(p + lastDot + 1, count: tldLength), TopLevelDomains.keys.contains(key) else {
            return nil
        }
        for q in start ..< k where p[q] == 0x2B || p[q] == 0x25 { return nil }
        return byte(k) == 0x2F ? urlEnd(from: start) : k
    }

    /// Emits a URL token from `start` and returns its end.
    private mutating func emitURL(start: Int) -> Int {
        let end = urlEnd(from: start)
        emit(start, end, .url)
        return end
    }

    /// The end of a URL that starts at `start`: up to whitespace, a quotation mark or angle bracket, without
    /// trailing sentence punctuation or unbalanced closing brackets.
    private func urlEnd(from start: Int) -> Int {
        var k = start
        var parens = 0
        var brackets = 0
        while k < n {
            let b = p[k]
            if b >= 0x80 {
                let (value, length) = decode(k)
                let scalarClass = ScalarClass.of(value)
                guard scalarClass == .letter || scalarClass == .digit || scalarClass == .extender else { break }
                k += length
                continue
            }
            if b <= 0x20 || b == 0x22 || b == 0x3C || b == 0x3E || b == 0x60 || b == 0x7F { break }
            if b == 0x28 { parens += 1 } else if b == 0x29 { parens -= 1 }
            if b == 0x5B { brackets += 1 } else if b == 0x5D { brackets -= 1 }
            k += 1
        }
        while k > start + 1 {
            let b = p[k - 1]
            switch b {
            case 0x2E, 0x2C, 0x3A, 0x3B, 0x21, 0x3F, 0x27, 0x2A, 0x5F, 0x7E:
                k -= 1
            case 0x29 where parens < 0:
                parens += 1
                k -= 1
            case 0x5D where brackets < 0:
                brackets += 1
                k -= 1
            default:
                return k
            }
        }
        return k
    }

    /// If an apostrophe at `i` (of `length` bytes) elides a century ("’90s", "'20s"), where the digits start.
    private func elision(at i: Int, length: Int) -> Int? {
        let d = i + length
        guard isDigit(d) && isDigit(d + 1) else { return nil }
        let after = byte(d + 2) | 0x20 == 0x73 ? d + 3 : d + 2
        return isASCIIAlnum(after) ? nil : d
    }

    // MARK: - Quotation marks

    private enum Glyph { case opening, closing, neutral }

    /// Whether the context before `i` lets a quotation mark open: start, space, opening bracket or quote, dash.
    private func opensBefore(_ i: Int) -> Bool {
        guard i > 0 else { return true }
        let b = p[i - 1]
        if b < 0x80 {
            if classes[Int(b)] & (Self.space | Self.control) != 0 { return true }
            switch b {
            case 0x28, 0x5B, 0x7B, 0x2D: return true
            case 0x22, 0x27, 0x60: return lastToken.map { $0.end == i && $0.flags.contains(.opening) } ?? false
            default: return false
            }
        }
        switch ScalarClass.of(decode(scalarStart(before: i)).value) {
        case .space, .ignorable, .dash, .openBracket: return true
        case .quote: return lastToken.map { $0.end == i && $0.flags.contains(.opening) } ?? false
        default: return false
        }
    }

    /// Whether the context after `i` lets a quotation mark close: end, space, punctuation, another mark, dash.
    private func closesAfter(_ i: Int) -> Bool {
        guard i < n else { return true }
        let b = p[i]
        if b < 0x80 {
            if classes[Int(b)] & (Self.space | Self.control) != 0 { return true }
            switch b {
            case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x7D, 0x22, 0x27, 0x2D: return true
            default: return false
            }
        }
        switch ScalarClass.of(decode(i).value) {
        case .space, .ignorable, .dash, .closeBracket, .punctuation, .quote: return true
        default: return false
        }
    }

    /// Emits a quotation mark with its direction and returns its end.
    private mutating func emitQuote(_ start: Int, _ end: Int, single: Bool, glyph: Glyph) -> Int {
        let before = opensBefore(start)
        let after = closesAfter(end)
        let opening: Bool
        if before && !after {
            opening = true
        } else if after && !before {
            opening = false
        } else {
            switch glyph {
            case .opening: opening = true
            case .closing: opening = false
            case .neutral: opening = single ? !openSingle : !openDouble
            }
        }
        if single { openSingle = opening } else { openDouble = opening }
        emit(start, end, .quote, opening ? .opening : .closing)
        return end
    }

    /// Splits three apostrophes, a double mark written `''` and a single mark run together (a nested quote that
    /// opens or closes with its outer quote: `'''Fair Play,''' he said`), outer mark outside: `''` then `'` where a
    /// quote opens, `'` then `''` where it closes. Emits both marks and returns their end, or `nil` when the context
    /// says neither.
    private mutating func tripleApostrophe(at i: Int) -> Int? {
        let before = opensBefore(i)
        let after = closesAfter(i + 3)
        if before && !after {
            _ = emitQuote(i, i + 2, single: false, glyph: .opening)
            return emitQuote(i + 2, i + 3, single: true, glyph: .opening)
        }
        if after && !before {
            _ = emitQuote(i, i + 1, single: true, glyph: .closing)
            return emitQuote(i + 1, i + 3, single: false, glyph: .closing)
        }
        return nil
    }

    // MARK: - ASCII punctuation and symbols

    private func run(of bytes: (UInt8, UInt8), from i: Int) -> Int {
        var k = i + 1
        while k < n && (p[k] == bytes.0 || p[k] == bytes.1) { k += 1 }
        return k
    }

    private mutating func scanASCIIPunctuation(at i: Int, byte b: UInt8) -> Int {
        switch b {
        case 0x22:  // "
            return emitQuote(i, i + 1, single: false, glyph: .neutral)
        case 0x27:  // '
            if byte(i + 1) == 0x27 {
                if byte(i + 2) == 0x27 && byte(i + 3) != 0x27, let end = tripleApostrophe(at: i) { return end }
                return emitQuote(i, i + 2, single: false, glyph: .closing)
            }
            if let digits = elision(at: i, length: 1) {
                return scanWord(start: i, from: digits, kind: .number, flags: [])
            }
            return emitQuote(i, i + 1, single: true, glyph: .neutral)
        case 0x60:  // `
            if byte(i + 1) == 0x60 { return emitQuote(i, i + 2, single: false, glyph: .opening) }
            return emitQuote(i, i + 1, single: true, glyph: .opening)
        case 0x2E:  // .
            let end = run(of: (0x2E, 0x2E), from: i)
            emit(i, end, .punctuation)
            return end
        case 0x21, 0x3F:  // ! ?
            let end = run(of: (0x21, 0x3F), from: i)
            emit(i, end, .punctuation)
            return end
        case 0x2D:  // -
            if byte(i + 1) == 0x2D {
                let end = run(of: (0x2D, 0x2D), from: i)
                emit(i, end, .punctuation)
                return end
            }
            if isDigit(i + 1) && opensBefore(i) {
                return scanWord(start: i, from: i + 1, kind: .number, flags: [])
            }
            emit(i, i + 1, .punctuation)
            return i + 1
        case 0x2B, 0x24:  // + $
            if isDigit(i + 1) && (b == 0x24 || opensBefore(i)) {
                return scanWord(start: i, from: i + 1, kind: .number, flags: [])
            }
            emit(i, i + 1, .symbol)
            return i + 1
        case 0x28, 0x5B, 0x7B:
            emit(i, i + 1, .punctuation, .opening)
            return i + 1
        case 0x29, 0x5D, 0x7D:
            emit(i, i + 1, .punctuation, .closing)
            return i + 1
        case 0x2C, 0x3B, 0x3A:
            emit(i, i + 1, .punctuation)
            return i + 1
        default:
            emit(i, i + 1, .symbol)
            return i + 1
        }
    }

    // MARK: - Non-ASCII

    /// Extends the previous token to `end` when it ends exactly at `start`.
    private mutating func extendPrevious(from start: Int, to end: Int) -> Bool {
        guard count > 0, buffer[count - 1].end == start else { return false }
        buffer[count - 1].end = end
        return true
    }

    @inline(never)
    private mutating func scanNonASCII(at i: Int) -> Int {
        let (value, length) = decode(i)
        let end = i + length
        switch value {
        case 0x2019:  // ’
            if let digits = elision(at: i, length: length) {
                return scanWord(start: i, from: digits, kind: .number, flags: [])
            }
            return emitQuote(i, end, single: true, glyph: .closing)
        case 0x2018, 0x201A, 0x201B, 0x2039:  // ‘ ‚ ‛ ‹
            return emitQuote(i, end, single: true, glyph: .opening)
        case 0x203A:  // ›
            return emitQuote(i, end, single: true, glyph: .closing)
        case 0x201C, 0x201E, 0x201F, 0xAB, 0x300C, 0x300E, 0x301D:  // “ „ ‟ « 「 『 〝
            return emitQuote(i, end, single: false, glyph: .opening)
        case 0x201D, 0xBB, 0x300D, 0x300F, 0x301E, 0x301F:  // ” » 」 』 〞 〟
            return emitQuote(i, end, single: false, glyph: .closing)
        default:
            break
        }
        switch ScalarClass.of(value) {
        case .space:
            if value == 0x2029 { newlines += 2 } else if value == 0x2028 || value == 0x85 { newlines += 1 }
            return end
        case .ignorable:
            return end
        case .letter:
            return scanWord(
                start: i, from: end, kind: .word, flags: ScalarClass.isUppercase(value) ? .capitalized : [])
        case .digit:
            return scanWord(start: i, from: end, kind: .number, flags: [])
        case .ideograph:
            emit(i, end, .word)
        case .extender:
            if extendPrevious(from: i, to: end) {
                if value == 0x200D { zwjEnd = end }
            } else {
                emit(i, end, .symbol)
            }
        case .quote:
            return emitQuote(i, end, single: false, glyph: .neutral)
        case .dash:
            if isDigit(end) && (value == 0x2212 || value == 0x2010 || value == 0x2011) && opensBefore(i) {
                return scanWord(start: i, from: end, kind: .number, flags: [])
            }
            var k = end
            while k < n && p[k] >= 0x80 {
                let next = decode(k)
                guard ScalarClass.of(next.value) == .dash else { break }
                k += next.length
            }
            emit(i, k, .punctuation)
            return k
        case .openBracket:
            emit(i, end, .punctuation, .opening)
        case .closeBracket:
            emit(i, end, .punctuation, .closing)
        case .punctuation:
            emit(i, end, .punctuation)
        case .currency:
            if isDigit(end) { return scanWord(start: i, from: end, kind: .number, flags: []) }
            emit(i, end, .symbol)
        case .regionalIndicator:
            if loneFlagEnd == i && extendPrevious(from: i, to: end) {
                loneFlagEnd = -1
            } else {
                emit(i, end, .symbol)
                loneFlagEnd = end
            }
        case .symbol:
            if !(zwjEnd == i && extendPrevious(from: i, to: end)) { emit(i, end, .symbol) }
        }
        return end
    }
}
