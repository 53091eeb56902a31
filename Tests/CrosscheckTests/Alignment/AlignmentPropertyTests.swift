import CrosscheckTestSupport
import Foundation
import Testing

@testable import Crosscheck

/// Properties of alignment on random versions of one story: every sentence in exactly one group, and groups that
/// do not depend on the order of the documents. Replay a failure with `CROSSCHECK_SEED=<seed>`.
@Suite struct AlignmentPropertyTests {
    static let vocabulary = [
        "council", "mayor", "budget", "river", "police", "storm", "harbor", "minister", "election", "court",
        "ruling", "hospital", "school", "bridge", "market", "prices", "workers", "strike", "talks", "treaty",
        "border", "village", "capital", "report", "museum", "festival", "airport", "flights", "rain", "drought",
    ]
    static let fillers = ["the", "a", "of", "in", "on", "and", "said", "after", "for", "with", "to", "was"]

    static func sentence(_ generator: inout SplitMix64) -> String {
        let count = Int.random(in: 5 ... 14, using: &generator)
        var words: [String] = []
        for k in 0 ..< count {
            let pool = Int.random(in: 0 ..< 3, using: &generator) == 0 ? vocabulary : fillers
            var word = pool.randomElement(using: &generator) ?? "news"
            if Int.random(in: 0 ..< 6, using: &generator) == 0 {
                word += String(Int.random(in: 1 ... 99, using: &generator))
            }
            words.append(k == 0 ? word.prefix(1).uppercased() + word.dropFirst() : word)
        }
        return words.joined(separator: " ") + "."
    }

    /// A story and random versions of it: sentences edited, dropped, added, moved, duplicated.
    static func versions(count: Int, _ generator: inout SplitMix64) -> [Document] {
        let base = (0 ..< Int.random(in: 3 ... 14, using: &generator)).map { _ in sentence(&generator) }
        return (0 ..< count).map { index in
            var sentences = base
            for _ in 0 ..< Int.random(in: 0 ... 5, using: &generator) {
                guard !sentences.isEmpty else { break }
                let k = Int.random(in: 0 ..< sentences.count, using: &generator)
                switch Int.random(in: 0 ..< 5, using: &generator) {
                case 0: sentences.remove(at: k)
                case 1: sentences.insert(sentence(&generator), at: k)
                case 2:
                    var words = sentences[k].dropLast().split(separator: " ").map(String.init)
                    words[Int.random(in: 0 ..< words.count, using: &generator)] =
                        vocabulary.randomElement(using: &generator) ?? "news"
                    sentences[k] = words.joined(separator: " ") + "."
                case 3:
                    let moved = sentences.remove(at: k)
                    sentences.insert(moved, at: Int.random(in: 0 ... sentences.count, using: &generator))
                default: sentences.insert(sentences[k], at: k)
                }
            }
            let text = sentences.joined(separator: Int.random(in: 0 ..< 2, using: &generator) == 0 ? " " : "\n\n")
            return Document(article: Article(id: "v\(index)", text: text), headline: .never)
        }
    }

    /// Groups as sets of (document id, sentence), independent of argument order.
    static func canonicalGroups(_ alignment: Alignment) -> Set<[String]> {
        Set(
            alignment.groups.map { group in
                [group.relation.rawValue]
                    + group.members.map { "\(alignment.documents[$0.doc].article.id):\($0.sentence)" }.sorted()
            })
    }

    @Test func everySentenceIsInExactlyOneGroup() {
        let seed = SplitMix64.testSeed()
        print("AlignmentPropertyTests.everySentenceIsInExactlyOneGroup seed: \(seed)")
        var generator = SplitMix64(seed: seed)
        for _ in 0 ..< 60 {
            let documents = Self.versions(count: Int.random(in: 1 ... 6, using: &generator), &generator)
            let alignment = Alignment(documents: documents)
            AlignmentTests.expectPartition(alignment)
        }
    }

