/// The index over every claim lexicon: each known word (lower-cased) gets an integer id with its numeric and
/// calendar attributes, and every known phrase (place, organisation, title, unit, currency, hedge, qualifier) is a
/// list of word ids keyed by its first word, so matching never builds strings.
///
/// A final class with immutable tables: the scanner and `NumericToken` pass it around per token, and a reference
/// is one pointer where the struct was nine words copied on every call.
final class ClaimLexicon: Sendable {
    /// What a phrase means.
    enum Meaning: Hashable, Sendable {
        case place(String)
        case demonym(String)
        case organization(String)
        case organizationSuffix
        case titleHead
        case titleModifier
        case honorific
        case givenName
        case hedge(String)
        case unit(Units.Entry)
        case currency(String)
        case percent
        case qualifier(String)
        case locative
        case holiday(Holidays.Rule)
    }

    /// A phrase: its word ids and meaning.
    struct Phrase: Sendable {
        /// The words' ids.
        var words: [Int32]
        /// What it means.
        var meaning: Meaning
    }

    /// The numeric and calendar facts of one word.
    struct Word: Sendable {
        var cardinal: Double?
        var scale: Double?
        var vague: Double?
        var ordinal: Double?
        var denominator: Double?
        var month: Int?
        var weekday: Int?
        var relativeDay: Int?
        var shifter: Int?
        var meridiem: Int?
        var negative = false
        var currencySignIndex: Int16 = -1
        var vulgar: Double?
        var startsDate = false
        var startsHoliday = false

        /// The ISO code of a currency sign ("$" → "USD").
        var currencySign: String? { currencySignIndex >= 0 ? Currencies.signs[Int(currencySignIndex)].1 : nil }
    }

    /// The shared lexicon, built once.
    static let shared = ClaimLexicon()

    /// Open-addressing hash table for the hot path: `slotHashes[i]` is a word's hash (0 when empty) and
    /// `slotIDs[i]` its id.
    private let slotHashes: [UInt64]
    private let slotIDs: [Int32]
    private let slotMask: Int
    /// Each id's lower-cased spelling.
    let spellings: [[UInt8]]
    /// Each id's numeric and calendar facts.
    let words: [Word]
    /// The phrases starting with each id, longest first.
    let phraseTable: [[Phrase]]

    private init() {
        var builder = Builder()
        builder.build()
        slotHashes = builder.slotHashes
        slotIDs = builder.slotIDs
        slotMask = builder.slotMask
        spellings = builder.spellings
        words = builder.words
        phraseTable = builder.phraseTable
    }

    /// Builds the tables from the word lists.
    private struct Builder {
        var table: [UInt64: Int32] = [:]
        var slotHashes: [UInt64] = []
        var slotIDs: [Int32] = []
        var slotMask = 0
        var spellings: [[UInt8]] = []
        var words: [Word] = []
        var phraseDictionary: [Int32: [Phrase]] = [:]
        var phraseTable: [[Phrase]] = []

        mutating func build() {
            for (w, v) in NumberWords.cardinals { update(w) { $0.cardinal = v } }
            for (w, v) in NumberWords.scales { update(w) { $0.scale = v } }
            for (w, v) in NumberWords.vague { update(w) { $0.vague = v } }
            for (w, v) in NumberWords.ordinals { update(w) { $0.ordinal = v } }
            for (w, v) in NumberWords.denominators { update(w) { $0.denominator = v } }
            for (w, v) in NumberWords.vulgarFractions { update(w) { $0.vulgar = v } }
            for w in NumberWords.negative { update(w) { $0.negative = true } }
            for (w, v) in CalendarWords.months { update(w) { $0.month = v } }
            for (w, v) in CalendarWords.weekdays { update(w) { $0.weekday = v } }
            for (w, v) in CalendarWords.relativeDays { update(w) { $0.relativeDay = v } }
            for (w, v) in CalendarWords.shifters { update(w) { $0.shifter = v } }
            for (w, v) in CalendarWords.meridiems { update(w) { $0.meridiem = v } }
            for (index, (w, _)) in Currencies.signs.enumerated() { update(w) { $0.currencySignIndex = Int16(index) } }
            for w in ["in", "the", "noon", "midday", "midnight", "on", "a", "an"] { update(w) { $0.startsDate = true } }
            for (name, demonyms) in Places.countries {
                add(name, .place(name))
                for d in demonyms { add(d, .demonym(name)) }
            }
            for city in Places.cities { add(city, .place(city)) }
            for w in Places.locativePrepositions { add(w, .locative) }
            for (name, canonical) in Organizations.names { add(name, .organization(canonical)) }
            for w in Organizations.suffixes { add(w, .organizationSuffix) }
            for w in Titles.heads { add(w, .titleHead) }
            for w in Titles.modifiers { add(w, .titleModifier) }
            for w in Titles.honorifics { add(w, .honorific) }
            for w in GivenNames.names { add(w, .givenName) }
            for (w, c) in HedgeCues.cues { add(w, .hedge(c)) }
            for (w, name) in Units.durations { add(w, .unit(Units.Entry(name: name, isDuration: true))) }
            for (w, name) in Units.measures { add(w, .unit(Units.Entry(name: name, isDuration: false))) }
            for (w, code) in Currencies.names { add(w, .currency(code)) }
            for w in ["percent", "per cent", "percentage", "percentage points", "percentage point", "pct", "pc"] {
                add(w, .percent)
            }
            for (w, q) in ClaimLexicon.qualifiers { add(w, .qualifier(q)) }
            for (w, rule) in Holidays.all {
                add(w, .holiday(rule))
                if let first = w.split(separator: " ").first { update(String(first)) { $0.startsHoliday = true } }
            }
            phraseTable = [[Phrase]](repeating: [], count: spellings.count)
            for (key, list) in phraseDictionary {
                phraseTable[Int(key)] = list.sorted { $0.words.count > $1.words.count }
            }
            phraseDictionary = [:]
            var capacity = 16
            while capacity < table.count * 4 { capacity <<= 1 }
            slotHashes = [UInt64](repeating: 0, count: capacity)
            slotIDs = [Int32](repeating: -1, count: capacity)
            slotMask = capacity - 1
            for (hash, id) in table {
                var i = ClaimLexicon.slot(hash) & slotMask
                while slotHashes[i] != 0 { i = (i + 1) & slotMask }
                slotHashes[i] = hash
                slotIDs[i] = id
            }
        }

