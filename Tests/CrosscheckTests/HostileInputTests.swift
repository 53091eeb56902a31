import CrosscheckTestSupport
import Foundation
import Testing

@testable import Crosscheck

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Hostile and degenerate inputs, each generated in the test: every case ends in one clear error naming the file
/// and the position, or in a correct result within limits; never a crash, a hang or unbounded memory.
///
/// Cases already covered elsewhere are not repeated: the committed bomb fixture (`InputReaderTests`, `CLITests`),
/// 50,000 unclosed divs (`HTMLExtractorTests`), a truncated WARC file and malformed WARC headers (`WARCReaderTests`),
/// invalid UTF-8 in the middle of a text or JSONL line (`ArticleReaderTests`), wrong `title`/`id` types.
@Suite struct HostileInputTests {
    let directory = TemporaryDirectory()

    // MARK: Decompression bombs

    /// A gzip file of `members` identical members, each 64 MiB of zeros compressed in one deflate stream (about
    /// 65 KB, a ratio near deflate's maximum of 1032:1): `members` × 64 MiB decompressed from `members` × 65 KB,
    /// built without ever holding more than one member's decompressed bytes.
    func bomb(members: Int) -> [UInt8] {
        let member = Deflate.compress([UInt8](repeating: 0, count: 64 << 20), level: 9)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(member.count * members)
        for _ in 0 ..< members { bytes += member }
        return bytes
    }

    @Test func generatedBombStopsAtTheRatioLimitAfterFewCompressedBytes() throws {
        let path = directory.write("zeros.txt.gz", bomb(members: 64))  // 4 GiB of zeros from ~4 MB
        let clock = ContinuousClock()
        let start = clock.now
        let error = #expect(throws: IngestError.self) { try ArticleReader().read(path: path) }
        guard case .compressionRatioTooHigh(let errorPath, let offset, 1000)? = error else {
            Issue.record("expected the ratio limit, got \(String(describing: error))")
            return
        }
        #expect(errorPath == path)
        #expect(offset < 64 << 10, "stopped after \(offset) compressed bytes")
        #expect(clock.now - start < .seconds(10))
        #expect(error?.description.contains("'\(path)'") == true)
    }

