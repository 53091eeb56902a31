import CrosscheckTestSupport
import Foundation
import Testing

@testable import Crosscheck

/// The library's values and extractors are `Sendable` and keep their shared state in `static let` tables (the claim
/// lexicon, furniture phrases, libxml2's one-time initialisation), so callers may analyse many documents at once.
/// These tests do that with a task group through the public API and compare with a sequential run; under
/// ThreadSanitizer (`Scripts/tsan.sh`) they also show that no shared state is written concurrently.
@Suite struct ConcurrencyTests {
    /// Every article of the fixtures: the text stories and the pages of the sample WARC file.
    static func articles() throws -> [Article] {
        let reader = ArticleReader()
        var articles = try reader.read(path: FixturePaths.path("stories.jsonl"))
        for name in ["guterres-moscow.txt", "guterres-moscow-edited.txt", "guterres-moscow-outlet-b.txt"] {
            articles += try reader.read(path: FixturePaths.path(name))
        }
        articles += try reader.read(path: FixturePaths.path("web/sample.warc"))
        return articles
    }

    /// What one worker computes for one article.
    struct Analysis: Equatable, Sendable {
        var sentences: Int
        var quotes: [Quote]
        var claims: [Claim]
    }

    static func analyse(_ article: Article) -> Analysis {
        let document = Document(article: article)
        return Analysis(
            sentences: document.sentences.count, quotes: QuoteExtractor().quotes(in: document),
            claims: ClaimExtractor().claims(in: document))
    }

    @Test func parallelAnalysisMatchesSequential() async throws {
        // Repeat the fixtures so every worker analyses many documents, starting at the same time.
        let base = try Self.articles()
        let articles = Array(repeating: base, count: 8).flatMap { $0 }
        let sequential = articles.map(Self.analyse)
        let parallel = await withTaskGroup(of: (Int, Analysis).self) { group in
            for (index, article) in articles.enumerated() {
                group.addTask { (index, Self.analyse(article)) }
            }
            var results = [Analysis?](repeating: nil, count: articles.count)
            for await (index, analysis) in group { results[index] = analysis }
            return results
        }
        #expect(parallel == sequential.map { Optional($0) })
        #expect(sequential.contains { !$0.claims.isEmpty && !$0.quotes.isEmpty })
    }

    @Test func parallelHTMLExtractionMatchesSequential() async throws {
        let pages = try ["news.html", "jsonld.html", "malformed.html", "windows-1252.html"].map {
            try InputReader(path: FixturePaths.path("web/" + $0)).readAll()
        }
        let work = Array(repeating: pages, count: 6).flatMap { $0 }
        let extractor = HTMLExtractor()
        let sequential = try work.enumerated().map { try extractor.extract(html: $1, id: "p\($0)") }
        let parallel = try await withThrowingTaskGroup(of: (Int, Article).self) { group in
            for (index, page) in work.enumerated() {
                group.addTask { (index, try extractor.extract(html: page, id: "p\(index)")) }
            }
            var results = [Article?](repeating: nil, count: work.count)
            for try await (index, article) in group { results[index] = article }
            return results
        }
        #expect(parallel == sequential.map { Optional($0) })
    }

    @Test func parallelChecksMatchSequential() async throws {
        let reader = ArticleReader()
        let names = ["guterres-moscow.txt", "guterres-moscow-edited.txt", "guterres-moscow-outlet-b.txt"]
        let articles = try names.flatMap { try reader.read(path: FixturePaths.path($0)) }
        @Sendable func check() -> [UInt8] {
            let result = Crosschecker().check(articles.map { Document(article: $0) })
            return CheckMarkdownRenderer(full: true).render(result)
        }
        let expected = check()
        let reports = await withTaskGroup(of: [UInt8].self) { group in
            for _ in 0 ..< 6 { group.addTask { check() } }
            var reports: [[UInt8]] = []
            for await report in group { reports.append(report) }
            return reports
        }
        #expect(reports.count == 6)
        #expect(reports.allSatisfy { $0 == expected })
    }
}