        mutating func update(_ word: String, _ body: (inout Word) -> Void) {
            let id = Int(intern(word))
            body(&words[id])
        }

        mutating func intern(_ word: String) -> Int32 {
            let bytes = Array(word.lowercased().utf8)
            let hash = bytes.withUnsafeBufferPointer { ClaimLexicon.hash($0, 0 ..< $0.count) }
            if let id = table[hash] { return id }
            let id = Int32(spellings.count)
            table[hash] = id
            spellings.append(bytes)
            words.append(Word())
            return id
        }

        mutating func add(_ phrase: String, _ meaning: Meaning) {
            let ids = phrase.split(separator: " ").map { intern(String($0)) }
            guard let first = ids.first else { return }
            phraseDictionary[first, default: []].append(Phrase(words: ids, meaning: meaning))
        }
    }

    /// Approximation words before a number and the qualifier they give the claim.
    static let qualifiers: [(String, String)] = [
        ("about", "about"), ("around", "about"), ("approximately", "about"), ("roughly", "about"),
        ("some", "about"), ("an estimated", "about"), ("estimated", "about"), ("circa", "about"),
        ("nearly", "nearly"), ("almost", "nearly"), ("close to", "nearly"), ("just under", "nearly"),
        ("more than", "more than"), ("over", "more than"), ("above", "more than"), ("upwards of", "more than"),
        ("in excess of", "more than"), ("just over", "more than"), ("exceeding", "more than"),
        ("less than", "less than"), ("fewer than", "less than"), ("under", "less than"), ("below", "less than"),
        ("at least", "at least"), ("no fewer than", "at least"), ("no less than", "at least"),
        ("at most", "at most"), ("no more than", "at most"), ("up to", "up to"), ("as many as", "up to"),
        ("as much as", "up to"), ("exactly", "exactly"), ("precisely", "exactly"),
    ]

    /// FNV-1a over ASCII-lower-cased bytes, with the curly apostrophe folded to a straight one.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in range {
            var b = bytes[i]
            if b &- 0x41 < 26 { b |= 0x20 }
            h = (h ^ UInt64(b)) &* 0x100_0000_01b3
        }
        return h
    }

    @inline(__always)
    fileprivate static func slot(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash ^ (hash >> 29)) &* 0x9E37_79B9_7F4A_7C15 >> 40)
    }

    /// The id of the word in a byte range, or -1 when it is not in the lexicon.
    /// - Parameters:
    ///   - bytes: The text.
    ///   - range: The word's bytes.
    /// - Returns: The id or -1.
    /// - Complexity: O(length of the range).
    @inline(__always)
    func id(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int32 {
        guard !range.isEmpty, range.count <= 40 else { return -1 }
        let hash = Self.hash(bytes, range)
        var i = Self.slot(hash) & slotMask
        var found: Int32 = -1
        while true {
            let h = slotHashes[i]
            if h == hash {
                found = slotIDs[i]
                break
            }
            if h == 0 { return -1 }
            i = (i + 1) & slotMask
        }
        let id = found
        let spelling = spellings[Int(id)]
        guard spelling.count == range.count else { return -1 }
        var k = 0
        for i in range {
            var b = bytes[i]
            if b &- 0x41 < 26 { b |= 0x20 }
            if b != spelling[k] { return -1 }
            k += 1
        }
        return id
    }

    /// The phrases that start with a word, longest first, or `nil` when none does.
    @inline(__always)
    func phrases(_ id: Int32) -> [Phrase]? {
        guard id >= 0 else { return nil }
        let list = phraseTable[Int(id)]
        return list.isEmpty ? nil : list
    }

    /// The word facts of an id.
    @inline(__always)
    func word(_ id: Int32) -> Word? { id >= 0 ? words[Int(id)] : nil }
}
