import CrosscheckTestSupport
import Foundation
import Testing

/// End-to-end tests of the `crosscheck` executable: exit codes, one-line errors, atomic `-o`.
@Suite struct CLITests {
    /// The built `crosscheck` executable, next to the test bundle or in `.build/debug`.
    static let executable: String? = {
        var candidates: [String] = []
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0 ..< 4 {
            candidates.append(directory.appendingPathComponent("crosscheck").path)
            directory.deleteLastPathComponent()
        }
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0 ..< 3 { root.deleteLastPathComponent() }
        candidates.append(root.appendingPathComponent(".build/debug/crosscheck").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    private func run(_ arguments: [String], stdin: [UInt8]? = nil) throws -> Result {
        let path = try #require(Self.executable, "build the crosscheck executable first (swift build)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin)) }
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }

    /// Checks an input error: exit 2 and exactly one line `crosscheck: …` on standard error containing `fragment`.
    private func expectInputError(
        _ result: Result, containing fragment: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(result.status == 2, sourceLocation: sourceLocation)
        #expect(result.stderr.hasPrefix("crosscheck: "), sourceLocation: sourceLocation)
        #expect(result.stderr.filter { $0 == "\n" }.count == 1, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(fragment), "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
    }

    @Test func extractsATextArticleAsJSON() throws {
        let directory = TemporaryDirectory()
        let path = directory.write("bridge.txt", "Bridge reopens\n\nThe bridge reopened on Friday.\n")
        let result = try run(["extract", path, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: String]
        #expect(
            object == [
                "id": "bridge", "title": "Bridge reopens", "text": "Bridge reopens\n\nThe bridge reopened on Friday.\n",
            ])
    }

    @Test func listsQuotesAsJSONLinesAndText() throws {
        let seed = FixturePaths.path("guterres-moscow.txt")
        let lines = try run(["quotes", seed, "--format", "jsonl"])
        #expect(lines.status == 0)
        let objects = try lines.stdout.split(separator: "\n").map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.count >= 6)
        #expect(objects.allSatisfy { $0["doc"] as? String == "guterres-moscow" && $0["confidence"] is Double })
        let names = Set(objects.compactMap { $0["speakerName"] as? String })
        #expect(names == ["Farhan Haq", "Dmitry Polyansky", "Antonio Guterres"])
        let text = try run(["quotes", seed, "--format", "text"])
        #expect(text.stdout.contains("— Dmitry Polyansky (\"Ambassador Dmitry Polyansky\") · told reporters"))
        let strict = try run(["quotes", seed, "--format", "jsonl", "--min-confidence", "0.8"])
        #expect(strict.stdout.split(separator: "\n").count < objects.count)
    }

    @Test func readsGzipFromStandardInput() throws {
        let lines = "{\"id\": \"x\", \"text\": \"one\"}\n{\"body\": \"two\"}\n"
        let result = try run(
            ["extract", "-", "--format", "jsonl", "--field", "text=body"], stdin: Deflate.compress(Array(lines.utf8)))
        // Line 1 has no "body" under the mapping: an input error naming standard input and the line.
        expectInputError(result, containing: "standard input: line 1: missing field 'body'")
        let plain = try run(
            ["extract", "-", "--format", "jsonl"], stdin: Deflate.compress(Array("{\"text\": \"one\"}\n".utf8)))
        #expect(plain.status == 0)
        #expect(plain.stdout == "{\"id\":\"stdin:1\",\"text\":\"one\"}\n")
    }

    @Test func reportsBrokenInputsOnOneLineWithExitStatus2() throws {
        expectInputError(try run(["extract", "/no/such/file.txt"]), containing: "cannot open '/no/such/file.txt'")
        expectInputError(
            try run(["extract", FixturePaths.path("broken/truncated.jsonl.gz")]),
            containing: "truncated gzip stream at byte 300")
        expectInputError(
            try run(["extract", FixturePaths.path("broken/corrupt.jsonl.gz")]),
            containing: "corrupt gzip stream at byte")
        expectInputError(
            try run(["extract", FixturePaths.path("broken/bad-json-line3.jsonl")]), containing: "line 3: invalid JSON")
        expectInputError(
            try run(["extract", FixturePaths.path("broken/deep.json")]), containing: "JSON nesting deeper than 64")
        expectInputError(
            try run(["extract", FixturePaths.path("broken/bad-utf8.txt")]), containing: "invalid UTF-8 at byte 17")
        let html = TemporaryDirectory()
        expectInputError(
            try run(["extract", html.write("a.html", "<p>x</p>")]), containing: "html input is not supported yet")
    }

    @Test func replacesInvalidUTF8WhenLossy() throws {
        let result = try run(["extract", FixturePaths.path("broken/bad-utf8.txt"), "--lossy", "--format", "jsonl"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Caf\u{FFFD} au lait"))
    }

    @Test func stopsABombWithoutLeavingAPartialOutputFile() throws {
        let directory = TemporaryDirectory()
        let bomb = FixturePaths.path("broken/bomb.txt.gz")
        let byRatio = try run(["extract", bomb, "-o", directory.path + "/out.json"])
        expectInputError(byRatio, containing: "compression ratio exceeds 1000:1")
        let bySize = try run([
            "extract", bomb, "--max-ratio", "100000", "--max-decompressed-bytes", "10M", "-o",
            directory.path + "/out.json",
        ])
        expectInputError(bySize, containing: "decompressed content exceeds 10485760 bytes")
        #expect(directory.contents().isEmpty)
    }

    @Test func keepsEarlierArticlesOutOfAFailedOutputFile() throws {
        let directory = TemporaryDirectory()
        let out = directory.path + "/out.jsonl"
        let result = try run([
            "extract", FixturePaths.path("ingest/multi-member.jsonl.gz"),
            FixturePaths.path("broken/missing-text.jsonl"), "-o", out,
        ])
        expectInputError(result, containing: "line 2: missing field 'text'")
        #expect(directory.contents().isEmpty)
    }

    @Test func takesTheFormatFromTheOutputExtension() throws {
        let directory = TemporaryDirectory()
        let out = directory.path + "/all.jsonl"
        let result = try run([
            "extract", FixturePaths.path("ingest/multi-member.jsonl.gz"),
            FixturePaths.path("ingest/zero-padded.txt.gz"), "-o", out,
        ])
        #expect(result.status == 0)
        let written = try String(contentsOfFile: out, encoding: .utf8)
        #expect(written.split(separator: "\n").count == 5)
        #expect(directory.contents() == ["all.jsonl"])
    }

    @Test(arguments: [
        ["extract"],
        ["extract", "a.txt", "--no-such-option"],
        ["extract", "a.txt", "--field", "body"],
        ["extract", "a.txt", "--format", "html"],
        ["extract", "a.txt", "--max-input-bytes", "lots"],
    ])
    func rejectsBadUsageWithExitStatus64(arguments: [String]) throws {
        let result = try run(arguments)
        #expect(result.status == 64, "\(result.stderr)")
    }

    @Test func printsItsVersion() throws {
        let result = try run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "0.1.0\n")
    }
}
