import Crosscheck
import Foundation
import Testing

/// The text, Markdown and HTML renderings of a diff, against golden files in `Tests/CrosscheckTests/Golden/diff/`.
///
/// To re-record the golden files deliberately after a change to a renderer, run
/// `CROSSCHECK_RECORD=1 swift test --filter DiffRendererTests`, then review `git diff Tests/CrosscheckTests/Golden`.
@Suite struct DiffRendererTests {
    static let old = Article(
        id: "bridge-v1", title: "Bridge reopens after repairs",
        text: """
            Bridge reopens after repairs

            The old bridge over the river reopened on Thursday, officials said.

            “It is safe to cross,” the mayor said. Drivers should expect delays during the first week of traffic.

            Engineers replaced the cables and repainted the steel towers over four months of careful work.

            Readers wrote <script>alert("x")</script> & asked: is it *safe*? The colour is grey.

            """)
    static let new = Article(
        id: "bridge-v2", title: "Bridge reopens after repairs",
        text: """
            Bridge reopens after repairs

            The old bridge over the river reopened on Wednesday, officials  said.

            Engineers replaced the cables and repainted the steel towers over four months of careful work.

            “It is safe to cross,” the mayor said. Drivers should expect delays during the first week.

            Readers wrote <script>alert("x")</script> & asked: is it *safe*? The color is grey.

            """)

    static let goldenDirectory: String = {
        var url = URL(fileURLWithPath: #filePath)
        url.deleteLastPathComponent()
        url.deleteLastPathComponent()
        return url.appendingPathComponent("Golden/diff").path
    }()

    /// Compares output with a golden file, or records it when `CROSSCHECK_RECORD=1`.
    private func expectGolden(
        _ bytes: [UInt8], _ name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let path = Self.goldenDirectory + "/" + name
        if ProcessInfo.processInfo.environment["CROSSCHECK_RECORD"] == "1" {
            try FileManager.default.createDirectory(atPath: Self.goldenDirectory, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            return
        }
        let expected = try #require(
            FileManager.default.contents(atPath: path), "missing \(name): record it with CROSSCHECK_RECORD=1",
            sourceLocation: sourceLocation)
        #expect(
            String(decoding: bytes, as: UTF8.self) == String(decoding: expected, as: UTF8.self),
            "\(name) differs from its golden file (re-record deliberately with CROSSCHECK_RECORD=1)",
            sourceLocation: sourceLocation)
    }

    private func result() throws -> ArticleDiffResult {
        try ArticleDiff.compare(old: Self.old, new: Self.new)
    }

    @Test func textMatchesItsGoldenFile() throws {
        try expectGolden(DiffTextRenderer().render(try result()), "bridge.txt")
    }

    @Test func markdownMatchesItsGoldenFile() throws {
        try expectGolden(DiffMarkdownRenderer().render(try result()), "bridge.md")
    }

    @Test func htmlMatchesItsGoldenFile() throws {
        try expectGolden(DiffHTMLRenderer().render(try result()), "bridge.html")
    }

    @Test func jsonMatchesItsGoldenFile() throws {
        try expectGolden(try result().json(), "bridge.json")
    }

    @Test func textMarksMovesReplacementsAndCharacterEdits() throws {
        let text = String(decoding: DiffTextRenderer().render(try result()), as: UTF8.self)
        #expect(text.contains("[-Thursday-]{+Wednesday+}"))
        #expect(text.contains("[-colour-]{+color+}"))
        #expect(text.contains("{>1}"))
        #expect(text.contains("{<1}"))
        // The doubled space is whitespace only: shown as unchanged.
        #expect(text.contains("officials  said"))
        #expect(!text.contains("\u{1B}["))
    }

    @Test(arguments: [
        ("a two-month war", "a three-month war", "a [-two-]{+three+}-month war"),
        ("Turkey’s ships", "Turkey's ships", "Turkey[-’-]{+'+}s ships"),
        ("grey colour.", "grey color.", "grey [-colour-]{+color+}."),
        ("the U.N. said", "the UN said", "the [-U.N.-]{+UN+} said"),
    ])
    func textShowsChangesInsideWordsAsWholeRuns(old: String, new: String, expected: String) throws {
        let result = try ArticleDiff.compare(old: Article(id: "a", text: old), new: Article(id: "b", text: new))
        let text = String(decoding: DiffTextRenderer().render(result), as: UTF8.self)
        #expect(text.hasSuffix("\n\n" + expected + "\n"), "\(text)")
    }

    @Test func colourIsAddedOnlyWhenAsked() throws {
        let coloured = String(decoding: DiffTextRenderer(color: true).render(try result()), as: UTF8.self)
        #expect(coloured.contains("\u{1B}[31m[-Thursday-]\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[32m{+Wednesday+}\u{1B}[0m"))
    }

    @Test func htmlEscapesArticleContent() throws {
        let hostile = Article(
            id: "x\"><script>alert(1)</script>", title: "<img src=x onerror=alert(1)>",
            text: "Safe text.\n")
        let changed = Article(id: "y", text: "Safe text. <script>alert('pwned')</script> & <b>bold</b>\n")
        let html = String(
            decoding: DiffHTMLRenderer().render(try ArticleDiff.compare(old: hostile, new: changed)), as: UTF8.self)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"))
        #expect(html.contains("x&quot;&gt;&lt;script&gt;"))
        #expect(html.contains("Content-Security-Policy"))
    }

    @Test(arguments: [
        ("<script>", "&lt;script&gt;"), ("a & b", "a &amp; b"), ("\"'", "&quot;&#39;"), ("\u{0}\u{7F}", "␀␡"),
        ("tab\tnew\nline", "tab\tnew\nline"), ("é 😀", "é 😀"),
    ])
    func htmlEscapeHandles(input: String, expected: String) {
        #expect(HTMLEscape.escape(input) == expected)
    }

    @Test func markdownEscapesSyntax() {
        #expect(
            MarkdownEscape.escape("a *b* _c_ <d> [e](f) | ~g~ & `h`")
                == #"a \*b\* \_c\_ \<d\> \[e\](f) \| \~g\~ \& \`h\`"#)
        #expect(MarkdownEscape.escape("- item", atLineStart: true) == #"\- item"#)
        #expect(MarkdownEscape.escape("1. item", atLineStart: true) == #"1\. item"#)
        #expect(MarkdownEscape.escape("# title", atLineStart: true) == ##"\# title"##)
    }
}
