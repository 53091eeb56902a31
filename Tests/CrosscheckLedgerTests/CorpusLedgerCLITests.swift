import CrosscheckTestSupport
import Foundation
import GRDB
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `crosscheck corpus --ledger DB`: the ledger a corpus run fills, and its consistency after a killed, resumed run.
@Suite struct CorpusLedgerCLITests {
    private func run(_ arguments: [String]) throws -> CLIRunner.Result {
        try CLIRunner.run(arguments)
    }

    /// A corpus of `stories` stories, each reported by two outlets (field `event` names the story) with three
    /// quotes; in every third story the second outlet changes a word of the first quote.
    private static func corpus(stories: Int, using generator: inout SplitMix64) throws -> [UInt8] {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        func word() -> String {
            String((0 ..< 4 + Int(generator.next() % 5)).map { _ in letters[Int(generator.next() % 26)] })
        }
        func phrase() -> String { (0 ..< 8).map { _ in word() }.joined(separator: " ") }
        var lines: [UInt8] = []
        for story in 0 ..< stories {
            let (first, second, third) = (phrase(), phrase(), phrase())
            let changed = story % 3 == 0 ? first.replacingOccurrences(of: " ", with: " very ", options: []) : first
            for (outlet, opening) in [("Alpha", first), ("Beta", changed)] {
                let text = """
                    Officials of region \(story) met on Tuesday.

                    “We discussed the \(opening) at length,” said spokesperson Ana Ruiz.

                    “Nothing about the \(second) is settled,” Minister Tomas Berg told reporters.

                    Later, “\(third) will wait,” Berg added.
                    """
                let object: [String: Any] = [
                    "id": "\(outlet.lowercased())-\(story)", "source": outlet, "event": "event-\(story)",
                    "url": "https://\(outlet.lowercased()).example/\(story)", "published": "2026-03-03T10:00:00Z",
                    "title": "Region \(story)", "text": text,
                ]
                lines += try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) + [0x0A]
            }
        }
        return lines
    }

    @Test func corpusFillsTheLedgerWithEveryStorysQuotes() throws {
        var generator = SplitMix64(seed: 11)
        let directory = TemporaryDirectory()
        let input = directory.write("corpus.jsonl", try Self.corpus(stories: 6, using: &generator))
        let checked = directory.path + "/checked.sqlite"
        let grouped = directory.path + "/grouped.sqlite"
        let added = directory.path + "/added.sqlite"

        let run = try run([
            "corpus", input, "--group-by", "event", "-o", directory.path + "/out.jsonl", "--ledger", checked,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let quotes = try self.run([
            "ledger", "quotes", "--search", "Nothing about", "--db", checked, "--format", "json",
        ])
        #expect(quotes.status == 0, "\(quotes.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(quotes.stdout.utf8)) as? [String: Any]
        let groups = try #require(object?["groups"] as? [[String: Any]], "\(quotes.stdout)")
        // Each story's second quote, in both outlets, grouped as one quote.
        #expect(groups.count == 6)
        for group in groups {
            let versions = group["versions"] as? [[String: Any]] ?? []
            #expect(Set(versions.compactMap { $0["source"] as? String }) == ["Alpha", "Beta"], "\(group)")
        }
        let conflicts = try self.run(["ledger", "conflicts", "--db", checked, "--format", "jsonl"])
        #expect(conflicts.status == 0, "\(conflicts.stderr)")
        #expect(conflicts.stdout.split(separator: "\n").count == 2, "the reworded quotes of stories 0 and 3")

        // Checked stories reuse check's quotes, unchecked ones extract them: the ledger is the same either way, and
        // the same as `ledger add` of the articles.
        let group = try self.run(["corpus", input, "--group-by", "event", "--mode", "group", "--ledger", grouped])
        #expect(group.status == 0, "\(group.stderr)")
        #expect(try self.run(["ledger", "add", input, "--db", added]).status == 0)
        let all = try [checked, grouped, added].map {
            try self.run(["ledger", "quotes", "--db", $0, "--format", "jsonl"])
        }
        #expect(all[0].stdout.split(separator: "\n").count == 6 * 2 * 3)
        #expect(all[0].stdout == all[1].stdout)
        #expect(all[0].stdout == all[2].stdout)
    }

    @Test func aResumedRunLeavesEveryStoryInTheLedgerOnce() throws {
        let seed = SplitMix64.testSeed()
        print("aResumedRunLeavesEveryStoryInTheLedgerOnce seed: \(seed)")
        var generator = SplitMix64(seed: seed)
        let directory = TemporaryDirectory()
        let stories = 200
        let input = directory.write("corpus.jsonl", try Self.corpus(stories: stories, using: &generator))
        let common = ["corpus", input, "--group-by", "event", "--mode", "group", "--jobs", "2"]
        let reference = directory.path + "/reference.sqlite"
        #expect(try run(common + ["-o", directory.path + "/reference.jsonl", "--ledger", reference]).status == 0)

        let db = directory.path + "/resumed.sqlite"
        let output = directory.path + "/resumed.jsonl"
        let checkpoint = directory.path + "/resumed.ckpt"
        let arguments = common + ["-o", output, "--checkpoint", checkpoint, "--ledger", db]
        let process = try CLIRunner.start(arguments)
        // Kill it once a checkpoint counts some stories (or give up waiting after 8 s).
        let deadline = Date().addingTimeInterval(8)
        var killed = false
        while Date() < deadline && process.isRunning {
            if let data = FileManager.default.contents(atPath: checkpoint),
                let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let written = object["stories"] as? Int, written > 0
            {
                kill(process.processIdentifier, SIGKILL)
                killed = true
                break
            }
            usleep(2000)
        }
        process.waitUntilExit()
        if !killed {
            print("CorpusLedgerCLITests: the run ended before it could be killed; resume checks a finished run")
        }

        let resumed = try run(arguments)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let queue = try DatabaseQueue(path: db)
        try queue.read { db throws in
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") == stories * 2)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT contentHash) FROM article") == stories * 2)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM quote") == stories * 2 * 3)
        }
        try queue.close()
        // The same quotes, in the same groups, as an uninterrupted run.
        let expected = try run(["ledger", "quotes", "--db", reference, "--format", "jsonl"])
        let actual = try run(["ledger", "quotes", "--db", db, "--format", "jsonl"])
        #expect(actual.status == 0 && actual.stdout == expected.stdout)
        #expect(actual.stdout.split(separator: "\n").count == stories * 2 * 3)
    }
}
