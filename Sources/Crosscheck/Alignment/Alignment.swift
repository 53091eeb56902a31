/// Sentence alignment of two or more versions or sources of one story: groups of corresponding sentences across
/// all documents, each with its relation (`identical`, `edited`, `moved`, `split`, `merged`, `unique`).
///
/// How it works:
/// - Every sentence gets a profile (``AlignmentCorpus``): IDF-weighted loose-folded content tokens, character
///   trigrams, and an identity key (typography-folded token bytes).
/// - Every pair of documents is aligned by ``PairwiseAligner``, always in a canonical order of the two documents
///   (by a hash of their text, then id, source, date and text), so the links of a pair never depend on where the
///   two documents were given.
/// - Groups are the connected components of the pairwise links (a union-find over sentences): splits and merges
///   first, then one-to-one links from the most similar down, each joining two groups only when no document has
///   sentences in both.
/// - Relations, `split` versus `merged` and provenance follow the version order (``order``).
/// - Groups are sorted in the reading order of the first version, with sentences it lacks placed after the
///   closest preceding sentence that it has.
///
/// Every sentence of every document is in exactly one group, and the groups (with members mapped back to the same
/// documents) are the same whatever the order of the documents after the first; with ``VersionOrder/automatic``
/// and dates on every document, whatever the order of all of them.
public struct Alignment: Sendable {
    /// The documents, in argument order.
    public let documents: [Document]
    /// The groups, in reading order.
    public let groups: [AlignmentGroup]
    /// The version order: document indices, oldest first.
    public let order: [Int]
    /// Whether ``order`` is a real version chain (`--chain`, or every document has `published`); only then do
    /// groups carry ``AlignmentGroup/provenance``.
    public let isChain: Bool

