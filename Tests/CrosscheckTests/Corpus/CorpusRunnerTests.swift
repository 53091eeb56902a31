import CrosscheckTestSupport
import Foundation
import Testing

@testable import Crosscheck

/// `crosscheck corpus` through the library: grouping, field grouping, bad records, limits, determinism.
@Suite struct CorpusRunnerTests {
    struct Run {
        var stories: [[String: Any]]
        var summary: CorpusSummary
        var issues: [CorpusIssue]

        /// The document ids of every story, in output order.
        var groups: [[String]] {
            stories.map { ($0["documents"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } }
        }

        /// The groups in order of their first id (stories are written when they finish, not when they start).
        var sortedGroups: [[String]] { groups.sorted { $0.lexicographicallyPrecedes($1) } }
    }

    func run(
        _ files: [String], options: CorpusOptions = CorpusOptions(), ingest: IngestOptions = IngestOptions()
    ) throws -> Run {
        let directory = TemporaryDirectory()
        let out = directory.path + "/stories.jsonl"
        var issues: [CorpusIssue] = []
        let summary = try CorpusRunner(inputs: files, ingest: ingest, options: options).run(
            output: try CorpusOutput.atomic(path: out)
        ) { issues.append($0) }
        let text = try String(contentsOfFile: out, encoding: .utf8)
        let stories = try text.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        return Run(stories: stories, summary: summary, issues: issues)
    }

    func groupOnly(_ jobs: Int = 2) -> CorpusOptions {
        var options = CorpusOptions()
        options.mode = .group
        options.jobs = jobs
        return options
    }

    @Test func groupsVersionsAndOutletsButNotUnrelatedStoriesOfTheSameHour() throws {
        var random = SplitMix64(seed: 11)
        let story = CorpusStories.sentences(14, &random)
        var edited = story
        edited[5] = CorpusStories.sentences(1, &random)[0]
        edited.append(CorpusStories.sentences(1, &random)[0])
        var rewritten = Array(story.dropFirst(2))
        rewritten[3] = CorpusStories.sentences(1, &random)[0]
        rewritten[7] = CorpusStories.sentences(1, &random)[0]
        rewritten.swapAt(0, 4)
        let unrelated = CorpusStories.sentences(14, &random)
        let lines = [
            CorpusStories.line(
                id: "a1", source: "A", url: "https://a.example/x", published: "2024-03-01T10:00:00Z",
                text: story.joined(separator: " ")),
            CorpusStories.line(
                id: "c1", source: "C", url: "https://c.example/y", published: "2024-03-01T10:05:00Z",
                text: unrelated.joined(separator: " ")),
            CorpusStories.line(
                id: "b1", source: "B", url: "https://b.example/z", published: "2024-03-01T10:20:00Z",
                text: rewritten.joined(separator: " ")),
            CorpusStories.line(
                id: "a2", source: "A", url: "http://www.A.example/x/", published: "2024-03-01T12:00:00Z",
                text: edited.joined(separator: " ")),
        ]
        let directory = TemporaryDirectory()
        let path = directory.write("day.jsonl", lines.joined(separator: "\n") + "\n")
        let result = try run([path], options: groupOnly())
        #expect(result.groups == [["c1"], ["a1", "b1", "a2"]])
        #expect(result.stories.last?["story"] as? String == "a1")
        #expect(result.summary.articles == 4 && result.summary.storiesWritten == 2)
    }

    @Test func versionsOfOneURLAreOneStoryEvenWhenRewrittenButTheWindowSeparatesCopies() throws {
        var random = SplitMix64(seed: 12)
        let text = CorpusStories.sentences(10, &random).joined(separator: " ")
        let other = CorpusStories.sentences(10, &random).joined(separator: " ")
        let lines = [
            CorpusStories.line(id: "u1", source: "A", url: "https://a.example/1", published: "2024-03-01", text: text),
            CorpusStories.line(id: "u2", source: "A", url: "https://a.example/1", published: "2024-03-01", text: other),
            CorpusStories.line(id: "late", source: "B", url: nil, published: "2024-03-09", text: text),
        ]
        let directory = TemporaryDirectory()
        let path = directory.write("urls.jsonl", lines.joined(separator: "\n"))
        var options = groupOnly()
        options.windowSeconds = 86_400
        #expect(try run([path], options: options).groups == [["u1", "u2"], ["late"]])
    }

