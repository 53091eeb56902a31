import CrosscheckTestSupport
import Foundation
import Testing

@testable import Crosscheck

/// The fast paths of the check engine give exactly what the general code gives: the line encoder of discrepancies,
/// quote matching on sorted word ids, ASCII sentence clipping, the token diff that skips a common prefix, the quote
/// tokenizer that slices words from bytes, token folding through a pointer, normalisation without origins, the
/// unsorted alignment trigrams, and the merge of discrepancies that folds only values that could merge.
@Suite struct CheckFastPathTests {
    /// Random text with whitespace runs, quotes, control characters and non-ASCII pieces.
    private static func text(_ generator: inout SplitMix64, pieces: Int) -> String {
        RandomText.make(pieceCount: Int.random(in: 0 ..< pieces, using: &generator), using: &generator)
    }

    /// Random ASCII text: words, punctuation and every ASCII whitespace character.
    private static func asciiText(_ generator: inout SplitMix64) -> String {
        let pieces = ["the", "U.N.", "said", "1,500", "\"", "'", ",", ".", "Guterres", "a", "talks", "—x"]
        let separators = [" ", "  ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "\r", ""]
        var text = Int.random(in: 0 ..< 3, using: &generator) == 0 ? " " : ""
        for _ in 0 ..< Int.random(in: 0 ..< 60, using: &generator) {
            text += pieces[Int.random(in: 0 ..< pieces.count, using: &generator)].filter(\.isASCII)
            text += separators[Int.random(in: 0 ..< separators.count, using: &generator)]
        }
        return text
    }

    /// The clipping of the original implementation (`Character`-based).
    private static func referenceClipped(_ text: String, limit: Int) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard flat.count > limit else { return flat }
        var prefix = String(flat.prefix(limit))
        while prefix.last?.isWhitespace ?? false { prefix.removeLast() }
        return prefix + "…"
    }

