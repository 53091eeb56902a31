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
                .invalidJSON(path: "a.jsonl", line: 3, detail: "unexpected end of file"),
                "'a.jsonl': line 3: invalid JSON (unexpected end of file)"
            ),
            (.missingField(path: "-", line: 2, field: "body"), "standard input: line 2: missing field 'body'"),
            (
                .invalidUTF8(path: "a.txt", line: nil, byteOffset: 17),
                "'a.txt': invalid UTF-8 at byte 17 (use --lossy to replace it)"
            ),
            (.unsupportedFormat(path: "page.html", format: .html), "'page.html': html input is not supported yet"),
        ] as [(IngestError, String)])
    func describesItselfOnOneLine(error: IngestError, expected: String) {
        #expect(error.description == expected)
        #expect(error.failureKind == .input)
        #expect(!error.description.contains("\n"))
    }
}
