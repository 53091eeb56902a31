import Testing

@testable import Crosscheck

@Suite struct ArticleFormatTests {
    @Test(
        arguments: [
            ("story.txt", ArticleFormat.txt),
            ("corpus/day1.jsonl.gz", .jsonl),
            ("a.JSON", .json),
            ("feed.ndjson", .jsonl),
            ("page.htm.gz", .html),
            ("CC-NEWS-20240301.warc.gz", .warc),
        ] as [(String, ArticleFormat)])
    func comesFromTheExtension(path: String, expected: ArticleFormat) {
        #expect(ArticleFormat.fromPath(path) == expected)
    }

    @Test(arguments: ["-", "story", "notes.md", "archive.gz", "dir.txt/file", ".txt"])
    func isUnknownWithoutAFormatExtension(path: String) {
        #expect(ArticleFormat.fromPath(path) == nil)
    }

    @Test(
        arguments: [
            ("{\"text\": \"a\"}\n{\"text\": \"b\"}\n", ArticleFormat.jsonl),
            ("{\"text\": \"only one line\"}", .jsonl),
            ("{\n  \"text\": \"pretty\"\n}\n", .json),
            ("\u{FEFF}  [ {\"text\": \"a\"} ]", .json),
            ("<!DOCTYPE html><html>", .html),
            ("\n<html lang=en>", .html),
            ("WARC/1.1\r\nWARC-Type: response", .warc),
            ("Mayor reopens bridge\n\nThe mayor said…", .txt),
            ("<3 this story", .txt),
            ("", .txt),
        ] as [(String, ArticleFormat)])
    func isSniffedFromTheContent(content: String, expected: ArticleFormat) {
        #expect(ArticleFormat.sniff(Array(content.utf8)) == expected)
    }
}