    /// Aligns documents.
    /// - Parameters:
    ///   - documents: Two or more documents (one is allowed: every group is then `unique`).
    ///   - order: How the versions are ordered in time.
    ///   - options: Thresholds.
    /// - Complexity: O(d² · s · (k + t)) for `d` documents of `s` sentences; see ``PairwiseAligner``.
    public init(documents: [Document], order: VersionOrder = .automatic, options: AlignmentOptions = AlignmentOptions())
    {
        self.documents = documents
        let corpus = AlignmentCorpus(documents: documents)
        let rank = Self.canonicalRanks(documents)
        let versions: [Int]
        let dated = documents.allSatisfy { $0.article.published != nil }
        switch order {
        case .arguments:
            versions = Array(documents.indices)
        case .automatic where dated:
            versions = documents.indices.sorted {
                ($0 == $1)
                    ? false
                    : (documents[$0].article.published ?? "", rank[$0]) < (
                        documents[$1].article.published ?? "", rank[$1]
                    )
            }
        case .automatic:
            versions = documents.isEmpty ? [] : [0] + documents.indices.dropFirst().sorted { rank[$0] < rank[$1] }
        }
        self.order = versions
        self.isChain = order == .arguments || (dated && documents.count > 1)

        // Pairwise links, each pair in canonical order.
        var offsets = [0]
        for profiles in corpus.profiles { offsets.append(offsets[offsets.count - 1] + profiles.count) }
        var docOf: [Int] = []
        for (d, profiles) in corpus.profiles.enumerated() { docOf += [Int](repeating: d, count: profiles.count) }
        var sets = DisjointSets(count: offsets[offsets.count - 1])
        var movedNodes: [Int] = []
        var single: [(link: SentenceLink, x: Int, y: Int)] = []
        // Sentence pairs met again in another document pair reuse their similarity (only with three or more
        // documents can a pair recur).
        let memo = documents.count > 2 ? SimilarityMemo() : nil
        for x in documents.indices {
            for y in documents.indices where rank[x] < rank[y] {
                let aligner = PairwiseAligner(
                    a: corpus.profiles[x], b: corpus.profiles[y], options: options, memo: memo)
                for link in aligner.align() {
                    if link.a.count == 1 && link.b.count == 1 {
                        single.append((link, x, y))
                        continue
                    }
                    // Splits and merges first: they are the only links that put several sentences of one
                    // document into a group.
                    let first = offsets[x] + link.a.lowerBound
                    for s in link.a { sets.union(first, offsets[x] + s) }
                    for s in link.b { sets.union(first, offsets[y] + s) }
                }
            }
        }
        // One-to-one links, most similar first (ties in a canonical order), join two groups only when no document
        // has sentences in both: an inconsistent chain of links across three or more documents never puts two
        // unrelated sentences of one document together.
        single.sort { p, q in
            if p.link.similarity != q.link.similarity { return p.link.similarity > q.link.similarity }
            return (rank[p.x], rank[p.y], p.link.a.lowerBound, p.link.b.lowerBound)
                < (rank[q.x], rank[q.y], q.link.a.lowerBound, q.link.b.lowerBound)
        }
        var docsOfRoot: [Int: Set<Int>] = [:]
        func docs(_ root: Int) -> Set<Int> {
            if let known = docsOfRoot[root] { return known }
            return [docOf[root]]
        }
        for node in 0 ..< docOf.count where sets.find(node) != node {
            docsOfRoot[sets.find(node), default: [docOf[sets.find(node)]]].insert(docOf[node])
        }
        for (link, x, y) in single {
            let (u, v) = (offsets[x] + link.a.lowerBound, offsets[y] + link.b.lowerBound)
            let (ru, rv) = (sets.find(u), sets.find(v))
            guard ru != rv else { continue }
            let (du, dv) = (docs(ru), docs(rv))
            guard du.isDisjoint(with: dv) else { continue }
            sets.union(ru, rv)
            docsOfRoot[ru] = nil
            docsOfRoot[rv] = nil
            docsOfRoot[sets.find(u)] = du.union(dv)
            if link.moved { movedNodes.append(u) }
        }
        var moved = Set<Int>()
        for node in movedNodes { moved.insert(sets.find(node)) }

        // Components.
        var membersOfRoot: [Int: [AlignmentMember]] = [:]
        for d in documents.indices {
            for s in 0 ..< corpus.profiles[d].count {
                membersOfRoot[sets.find(offsets[d] + s), default: []].append(AlignmentMember(doc: d, sentence: s))
            }
        }
        var groups: [AlignmentGroup] = []
        groups.reserveCapacity(membersOfRoot.count)
        for (root, members) in membersOfRoot {
            groups.append(
                Self.group(
                    members: members.sorted(), moved: moved.contains(root), versions: versions, corpus: corpus,
                    chain: isChain))
        }
        self.groups = Self.readingOrder(groups, versions: versions, rank: rank, documents: documents)
    }

    /// One group's relation, change flag and provenance.
    static func group(
        members: [AlignmentMember], moved: Bool, versions: [Int], corpus: AlignmentCorpus, chain: Bool
    ) -> AlignmentGroup {
        // Members per document, and the member's sentence when a document has exactly one (most groups).
        var counts = [Int](repeating: 0, count: corpus.profiles.count)
        var single = [Int](repeating: -1, count: corpus.profiles.count)
        for member in members {
            counts[member.doc] += 1
            single[member.doc] = member.sentence
        }
        func identity(_ doc: Int) -> [UInt8] {
            members.filter { $0.doc == doc }.flatMap { corpus.profiles[doc][$0.sentence].identity }
        }
        // Whether two documents' sentences in the group have the same identity bytes: one sentence each compares
        // interned identity ids (equal ids ⇔ equal bytes; -1 only for empty bytes), several their concatenations.
        func sameIdentity(_ x: Int, _ y: Int) -> Bool {
            if counts[x] == 1 && counts[y] == 1 {
                return corpus.profiles[x][single[x]].identityID == corpus.profiles[y][single[y]].identityID
            }
            return identity(x) == identity(y)
        }
        let present = versions.filter { counts[$0] > 0 }
        let changed = present.first.map { first in present.dropFirst().contains { !sameIdentity($0, first) } } ?? false
        let relation: AlignmentRelation
        if members.count == 1 {
            relation = .unique
        } else if counts.contains(where: { $0 > 1 }) {
            let first = present.first.map { counts[$0] } ?? 1
            let maximumLater = present.dropFirst().map { counts[$0] }.max() ?? first
            relation = first < maximumLater ? .split : .merged
        } else if moved {
            relation = .moved
        } else {
            relation = changed ? .edited : .identical
        }
        var provenance: GroupProvenance?
        if chain, let introduced = present.first {
            var changedIn: [Int] = []
            var removedIn: [Int] = []
            var previous: Int? = nil
            var wasPresent = false
            for version in versions {
                if counts[version] > 0 {
                    if let previous, !sameIdentity(previous, version) { changedIn.append(version) }
                    previous = version
                    wasPresent = true
                } else {
                    if wasPresent { removedIn.append(version) }
                    wasPresent = false
                }
            }
            provenance = GroupProvenance(introduced: introduced, changed: changedIn, removed: removedIn)
        }
        return AlignmentGroup(relation: relation, members: members, changed: changed, provenance: provenance)
    }

