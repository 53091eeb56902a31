import Testing

@testable import Crosscheck

@Suite struct ArticleSerializerTests {
    private let first = Article(
        id: "a", url: "https://example.org/a/b", title: "Bridge reopens", text: "Bridge reopens\n\nBody.")
    private let second = Article(id: "b", source: "Bay Times", title: "Headline", text: "Text without title")

    private func render(_ articles: [Article], _ format: OutputFormat) throws -> String {
        var serializer = ArticleSerializer(format: format)
        var bytes: [UInt8] = []
        for article in articles { bytes += try serializer.append(article) }
        bytes += serializer.finish()
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func writesOneJSONObjectForOneArticle() throws {
        let json = try render([first], .json)
        #expect(
            json == """
                {
                  "id" : "a",
                  "text" : "Bridge reopens\\n\\nBody.",
                  "title" : "Bridge reopens",
                  "url" : "https://example.org/a/b"
                }

                """)
    }

    @Test func writesAJSONArrayForSeveralArticles() throws {
        let json = try render([first, second], .json)
        #expect(json.hasPrefix("[\n  {\n    \"id\" : \"a\","))
        #expect(json.hasSuffix("  }\n]\n"))
        #expect(try render([], .json) == "[]\n")
    }

    @Test func writesOneCompactLinePerArticleForJSONL() throws {
        #expect(
            try render([first, second], .jsonl) == """
                {"id":"a","text":"Bridge reopens\\n\\nBody.","title":"Bridge reopens","url":"https://example.org/a/b"}
                {"id":"b","source":"Bay Times","text":"Text without title","title":"Headline"}

                """)
    }

    @Test func writesTitleThenTextWithoutRepeatingAHeadline() throws {
        #expect(
            try render([first, second], .text) == "Bridge reopens\n\nBody.\n\n---\n\nHeadline\n\nText without title\n")
    }
}
