import Testing

@testable import Crosscheck

@Suite struct ArticleIdentityTests {
    @Test(arguments: [
        ("corpus/day1.jsonl.gz", "day1"),
        ("story.txt", "story"),
        ("/abs/path/Report.JSON", "Report"),
        ("notes.md", "notes.md"),
        ("archive.tar.gz", "archive.tar"),
        ("-", "stdin"),
        (".txt", ".txt"),
    ])
    func baseNameDropsCompressionAndFormatExtensions(path: String, expected: String) {
        #expect(ArticleIdentity.baseName(of: path) == expected)
    }

    @Test func numbersArticlesOfMultiArticleInputs() {
        #expect(ArticleIdentity.id(path: "corpus/day1.jsonl.gz", number: 7) == "day1:7")
    }
}