    @Test func asciiClippingEqualsCharacterClipping() {
        let seed = SplitMix64.testSeed()
        print(
            "CheckFastPathTests.asciiClippingEqualsCharacterClipping seed: \(seed) (replay with CROSSCHECK_SEED=\(seed))"
        )
        var generator = SplitMix64(seed: seed)
        for round in 0 ..< 2_000 {
            let text = round % 4 == 0 ? Self.text(&generator, pieces: 60) : Self.asciiText(&generator)
            let limit = [0, 1, 5, 20, 90][round % 5]
            #expect(
                PairCheck.clipped(text, limit: limit) == Self.referenceClipped(text, limit: limit),
                "\(text.debugDescription) limit \(limit)")
            if text.allSatisfy(\.isASCII) {
                #expect(PairCheck.clippedASCII(text, limit: limit) != nil)
            }
        }
    }

    @Test func sortedIdMatchingEqualsWordMatching() {
        let seed = SplitMix64.testSeed()
        print(
            "CheckFastPathTests.sortedIdMatchingEqualsWordMatching seed: \(seed) (replay with CROSSCHECK_SEED=\(seed))")
        var generator = SplitMix64(seed: seed)
        let vocabulary = ["we", "will", "see", "the", "talks", "peace", "a", "of", "it", "is"]
        func words() -> [String] {
            let size = vocabulary.count
            return (0 ..< Int.random(in: 0 ..< 12, using: &generator)).map { _ in
                vocabulary[Int.random(in: 0 ..< Int.random(in: 1 ... size, using: &generator), using: &generator)]
            }
        }
        let ids = Dictionary(uniqueKeysWithValues: vocabulary.enumerated().map { ($1, Int32($0)) })
        for _ in 0 ..< 3_000 {
            let (a, b) = (words(), words())
            let threshold = [0.3, 0.5, 0.8, 1.0][Int.random(in: 0 ..< 4, using: &generator)]
            let expected = QuoteText.matchScore(a, b, threshold: threshold)
            let actual = QuoteText.matchScore(
                sortedIDs: a.compactMap { ids[$0] }.sorted(), b.compactMap { ids[$0] }.sorted(), threshold: threshold)
            #expect(actual == expected, "\(a) \(b) \(threshold)")
        }
    }

    @Test func discrepancyWriterEqualsJSONEncoder() throws {
        let seed = SplitMix64.testSeed()
        print(
            "CheckFastPathTests.discrepancyWriterEqualsJSONEncoder seed: \(seed) (replay with CROSSCHECK_SEED=\(seed))")
        var generator = SplitMix64(seed: seed)
        func maybe(_ value: String) -> String? { Bool.random(using: &generator) ? value : nil }
        var all: [Discrepancy] = []
        for _ in 0 ..< 300 {
            let text = Self.text(&generator, pieces: 12)
            let evidence = (0 ..< Int.random(in: 1 ... 4, using: &generator)).map { k in
                Evidence(
                    doc: Self.text(&generator, pieces: 3), docIndex: k,
                    span: Span(start: k * 7, end: k * 7 + text.unicodeScalars.count, text: text))
            }
            let changes: [WordChange]? =
                Bool.random(using: &generator)
                ? (0 ..< Int.random(in: 0 ..< 4, using: &generator)).map { k in
                    WordChange(op: [.equal, .delete, .insert][k % 3], text: Self.text(&generator, pieces: 3))
                } : nil
            let details = DiscrepancyDetails(
                old: maybe(Self.text(&generator, pieces: 5)), new: maybe(Self.text(&generator, pieces: 5)),
                claim: maybe("number"), unit: maybe("\u{1F}%"), speaker: maybe(Self.text(&generator, pieces: 3)),
                changes: changes,
                punctuationOnly: Bool.random(using: &generator) ? Bool.random(using: &generator) : nil,
                omitted: Bool.random(using: &generator) ? [Self.text(&generator, pieces: 3), "x"] : nil)
            let discrepancy = Discrepancy(
                kind: DiscrepancyKind.allCases[Int.random(in: 0 ..< DiscrepancyKind.allCases.count, using: &generator)],
                severity: Severity.allCases[Int.random(in: 0 ..< Severity.allCases.count, using: &generator)],
                summary: Self.text(&generator, pieces: 20), evidence: evidence, details: details)
            all.append(discrepancy)
            var json = JSONWriter()
            discrepancy.write(into: &json)
            #expect(json.bytes == (try JSONOutput.encode(discrepancy, pretty: false)))
        }
        var json = JSONWriter()
        Discrepancy.write(all, into: &json)
        #expect(json.bytes == (try JSONOutput.encode(all, pretty: false)))
        var empty = JSONWriter()
        Discrepancy.write([], into: &empty)
        #expect(empty.bytes == (try JSONOutput.encode([Discrepancy](), pretty: false)))
    }

    /// The token diff of the original implementation: the full table, the same walk.
    private static func referenceRuns(_ a: [String], _ b: [String]) -> [TokenDiff.Run] {
        let n = a.count
        let m = b.count
        var table = [Int](repeating: 0, count: (n + 1) * (m + 1))
        if n > 0 && m > 0 {
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    table[i * (m + 1) + j] =
                        a[i] == b[j]
                        ? table[(i + 1) * (m + 1) + j + 1] + 1
                        : max(table[(i + 1) * (m + 1) + j], table[i * (m + 1) + j + 1])
                }
            }
        }
        var runs: [TokenDiff.Run] = []
        var (i, j) = (0, 0)
        var current: TokenDiff.Run?
        while i < n || j < m {
            if i < n && j < m && a[i] == b[j] {
                if let run = current { runs.append(run) }
                current = nil
                i += 1
                j += 1
            } else if j < m && (i == n || table[i * (m + 1) + j + 1] >= table[(i + 1) * (m + 1) + j]) {
                var run = current ?? TokenDiff.Run(old: i ..< i, new: j ..< j)
                run.new = run.new.lowerBound ..< j + 1
                current = run
                j += 1
            } else {
                var run = current ?? TokenDiff.Run(old: i ..< i, new: j ..< j)
                run.old = run.old.lowerBound ..< i + 1
                current = run
                i += 1
            }
        }
        if let run = current { runs.append(run) }
        return runs
    }

    @Test func tokenDiffEqualsTheFullTable() {
        let seed = SplitMix64.testSeed()
        print("CheckFastPathTests.tokenDiffEqualsTheFullTable seed: \(seed) (replay with CROSSCHECK_SEED=\(seed))")
        var generator = SplitMix64(seed: seed)
        let vocabulary = ["a", "b", "c", "d", ",", "."]
        for _ in 0 ..< 3_000 {
            let a = (0 ..< Int.random(in: 0 ..< 14, using: &generator)).map { _ in
                vocabulary[Int.random(in: 0 ..< vocabulary.count, using: &generator)]
            }
            // Often an edit of `a` (shared prefixes and suffixes), sometimes unrelated.
            var b = a
            if Bool.random(using: &generator) || b.isEmpty {
                b = (0 ..< Int.random(in: 0 ..< 14, using: &generator)).map { _ in
                    vocabulary[Int.random(in: 0 ..< vocabulary.count, using: &generator)]
                }
            } else {
                for _ in 0 ..< Int.random(in: 0 ..< 3, using: &generator) {
                    let at = Int.random(in: 0 ... b.count, using: &generator)
                    switch Int.random(in: 0 ..< 3, using: &generator) {
                    case 0: b.insert(vocabulary[Int.random(in: 0 ..< vocabulary.count, using: &generator)], at: at)
                    case 1: if at < b.count { b.remove(at: at) }
                    default: if at < b.count { b[at] = "x" }
                    }
                }
            }
            #expect(TokenDiff.runs(a, b) == Self.referenceRuns(a, b), "\(a) \(b)")
        }
    }

    /// The quote tokenizer of the original implementation (scalar by scalar into a string).
    private static func referenceTokenize(_ text: String) -> [String] {
        var tokens: [String] = []
        var word = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        func flush() {
            if !word.isEmpty { tokens.append(String(word)) }
            word = String.UnicodeScalarView()
        }
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if QuoteText.isLetter(s) || QuoteText.isDigit(s) {
                word.append(s)
            } else if !word.isEmpty, i + 1 < scalars.count,
                QuoteText.joinsWord(s, after: scalars[i - 1], before: scalars[i + 1])
            {
                word.append(s)
            } else {
                flush()
                if s == "…" {
                    tokens.append("…")
                } else if s == ".", i + 2 < scalars.count, scalars[i + 1] == ".", scalars[i + 2] == "." {
                    tokens.append("…")
                    while i + 1 < scalars.count && scalars[i + 1] == "." { i += 1 }
                } else if s.isASCII ? !(s == " " || (0x09 ... 0x0D).contains(s.value)) : !s.properties.isWhitespace {
                    tokens.append(String(s))
                }
            }
            i += 1
        }
        flush()
        return tokens
    }

    @Test func quoteTokenizerEqualsScalarByScalarTokenizer() {
        let seed = SplitMix64.testSeed()
        print(
            "CheckFastPathTests.quoteTokenizerEqualsScalarByScalarTokenizer seed: \(seed) (replay with CROSSCHECK_SEED=\(seed))"
        )
        var generator = SplitMix64(seed: seed)
        for round in 0 ..< 1_000 {
            var text = Self.text(&generator, pieces: 40)
            if round % 3 == 0 { text += "... a....b .. c…d 10,000 we'll U.N. ’90s -x- " }
            if round % 2 == 0 { text = NormalizedText(text, options: .typographic).string }
            #expect(QuoteText.tokenize(text) == Self.referenceTokenize(text), "\(text.debugDescription)")
        }
    }

    /// Token folding of the original implementation (byte by byte appends).
    private static func referenceFold(_ folding: TokenFolding, _ source: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var i = 0
        var onlyDashes = true
        let typography = folding.contains(.typography)
        while i < source.count {
            let b = source[i]
            if b < 0x80 {
                if b &- 0x41 < 26 && folding.contains(.asciiCase) {
                    output.append(b | 0x20)
                } else if b == 0x60 && typography {
                    output.append(0x27)
                } else {
                    output.append(b)
                }
                if b != 0x2D { onlyDashes = false }
                i += 1
                continue
            }
            // The typographic replacements, spelled out.
            let rest = Array(source[i...])
            let table: [([UInt8], UInt8?)] = [
                ([0xC2, 0xAB], 0x22), ([0xC2, 0xBB], 0x22), ([0xC2, 0xAD], nil), ([0xCA, 0xBC], 0x27),
                ([0xE2, 0x80, 0x98], 0x27), ([0xE2, 0x80, 0x99], 0x27), ([0xE2, 0x80, 0x9A], 0x27),
                ([0xE2, 0x80, 0x9B], 0x27), ([0xE2, 0x80, 0xB9], 0x27), ([0xE2, 0x80, 0xBA], 0x27),
                ([0xE2, 0x80, 0xB2], 0x27), ([0xE2, 0x80, 0x9C], 0x22), ([0xE2, 0x80, 0x9D], 0x22),
                ([0xE2, 0x80, 0x9E], 0x22), ([0xE2, 0x80, 0x9F], 0x22), ([0xE2, 0x80, 0xB3], 0x22),
                ([0xE2, 0x80, 0x90], 0x2D), ([0xE2, 0x80, 0x91], 0x2D), ([0xE2, 0x80, 0x92], 0x2D),
                ([0xE2, 0x80, 0x93], 0x2D), ([0xE2, 0x80, 0x94], 0x2D), ([0xE2, 0x80, 0x95], 0x2D),
                ([0xE2, 0x80, 0xA6], 0x2E), ([0xE2, 0x88, 0x92], 0x2D),
            ]
            if typography, let (bytes, replacement) = table.first(where: { rest.starts(with: $0.0) }) {
                if let replacement {
                    output += replacement == 0x2E ? [0x2E, 0x2E, 0x2E] : [replacement]
                    if replacement != 0x2D { onlyDashes = false }
                } else {
                    onlyDashes = false
                }
                i += bytes.count
                continue
            }
            onlyDashes = false
            output.append(b)
            i += 1
        }
        guard typography else { return output }
        if onlyDashes && !output.isEmpty { return [0x2D] }
        return output == [0x27, 0x27] ? [0x22] : output
    }

    @Test func tokenFoldingEqualsByteByByteFolding() {
        let seed = SplitMix64.testSeed()
        print(
            "CheckFastPathTests.tokenFoldingEqualsByteByByteFolding seed: \(seed) (replay with CROSSCHECK_SEED=\(seed))"
        )
        var generator = SplitMix64(seed: seed)
        var scratch: [UInt8] = []
        let extra = [
            "--", "—–", "''", "``", "‘’", "-", "---", "'", "a''", "Ab", "ab", "a-b", "", "\u{AD}", "a\u{AD}", "…",
            "...", "Ab`C", "−", "ʼ", "«»", "‐‑‒―",
        ]
        for round in 0 ..< 3_000 {
            let piece =
                round % 3 == 0
                ? extra[Int.random(in: 0 ..< extra.count, using: &generator)]
                : RandomText.pieces[Int.random(in: 0 ..< RandomText.pieces.count, using: &generator)]
            let source = Array(piece.utf8)
            for folding in [TokenFolding.exact, .asciiCase, .typography, .loose] {
                source.withUnsafeBufferPointer { folding.fold($0, into: &scratch) }
                #expect(scratch == Self.referenceFold(folding, source), "\(piece.debugDescription) \(folding)")
                if source.withUnsafeBufferPointer({ folding.leavesUnchanged($0) }) {
                    #expect(scratch == source, "\(piece.debugDescription) \(folding)")
                }
            }
        }
    }

    @Test func foldedTextEqualsTheNormalizedView() {
        let seed = SplitMix64.testSeed()
        print(
            "CheckFastPathTests.foldedTextEqualsTheNormalizedView seed: \(seed) (replay with CROSSCHECK_SEED=\(seed))")
        var generator = SplitMix64(seed: seed)
        let options: [NormalizationOptions] = [.typographic, .loose, [.dashes], [.whitespace, .dashes], []]
        for round in 0 ..< 600 {
            var text = Self.text(&generator, pieces: 50)
            if round % 4 == 0 { text += " -- — - –\u{AD}- x " }
            for option in options {
                #expect(
                    NormalizedText.folded(text, options: option) == NormalizedText(text, options: option).string,
                    "\(text.debugDescription)")
            }
            // A range of a text's bytes on scalar boundaries folds as the range's text does.
            let bytes = Array(text.utf8)
            let boundaries = (0 ... bytes.count).filter { $0 == bytes.count || bytes[$0] & 0xC0 != 0x80 }
            let a = boundaries[Int.random(in: 0 ..< boundaries.count, using: &generator)]
            let b = boundaries[Int.random(in: 0 ..< boundaries.count, using: &generator)]
            let range = min(a, b) ..< max(a, b)
            #expect(
                NormalizedText.folded(bytes, range: range, options: .typographic)
                    == NormalizedText(String(decoding: bytes[range], as: UTF8.self), options: .typographic).string)
        }
    }

    /// The alignment profile's trigrams (distinct, in order of first appearance) are the sorted, deduplicated
    /// trigrams the profile held before, as a set; so every shared-trigram count and similarity is unchanged.
    @Test func trigramsAreTheSortedUniqueTrigramsAsASet() {
        let seed = SplitMix64.testSeed()
        print(
            "CheckFastPathTests.trigramsAreTheSortedUniqueTrigramsAsASet seed: \(seed) (replay with CROSSCHECK_SEED=\(seed))"
        )
        var generator = SplitMix64(seed: seed)
        var seen = GramSet()
        for round in 0 ..< 500 {
            let alphabet: [UInt8] = round % 2 == 0 ? Array(" ab".utf8) : Array(" abcdefghijklmnopqrstuvwxyz\u{E9}".utf8)
            let bytes = (0 ..< Int.random(in: 0 ..< 300, using: &generator)).map { _ in
                alphabet[Int.random(in: 0 ..< alphabet.count, using: &generator)]
            }
            var reference: [UInt32] = []
            if bytes.count >= 3 {
                for k in 0 ..< bytes.count - 2 {
                    reference.append(UInt32(bytes[k]) << 16 | UInt32(bytes[k + 1]) << 8 | UInt32(bytes[k + 2]))
                }
            }
            let expected = Array(Set(reference)).sorted()
            let grams = AlignmentCorpus.trigrams(bytes, seen: &seen)
            #expect(grams.count == expected.count)
            #expect(grams.sorted() == expected)
        }
    }

    /// ``Crosschecker/merged(_:)`` before it skipped folding the values of discrepancies alone at their position.
    private static func referenceMerged(_ found: [Discrepancy]) -> [Discrepancy] {
        struct Key: Hashable {
            var kind: DiscrepancyKind
            var reference: [Evidence]
            var old: String?
            var new: String?
            var changes: [WordChange]?
        }
        var result: [Discrepancy] = []
        var also: [Int: [String]] = [:]
        var index: [Key: Int] = [:]
        func folded(_ value: String?) -> String? { value.map { NormalizedText.folded($0, options: .typographic) } }
        for d in found {
            let reference = d.evidence.filter { $0.docIndex == d.evidence.first?.docIndex }
            let key = Key(
                kind: d.kind, reference: reference, old: folded(d.details.old), new: folded(d.details.new),
                changes: d.details.changes)
            guard d.evidence.contains(where: { $0.docIndex != d.evidence.first?.docIndex }), let at = index[key] else {
                index[key] = result.count
                result.append(d)
                continue
            }
            var merged = result[at]
            let others = d.evidence.filter { $0.docIndex != d.evidence.first?.docIndex }
            also[at, default: []] += Set(others.map(\.doc)).sorted()
            merged = Discrepancy(
                kind: merged.kind, severity: max(merged.severity, d.severity), summary: merged.summary,
                evidence: merged.evidence + others, details: merged.details)
            result[at] = merged
        }
        for (at, names) in also { result[at].summary += " (also in \(names.joined(separator: ", ")))" }
        return result
    }

    /// Merging gives what the original merge gives on lists full of near-duplicates: few kinds and positions,
    /// values that differ only in typography (which fold together), one-document and multi-document evidence.
    @Test func mergeEqualsTheOriginalMerge() {
        let seed = SplitMix64.testSeed()
        print("CheckFastPathTests.mergeEqualsTheOriginalMerge seed: \(seed) (replay with CROSSCHECK_SEED=\(seed))")
        var generator = SplitMix64(seed: seed)
        let values = ["a \u{201C}b\u{201D}", "a \"b\"", "a  \"b\"", "c", "c\u{A0}d", "c d", "e\u{2014}f", "e-f"]
        let kinds: [DiscrepancyKind] = [.number, .sentenceEdited, .quoteWording]
        for _ in 0 ..< 300 {
            var found: [Discrepancy] = []
            for _ in 0 ..< Int.random(in: 0 ..< 30, using: &generator) {
                func value() -> String? {
                    let k = Int.random(in: 0 ... values.count, using: &generator)
                    return k == values.count ? nil : values[k]
                }
                let start = Int.random(in: 0 ..< 3, using: &generator)
                let reference = Evidence(
                    doc: "r", docIndex: 0, span: Span(start: start, end: start + 2, text: start == 2 ? "xy" : "ab"))
                var evidence = [reference]
                if Bool.random(using: &generator) {
                    evidence.append(reference)
                }
                if Int.random(in: 0 ..< 4, using: &generator) > 0 {
                    let doc = Int.random(in: 1 ... 4, using: &generator)
                    evidence.append(Evidence(doc: "d\(doc)", docIndex: doc, span: Span(start: 0, end: 1, text: "z")))
                }
                found.append(
                    Discrepancy(
                        kind: kinds[Int.random(in: 0 ..< kinds.count, using: &generator)],
                        severity: Severity.allCases[Int.random(in: 0 ..< Severity.allCases.count, using: &generator)],
                        summary: "s\(found.count)",
                        evidence: Int.random(in: 0 ..< 20, using: &generator) == 0 ? [] : evidence,
                        details: DiscrepancyDetails(old: value(), new: value())))
            }
            if Int.random(in: 0 ..< 10, using: &generator) == 0 {
                found.append(
                    Discrepancy(
                        kind: .sentenceAdded, severity: .minor, summary: "empty", evidence: [],
                        details: DiscrepancyDetails()))
            }
            let merged = Crosschecker.merged(found)
            let expected = Self.referenceMerged(found)
            #expect(merged.count == expected.count)
            #expect(
                (try? JSONOutput.encode(merged, pretty: false)) == (try? JSONOutput.encode(expected, pretty: false)))
        }
    }
}