    @Test func groupsDoNotDependOnDocumentOrder() {
        let seed = SplitMix64.testSeed()
        print("AlignmentPropertyTests.groupsDoNotDependOnDocumentOrder seed: \(seed)")
        var generator = SplitMix64(seed: seed)
        for _ in 0 ..< 30 {
            let documents = Self.versions(count: Int.random(in: 3 ... 8, using: &generator), &generator)
            let expected = Alignment(documents: documents)
            let groups = Self.canonicalGroups(expected)
            let ids = expected.groups.map { $0.members.map { expected.documents[$0.doc].article.id } }
            for _ in 0 ..< 4 {
                // Any order of DOC2..DOCn gives the same groups, in the same reading order.
                let rest = documents.dropFirst().shuffled(using: &generator)
                let permuted = Alignment(documents: [documents[0]] + rest)
                #expect(Self.canonicalGroups(permuted) == groups, "seed \(seed)")
                #expect(
                    permuted.groups.map { $0.members.map { permuted.documents[$0.doc].article.id } }.map(Set.init)
                        == ids.map(Set.init), "seed \(seed)")
                // With the first document moved too, the groups are still the same sets.
                let all = Alignment(documents: documents.shuffled(using: &generator))
                #expect(
                    Self.canonicalGroups(all).map { Array($0.dropFirst()) }.sorted { $0.lexicographicallyPrecedes($1) }
                        == groups.map { Array($0.dropFirst()) }.sorted { $0.lexicographicallyPrecedes($1) },
                    "seed \(seed)")
            }
        }
    }

    /// The group analysis before it compared interned identity ids: identity bytes concatenated per document.
    private static func referenceGroup(
        members: [AlignmentMember], moved: Bool, versions: [Int], corpus: AlignmentCorpus, chain: Bool
    ) -> AlignmentGroup {
        var counts: [Int: Int] = [:]
        for member in members { counts[member.doc, default: 0] += 1 }
        func identity(_ doc: Int) -> [UInt8] {
            members.filter { $0.doc == doc }.flatMap { corpus.profiles[doc][$0.sentence].identity }
        }
        let present = versions.filter { counts[$0] != nil }
        let firstIdentity = present.first.map(identity) ?? []
        let changed = present.dropFirst().contains { identity($0) != firstIdentity }
        let relation: AlignmentRelation
        if members.count == 1 {
            relation = .unique
        } else if counts.values.contains(where: { $0 > 1 }) {
            let first = present.first.flatMap { counts[$0] } ?? 1
            let maximumLater = present.dropFirst().compactMap { counts[$0] }.max() ?? first
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
            var previous: [UInt8]? = nil
            var wasPresent = false
            for version in versions {
                if counts[version] != nil {
                    let text = identity(version)
                    if let previous, previous != text { changedIn.append(version) }
                    previous = text
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

    /// A group's relation, change flag and provenance are what the byte-concatenating analysis gives, for the
    /// groups of real alignments and for random member sets (several sentences of one document, repeated and
    /// empty sentences), moved or not, as a chain or not.
    @Test func groupAnalysisEqualsTheByteComparison() {
        let seed = SplitMix64.testSeed()
        print("AlignmentPropertyTests.groupAnalysisEqualsTheByteComparison seed \(seed)")
        var generator = SplitMix64(seed: seed)
        for _ in 0 ..< 60 {
            var documents = Self.versions(count: Int.random(in: 1 ... 5, using: &generator), &generator)
            if Bool.random(using: &generator) {
                // A copy of a document, and one with an empty sentence ("." alone has no content tokens).
                documents.append(
                    Document(article: Article(id: "copy", text: documents[0].article.text), headline: .never))
                documents.append(
                    Document(article: Article(id: "dots", text: ". Council. ."), headline: .never))
            }
            let corpus = AlignmentCorpus(documents: documents)
            let alignment = Alignment(documents: documents)
            var memberSets = alignment.groups.map(\.members)
            for _ in 0 ..< 30 {
                var members = Set<AlignmentMember>()
                for _ in 0 ..< Int.random(in: 1 ... 6, using: &generator) {
                    let doc = Int.random(in: 0 ..< documents.count, using: &generator)
                    guard !corpus.profiles[doc].isEmpty else { continue }
                    members.insert(
                        AlignmentMember(
                            doc: doc, sentence: Int.random(in: 0 ..< corpus.profiles[doc].count, using: &generator)))
                }
                if !members.isEmpty { memberSets.append(members.sorted()) }
            }
            var versions = Array(documents.indices)
            versions.shuffle(using: &generator)
            for members in memberSets {
                for (moved, chain) in [(false, false), (true, true), (false, true)] {
                    let got = Alignment.group(
                        members: members, moved: moved, versions: versions, corpus: corpus, chain: chain)
                    let expected = Self.referenceGroup(
                        members: members, moved: moved, versions: versions, corpus: corpus, chain: chain)
                    #expect(got == expected, "\(members)")
                }
            }
        }
    }
}
