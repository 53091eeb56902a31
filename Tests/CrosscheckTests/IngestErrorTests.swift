import Testing

@testable import Crosscheck

@Suite struct IngestErrorTests {
    @Test(
        arguments: [
            (
                IngestError.truncatedStream(path: "corpus/a.jsonl.gz", compression: .gzip, byteOffset: 1234),
                "'corpus/a.jsonl.gz': truncated gzip stream at byte 1234"
            ),
            (
                .invalidJSON(path: "a.jsonl", line: 3, detail: "unexpected end of input at byte 120"),
                "'a.jsonl': line 3: invalid JSON (unexpected end of input at byte 120)"
            ),
            (.missingField(path: "-", line: 2, field: "body"), "standard input: line 2: missing field 'body'"),
            (
                .invalidUTF8(path: "a.txt", line: nil, byteOffset: 17),
                "'a.txt': invalid UTF-8 at byte 17 (use --lossy to replace it)"
            ),
            (
                .web(
                    path: "crawl.warc.gz",
                    error: .truncatedWARCRecord(source: "crawl.warc.gz", record: 5, byteOffset: 2279, missingBytes: 344)
                ),
                "'crawl.warc.gz': truncated warc record 5 at byte 2279, 344 bytes missing"
            ),
            (
                .web(path: "-", error: .malformedWARCHeader(source: "-", record: 2, byteOffset: 90, reason: "no x")),
                "standard input: warc record 2 at byte 90 has a malformed header: no x"
            ),
            (
                .web(path: "big.html", error: .documentTooLarge(id: "big", limit: 10)),
                "'big.html': html page 'big' is larger than the limit of 10 bytes"
            ),
            (
                .tooFewArticles(paths: ["a.jsonl", "-"], count: 1, needed: 2),
                "'a.jsonl', standard input: 1 article in all, 2 or more needed"
            ),
        ] as [(IngestError, String)])
    func describesItselfOnOneLine(error: IngestError, expected: String) {
        #expect(error.description == expected)
        #expect(error.failureKind == .input)
        #expect(!error.description.contains("\n"))
    }
}