    @Test func groupsByAFieldWhenAsked() throws {
        let lines = [
            CorpusStories.line(
                id: "1", source: "A", url: "https://a/1", published: "2024-03-01", text: "One thing.",
                extra: ["story": "x"]),
            CorpusStories.line(
                id: "2", source: "B", url: "https://b/2", published: "2024-03-01", text: "Another thing entirely.",
                extra: ["story": "y"]),
            CorpusStories.line(
                id: "3", source: "C", url: "https://a/1", published: "2024-03-02", text: "Third.",
                extra: ["story": "x"]),
            CorpusStories.line(id: "4", source: "C", url: nil, published: "2024-03-02", text: "No key."),
        ]
        let directory = TemporaryDirectory()
        let path = directory.write("keys.jsonl", lines.joined(separator: "\n"))
        var options = groupOnly()
        options.grouping = try #require(StoryGrouping(argument: "field:story"))
        #expect(try run([path], options: options).sortedGroups == [["1", "3"], ["2"], ["4"]])
        options.grouping = try #require(StoryGrouping(argument: "url"))
        #expect(try run([path], options: options).sortedGroups == [["1", "3"], ["2"], ["4"]])
        options.grouping = try #require(StoryGrouping(argument: "source"))
        #expect(try run([path], options: options).sortedGroups == [["1"], ["2"], ["3", "4"]])
    }

    @Test func recoversTheGeneratedStories() throws {
        let seed = SplitMix64.testSeed(default: 2024)
        print("CorpusRunnerTests seed \(seed)")
        let (jsonl, gold) = CorpusStories.corpus(stories: 40, seed: seed)
        let directory = TemporaryDirectory()
        let path = directory.write("corpus.jsonl", jsonl)
        let groups = try run([path], options: groupOnly()).groups
        for group in groups {
            #expect(Set(group.compactMap { gold[$0] }).count == 1, "mixed story \(group)")
        }
        #expect(groups.count == 40)
    }

