/// Groups a stream of articles into stories with bounded memory (see docs/corpus.md, "Grouping").
///
/// Articles arrive in input order. Each one is linked to the open articles it shares a story with — for content
/// grouping: the same normalised URL (always); or an LSH band in common, a publication time within the window and
/// a shingle Jaccard similarity of at least ``CorpusOptions/minimumSimilarity`` (near-duplicates: versions, wire
/// copies); or salient terms in common (``SalientIndex``: independently written coverage of one event) with a
/// publication time within the window; for field grouping: the same field value — and links are merged with
/// union–find. Articles stay open in a buffer bounded by
/// ``CorpusOptions/maxOpenDocuments``, ``CorpusOptions/maxOpenBytes`` and the time window (relative to the newest
/// publication time seen); when the oldest article leaves the buffer, and it was its story's last open article, the
/// story is finished and handed out. A link that would make a story larger than
/// ``CorpusOptions/maxStoryDocuments`` is refused (the story is split) and counted.
///
/// Deterministic: the stories and their order depend only on the input order and the options.
struct StoryGrouper {
    /// A story, held by its root (its first article: union keeps the smaller root).
    private struct Story {
        /// The members other than the root, in no particular order (empty, so not allocated, for the many
        /// one-article stories).
        var others: [Int] = []
        var open: Int
        var count: Int { others.count + 1 }
    }

    /// What the grouper keeps of an article until its story is finished.
    private struct Held {
        let article: Article
        let linkKey: String?
        let bytes: Int
    }

    /// What linking needs of an open article (kept in input order, so the oldest leaves first).
    private struct Open {
        let sequence: Int
        let time: Int64?
        /// Dropped when the article leaves the buffer.
        var sketch: ShingleSketch?
    }

    private let options: CorpusOptions
    /// Every article of an unfinished story, by sequence.
    private var entries: [Int: Held] = [:]
    /// The open articles, oldest first from ``openHead``: looked up by position, not hashed, and never rewritten.
    private var openOrder: [Open] = []
    private var openHead = 0
    /// Union–find links of articles that joined a story rooted elsewhere (an article without an entry is a root).
    private var parent: [Int: Int] = [:]
    private var stories: [Int: Story] = [:]
    private var buckets = BandIndex()
    private var salientIndex = SalientIndex()
    private var profiler = SalientProfiler()
    private var keys: [String: Int] = [:]
    private var newestTime: Int64?
    private var storiesMade = 0
    /// Text bytes held by unfinished stories.
    private(set) var heldBytes = 0
    /// Links refused because the story would exceed ``CorpusOptions/maxStoryDocuments``.
    private(set) var refusedLinks = 0

    /// Creates a grouper.
    /// - Parameter options: Grouping settings and limits.
    init(options: CorpusOptions) {
        self.options = options
    }

    /// The number of articles in the open buffer.
    var openCount: Int { openOrder.count - openHead }

    /// The number of articles the salient-term index holds (never more than the open buffer).
    var salientCount: Int { salientIndex.count }

    /// Adds the next article.
    /// - Parameter entry: The article, analysed; entries must come in input order.
    /// - Returns: The stories this finished, in order.
    /// - Complexity: O(b + c·s) for b bands, c candidates and s shingles per article, amortised.
    mutating func add(_ entry: CorpusEntry) -> [CorpusStory] {
        let seq = entry.sequence
        var profile: SalientIndex.Profile?
        if options.minimumTermSimilarity != nil {
            profile = entry.profile ?? entry.salient.map { profiler.profile(of: $0) }
        }
        // The profile (held by the index) replaces the full term list; the sketch stays with the open article.
        entries[seq] = Held(article: entry.article, linkKey: entry.linkKey, bytes: entry.bytes)
        stories[seq] = Story(open: 1)
        heldBytes += entry.bytes
        if let time = entry.time { newestTime = max(newestTime ?? time, time) }
        link(entry, profile: profile)
        register(entry, profile: profile)
        openOrder.append(Open(sequence: seq, time: entry.time, sketch: entry.sketch))
        var finished: [CorpusStory] = []
        while openCount > 0, mustEvictHead() {
            if let story = evictHead() { finished.append(story) }
        }
        if openHead > 4096 && openHead * 2 > openOrder.count {
            openOrder.removeFirst(openHead)
            openHead = 0
        }
        return finished
    }

    /// Finishes every remaining story.
    /// - Returns: The stories, in order of their first article.
    mutating func finish() -> [CorpusStory] {
        var finished: [CorpusStory] = []
        while openCount > 0 {
            if let story = evictHead() { finished.append(story) }
        }
        return finished
    }

    // MARK: - Linking

