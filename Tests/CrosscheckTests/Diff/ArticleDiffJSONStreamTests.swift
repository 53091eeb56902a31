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
