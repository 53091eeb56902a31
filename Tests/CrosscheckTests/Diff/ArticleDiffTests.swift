import Crosscheck
import CrosscheckTestSupport
import Foundation
import Testing

/// `ArticleDiff`: the comparison behind `crosscheck diff`, its contract JSON and the reconstruction property.
@Suite struct ArticleDiffTests {
    static func fixture(_ name: String) throws -> Article {
        let articles = try ArticleReader().read(path: FixturePaths.path(name))
        return try #require(articles.first)
    }

    /// The contract object as Foundation would encode it, to compare the streaming writer against.
    struct Mirror: Encodable {
        var edits: [Edit]
        var granularity: String
        var new: Article
        var old: Article
        var stats: DiffStats
    }

    /// Checks the contract's reconstruction property on decoded JSON and returns the decoded edits.
    @discardableResult
    static func checkReconstruction(
        _ json: [UInt8], old: String, new: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [[String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
        let edits = try #require(object["edits"] as? [[String: Any]])
        let oldScalars = Array(old.unicodeScalars)
        let newScalars = Array(new.unicodeScalars)
        var oldJoined = ""
        var newJoined = ""
        for edit in edits {
            let op = try #require(edit["op"] as? String)
            func check(_ key: String, _ scalars: [Unicode.Scalar], _ joined: inout String) throws -> String? {
                guard let span = edit[key] as? [String: Any] else { return nil }
                let start = try #require(span["start"] as? Int)
                let end = try #require(span["end"] as? Int)
                let text = try #require(span["text"] as? String)
                #expect(start <= end && end <= scalars.count, sourceLocation: sourceLocation)
                let slice = String(String.UnicodeScalarView(scalars[start ..< min(end, scalars.count)]))
                #expect(slice == text, "span \(start)..<\(end)", sourceLocation: sourceLocation)
                #expect(
                    start == joined.unicodeScalars.count, "spans must be contiguous", sourceLocation: sourceLocation)
                joined += text
                return text
            }
            let oldText = try check("old", oldScalars, &oldJoined)
            let newText = try check("new", newScalars, &newJoined)
            #expect((oldText == nil) == (op == "insert"), sourceLocation: sourceLocation)
            #expect((newText == nil) == (op == "delete"), sourceLocation: sourceLocation)
            if op == "equal" { #expect(oldText == newText, sourceLocation: sourceLocation) }
        }
        #expect(oldJoined == old, sourceLocation: sourceLocation)
        #expect(newJoined == new, sourceLocation: sourceLocation)
        return edits
    }

    @Test(arguments: DiffGranularity.allCases)
    func jsonIsByteIdenticalToFoundationsSortedKeysEncoding(granularity: DiffGranularity) throws {
        let old = try Self.fixture("guterres-moscow.txt")
        let new = try Self.fixture("guterres-moscow-edited.txt")
        let result = try ArticleDiff.compare(old: old, new: new, by: granularity)
        let mirror = Mirror(
            edits: result.edits(), granularity: granularity.rawValue, new: new, old: old, stats: result.stats)
        let expected = try JSONOutput.encode(mirror, pretty: false) + [0x0A]
        #expect(result.json() == expected)
    }

    @Test(arguments: DiffGranularity.allCases)
    func editsReconstructBothTextsOnTheFixtures(granularity: DiffGranularity) throws {
        for pair in [
            ("guterres-moscow.txt", "guterres-moscow-edited.txt"),
            ("guterres-moscow.txt", "guterres-moscow-typographic.txt"),
            ("guterres-moscow.txt", "guterres-moscow-outlet-b.txt"),
        ] {
            let old = try Self.fixture(pair.0)
            let new = try Self.fixture(pair.1)
            for whitespace in TextDiffOptions.Whitespace.allCases {
                let result = try ArticleDiff.compare(
                    old: old, new: new, by: granularity, options: TextDiffOptions(whitespace: whitespace))
                try Self.checkReconstruction(result.json(), old: old.text, new: new.text)
            }
        }
    }

    @Test func reportsTheMovedParagraphAsAMoveAndTheAddedWordAsAnInsertion() throws {
        let old = try Self.fixture("guterres-moscow.txt")
        let new = try Self.fixture("guterres-moscow-edited.txt")
        let edits = try ArticleDiff.compare(old: old, new: new).edits()
        let moved = edits.filter { $0.move != nil }
        #expect(moved.count == 2)
        #expect(Set(moved.map(\.move)) == [1])
        #expect(moved.map(\.op) == [.delete, .insert])
        #expect(
            moved.allSatisfy { ($0.old ?? $0.new)?.text.contains("En route to Moscow, Guterres met Monday") == true })
        // "even in small way" → "even in a small way": an insertion of "a", not a replacement of a phrase.
        let insertions = edits.filter { $0.op == .insert && $0.move == nil }
        #expect(insertions.contains { $0.new?.text.trimmingCharacters(in: .whitespaces) == "a" })
        #expect(edits.contains { $0.op == .replace && $0.old?.text == "Thursday" && $0.new?.text == "Wednesday" })
    }

    @Test func wordDiffKeepsTypographyAsChangesWithCharacterEdits() throws {
        let old = Article(id: "a", text: "Turkey’s two maritime neighbors.")
        let new = Article(id: "b", text: "Turkey's two maritime neighbors.")
        let edits = try ArticleDiff.compare(old: old, new: new).edits()
        let change = try #require(edits.first { $0.op != .equal })
        #expect(change.op == .replace)
        #expect(change.old?.text == "Turkey’s")
        #expect(change.inner.contains { $0.op == .replace && $0.old?.text == "’" && $0.new?.text == "'" })
    }

    @Test func sentenceDiffComparesTextOutsideSentencesToo() throws {
        let old = Article(
            id: "a", text: "Headline here\n\nThe bridge reopened on Friday. Traffic is light.\n\nShare this:\n")
        let new = Article(
            id: "b", text: "Headline here\n\nThe bridge reopened on Friday. Traffic is light.\n\nAdvertisement\n")
        let result = try ArticleDiff.compare(old: old, new: new, by: .sentence)
        let changes = result.edits().filter { $0.op != .equal }
        #expect(changes.count == 1)
        #expect(changes.first?.isCosmetic == false)
        #expect(changes.first?.old?.text == "Share this:")
        try Self.checkReconstruction(result.json(), old: old.text, new: new.text)
    }

    @Test func whitespaceOnlyChangesAreCosmeticUnlessSignificant() throws {
        let old = Article(id: "a", text: "One two  three.\n")
        let new = Article(id: "b", text: "One two three.\n")
        let folded = try ArticleDiff.compare(old: old, new: new)
        #expect(folded.stats.cosmeticEdits == 1)
        #expect(folded.edits().filter { $0.op != .equal }.allSatisfy { $0.isCosmetic })
        let significant = try ArticleDiff.compare(
            old: old, new: new, options: TextDiffOptions(whitespace: .significant))
        #expect(significant.stats.cosmeticEdits == 0)
        #expect(significant.edits().contains { $0.op == .delete && !$0.isCosmetic })
    }

    @Test func randomUnicodeEditsReconstruct() throws {
        let seed = propertySeed("ArticleDiff.randomUnicodeEditsReconstruct", default: 20_261_129)
        var random = SplitMix64(seed: seed)
        let alphabet = ["a", "b", "é", "👩‍👩‍👧", "e\u{301}", "שלום", " ", "\n", "\"", "\\", "\u{1}", "\t", "“", ".", "😀"]
        for _ in 0 ..< 200 {
            func text() -> String {
                (0 ..< Int.random(in: 0 ... 24, using: &random)).map { _ in
                    alphabet[Int.random(in: 0 ..< alphabet.count, using: &random)]
                }.joined()
            }
            let old = Article(id: "o", text: text())
            let new = Article(id: "n", text: Bool.random(using: &random) ? old.text + text() : text())
            for granularity in DiffGranularity.allCases {
                let result = try ArticleDiff.compare(old: old, new: new, by: granularity)
                try Self.checkReconstruction(result.json(), old: old.text, new: new.text)
                let mirror = Mirror(
                    edits: result.edits(), granularity: granularity.rawValue, new: new, old: old, stats: result.stats)
                let expected = try JSONOutput.encode(mirror, pretty: false) + [0x0A]
                #expect(result.json() == expected)
            }
        }
    }
}