    private mutating func link(_ entry: CorpusEntry, profile: SalientIndex.Profile?) {
        let seq = entry.sequence
        if let key = entry.linkKey, let other = keys[key] { union(seq, other) }
        if let profile, let threshold = options.minimumTermSimilarity {
            // Outside the window, nothing to compare; below the threshold, no need to look up the stories.
            for other in salientIndex.candidates(profile) {
                guard let position = openPosition(other) else { continue }
                if let a = entry.time, let b = openOrder[position].time, abs(a - b) > options.windowSeconds {
                    continue
                }
                guard let (similarity, numbers) = salientIndex.similarity(profile, to: other), similarity >= threshold,
                    find(other) != find(seq)
                else { continue }
                if similarity >= SalientIndex.strongSimilarity || numbers >= SalientIndex.minimumSharedNumbers {
                    union(seq, other)
                } else if let a = entry.sketch,
                    (openOrder[position].sketch?.sharedShingles(a) ?? 0) >= SalientIndex.minimumSharedShingles
                {
                    union(seq, other)
                }
            }
        }
        guard let sketch = entry.sketch else { return }
        // One probe per band: take the band's open articles as candidates, then add this one.
        var candidates: [Int] = []
        buckets.join(sketch.bands, seq, candidates: &candidates)
        guard !candidates.isEmpty else { return }
        candidates.sort()
        var previous = -1
        for other in candidates where other != previous {
            previous = other
            guard find(other) != find(seq), let position = openPosition(other), openOrder[position].sketch != nil else {
                continue
            }
            if let a = entry.time, let b = openOrder[position].time, abs(a - b) > options.windowSeconds { continue }
            // Read in place (no copy of the other sketch).
            if openOrder[position].sketch?.jaccard(sketch, atLeast: options.minimumSimilarity) == true {
                union(seq, other)
            }
        }
    }

    /// Where an open article is in ``openOrder``: by its distance from the oldest (sequences usually count up by
    /// one), else by binary search (they always increase).
    private func openPosition(_ sequence: Int) -> Int? {
        guard openHead < openOrder.count else { return nil }
        let guess = openHead + (sequence - openOrder[openHead].sequence)
        if guess >= openHead && guess < openOrder.count && openOrder[guess].sequence == sequence {
            return guess
        }
        var low = openHead
        var high = openOrder.count
        while low < high {
            let middle = (low + high) / 2
            if openOrder[middle].sequence < sequence { low = middle + 1 } else { high = middle }
        }
        return low < openOrder.count && openOrder[low].sequence == sequence ? low : nil
    }

    private mutating func register(_ entry: CorpusEntry, profile: SalientIndex.Profile?) {
        if let profile { salientIndex.insert(entry.sequence, profile) }
        if let key = entry.linkKey {
            keys[key] = entry.sequence
        }
        // The sketch's bands were registered by `link`.
    }

    private mutating func find(_ seq: Int) -> Int {
        var root = seq
        while let up = parent[root], up != root { root = up }
        var node = seq
        while let up = parent[node], up != root {
            parent[node] = root
            node = up
        }
        return root
    }

    private mutating func union(_ a: Int, _ b: Int) {
        let (ra, rb) = (find(a), find(b))
        guard ra != rb, let countA = stories[ra]?.count, let countB = stories[rb]?.count else { return }
        guard countA + countB <= options.maxStoryDocuments else {
            refusedLinks += 1
            return
        }
        let (root, child) = ra < rb ? (ra, rb) : (rb, ra)
        parent[child] = root
        guard let joined = stories.removeValue(forKey: child) else { return }
        // In place: the root's members grow by the child and its members.
        stories[root]?.others.append(child)
        stories[root]?.others.append(contentsOf: joined.others)
        stories[root]?.open += joined.open
    }

    // MARK: - Evicting

    private func mustEvictHead() -> Bool {
        if openCount > options.maxOpenDocuments || heldBytes > options.maxOpenBytes { return true }
        guard let newestTime, entries.index(forKey: openOrder[openHead].sequence) != nil,
            let time = openOrder[openHead].time
        else {
            return false
        }
        return time < newestTime - options.windowSeconds
    }

    /// Takes the oldest article out of the open buffer; returns its story if that finished it.
    private mutating func evictHead() -> CorpusStory? {
        let seq = openOrder[openHead].sequence
        // The sketch is no longer needed (its entry stays until the array is compacted): moved out, not copied.
        var sketch: ShingleSketch?
        swap(&sketch, &openOrder[openHead].sketch)
        openHead += 1
        guard entries.index(forKey: seq) != nil else { return nil }
        if let sketch {
            buckets.remove(sketch.bands, seq)
            salientIndex.remove(seq)
        }
        let root = find(seq)
        guard let open = stories[root]?.open else { return nil }
        guard open == 1 else {
            stories[root]?.open = open - 1
            return nil
        }
        guard let story = stories.removeValue(forKey: root) else { return nil }
        var members = story.others
        members.append(root)
        members.sort()
        var articles: [Article] = []
        articles.reserveCapacity(members.count)
        for member in members {
            guard let held = entries.removeValue(forKey: member) else { continue }
            heldBytes -= held.bytes
            if let key = held.linkKey, keys[key] == member {
                keys[key] = nil
            }
            articles.append(held.article)
        }
        for member in members { parent[member] = nil }
        defer { storiesMade += 1 }
        return CorpusStory(sequence: storiesMade, id: articles.first?.id ?? "", articles: articles)
    }
}
