import Testing

@testable import Crosscheck

@Suite struct OutputFormatTests {
    @Test(
        arguments: [
            ("out.json", OutputFormat?.some(.json)),
            ("Reports/story.HTML", .html),
            ("a.ndjson", .jsonl),
            ("notes.md", .markdown),
            ("plain.txt", .text),
            ("collation.xml", .tei),
            ("apparatus.tei", .tei),
            ("out", nil),
            ("dir.json/out", nil),
        ] as [(String, OutputFormat?)])
    func comesFromTheOutputExtension(path: String, expected: OutputFormat?) {
        #expect(OutputFormat.fromPath(path) == expected)
    }
}
