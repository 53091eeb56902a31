import CrosscheckTestSupport
import Foundation
import Testing

@testable import Crosscheck

/// Checks that the story fixtures in `Fixtures/` say what `Fixtures/README.md` says they say.
@Suite struct GuterresFixtureTests {
    static let versions = [
        "guterres-moscow", "guterres-moscow-typographic", "guterres-moscow-edited", "guterres-moscow-outlet-b",
    ]

    /// Headline and body of a plain-text fixture (first line, a blank line, the rest).
    static func headlineAndBody(_ name: String) throws -> (headline: String, body: String) {
        let text = try String(contentsOfFile: FixturePaths.path(name + ".txt"), encoding: .utf8)
        let parts = text.split(separator: "\n\n", maxSplits: 1, omittingEmptySubsequences: false)
        try #require(parts.count == 2, "\(name) has no headline line")
        return (String(parts[0]), String(parts[1]))
    }

    /// The text from the first occurrence of `start` through the first following occurrence of `end`.
    static func excerpt(_ text: String, from start: String, through end: String) throws -> String {
        let lower = try #require(text.range(of: start), "\(start) not found")
        let upper = try #require(text.range(of: end, range: lower.upperBound ..< text.endIndex), "\(end) not found")
        return String(text[lower.lowerBound ..< upper.upperBound])
    }

    @Test func jsonObjectIsTheSeedArticle() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: FixturePaths.path("guterres-moscow.json")))
        let article = try JSONDecoder().decode(Article.self, from: data)
        let seed = try Self.headlineAndBody("guterres-moscow")
        #expect(article.id == "guterres-moscow")
        #expect(article.title == seed.headline)
        #expect(article.text == seed.body)
        #expect(article.published == "2022-04-25T14:00:00Z")
    }

    @Test func jsonLinesHoldEveryVersion() throws {
        let text = try String(contentsOfFile: FixturePaths.path("stories.jsonl"), encoding: .utf8)
        let lines = text.split(separator: "\n")
        let articles = try lines.map { try JSONDecoder().decode(Article.self, from: Data($0.utf8)) }
        #expect(articles.map(\.id) == Self.versions)
        for article in articles {
            let version = try Self.headlineAndBody(article.id)
            #expect(article.title == version.headline, "\(article.id)")
            #expect(article.text == version.body, "\(article.id)")
            #expect(article.source != nil && article.url != nil && article.published != nil, "\(article.id)")
        }
    }

    @Test func typographicVersionNormalisesToTheSeed() throws {
        let seed = try Self.headlineAndBody("guterres-moscow")
        let copy = try Self.headlineAndBody("guterres-moscow-typographic")
        #expect(seed.headline == copy.headline)
        // Everything up to the end of the story text is equal once normalised; only the furniture lines differ.
        let seedStory = try Self.excerpt(seed.body, from: "U.N.", through: "atrocities.")
        let copyStory = try Self.excerpt(copy.body, from: "U.N.", through: "atrocities.")
        #expect(seedStory != copyStory)
        #expect(NormalizedText.areEquivalent(seedStory, copyStory))
    }

    @Test func editedVersionChangesOneQuoteAndKeepsTheOthers() throws {
        let seed = try Self.headlineAndBody("guterres-moscow").body
        let edited = try Self.headlineAndBody("guterres-moscow-edited").body
        let quote = { (text: String) in try Self.excerpt(text, from: "“Because", through: "people,”") }
        #expect(!NormalizedText.areEquivalent(try quote(seed), try quote(edited), options: .loose))
        let comma = { (text: String) in try Self.excerpt(text, from: "“We will see", through: "time.”") }
        #expect(!NormalizedText.areEquivalent(try comma(seed), try comma(edited), options: .loose))
        let unchanged = { (text: String) in try Self.excerpt(text, from: "“We don’t", through: "Bucha,”") }
        #expect(try unchanged(seed) == unchanged(edited))
    }

    @Test func outletBKeepsTheNebenziaQuoteWordingButNotItsSpeaker() throws {
        let seed = try Self.headlineAndBody("guterres-moscow").body
        let outletB = try Self.headlineAndBody("guterres-moscow-outlet-b").body
        let quote = { (text: String) in try Self.excerpt(text, from: "“We don’t", through: "Bucha,”") }
        #expect(NormalizedText.areEquivalent(try quote(seed), try quote(outletB)))
        #expect(seed.contains("Ambassador Dmitry Polyansky told reporters"))
        #expect(outletB.contains("Russian Ambassador Vassily Nebenzia told reporters"))
        #expect(!outletB.contains("Polyansky"))
    }
}
