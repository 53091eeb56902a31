import CrosscheckTestSupport
import Testing

@testable import Crosscheck

/// `crosscheck diff --format json` writes ``ArticleDiffResult/writeJSON(pieceBytes:to:)`` in pieces; the pieces
/// must make exactly ``ArticleDiffResult/json()``.
@Suite struct ArticleDiffJSONStreamTests {
    private static func concatenated(_ result: ArticleDiffResult, pieceBytes: Int) -> (bytes: [UInt8], pieces: Int) {
        var all: [UInt8] = []
        var pieces = 0
        result.writeJSON(pieceBytes: pieceBytes) { (piece: UnsafeRawBufferPointer) in
            all.append(contentsOf: piece)
            pieces += 1
        }
        return (all, pieces)
    }

    @Test(arguments: [1, 100, 4096, 1 << 18])
    func piecesMakeTheSameJSON(pieceBytes: Int) throws {
        var generator = SplitMix64(seed: 0x57AE_A11)
        var paragraphs: [String] = []
        for _ in 0 ..< 60 { paragraphs.append(RandomText.make(pieceCount: 30, using: &generator)) }
        let old = paragraphs.joined(separator: "\n\n")
        paragraphs[7] = "A new \"quoted\" paragraph\twith a tab, a \\ backslash and \u{1} a control character."
        paragraphs.remove(at: 20)
        let new = paragraphs.joined(separator: "\n\n")
        for threshold in [0, Int.max] {  // with and without the paragraph pass
            let result = try ArticleDiff.compare(
                old: Article(id: "old", title: "Old \"one\"", text: old), new: Article(id: "new", text: new),
                options: TextDiffOptions(paragraphPassMinimumBytes: threshold))
            let (bytes, pieces) = Self.concatenated(result, pieceBytes: pieceBytes)
            #expect(bytes == result.json())
            if pieceBytes == 1 { #expect(pieces > 2) }
        }
    }

    /// Long diffs write the second half of their edits on a second thread: the JSON is still byte for byte
    /// Foundation's sorted-keys encoding of the same values, streamed or not.
    @Test func longDiffsWriteTheSameJSONWithTheSecondHalfInParallel() throws {
        var generator = SplitMix64(seed: 0x10_9D1F)
        var paragraphs: [String] = []
        for _ in 0 ..< 900 { paragraphs.append(RandomText.make(pieceCount: 40, using: &generator)) }
        let old = paragraphs.joined(separator: "\n\n")
        for k in stride(from: 3, to: paragraphs.count, by: 29) {
            paragraphs[k] = "An edited \"paragraph\" \(k),\ta tab, a \\ backslash, \u{1} and é."
        }
        paragraphs.remove(at: 400)
        let new = paragraphs.joined(separator: "\n\n")
        #expect(old.utf8.count + new.utf8.count >= ArticleDiffResult.parallelEditsMinimumBytes)
        let oldArticle = Article(id: "old", text: old)
        let newArticle = Article(id: "new", text: new)
        let result = try ArticleDiff.compare(old: oldArticle, new: newArticle)
        let mirror = ArticleDiffTests.Mirror(
            edits: result.edits(), granularity: "word", new: newArticle, old: oldArticle, stats: result.stats)
        let expected = try JSONOutput.encode(mirror, pretty: false) + [0x0A]
        #expect(result.json() == expected)
        #expect(Self.concatenated(result, pieceBytes: 1 << 16).bytes == expected)
    }

    /// Article texts that do not match the diff's texts (a result put together by hand) are escaped from the
    /// articles themselves, not copied from the spans.
    @Test func mismatchedArticleTextIsWrittenFromTheArticle() throws {
        let result = try ArticleDiff.compare(
            old: Article(id: "a", text: "one two three"), new: Article(id: "b", text: "one two four"))
        let changed = ArticleDiffResult(
            old: Article(id: "a", text: "something else"), new: result.new, diff: result.diff)
        let json = String(decoding: changed.json(), as: UTF8.self)
        #expect(json.contains("\"text\":\"something else\""))
    }
}