    /// The rank of every document in a canonical order that depends only on content: FNV-1a hash of the text, then
    /// id, source, published, title and text; ties (identical articles) by argument order.
    static func canonicalRanks(_ documents: [Document]) -> [Int] {
        func hash(_ bytes: [UInt8]) -> UInt64 {
            var h = FNV1a()
            h.add(bytes: bytes)
            return h.value
        }
        let hashes = documents.map { hash($0.text.utf8) }
        let sorted = documents.indices.sorted { x, y in
            let (p, q) = (documents[x].article, documents[y].article)
            if hashes[x] != hashes[y] { return hashes[x] < hashes[y] }
            if p.id != q.id { return p.id < q.id }
            if p.source != q.source { return (p.source ?? "") < (q.source ?? "") }
            if p.published != q.published { return (p.published ?? "") < (q.published ?? "") }
            if p.title != q.title { return (p.title ?? "") < (q.title ?? "") }
            if p.text != q.text { return p.text < q.text }
            return x < y
        }
        var rank = [Int](repeating: 0, count: documents.count)
        for (position, index) in sorted.enumerated() { rank[index] = position }
        return rank
    }

    /// Sorts groups in the reading order of the first version: a group it has sorts by its first sentence there;
    /// another group sorts just after the closest preceding sentence (in the earliest version that has the group)
    /// whose group the first version has.
    private static func readingOrder(
        _ groups: [AlignmentGroup], versions: [Int], rank: [Int], documents: [Document]
    ) -> [AlignmentGroup] {
        guard let reference = versions.first else { return groups }
        var groupOf: [AlignmentMember: Int] = [:]
        for (index, group) in groups.enumerated() { for member in group.members { groupOf[member] = index } }
        let versionRank = Dictionary(uniqueKeysWithValues: versions.enumerated().map { ($1, $0) })
        func referencePosition(_ index: Int) -> Int? { groups[index].sentences(in: reference).first }
        var keys: [(Int, Int, Int, Int)] = []
        keys.reserveCapacity(groups.count)
        for index in groups.indices {
            if let position = referencePosition(index) {
                keys.append((position, 0, 0, 0))
                continue
            }
            let doc = versions.first { !groups[index].sentences(in: $0).isEmpty } ?? reference
            let sentence = groups[index].sentences(in: doc).first ?? 0
            var anchor = -1
            var previous = sentence - 1
            while previous >= 0 {
                if let other = groupOf[AlignmentMember(doc: doc, sentence: previous)],
                    let position = referencePosition(other)
                {
                    anchor = position
                    break
                }
                previous -= 1
            }
            keys.append((anchor, 1, versionRank[doc] ?? 0, sentence))
        }
        let order = groups.indices.sorted { x, y in
            if keys[x] != keys[y] { return keys[x] < keys[y] }
            let (p, q) = (groups[x].members, groups[y].members)
            return p.lexicographicallyPrecedes(q)
        }
        return order.map { groups[$0] }
    }
}
