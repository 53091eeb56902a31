/// The claim drafts of sentences already scanned in other articles of one check, so a sentence repeated word for
/// word in another version or wire copy is not scanned again.
///
/// A sentence's scan depends only on its own tokens and the bytes they cover (every scanner look-up stays inside
/// the sentence), whether it is the headline, the article's reference date, and the people named earlier in the
/// article. The first two are the key. The other two are checked on every hit: a scan that read the reference date
/// replays only in an article with the same date, and the scan's log of name look-ups must read the same values in
/// the new article (``PeopleNames/replay(_:)``); otherwise the sentence is scanned again (and recorded as another
/// entry of its key). So a replayed sentence yields exactly the drafts and name assignments a scan would.
///
/// Local to one check (not shared between threads).
final class ClaimSentenceCache {
    /// What identifies a sentence for the scanner.
    struct Key: Hashable {
        /// Whether the sentence is the headline.
        var isHeadline: Bool
        /// The bytes from the first token's start to the last token's end.
        var bytes: [UInt8]
        /// Every token's kind, flags and offsets relative to the first token's start.
        var tokens: [UInt64]
        /// A hash of all the above (hashing the arrays element by element cost more than the scans it saved).
        var digest: UInt64

        static func == (x: Key, y: Key) -> Bool {
            x.digest == y.digest && x.isHeadline == y.isHeadline && x.tokens == y.tokens
                && x.bytes == y.bytes
        }

        func hash(into hasher: inout Hasher) { hasher.combine(digest) }
    }

    /// One scanned sentence.
    struct Entry {
        /// Its drafts, with byte ranges relative to the first token's start.
        var drafts: [ClaimScanner.Draft]
        /// The reference date its scan read, if it read it.
        var reference: CivilDate??
        /// The name look-ups and assignments of its scan.
        var operations: [PeopleNames.Operation]
    }

    /// Scanned sentences.
    private var entries: [Key: [Entry]] = [:]

    /// Creates an empty cache.
    init() {}

    /// The key of a sentence.
    /// - Parameters:
    ///   - tokens: The sentence's tokens (non-empty).
    ///   - bytes: The article's UTF-8 bytes.
    ///   - isHeadline: Whether the sentence is the headline.
    /// - Returns: The key, and the first token's start (the base of relative offsets).
    static func key(
        tokens: ArraySlice<Token>, bytes: UnsafeBufferPointer<UInt8>, isHeadline: Bool
    ) -> (key: Key, base: Int)? {
        guard let first = tokens.first, let last = tokens.last, first.start <= last.end, last.end <= bytes.count,
            last.end - first.start < 1 << 24
        else { return nil }
        let base = first.start
        var signature: [UInt64] = []
        signature.reserveCapacity(tokens.count)
        // FNV-1a over the bytes, then mixed with every token's signature.
        var digest = FNV1a()
        digest.add(bytes: bytes[base ..< last.end])
        for token in tokens {
            guard token.start >= base, token.end >= token.start, token.end <= last.end else { return nil }
            let value =
                UInt64(token.kind.rawValue) << 56 | UInt64(token.flags.rawValue) << 48
                | UInt64(token.start - base) << 24 | UInt64(token.end - base)
            signature.append(value)
            digest.add(value)
        }
        let key = Key(
            isHeadline: isHeadline, bytes: Array(bytes[base ..< last.end]), tokens: signature,
            digest: digest.value)
        return (key, base)
    }

    /// The scans recorded for a sentence, oldest first.
    /// - Parameter key: The sentence's key.
    /// - Returns: Its entries (drafts with relative offsets, the reference date read, name operations).
    func entries(_ key: Key) -> [Entry] { entries[key] ?? [] }

    /// Records a scanned sentence; a sentence whose drafts reach outside its tokens is not recorded.
    /// - Parameters:
    ///   - key: The sentence's key.
    ///   - base: The first token's start in its article.
    ///   - drafts: Its drafts (offsets in its article).
    ///   - reference: The reference date its scan read (`.some`), or `nil` when it read none.
    ///   - operations: Its name look-ups and assignments.
    func record(
        _ key: Key, base: Int, drafts: ArraySlice<ClaimScanner.Draft>, reference: CivilDate??,
        operations: [PeopleNames.Operation]
    ) {
        let end = base + key.bytes.count
        var relative: [ClaimScanner.Draft] = []
        relative.reserveCapacity(drafts.count)
        for var draft in drafts {
            guard draft.bytes.lowerBound >= base, draft.bytes.upperBound <= end else { return }
            draft.bytes = draft.bytes.lowerBound - base ..< draft.bytes.upperBound - base
            relative.append(draft)
        }
        entries[key, default: []].append(Entry(drafts: relative, reference: reference, operations: operations))
    }
}
