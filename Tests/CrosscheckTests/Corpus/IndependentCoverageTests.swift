import CrosscheckTestSupport
import Foundation
import Testing

@testable import Crosscheck

/// The salient-term channel of story grouping: independently written outlets of one event are one story, a
/// different event of the same topic on the same day is not, wire copies still are, and the index stays bounded.
@Suite struct IndependentCoverageTests {
    /// The facts of one event: what independent outlets share.
    struct Event {
        var people: [String]
        var places: [String]
        var numbers: [String]
    }

    /// A topic's people and place (shared by all its events), and two events of it.
    static let topic = ["Marta Kovalenko", "Ivan Petrenko", "Zhytomyr"]
    static let event = Event(
        people: topic.prefix(2) + ["Olek Brandt"], places: ["Zhytomyr", "Vinnytsia"],
        numbers: ["4,812", "37.5%", "1,260"])
    static let distractor = Event(
        people: topic.prefix(2) + ["Dana Ruslan"], places: ["Zhytomyr", "Poltava"], numbers: ["903", "12.1%", "77"])

    /// An outlet's own article on an event: its own sentences of invented words, mentioning all facts but `drop`
    /// (chosen at random) once or twice.
    static func article(_ event: Event, drop: Int, _ random: inout SplitMix64) -> String {
        var facts = Array((event.people + event.places + event.numbers).shuffled(using: &random).dropFirst(drop))
        facts += facts.filter { _ in Bool.random(using: &random) }
        var sentences = CorpusStories.sentences(max(8, facts.count + 2), &random)
        for (index, fact) in facts.shuffled(using: &random).enumerated() {
            var words = sentences[index % sentences.count].split(separator: " ").map(String.init)
            words.insert(fact, at: Int.random(in: 1 ..< words.count, using: &random))
            sentences[index % sentences.count] = words.joined(separator: " ")
        }
        return sentences.joined(separator: " ")
    }

    /// Background articles (for the document frequencies), then two independent outlets and a wire copy of one
    /// event, and a same-topic distractor of the same day.
    static func corpus(seed: UInt64) -> String {
        var random = SplitMix64(seed: seed)
        var lines: [String] = []
        for index in 0 ..< 60 {
            let text = CorpusStories.sentences(10, &random).joined(separator: " ")
            let line = CorpusStories.line(
                id: "bg\(index)", source: "Wire", url: "https://bg.example/\(index)",
                published: CorpusStories.time(index * 5), text: text)
            lines.append(line)
        }
        let first = article(event, drop: 2, &random)
        var wire = first.split(separator: ".").map(String.init)
        wire[1] = CorpusStories.sentences(1, &random)[0].dropLast() + ""
        let articles = [
            ("a", "https://a.example/e", first),
            ("d", "https://d.example/x", article(distractor, drop: 2, &random)),
            ("b", "https://b.example/e", article(event, drop: 2, &random)),
            ("w", "https://w.example/e", wire.joined(separator: ".")),
        ]
        for (offset, (id, url, text)) in articles.enumerated() {
            lines.append(
                CorpusStories.line(
                    id: id, source: id.uppercased(), url: url, published: CorpusStories.time(300 + offset * 20),
                    text: text))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func groups(_ jsonl: String, jobs: Int = 2, termSimilarity: Double? = CorpusOptions().minimumTermSimilarity)
        throws -> [[String]]
    {
        let directory = TemporaryDirectory()
        let path = directory.write("corpus.jsonl", jsonl)
        let out = directory.path + "/stories.jsonl"
        var options = CorpusOptions()
        options.mode = .group
        options.jobs = jobs
        options.minimumTermSimilarity = termSimilarity
        _ = try CorpusRunner(inputs: [path], ingest: IngestOptions(), options: options).run(
            output: try CorpusOutput.atomic(path: out)
        ) { _ in }
        return try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").map { line in
            let story = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return (story["documents"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        }
    }

    @Test func groupsIndependentOutletsAndWireCopiesButNotASameTopicDistractor() throws {
        let seed = SplitMix64.testSeed(default: 31)
        print("IndependentCoverageTests seed \(seed)")
        let result = try groups(Self.corpus(seed: seed))
        let story = try #require(result.first { $0.contains("a") })
        #expect(story.sorted() == ["a", "b", "w"], "seed \(seed)")
        #expect(result.contains(["d"]), "seed \(seed)")
        #expect(result.filter { $0.contains { $0.hasPrefix("bg") } }.allSatisfy { $0.count == 1 }, "seed \(seed)")
    }

    @Test func withoutTheTermChannelOnlyTheWireCopyIsFound() throws {
        let result = try groups(Self.corpus(seed: 31), termSimilarity: nil)
        #expect(result.contains { $0.sorted() == ["a", "w"] })
        #expect(result.contains(["b"]) && result.contains(["d"]))
    }

    @Test func outputIsTheSameWithOneAndTwoJobs() throws {
        let jsonl = Self.corpus(seed: 47)
        #expect(try groups(jsonl, jobs: 1) == groups(jsonl, jobs: 2))
    }

    @Test func theTermIndexHoldsOnlyOpenArticles() {
        var options = CorpusOptions()
        options.maxOpenDocuments = 5
        var grouper = StoryGrouper(options: options)
        var random = SplitMix64(seed: 5)
        for index in 0 ..< 40 {
            let text = Self.article(Self.event, drop: 4, &random)
            let article = Article(id: "\(index)", published: "2024-03-01", text: text)
            _ = grouper.add(CorpusEntry(article: article, sequence: index, grouping: .similarity))
            #expect(grouper.salientCount <= grouper.openCount && grouper.openCount <= 5)
        }
        _ = grouper.finish()
        #expect(grouper.salientCount == 0)
    }

    @Test func salientTermsCountDistinctTermsAndTellNumbersFromWords() {
        let terms = SalientTerms(text: "Kovalenko met Kovalenko in Kyiv; 4,812 people and 4,812 more. Of it.")
        // kovalenko, met, kyiv, 4,812, people, and, more: short words ("in", "of", "it") are not terms.
        #expect(terms.hashes.count == 7)
        #expect(terms.counts.filter { $0 == 2 }.count == 2)
        #expect(terms.hashes.filter { $0 & 1 == 1 }.count == 1)
        #expect(terms.hashes == terms.hashes.sorted())
    }
}