    @Test func outputIsTheSameWithOneAndFourJobs() throws {
        let (jsonl, _) = CorpusStories.corpus(stories: 12, seed: 99)
        let directory = TemporaryDirectory()
        let path = directory.write("corpus.jsonl", jsonl)
        var options = CorpusOptions()
        options.jobs = 1
        let one = try run([path], options: options)
        options.jobs = 4
        let four = try run([path], options: options)
        #expect(one.stories.count == 12)
        let encode = { (run: Run) in
            try run.stories.map {
                String(decoding: try JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]), as: UTF8.self)
            }
        }
        #expect(try encode(one) == encode(four))
        #expect(one.stories.contains { ($0["discrepancies"] as? [Any])?.isEmpty == false })
    }

    @Test func skipsBadRecordsInAGzipStreamAndReadsTheRest() throws {
        var random = SplitMix64(seed: 5)
        var lines = CorpusStories.separateArticles(6, prefix: "ok", sentences: 6, &random)
        lines.insert("{\"id\": \"broken\", \"text\": ", at: 2)
        lines.insert("{\"id\": \"notext\"}", at: 4)
        lines.insert(
            CorpusStories.line(
                id: "huge", source: "A", url: nil, published: "2024-03-01", text: String(repeating: "word ", count: 400)
            ),
            at: 6)
        let directory = TemporaryDirectory()
        let bytes = Deflate.compress(Array((lines.joined(separator: "\n") + "\n").utf8))
        let path = directory.write("bad.jsonl.gz", bytes)
        var ingest = IngestOptions()
        ingest.limits.maxArticleBytes = 1000
        let result = try run([path], options: groupOnly(), ingest: ingest)
        #expect(result.summary.skippedRecords == 3)
        #expect(result.summary.skippedInputs == 0)
        #expect(result.groups.flatMap { $0 }.sorted() == (0 ..< 6).map { "ok\($0)" })
        let messages = result.issues.map(\.description)
        #expect(messages.contains { $0.contains("bad.jsonl.gz': line 3: invalid JSON") })
        #expect(messages.contains { $0.contains("line 5: missing field 'text'") })
        #expect(messages.contains { $0.contains("line 7: article text is longer than 1000 bytes") })
    }

    @Test func keepsWhatWasReadBeforeCorruptGzipData() throws {
        var random = SplitMix64(seed: 6)
        let lines = CorpusStories.separateArticles(400, prefix: "n", sentences: 8, &random)
        var bytes = Deflate.compress(Array((lines.joined(separator: "\n") + "\n").utf8), level: 1)
        let middle = bytes.count / 2
        for index in middle ..< middle + 64 { bytes[index] ^= 0x5A }
        let directory = TemporaryDirectory()
        let path = directory.write("corrupt.jsonl.gz", bytes)
        let result = try run([path], options: groupOnly())
        #expect(result.summary.skippedInputs == 1)
        let count = result.groups.flatMap { $0 }.count
        #expect(count > 50 && count < 400)
        let message = try #require(result.issues.last?.description)
        #expect(message.hasPrefix("skipped rest of input: '\(path)'"))
        #expect(message.contains("at byte"))
    }

    @Test func splitsStoriesOverTheDocumentLimit() throws {
        var random = SplitMix64(seed: 8)
        let text = CorpusStories.sentences(8, &random).joined(separator: " ")
        let lines = (1 ... 5).map {
            CorpusStories.line(
                id: "v\($0)", source: "A", url: "https://a.example/one", published: "2024-03-01", text: text)
        }
        let directory = TemporaryDirectory()
        let path = directory.write("many.jsonl", lines.joined(separator: "\n"))
        var options = groupOnly()
        options.maxStoryDocuments = 2
        let result = try run([path], options: options)
        #expect(result.groups == [["v1", "v2"], ["v3", "v4"], ["v5"]])
        #expect(result.summary.storySplits > 0)
    }

    @Test func boundsTheOpenBufferByDocuments() throws {
        var random = SplitMix64(seed: 9)
        let text = CorpusStories.sentences(8, &random).joined(separator: " ")
        var lines = [CorpusStories.line(id: "first", source: "A", url: nil, published: "2024-03-01", text: text)]
        for index in 0 ..< 3 {
            lines.append(
                CorpusStories.line(
                    id: "other\(index)", source: "B", url: nil, published: "2024-03-01",
                    text: CorpusStories.sentences(8, &random).joined(separator: " ")))
        }
        lines.append(CorpusStories.line(id: "copy", source: "C", url: nil, published: "2024-03-01", text: text))
        let directory = TemporaryDirectory()
        let path = directory.write("buffer.jsonl", lines.joined(separator: "\n"))
        var options = groupOnly()
        options.maxOpenDocuments = 10
        #expect(try run([path], options: options).groups.contains(["first", "copy"]))
        options.maxOpenDocuments = 2
        #expect(try run([path], options: options).groups.contains(["first"]))
    }

    @Test func diffModeDiffsEachVersionAgainstThePreviousOne() throws {
        let lines = [
            CorpusStories.line(
                id: "v2", source: "A", url: "https://a/1", published: "2024-03-01T11:00:00Z",
                text: "The council approved the plan on Monday. It will cost 40 million."),
            CorpusStories.line(
                id: "v1", source: "A", url: "https://a/1", published: "2024-03-01T10:00:00Z",
                text: "The council approved the plan on Monday. It will cost 30 million."),
        ]
        let directory = TemporaryDirectory()
        let path = directory.write("diff.jsonl", lines.joined(separator: "\n"))
        var options = CorpusOptions()
        options.mode = .diff
        let story = try #require(try run([path], options: options).stories.first)
        #expect(story["status"] as? String == "diffed")
        let versions = try #require(story["versions"] as? [[String: Any]])
        #expect(versions.count == 1)
        #expect(versions.first?["old"] as? String == "v1" && versions.first?["new"] as? String == "v2")
        #expect((versions.first?["stats"] as? [String: Any])?["wordsChanged"] as? Int == 1)
    }

    @Test(arguments: [
        "--jobs", "--min-similarity", "--min-term-similarity", "--max-story-documents", "--story-timeout",
    ])
    func rejectsUnusableLimits(name: String) {
        var options = CorpusOptions()
        switch name {
        case "--jobs": options.jobs = 0
        case "--min-similarity": options.minimumSimilarity = 0
        case "--min-term-similarity": options.minimumTermSimilarity = 1.5
        case "--max-story-documents": options.maxStoryDocuments = 0
        default: options.storyTimeout = -1
        }
        #expect {
            try options.validate()
        } throws: { error in
            (error as? CorpusError)?.description.hasPrefix(name) == true
        }
    }

    @Test func readsPublicationTimes() {
        #expect(PublicationTime.seconds("1970-01-02") == 86_400)
        #expect(PublicationTime.seconds("2024-03-01T10:00:00Z") == 1_709_287_200)
        #expect(PublicationTime.seconds("2024-03-01T12:00:00+02:00") == 1_709_287_200)
        #expect(PublicationTime.seconds("2024-03-01 10:00:00.250Z") == 1_709_287_200)
        #expect(PublicationTime.seconds("March 1") == nil)
    }

    @Test func abandonsAJobOverTheTimeoutWithoutWaitingForIt() {
        let pool = OrderedWorkPool<Int>(workers: 1, capacity: 4)
        defer { pool.shutdown() }
        pool.submit {
            Thread.sleep(forTimeInterval: 3)
            return 1
        }
        pool.submit { 2 }
        let clock = ContinuousClock()
        let start = clock.now
        guard case .timedOut = pool.next(timeout: 0.2) else {
            Issue.record("expected a timeout")
            return
        }
        guard case .done(let value) = pool.next(timeout: 2) else {
            Issue.record("expected the second job")
            return
        }
        #expect(value == 2)
        #expect(clock.now - start < .seconds(2))
    }
}
