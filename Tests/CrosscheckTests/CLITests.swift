import CrosscheckTestSupport
import Foundation
import Testing

/// End-to-end tests of the `crosscheck` executable: exit codes, one-line errors, atomic `-o`.
@Suite struct CLITests {
    typealias Result = CLIRunner.Result

    /// The built `crosscheck` executable.
    static var executable: String? { CLIRunner.executable }

    private func run(_ arguments: [String], stdin: [UInt8]? = nil) throws -> Result {
        try CLIRunner.run(arguments, stdin: stdin)
    }

    private func expectInputError(
        _ result: Result, containing fragment: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        CLIRunner.expectInputError(result, containing: fragment, sourceLocation: sourceLocation)
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

    @Test func listsClaimsAsJSONLines() throws {
        let result = try run(["claims", FixturePaths.path("guterres-moscow.json"), "--format", "jsonl"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count > 20)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["doc"] as? String == "guterres-moscow")
            #expect(object["kind"] is String && object["span"] is [String: Any] && object["sentence"] is [String: Any])
        }
        let tuesday = lines.first { $0.contains(#""text":"Tuesday""#) && $0.contains(#""kind":"date""#) }
        #expect(tuesday?.contains(#""value":"2022-04-26""#) == true)
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
        let warc = TemporaryDirectory()
        expectInputError(
            try run(["extract", warc.write("a.warc", "WARC/1.1\r\nWARC-Type: response\r\n\r\n")]),
            containing: "'\(warc.path)/a.warc': warc record 1 at byte 0 has a malformed header: no Content-Length")
    }

    /// The JSON objects of `--format jsonl` output, one per line.
    private func jsonLines(_ output: String) throws -> [[String: String]] {
        try output.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String])
        }
    }

    @Test func extractsTheMainTextOfHTMLPages() throws {
        let names = ["jsonld", "malformed", "news", "windows-1252"]
        let directory = TemporaryDirectory()
        let news = try #require(FileManager.default.contents(atPath: FixturePaths.path("web/news.html")))
        let gzip = directory.write("news-copy.html.gz", Deflate.compress([UInt8](news)))
        let result = try run(
            ["extract"] + names.map { FixturePaths.path("web/\($0).html") } + [gzip, "--format", "jsonl"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let objects = try jsonLines(result.stdout)
        #expect(objects.map { $0["id"] } == names + ["news-copy"])
        #expect(objects.allSatisfy { !($0["text"] ?? "").isEmpty })
        let article = objects[2]
        #expect(article["title"] == "Harbour bridge reopens after two years of repairs")
        #expect(article["source"] == "The Riverside Courier")
        #expect(article["published"] == "2024-03-05T08:30:00Z")
        #expect(article["text"]?.hasPrefix("The harbour bridge reopened to traffic on Tuesday morning") == true)
        #expect(article["text"]?.contains("\n\nWhat changes for drivers\n\n") == true)
        #expect(objects[3]["text"]?.contains("a coffee now costs €3.20") == true)
        var copy = objects[4]
        copy["id"] = "news"
        #expect(copy == article)
    }

    @Test func extractsTheArticlesOfAWARCAndOfItsGzip() throws {
        let warc =
            WARCFixture.record(type: "warcinfo", content: Array("software: crosscheck tests\r\n".utf8))
            + WARCFixture.record(
                type: "request", uri: "https://post.example/ferry",
                content: Array("GET /ferry HTTP/1.1\r\nHost: post.example\r\n\r\n".utf8))
            + WARCFixture.record(
                type: "response", uri: "https://post.example/ferry", date: "2024-05-02T07:00:00Z",
                content: WARCFixture.response(html: Self.page("Ferry doubles its timetable", "ferry"), gzip: true))
            + WARCFixture.record(
                type: "response", uri: "https://post.example/ferry.css",
                content: Array("HTTP/1.1 200 OK\r\n".utf8)
                    + Array("Content-Type: text/css\r\n\r\nbody { color: red }".utf8))
            + WARCFixture.record(
                type: "response", uri: "https://post.example/market", date: "2024-05-02T07:01:00Z",
                content: WARCFixture.response(html: Self.page("Market moves to the square", "market")))
        let directory = TemporaryDirectory()
        let plain = try run(["extract", directory.write("crawl.warc", warc), "--format", "jsonl"])
        let gzip = try run(["extract", directory.write("crawl.warc.gz", Deflate.compress(warc)), "--format", "jsonl"])
        #expect(plain.status == 0 && gzip.status == 0, "\(plain.stderr) \(gzip.stderr)")
        #expect(gzip.stdout == plain.stdout)
        let objects = try jsonLines(plain.stdout)
        #expect(objects.map { $0["id"] } == ["https://post.example/ferry", "https://post.example/market"])
        #expect(objects.map { $0["title"] } == ["Ferry doubles its timetable", "Market moves to the square"])
        #expect(objects.map { $0["published"] } == ["2024-05-02T07:00:00Z", "2024-05-02T07:01:00Z"])
        #expect(objects.map { $0["source"] } == ["post.example", "post.example"])
        #expect(objects[0]["text"]?.hasPrefix("The ferry story begins here.") == true)
    }

    /// A small news page whose body is long enough to be recognised as an article.
    private static func page(_ title: String, _ topic: String) -> String {
        let paragraphs = (1 ... 3).map { n in
            "<p>The \(topic) story begins here. Paragraph \(n) says what the council decided on Monday, "
                + "and why the change matters to the people who live and work nearby.</p>"
        }
        return "<html><head><title>\(title)</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>"
            + title + "</h1>" + paragraphs.joined() + "</article><footer>© Post</footer></body></html>"
    }

    @Test func reportsATruncatedGzipWARCOnOneLineNamingTheRecord() throws {
        let path = FixturePaths.path("web/truncated.warc.gz")
        let directory = TemporaryDirectory()
        let result = try run(["extract", path, "--format", "jsonl"])
        expectInputError(result, containing: "'\(path)': truncated warc record 5 at byte 1970, 211 bytes missing")
        let toFile = try run(["extract", path, "-o", directory.path + "/out.jsonl"])
        expectInputError(toFile, containing: "truncated warc record 5 at byte 1970")
        #expect(directory.contents().isEmpty)
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

    @Test func alignsADocumentWithItself() throws {
        let path = FixturePaths.path("guterres-moscow.json")
        let segmented = try run(["segment", path, "--format", "json"])
        let aligned = try run(["align", path, path, "--format", "json"])
        #expect(aligned.status == 0, "\(aligned.stderr)")
        let segment = try #require(
            JSONSerialization.jsonObject(with: Data(segmented.stdout.utf8)) as? [String: Any])
        let alignment = try #require(JSONSerialization.jsonObject(with: Data(aligned.stdout.utf8)) as? [String: Any])
        let documents = try #require(alignment["documents"] as? [[String: Any]])
        let segmentDocuments = try #require(segment["documents"] as? [[String: Any]])
        #expect(documents.count == 2)
        // The sentences are exactly the splitter's.
        let expected = try #require(segmentDocuments.first?["sentences"] as? [[String: Any]])
        let sentences = try #require(documents.first?["sentences"] as? [[String: Any]])
        #expect(sentences.map { $0["text"] as? String } == expected.map { $0["text"] as? String })
        #expect(sentences.map { $0["start"] as? Int } == expected.map { $0["start"] as? Int })
        let groups = try #require(alignment["groups"] as? [[String: Any]])
        #expect(groups.count == sentences.count)
        #expect(groups.allSatisfy { $0["relation"] as? String == "identical" })
    }

    @Test(arguments: [("html", "<table>"), ("tei", "<app type=\"moved\""), ("text", "moved")])
    func alignsTwoVersions(format: String, fragment: String) throws {
        let result = try run([
            "align", FixturePaths.path("guterres-moscow.txt"), FixturePaths.path("guterres-moscow-edited.txt"),
            "--format", format,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(fragment))
    }

    @Test func rejectsAThresholdOutOfRange() throws {
        let path = FixturePaths.path("guterres-moscow.txt")
        let result = try run(["align", path, path, "--link-threshold", "1.5"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--link-threshold"))
    }
    @Test func diffsTheGuterresVersionsAsJSON() throws {
        let old = FixturePaths.path("guterres-moscow.txt")
        let new = FixturePaths.path("guterres-moscow-edited.txt")
        let result = try run(["diff", old, new, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.hasSuffix("}\n"))
        #expect(result.stdout.filter { $0 == "\n" }.count == 1)
        let oldText = try String(contentsOfFile: old, encoding: .utf8)
        let newText = try String(contentsOfFile: new, encoding: .utf8)
        let edits = try ArticleDiffTests.checkReconstruction(Array(result.stdout.utf8), old: oldText, new: newText)
        let moves = edits.filter { $0["move"] != nil }
        #expect(moves.count == 2)
        #expect(moves.compactMap { $0["op"] as? String } == ["delete", "insert"])
        #expect(
            edits.contains { edit in
                edit["op"] as? String == "insert" && (edit["new"] as? [String: Any])?["text"] as? String == "a "
            })
    }

    @Test func diffPrintsInlineTextWithoutColourWhenPiped() throws {
        let result = try run([
            "diff", FixturePaths.path("guterres-moscow.txt"), FixturePaths.path("guterres-moscow-edited.txt"),
            "--format", "text",
        ])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("--- guterres-moscow (old)\n+++ guterres-moscow-edited (new)\n"))
        #expect(result.stdout.contains("on [-Thursday-]{+Wednesday+} to meet"))
        #expect(result.stdout.contains("even in {+a +}small way"))
        #expect(result.stdout.contains("{>1}"))
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test func diffWritesHTMLAtomicallyFromTheOutputExtension() throws {
        let directory = TemporaryDirectory()
        let old = directory.write("old.txt", "Title\n\nThe <b>bridge</b> reopened.\n")
        let new = directory.write("new.txt", "Title\n\nThe <b>bridge</b> reopened on Friday.\n")
        let output = directory.path + "/changes.html"
        let result = try run(["diff", old, new, "-o", output])
        #expect(result.status == 0)
        #expect(directory.contents() == ["changes.html", "new.txt", "old.txt"])
        let html = try String(contentsOfFile: output, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("&lt;b&gt;bridge&lt;/b&gt; reopened<ins> on Friday</ins>."))
    }

    @Test func diffNeedsOneArticlePerInput() throws {
        let result = try run(["diff", FixturePaths.path("stories.jsonl"), FixturePaths.path("guterres-moscow.txt")])
        expectInputError(result, containing: "holds 4 articles, expected exactly one")
        #expect(try run(["diff", "-", "-"]).status == 64)
        #expect(try run(["diff", "a.txt", "b.txt", "--by", "paragraph"]).status == 64)
    }
}
