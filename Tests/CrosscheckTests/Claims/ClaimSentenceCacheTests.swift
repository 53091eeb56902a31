import CrosscheckTestSupport
import Testing

@testable import Crosscheck

/// Claims extracted with sentences replayed from other articles of a check are exactly the claims of extracting
/// every article alone: a differential test over generated stories whose versions and copies share sentences but
/// differ in the names introduced before them, their publication dates and their headlines.
@Suite struct ClaimSentenceCacheTests {
    /// Sentences with names (full, surname only, titled), numbers, quantities, absolute and relative dates and
    /// hedges; surname mentions resolve differently depending on which full name came earlier.
    private static let pool = [
        "Secretary-General Antonio Guterres arrived in Moscow on Tuesday.",
        "Guterres said the talks would continue.",
        "Maria Guterres, a spokesperson, declined to comment.",
        "Spokesperson Stéphane Dujarric said 1,500 people were evacuated yesterday.",
        "Dujarric added that the convoy reached Mariupol last week.",
        "Officials allegedly paid $3 million on March 3.",
        "The ministry denied the report on Friday.",
        "Prices rose 12 percent in the past two months, the U.N. said.",
        "Mr. Smith, the mayor, said the city could be evacuated next month.",
        "Smith said on Monday that 40,000 residents had left.",
        "John Smith told reporters the bridge was closed three days ago.",
        "President Zelensky met Guterres in Kyiv.",
        "The meeting lasted 90 minutes.",
    ]

    /// Dates the articles are published on (or none).
    private static let dates: [String?] = [nil, "2022-04-25T14:00:00Z", "2022-04-26T09:30:00Z", "2023-01-02"]

    /// One story: every article a random selection and order of the pool, sometimes with a headline.
    private static func story(_ generator: inout SplitMix64) -> [Document] {
        var documents: [Document] = []
        for index in 0 ..< Int.random(in: 2 ... 6, using: &generator) {
            var sentences = pool.filter { _ in Int.random(in: 0 ..< 3, using: &generator) > 0 }
            for _ in 0 ..< Int.random(in: 0 ... 2, using: &generator) where sentences.count > 1 {
                sentences.swapAt(
                    Int.random(in: 0 ..< sentences.count, using: &generator),
                    Int.random(in: 0 ..< sentences.count, using: &generator))
            }
            var title: String?
            var text = sentences.joined(separator: Int.random(in: 0 ..< 2, using: &generator) == 0 ? " " : "\n\n")
            if let first = sentences.first, Int.random(in: 0 ..< 3, using: &generator) == 0 {
                title = first
                text = first + "\n\n" + text
            }
            let published = dates[Int.random(in: 0 ..< dates.count, using: &generator)]
            documents.append(
                Document(article: Article(id: "a\(index)", title: title, published: published, text: text)))
        }
        return documents
    }

    @Test func replayedClaimsEqualScannedClaims() {
        let seed = SplitMix64.testSeed()
        print(
            "ClaimSentenceCacheTests.replayedClaimsEqualScannedClaims seed: \(seed) (replay with CROSSCHECK_SEED=\(seed))"
        )
        var generator = SplitMix64(seed: seed)
        let extractor = ClaimExtractor()
        var claimCount = 0
        for _ in 0 ..< 150 {
            let documents = Self.story(&generator)
            let cache = ClaimSentenceCache()
            for document in documents {
                let alone = extractor.claims(in: document)
                #expect(extractor.claims(in: document, reusing: cache) == alone, "\(document.article.text)")
                claimCount += alone.count
            }
        }
        #expect(claimCount > 1_000)
    }

    @Test func surnameMentionFollowsTheArticlesOwnFullName() {
        // The same sentence names a different person in each article: the replay must not carry the first
        // article's resolution over.
        let first = Document(
            article: Article(id: "a", text: "John Smith arrived on Monday. Smith said the bridge was closed."))
        let second = Document(
            article: Article(id: "b", text: "Anna Smith arrived on Monday. Smith said the bridge was closed."))
        let cache = ClaimSentenceCache()
        let extractor = ClaimExtractor()
        _ = extractor.claims(in: first, reusing: cache)
        let replayed = extractor.claims(in: second, reusing: cache)
        #expect(replayed == extractor.claims(in: second))
        #expect(replayed.contains { $0.kind == .person && $0.value == .string("Anna Smith") })
    }

    @Test func relativeDateFollowsTheArticlesOwnDate() {
        let text = "The convoy left yesterday. The talks ended."
        let cache = ClaimSentenceCache()
        let extractor = ClaimExtractor()
        for published in ["2022-04-25", "2022-04-27", "2022-04-25"] {
            let document = Document(article: Article(id: published, published: published, text: text))
            #expect(extractor.claims(in: document, reusing: cache) == extractor.claims(in: document))
        }
    }

    @Test func peopleReplayChecksEveryLookUp() {
        var people = PeopleNames()
        people.log = []
        _ = people["smith"]
        people["smith"] = "John Smith"
        _ = people["smith"]
        let operations = people.log ?? []
        // Reads nil, writes, then reads its own write: valid where "smith" is unknown.
        var fresh = PeopleNames()
        let valid = fresh.replay(operations)
        #expect(valid)
        #expect(fresh.names == ["smith": "John Smith"])
        // Invalid where "smith" is already someone else, and nothing is applied.
        var other = PeopleNames()
        other["smith"] = "Anna Smith"
        let invalid = other.replay(operations)
        #expect(!invalid)
        #expect(other.names == ["smith": "Anna Smith"])
    }
}
