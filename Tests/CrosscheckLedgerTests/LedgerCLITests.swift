import CrosscheckTestSupport
import Foundation
import GRDB
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// End-to-end tests of `crosscheck ledger`: the commands, their errors, and a run killed mid-way.
@Suite struct LedgerCLITests {

    private func run(_ arguments: [String], stdin: [UInt8]? = nil) throws -> CLIRunner.Result {
        try CLIRunner.run(arguments, stdin: stdin)
    }

    /// Writes the two outlets' articles as JSON files.
    private func writeOutlets(_ directory: TemporaryDirectory) throws -> [String] {
        let encoder = JSONEncoder()
        return try [LedgerFixtures.alpha, LedgerFixtures.beta].map {
            directory.write("\($0.id).json", [UInt8](try encoder.encode($0)))
        }
    }

    @Test func addThenQuotesThenConflicts() throws {
        let directory = TemporaryDirectory()
        let db = directory.path + "/news.sqlite"
        let files = try writeOutlets(directory)
        let added = try run(["ledger", "add"] + files + ["--db", db, "--format", "json"])
        #expect(added.status == 0, "\(added.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(added.stdout.utf8)) as? [String: [String: Int]]
        #expect(report?["added"]?["articlesAdded"] == 2)
        #expect(report?["ledger"]?["sharedGroups"] == 3)

        let again = try run(["ledger", "add", files[0], "--db", db, "--format", "text"])
        #expect(again.stdout.hasPrefix("added 0 articles (1 already in the ledger)"))

        let quotes = try run(["ledger", "quotes", "--speaker", "erdogan", "--db", db, "--format", "jsonl"])
        #expect(quotes.status == 0)
        let lines = quotes.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.contains("\"group\":2") })
        #expect(lines.last?.contains("\"speakerName\":\"Sergei Lavrov\"") == true)

        let conflicts = try run(["ledger", "conflicts", "--db", db, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(conflicts.stdout.utf8)) as? [String: Any]
        let list = try #require(object?["conflicts"] as? [[String: Any]])
        #expect(list.compactMap { $0["severity"] as? String } == ["major", "critical"])

        let text = try run(["ledger", "conflicts", "--db", db, "--format", "text"])
        #expect(text.stdout.contains("We will [-not-]{+never+} accept [-any-]{+a+} ceasefire"))
    }

    @Test func addReadsArticleLinesFromStandardInput() throws {
        let directory = TemporaryDirectory()
        let db = directory.path + "/stdin.sqlite"
        let encoder = JSONEncoder()
        let lines = try [LedgerFixtures.alpha, LedgerFixtures.beta].map { try encoder.encode($0) + Data([0x0A]) }
        let added = try run(
            ["ledger", "add", "-", "--db", db, "--format", "text"], stdin: [UInt8](lines.reduce(Data(), +)))
        #expect(added.status == 0, "\(added.stderr)")
        #expect(
            added.stdout.hasPrefix("added 2 articles (0 already in the ledger), 7 quotes (3 matching a stored quote)"))
    }

    @Test(arguments: [
        (["ledger", "quotes", "--db", "DIR/missing.sqlite"], "no ledger at 'DIR/missing.sqlite'"),
        (
            ["ledger", "conflicts", "--db", "DIR/garbage.sqlite"],
            "cannot open ledger 'DIR/garbage.sqlite': file is not a database"
        ),
        (["ledger", "add", "DIR/a.json", "--db", "DIR/garbage.sqlite"], "cannot open ledger 'DIR/garbage.sqlite'"),
        (["ledger", "add", "DIR/broken.jsonl", "--db", "DIR/new.sqlite"], "DIR/broken.jsonl"),
        (["ledger", "add", "DIR/absent.txt", "--db", "DIR/new.sqlite"], "DIR/absent.txt"),
    ])
    func errorsAreOneLineNamingThePath(arguments: [String], message: String) throws {
        let directory = TemporaryDirectory()
        directory.write("garbage.sqlite", String(repeating: "not a database ", count: 400))
        directory.write("a.json", #"{"id": "a", "text": "“We will see,” Haq said."}"#)
        directory.write("broken.jsonl", "{\"id\": \"a\", \"text\": \"fine\"}\n{\"id\": \n")
        let result = try run(arguments.map { $0.replacing("DIR", with: directory.path) })
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("crosscheck: "))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains(message.replacing("DIR", with: directory.path)), "\(result.stderr)")
    }

    /// An article with three quotes whose words depend on `index`.
    private static func article(_ index: Int, using generator: inout SplitMix64) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        func word() -> String {
            String((0 ..< 3 + Int(generator.next() % 6)).map { _ in letters[Int(generator.next() % 26)] })
        }
        func phrase() -> String { (0 ..< 9).map { _ in word() }.joined(separator: " ") }
        return """
            Story number \(index)

            Officials met on Tuesday.

            “We discussed the \(phrase()) at length,” said spokesperson Ana Ruiz.

            “Nothing about the \(phrase()) is settled,” Minister Tomas Berg told reporters.

            Later, “\(phrase()) will wait,” Berg added.
            """
    }

    @Test func aKilledAddLeavesOnlyWholeArticles() throws {
        let seed = SplitMix64.testSeed()
        print("aKilledAddLeavesOnlyWholeArticles seed: \(seed)")
        var generator = SplitMix64(seed: seed)
        let directory = TemporaryDirectory()
        let count = 150
        let files = (0 ..< count).map { directory.write("story-\($0).txt", Self.article($0, using: &generator)) }
        let db = directory.path + "/killed.sqlite"

        let process = try CLIRunner.start(
            ["ledger", "add"] + files + ["--db", db, "--batch", "4", "--format", "json"])
        var readOnly = Configuration()
        readOnly.readonly = true
        let deadline = Date().addingTimeInterval(60)
        // Kill as soon as the first transaction is visible to another process.
        while process.isRunning && Date() < deadline {
            if FileManager.default.fileExists(atPath: db),
                let queue = try? DatabaseQueue(path: db, configuration: readOnly),
                let stored = try? queue.read({ try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM article") }),
                stored > 0
            {
                break
            }
            usleep(1000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the add finished before it could be killed")

        let queue = try DatabaseQueue(path: db)
        try queue.read { db in
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
            let partial = try Int.fetchOne(
                db,
                sql: """
                    SELECT COUNT(*) FROM article a
                    WHERE a.quoteCount != (SELECT COUNT(*) FROM quote q WHERE q.articleId = a.id)
                    """)
            #expect(partial == 0)
            let stored = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0
            #expect(stored > 0 && stored < count, "stored \(stored) of \(count)")
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM quote") == stored * 3)
        }
        try queue.close()

        // Running it again completes the ledger without duplicates.
        let again = try run(["ledger", "add"] + files + ["--db", db, "--format", "json"])
        #expect(again.status == 0, "\(again.stderr)")
        let finished = try DatabaseQueue(path: db)
        let totals = try finished.read { db in
            [
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article"),
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM quote"),
            ]
        }
        #expect(totals == [count, count * 3])
    }
}
