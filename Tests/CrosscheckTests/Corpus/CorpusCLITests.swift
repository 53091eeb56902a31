import CrosscheckTestSupport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `crosscheck corpus` as a process: standard input and output, exit codes, and resuming after SIGKILL.
@Suite(.serialized) struct CorpusCLITests {
    private func run(_ arguments: [String], stdin: [UInt8]? = nil) throws -> CLIRunner.Result {
        try CLIRunner.run(arguments, stdin: stdin)
    }

    @Test func readsStandardInputAndWritesStandardOutputLineForLine() throws {
        let (jsonl, _) = CorpusStories.corpus(stories: 6, seed: 3)
        let directory = TemporaryDirectory()
        let path = directory.write("corpus.jsonl", jsonl)
        let piped = try run(["corpus", "-", "--jobs", "2"], stdin: Array(jsonl.utf8))
        let fromFile = try run(["corpus", path, "--jobs", "1"])
        #expect(piped.status == 0)
        #expect(piped.stderr.isEmpty)
        #expect(piped.stdout == fromFile.stdout)
        let lines = piped.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 7 && lines.last == "")
        for line in lines.dropLast() {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["story"] is String && object?["discrepancies"] is [Any] && object?["documents"] is [Any])
        }
    }

    @Test func reportsSkippedRecordsAndExitsTwoAfterWritingTheRest() throws {
        let good = CorpusStories.line(
            id: "good", source: "A", url: nil, published: "2024-03-01", text: "The bridge reopened on Friday.")
        let other = CorpusStories.line(
            id: "other", source: "B", url: nil, published: "2024-03-01", text: "Shares fell sharply in Tokyo.")
        let input = "\(good)\n{\"id\": \"bad\"\n\(other)\n"
        let result = try run(["corpus", "-", "--mode", "group"], stdin: Array(input.utf8))
        #expect(result.status == 2)
        #expect(result.stdout.split(separator: "\n").count == 2)
        #expect(result.stderr.contains("crosscheck: skipped record: standard input: line 2: invalid JSON"))
        #expect(result.stderr.contains("skipped 1 records"))
    }

    @Test func failOnExitsOneLikeCheck() throws {
        let (jsonl, _) = CorpusStories.corpus(stories: 3, seed: 4)
        let result = try run(["corpus", "-", "--fail-on", "info"], stdin: Array(jsonl.utf8))
        #expect(result.status == 1)
        let usage = try run(["corpus", "-", "--checkpoint", "x.ckpt"])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("--checkpoint needs -o FILE"))
    }

    @Test func resumesAfterSIGKILLWithoutLosingOrRepeatingStories() throws {
        let (jsonl, _) = CorpusStories.corpus(stories: 400, seed: 21)
        let directory = TemporaryDirectory()
        let input = directory.write("corpus.jsonl.gz", Deflate.compress(Array(jsonl.utf8)))
        let reference = directory.path + "/reference.jsonl"
        let output = directory.path + "/resumed.jsonl"
        let checkpoint = directory.path + "/resumed.ckpt"
        let common = ["corpus", input, "--mode", "diff", "--jobs", "2"]
        #expect(try run(common + ["-o", reference]).status == 0)

        let process = try CLIRunner.start(common + ["-o", output, "--checkpoint", checkpoint])
        // Kill it once a checkpoint with some stories exists (or give up waiting after 8 s).
        let deadline = Date().addingTimeInterval(8)
        var killed = false
        while Date() < deadline && process.isRunning {
            if let data = FileManager.default.contents(atPath: checkpoint),
                let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let stories = object["stories"] as? Int, stories > 0
            {
                kill(process.processIdentifier, SIGKILL)
                killed = true
                break
            }
            Thread.sleep(forTimeInterval: 0.005)
        }
        process.waitUntilExit()
        if !killed { print("CorpusCLITests: the run ended before it could be killed; resume checks a finished run") }
        let resumed = try run(common + ["-o", output, "--checkpoint", checkpoint])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let expected = try String(contentsOfFile: reference, encoding: .utf8)
        let actual = try String(contentsOfFile: output, encoding: .utf8)
        #expect(actual.split(separator: "\n").count == expected.split(separator: "\n").count)
        #expect(actual == expected)
    }

    @Test func refusesACheckpointOfAnotherRun() throws {
        let (jsonl, _) = CorpusStories.corpus(stories: 2, seed: 5)
        let directory = TemporaryDirectory()
        let input = directory.write("corpus.jsonl", jsonl)
        let output = directory.path + "/out.jsonl"
        let checkpoint = directory.path + "/out.ckpt"
        #expect(try run(["corpus", input, "-o", output, "--checkpoint", checkpoint, "--mode", "group"]).status == 0)
        let other = try run(["corpus", input, "-o", output, "--checkpoint", checkpoint, "--mode", "diff"])
        #expect(other.status == 2)
        #expect(other.stderr.contains("written by a run with other arguments"))
    }
}