    @Test func generatedBombStopsAtTheDecompressedSizeLimitWhenTheRatioIsAllowed() throws {
        let path = directory.write("zeros.jsonl.gz", bomb(members: 4))  // 256 MiB of zeros
        let limits = InputLimits(maxDecompressedBytes: 32 << 20, maxCompressionRatio: .max)
        #expect(throws: IngestError.decompressedTooLarge(path: path, limit: 32 << 20)) {
            try ArticleReader(options: IngestOptions(limits: limits)).read(path: path)
        }
    }

    @Test func generatedBombThroughCheckExitsWithOneLine() throws {
        let bombPath = directory.write("zeros.txt.gz", bomb(members: 16))
        let other = directory.write("story.txt", "Ferry resumes\n\nThe ferry resumed on Monday.\n")
        let result = try CLIRunner.run(["check", other, bombPath, "--format", "json"])
        CLIRunner.expectInputError(result, containing: "'\(bombPath)': compression ratio exceeds 1000:1")
    }

    // MARK: Endless lines

    /// Streams `header` and then `a` bytes until `total` bytes are written or the reader goes away, through a
    /// pipe, from another thread: a single line far longer than anything the test allocates. Returns the pipe's
    /// read end (as a `/dev/fd/N` path the readers can open) and a semaphore signalled when the producer stops.
    func endlessLine(header: String, total: Int) throws -> (readFD: Int32, finished: DispatchSemaphore) {
        // The producer sees EPIPE instead of dying of SIGPIPE once the reader closes its end.
        _ = signal(SIGPIPE, SIG_IGN)
        var fds: [Int32] = [0, 0]
        try #require(pipe(&fds) == 0)
        let (readFD, writeFD) = (fds[0], fds[1])
        let finished = DispatchSemaphore(value: 0)
        let prefix = Array(header.utf8)
        let thread = Thread {
            var written = 0
            var chunk = prefix + [UInt8](repeating: 0x61, count: (64 << 10) - prefix.count)
            while written < total {
                let n = chunk.withUnsafeBytes { write(writeFD, $0.baseAddress, min($0.count, total - written)) }
                if n <= 0 { break }
                written += n
                if written >= prefix.count { chunk = [UInt8](repeating: 0x61, count: 64 << 10) }
            }
            close(writeFD)
            finished.signal()
        }
        thread.start()
        return (readFD, finished)
    }

    @Test func gigabyteJSONLineStopsAtTheLineLimit() throws {
        let (readFD, finished) = try endlessLine(header: "{\"id\": \"a\", \"text\": \"", total: 1 << 30)
        let path = "/dev/fd/\(readFD)"
        var limits = InputLimits.default
        limits.maxLineBytes = 1 << 20
        let options = IngestOptions(limits: limits, format: .jsonl)
        let clock = ContinuousClock()
        let start = clock.now
        #expect(throws: IngestError.lineTooLong(path: path, line: 1, limit: 1 << 20)) {
            try ArticleReader(options: options).read(path: path)
        }
        #expect(clock.now - start < .seconds(10))
        close(readFD)
        finished.wait()
    }

    @Test func gigabyteTextLineStopsAtTheArticleLimit() throws {
        let (readFD, finished) = try endlessLine(header: "Headline\n\n", total: 1 << 30)
        let path = "/dev/fd/\(readFD)"
        var limits = InputLimits.default
        limits.maxArticleBytes = 2 << 20
        let options = IngestOptions(limits: limits, format: .txt)
        #expect(throws: IngestError.articleTooLarge(path: path, line: nil, limit: 2 << 20)) {
            try ArticleReader(options: options).read(path: path)
        }
        close(readFD)
        finished.wait()
    }

    // MARK: Nesting

    @Test func deeplyNestedJSONInALineNamesTheLine() {
        let deep =
            "{\"text\": \"x\", \"extra\": " + String(repeating: "[", count: 100_000)
            + String(repeating: "]", count: 100_000) + "}"
        let path = directory.write("deep.jsonl", "{\"text\": \"ok\"}\n" + deep + "\n")
        #expect(throws: IngestError.jsonTooDeep(path: path, line: 2, limit: 64)) {
            try ArticleReader().read(path: path)
        }
    }

    @Test func bracketsInsideAStringAreNotNesting() throws {
        let text = String(repeating: "[{", count: 50_000)
        let path = directory.write("brackets.jsonl", "{\"id\": \"b\", \"text\": \"\(text)\"}\n")
        #expect(try ArticleReader().read(path: path).map(\.text) == [text])
    }

    @Test func hundredThousandNestedDivsAreExtractedWithinTime() throws {
        var html = Array("<html><body>".utf8)
        for _ in 0 ..< 100_000 { html += Array("<div>".utf8) }
        html += Array("<p>Deep inside a hundred thousand divisions sits one paragraph about the ferry.</p>".utf8)
        for _ in 0 ..< 100_000 { html += Array("</div>".utf8) }
        html += Array("<p>After the divisions closes, another paragraph of text follows for the reader.</p>".utf8)
        html += Array("</body></html>".utf8)
        let clock = ContinuousClock()
        let start = clock.now
        let article = try HTMLExtractor().extract(html: html, id: "divs")
        #expect(clock.now - start < .seconds(20))
        #expect(article.text.contains("Deep inside a hundred thousand divisions sits one paragraph about the ferry."))
    }

    // MARK: Invalid UTF-8

    /// Invalid bytes at the start, in the middle and at the end (a truncated sequence), in a text and in a JSONL
    /// line: the strict error names the byte offset in the file; `--lossy` replaces them with U+FFFD.
    @Test(
        arguments: [
            ([0xFF] + Array("Ferry resumes.".utf8), 0, "\u{FFFD}Ferry resumes."),
            (Array("Ferry ".utf8) + [0xC3, 0x28] + Array("resumes.".utf8), 6, "Ferry \u{FFFD}(resumes."),
            (Array("Ferry resumes.".utf8) + [0xE2, 0x80], 14, "Ferry resumes.\u{FFFD}"),
        ] as [([UInt8], Int, String)])
    func invalidUTF8IsReportedAtItsOffsetOrReplaced(bytes: [UInt8], offset: Int, lossy: String) throws {
        let text = directory.write("bad-\(offset).txt", bytes)
        #expect(throws: IngestError.invalidUTF8(path: text, line: nil, byteOffset: offset)) {
            try ArticleReader().read(path: text)
        }
        #expect(try ArticleReader(options: IngestOptions(lossy: true)).read(path: text).first?.text == lossy)

        let prefix = Array("{\"text\": \"ok\"}\n{\"text\": \"".utf8)
        let jsonl = directory.write("bad-\(offset).jsonl", prefix + bytes + Array("\"}\n".utf8))
        #expect(throws: IngestError.invalidUTF8(path: jsonl, line: 2, byteOffset: prefix.count + offset)) {
            try ArticleReader().read(path: jsonl)
        }
        let repaired = try ArticleReader(options: IngestOptions(lossy: true)).read(path: jsonl)
        #expect(repaired.last?.text == lossy)
    }

    @Test func invalidUTF8ThroughTheCLIExitsWithTwoOrIsReplacedWithLossy() throws {
        let path = directory.write("bad.txt", Array("Ferry resumes.".utf8) + [0xE2, 0x80])
        let strict = try CLIRunner.run(["claims", path, "--format", "jsonl"])
        CLIRunner.expectInputError(strict, containing: "'\(path)': invalid UTF-8 at byte 14")
        let lossy = try CLIRunner.run(["claims", path, "--format", "jsonl", "--lossy"])
        #expect(lossy.status == 0)
        #expect(lossy.stderr.isEmpty)
    }

    // MARK: WARC records that lie about their length

    static let page = Array(
        ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>The ferry to the island runs every hour "
            + "from May, the operator announced, doubling the winter timetable.</p></body></html>").utf8)

    func warcRecord(uri: String, declaring length: Int) -> [UInt8] {
        Array(
            ("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: \(uri)\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: \(length)\r\n\r\n").utf8)
            + Self.page + Array("\r\n\r\n".utf8)
    }

    @Test func contentLengthBeyondTheEndIsATruncatedRecord() {
        let bytes =
            warcRecord(uri: "http://x.example/a", declaring: Self.page.count)
            + warcRecord(uri: "http://x.example/b", declaring: Self.page.count + 500)
        let path = directory.write("long.warc", bytes)
        let error = #expect(throws: IngestError.self) { try ArticleReader().read(path: path) }
        guard case .web(_, .truncatedWARCRecord(_, 2, let offset, let missing))? = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(offset == bytes.count / 2)
        #expect((missing ?? 0) > 0)
        #expect(error?.description.contains("'\(path)': truncated warc record 2 at byte \(offset)") == true)
    }

    @Test func contentLengthTooLongInsideTheFileNamesTheRecordItRunsInto() {
        let first = warcRecord(uri: "http://x.example/a", declaring: Self.page.count + 40)
        let bytes = first + warcRecord(uri: "http://x.example/b", declaring: Self.page.count)
        let path = directory.write("overrun.warc", bytes)
        let error = #expect(throws: IngestError.self) { try ArticleReader().read(path: path) }
        guard case .web(_, .malformedWARCVersion(_, 2, let offset, _))? = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(offset > first.count && offset < bytes.count)
    }

    @Test func contentLengthTooShortNamesTheRecordThatFollows() throws {
        let first = warcRecord(uri: "http://x.example/a", declaring: Self.page.count - 60)
        let path = directory.write("short.warc", first + warcRecord(uri: "http://x.example/b", declaring: 10))
        let error = #expect(throws: IngestError.self) { try ArticleReader().read(path: path) }
        guard case .web(_, .malformedWARCVersion(_, 2, let offset, _))? = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(offset < first.count)
        let result = try CLIRunner.run(["extract", path, "--format", "jsonl"])
        CLIRunner.expectInputError(result, containing: "'\(path)': warc record 2 at byte \(offset)")
    }

    // MARK: Degenerate files

    /// Empty files hold no articles, or (a text file, compressed or not) one article with an empty text; a `.json`
    /// document must hold one object, so an empty one is an error naming the file.
    @Test(arguments: ["empty.txt", "empty.jsonl", "empty.html", "empty.warc", "empty"])
    func emptyFilesHoldNoClaims(name: String) throws {
        let path = directory.write(name, [])
        #expect(try ArticleReader().read(path: path).allSatisfy { $0.text.isEmpty })
        let result = try CLIRunner.run(["claims", path, "--format", "jsonl"])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.isEmpty)
        let check = try CLIRunner.run(["check", path, path, "--format", "json"])
        if try ArticleReader().read(path: path).isEmpty {
            CLIRunner.expectInputError(check, containing: "0 articles in all, 2 or more needed")
        } else {
            #expect(check.status == 0, "\(check.stderr)")
        }
    }

    /// `check` and `report` need two articles from all their inputs together; fewer is an input error, not an empty
    /// report.
    @Test func checkOfFewerThanTwoArticlesIsAnInputError() throws {
        let one = directory.write("one.jsonl", "{\"id\": \"a\", \"text\": \"The ferry resumed on Monday.\"}\n")
        let empty = directory.write("none.jsonl", [])
        let check = try CLIRunner.run(["check", one, empty, "--format", "json"])
        CLIRunner.expectInputError(check, containing: "'\(one)', '\(empty)': 1 article in all, 2 or more needed")
        let report = try CLIRunner.run(["report", one, empty, "-o", directory.path + "/r.html"])
        CLIRunner.expectInputError(report, containing: "1 article in all, 2 or more needed")
        #expect(!directory.contents().contains("r.html"))
        let stdin = try CLIRunner.run(["check", "-", "--format", "json"], stdin: Array("{\"text\": \"x\"}\n".utf8))
        CLIRunner.expectInputError(stdin, containing: "standard input: 1 article in all, 2 or more needed")
    }

    @Test func emptyGzipAndEmptyJSONDocument() throws {
        let gzip = directory.write("empty.txt.gz", Deflate.compress([]))
        #expect(try ArticleReader().read(path: gzip).map(\.text) == [""])
        let json = directory.write("empty.json", [])
        let error = #expect(throws: IngestError.self) { try ArticleReader().read(path: json) }
        #expect(error?.description.hasPrefix("'\(json)': invalid JSON") == true, "\(String(describing: error))")
    }

    @Test func aFileOfNULsIsTextWithoutClaimsOrAnInvalidJSONLine() throws {
        let nuls = [UInt8](repeating: 0, count: 4096)
        let text = directory.write("nul.txt", nuls)
        let articles = try ArticleReader().read(path: text)
        let article = try #require(articles.first)
        let document = Document(article: article)
        #expect(ClaimExtractor().claims(in: document).isEmpty)
        #expect(QuoteExtractor().quotes(in: document).isEmpty)
        let check = try CLIRunner.run(["check", text, text, "--format", "json"])
        #expect(check.status == 0)

        let jsonl = directory.write("nul.jsonl", nuls)
        #expect(throws: IngestError.self) { try ArticleReader().read(path: jsonl) }
        let result = try CLIRunner.run(["claims", jsonl])
        CLIRunner.expectInputError(result, containing: "'\(jsonl)': line 1: invalid JSON")
    }

    /// `text` must be a string; `null` counts as missing.
    @Test(arguments: [("42", "a string"), ("true", "a string"), ("[\"a\"]", "a string"), ("{\"a\": 1}", "a string")])
    func jsonTextThatIsNotAStringIsAnInvalidField(value: String, expected: String) throws {
        let jsonl = directory.write("t.jsonl", "{\"id\": \"a\", \"text\": \(value)}\n")
        #expect(throws: IngestError.invalidField(path: jsonl, line: 1, field: "text", expected: expected)) {
            try ArticleReader().read(path: jsonl)
        }
        let json = directory.write("t.json", "{\"id\": \"a\", \"text\": \(value)}")
        #expect(throws: IngestError.invalidField(path: json, line: nil, field: "text", expected: expected)) {
            try ArticleReader().read(path: json)
        }
        let result = try CLIRunner.run(["claims", jsonl])
        CLIRunner.expectInputError(result, containing: "'\(jsonl)': line 1: field 'text' must be a string")
    }

    @Test func nullTextIsAMissingField() {
        let jsonl = directory.write("null.jsonl", "{\"id\": \"a\", \"text\": null}\n")
        #expect(throws: IngestError.missingField(path: jsonl, line: 1, field: "text")) {
            try ArticleReader().read(path: jsonl)
        }
    }
}
