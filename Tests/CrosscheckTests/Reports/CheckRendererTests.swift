import Crosscheck
import CrosscheckTestSupport
import Foundation
import Testing

/// The text, Markdown, JSON and HTML renderings of a check and of the review report, against golden files in
/// `Tests/CrosscheckTests/Golden/check/` (the seed against its edited version), and the HTML report's escaping.
///
/// To re-record the golden files deliberately after a change, run
/// `CROSSCHECK_RECORD=1 swift test --filter CheckRendererTests`, then review `git diff Tests/CrosscheckTests/Golden`.
@Suite struct CheckRendererTests {
    static let goldenDirectory: String = {
        var url = URL(fileURLWithPath: #filePath)
        url.deleteLastPathComponent()
        url.deleteLastPathComponent()
        return url.appendingPathComponent("Golden/check").path
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

    private func result() throws -> CheckResult {
        try CrosscheckerTests.check("guterres-moscow.txt", "guterres-moscow-edited.txt")
    }

    @Test func textMatchesItsGoldenFile() throws {
        try expectGolden(CheckTextRenderer().render(try result()), "edited.txt")
    }

    @Test func markdownMatchesItsGoldenFile() throws {
        try expectGolden(CheckMarkdownRenderer(full: false).render(try result()), "edited.md")
        try expectGolden(CheckMarkdownRenderer(full: true).render(try result()), "edited-report.md")
    }

    @Test func jsonMatchesItsGoldenFile() throws {
        try expectGolden(try JSONOutput.encode(CheckReport(try result()), pretty: true) + [0x0A], "edited.json")
    }

    @Test func htmlMatchesItsGoldenFile() throws {
        try expectGolden(CheckHTMLRenderer(full: false).render(try result()), "edited.html")
        try expectGolden(CheckHTMLRenderer(full: true).render(try result()), "edited-report.html")
    }

    @Test func htmlReportEscapesHostileArticleContent() {
        let hostile = """
            Hostile page

            The council met on Monday. <script>alert(1)</script> <img src=x onerror="alert(2)"> \
            <a href="javascript:alert(3)">click</a> “We will see <b>what</b> we can do,” Haq said.
            """
        let edited = hostile.replacingOccurrences(of: "Monday", with: "Tuesday")
            .replacingOccurrences(of: "we can do", with: "we can still do")
        let result = Crosschecker().check([
            Document(article: Article(id: "a<script>", text: hostile)),
            Document(article: Article(id: "b\"onload=\"x", text: edited)),
        ])
        #expect(!result.discrepancies.isEmpty)
        let html = String(decoding: CheckHTMLRenderer(full: true).render(result), as: UTF8.self)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<a href=\"javascript"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("Content-Security-Policy"))
        #expect(html.contains("default-src 'none'; style-src 'unsafe-inline'"))
        // Every discrepancy is listed with an anchor and highlighted evidence.
        for d in result.discrepancies {
            #expect(html.contains("id=\"\(d.id)\""))
        }
        #expect(
            html.components(separatedBy: "<mark class=\"evidence-text\">").count - 1
                == result.discrepancies.reduce(0) { $0 + $1.evidence.count })
    }
}
