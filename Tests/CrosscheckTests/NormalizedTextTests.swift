import CrosscheckTestSupport
import Foundation
import Testing

@testable import Crosscheck

/// One row of a folding table: input, options, expected normalised text.
struct FoldCase: Sendable, CustomTestStringConvertible {
    var input: String
    var options: NormalizationOptions
    var expected: String
    var testDescription: String { "\(input.debugDescription) → \(expected.debugDescription)" }

    init(_ input: String, _ options: NormalizationOptions, _ expected: String) {
        self.input = input
        self.options = options
        self.expected = expected
    }
}

/// The units of a normalised view as (normalised text, original text) pairs, for readable mapping tables.
private func units(_ text: NormalizedText) -> [[String]] {
    var result: [[String]] = []
    var start = 0
    for end in 1 ... max(text.byteCount, 1) where text.byteCount > 0 && text.isBoundary(end) {
        let normalized = String(decoding: text.utf8[start ..< end], as: UTF8.self)
        result.append([normalized, text.source.text(text.originalRange(start ..< end))])
        start = end
    }
    return result
}

@Suite struct NormalizedTextTests {
    static let quoteCases: [FoldCase] = [
        FoldCase("“We’ll see,” he said", .quotes, "\"We'll see,\" he said"),
        FoldCase("«Oui» ‹non›", .quotes, "\"Oui\" 'non'"),
        FoldCase("„Ja“ ‚nein‘", .quotes, "\"Ja\" 'nein'"),
        FoldCase("5′ 10″", .quotes, "5' 10\""),
        FoldCase("`rock´ ʼn ＂x＂", .quotes, "'rock' 'n \"x\""),
        FoldCase("“kept”", [.whitespace, .dashes], "“kept”"),
    ]

    static let dashCases: [FoldCase] = [
        FoldCase("give — it", .dashes, "give - it"),
        FoldCase("give -- it", .dashes, "give - it"),
        FoldCase("give --- it", .dashes, "give - it"),
        FoldCase("1990–2000", .dashes, "1990-2000"),
        FoldCase("−5 ‒ ― ⸺ ﹘ －", .dashes, "-5 - - - - -"),
        FoldCase("a—-b", .dashes, "a-b"),
        FoldCase("a - - b", .dashes, "a - - b"),
        FoldCase("give—it", .dashes, "give-it"),
        FoldCase("two-month", .dashes, "two-month"),
        FoldCase("give — it", .quotes, "give — it"),
    ]

    static let whitespaceCases: [FoldCase] = [
        FoldCase("  a\u{A0}b\u{202F}c\u{2009}d\t\te\n\nf  ", .whitespace, "a b c d e f"),
        FoldCase("a \u{200B} b", [.whitespace, .ignorables], "a b"),
        FoldCase("line one\r\nline two", .whitespace, "line one line two"),
        FoldCase("\r\n \u{3000}", .whitespace, ""),
        FoldCase("a  b", .quotes, "a  b"),
    ]

    static let caseCases: [FoldCase] = [
        FoldCase("Guterres U.N.", .caseFold, "guterres u.n."),
        FoldCase("İSTANBUL Σ ÉTÉ Ж", .caseFold, "i\u{307}stanbul σ été ж"),
        FoldCase("Straße", .caseFold, "straße"),
        FoldCase("Guterres", .typographic, "Guterres"),
        FoldCase("“GUTERRES”", .loose, "\"guterres\""),
    ]

    static let compatibilityCases: [FoldCase] = [
        FoldCase("ﬁnal ﬂag", .compatibility, "final flag"),
        FoldCase("Ｕ．Ｎ． ｶﾞ", .compatibility, "U.N. ガ"),
        FoldCase("wait…", .compatibility, "wait..."),
        FoldCase("x² ½", .compatibility, "x2 1⁄2"),
        FoldCase("e\u{301}", .compatibility, "é"),
        FoldCase("ﬁnal", .canonical, "ﬁnal"),
    ]

    static let canonicalCases: [FoldCase] = [
        FoldCase("cafe\u{301}", .canonical, "café"),
        FoldCase("A\u{30A}ngstro\u{308}m", .canonical, "Ångström"),
        FoldCase("\u{212B}", .canonical, "Å"),
        FoldCase("q\u{323}\u{307}", .canonical, "q\u{323}\u{307}"),
        FoldCase("\u{1E0B}\u{323}", .canonical, "\u{1E0D}\u{307}"),
        FoldCase("\u{1100}\u{1161}\u{11A8}", .canonical, "각"),
        FoldCase("cafe\u{301}", .quotes, "cafe\u{301}"),
    ]

    static let ignorableCases: [FoldCase] = [
        FoldCase("co\u{AD}operate", .ignorables, "cooperate"),
        FoldCase("\u{FEFF}Hello", .ignorables, "Hello"),
        FoldCase("a\u{200D}b\u{200C}c\u{2060}d\u{200E}", .ignorables, "abcd"),
        FoldCase("❤\u{FE0F}", .ignorables, "❤"),
        FoldCase("co\u{AD}operate", .whitespace, "co\u{AD}operate"),
    ]

    @Test(
        arguments: quoteCases + dashCases + whitespaceCases + caseCases + compatibilityCases + canonicalCases
            + ignorableCases)
    func folds(_ row: FoldCase) {
        #expect(NormalizedText(row.input, options: row.options).string == row.expected)
    }

    @Test func asciiTextIsUnchangedWithoutOptions() {
        let text = "U.N. Secretary-General -- \"quoted\" `tick`\ttab\n"
        #expect(NormalizedText(text, options: []).string == text)
    }

    @Test func typographicPresetComparesQuoteTexts() {
        #expect(NormalizedText.areEquivalent("“We’ll see,” he said", "\"We'll see,\" he said"))
        #expect(NormalizedText.areEquivalent("a pause — or end", "a\u{A0}pause -- or  end"))
        #expect(NormalizedText.areEquivalent("ﬁne…", "fine..."))
        #expect(!NormalizedText.areEquivalent("“We’ll see,” he said", "\"We will see,\" he said"))
        #expect(!NormalizedText.areEquivalent("We will see", "we will see"))
        #expect(NormalizedText.areEquivalent("We will see", "we will see", options: .loose))
        #expect(!NormalizedText.areEquivalent("even in small way", "even in a small way", options: .loose))
    }

    @Test func unitsMapToWholeOriginalCharacters() {
        let text = NormalizedText("  “Wait…”\u{A0} \n ﬁne—-ok\u{AD}e\u{301}  ")
        #expect(text.string == "\"Wait...\" fine-oké")
        #expect(
            units(text) == [
                ["\"", "“"], ["W", "W"], ["a", "a"], ["i", "i"], ["t", "t"], ["...", "…"], ["\"", "”"],
                [" ", "\u{A0} \n "], ["fi", "ﬁ"], ["n", "n"], ["e", "e"], ["-", "—-"], ["o", "o"],
                ["k", "k"], ["é", "e\u{301}"],
            ])
    }

    @Test func partialRangesWidenToTheirUnits() throws {
        let source = SourceText("ab…  \t c")
        let text = NormalizedText(source)
        #expect(text.string == "ab... c")
        // The second "." of "..." maps to the whole "…".
        #expect(source.text(text.originalRange(3 ..< 4)) == "…")
        #expect(text.originalSpan(2 ..< 3) == Span(start: 2, end: 3, text: "…"))
        // A range ending on the collapsed space covers the whole run; one starting after it does not.
        #expect(source.text(text.originalRange(0 ..< 6)) == "ab…  \t ")
        #expect(source.text(text.originalRange(6 ..< 7)) == "c")
        // Empty ranges: at the start of the unit of the next byte, or at the end of the last unit.
        #expect(text.originalRange(5 ..< 5) == 5 ..< 5)
        #expect(text.originalRange(7 ..< 7) == source.byteCount ..< source.byteCount)
        // Out-of-bounds ranges are clamped, never trapped on.
        #expect(text.originalRange(-3 ..< 99) == 0 ..< source.byteCount)
    }

    @Test func trimmedAndDroppedCharactersBelongToNoUnit() {
        let source = SourceText("\u{FEFF}  a\u{200B}b  ")
        let text = NormalizedText(source)
        #expect(text.string == "ab")
        #expect(source.text(text.originalRange(0 ..< 2)) == "a\u{200B}b")
        #expect(source.text(text.originalRange(1 ..< 2)) == "b")
        #expect(text.originalRange(2 ..< 2).lowerBound == source.byteCount - 2)
        #expect(NormalizedText(SourceText(" \u{AD} ")).originalRange(0 ..< 0) == 0 ..< 0)
        // A range of dropped characters maps to an empty range at its place.
        let zeroWidth = source.utf8.firstRange(of: Array("\u{200B}".utf8)) ?? 0 ..< 0
        #expect(text.normalizedRange(zeroWidth) == 1 ..< 1)
    }

    @Test func mapsBackwardToNormalizedBytes() {
        let source = SourceText("He said “fine…”  now")
        let text = NormalizedText(source)
        #expect(text.string == "He said \"fine...\" now")
        let quote = source.utf8.firstRange(of: Array("“fine…”".utf8)) ?? 0 ..< 0
        let normalized = text.normalizedRange(quote)
        #expect(String(decoding: text.utf8[normalized], as: UTF8.self) == "\"fine...\"")
        #expect(text.originalRange(normalized) == quote)
        // Part of the "…" takes all of "...".
        let ellipsis = source.utf8.firstRange(of: Array("…".utf8)) ?? 0 ..< 0
        #expect(text.normalizedRange(ellipsis.lowerBound + 1 ..< ellipsis.lowerBound + 2).count == 3)
        // Part of a whitespace run takes the single space it became.
        let gap = quote.upperBound ..< quote.upperBound + 1
        #expect(text.normalizedRange(gap) == normalized.upperBound ..< normalized.upperBound + 1)
        #expect(
            text.normalizedRange(quote.upperBound ..< quote.upperBound) == normalized.upperBound
                ..< normalized.upperBound)
    }

    @Test func subrangeOffsetsStayAbsolute() {
        let source = SourceText("Haq said “even in small way,” today.")
        let quote = source.utf8.firstRange(of: Array("“even in small way,”".utf8)) ?? 0 ..< 0
        let text = NormalizedText(source, range: quote)
        #expect(text.sourceRange == quote)
        #expect(text.string == "\"even in small way,\"")
        #expect(text.originalRange(0 ..< text.byteCount) == quote)
        #expect(text.originalSpan(1 ..< 5) == Span(start: 10, end: 14, text: "even"))
        // Bounds inside a multi-byte scalar widen to the scalar.
        let inside = NormalizedText(source, range: quote.lowerBound + 1 ..< quote.upperBound - 1)
        #expect(inside.sourceRange == quote)
    }

    @Test func seedArticleSpansPointIntoTheOriginal() throws {
        let path = FixturePaths.path("guterres-moscow.txt")
        let source = SourceText(try String(contentsOfFile: path, encoding: .utf8))
        let text = NormalizedText(source)
        let needle = Array("there is a \"concrete opportunity\" for progress".utf8)
        let found = try #require(text.utf8.firstRange(of: needle))
        let span = text.originalSpan(found)
        #expect(span.text == "there is a “concrete opportunity” for progress")
        let scalars = Array(source.string.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[span.start ..< span.end])) == span.text)
    }

    @Test func everyScalarThatComposesBackwardAttaches() {
        // Canonical composition only ever joins a starter with a later scalar that is the last element of some
        // composite's decomposition, or with a scalar whose decomposition begins with a non-starter. All of them must
        // stay in the unit of the scalar before them.
        var missing: [String] = []
        for value in UInt32(0x80) ... 0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let category = scalar.properties.generalCategory
            if category == .unassigned || category == .privateUse || category == .surrogate { continue }
            if scalar.attachesToPrevious { continue }
            let string = String(scalar)
            let decomposed = Array(string.decomposedStringWithCanonicalMapping.unicodeScalars)
            let compatible = Array(string.decomposedStringWithCompatibilityMapping.unicodeScalars)
            for form in [decomposed, compatible] {
                if let first = form.first, first.properties.canonicalCombiningClass.rawValue != 0 {
                    missing.append(String(value, radix: 16))
                }
            }
            if decomposed.count >= 2, string.precomposedStringWithCanonicalMapping == string,
                let last = decomposed.last, !last.attachesToPrevious
            {
                missing.append(String(last.value, radix: 16))
            }
        }
        #expect(missing.isEmpty, "scalars that compose backward but start units: \(missing.prefix(20))")
    }
}

/// Random-input checks of the mapping guarantees documented on ``NormalizedText``.
@Suite struct NormalizedTextPropertyTests {
    /// Pieces random texts are made of: mostly ASCII, plus every kind of noise the options fold and scripts that take
    /// Foundation's path.
    static let pieces: [String] = [
        "a", "b", "e", "n", "A", "Q", "z", "1", "9", ".", ",", "\"", "'", "`", "-", "--", " ", " ", "  ", "\t", "\n",
        "\r\n", "“", "”", "‘", "’", "«", "»", "„", "‹", "›", "′", "″", "—", "–", "−", "―", "\u{A0}", "\u{202F}",
        "\u{2009}", "\u{3000}", "…", "ﬁ", "ﬂ", "Ｕ", "．", "½", "²", "é", "e\u{301}", "\u{301}", "\u{323}", "\u{307}",
        "\u{1E0B}", "\u{212B}", "A\u{30A}", "İ", "ß", "Σ", "ж", "Ж", "中", "文", "\u{1100}", "\u{1161}", "\u{11A8}",
        "가", "ｶ", "ﾞ", "\u{AD}", "\u{200B}", "\u{200D}", "\u{FEFF}", "\u{FE0F}", "😀", "👍\u{1F3FD}", "\u{0BC6}",
        "\u{0BBE}", "\u{0F73}", "¨", "´", "\u{FFFD}",
    ]

    static let optionSets: [NormalizationOptions] = [
        [], .typographic, .loose, .canonical, .compatibility, .whitespace, [.dashes, .quotes],
        [.whitespace, .ignorables],
        [.caseFold, .canonical],
    ]

    static func randomText(_ generator: inout SplitMix64) -> String {
        let length = Int.random(in: 0 ... 24, using: &generator)
        var text = ""
        for _ in 0 ..< length {
            if Int.random(in: 0 ..< 3, using: &generator) == 0 {
                text += String(UnicodeScalar(UInt8.random(in: 0x61 ... 0x7A, using: &generator)))
            } else {
                text += pieces[Int.random(in: 0 ..< pieces.count, using: &generator)]
            }
        }
        return text
    }

    static func isScalarBoundary(_ bytes: [UInt8], _ offset: Int) -> Bool {
        offset == bytes.count || (offset >= 0 && offset < bytes.count && bytes[offset] & 0xC0 != 0x80)
    }

    static func trimmingSpaces(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var slice = bytes
        while slice.first == 0x20 { slice = slice.dropFirst() }
        while slice.last == 0x20 { slice = slice.dropLast() }
        return Array(slice)
    }

    @Test(arguments: optionSets)
    func mappingGuaranteesHold(_ options: NormalizationOptions) throws {
        let seed = SplitMix64.testSeed(default: 0x5EED_0002)
        print("NormalizedTextPropertyTests.mappingGuaranteesHold seed \(seed) options \(options.rawValue)")
        var generator = SplitMix64(seed: seed ^ UInt64(options.rawValue))
        for _ in 0 ..< 400 {
            let string = Self.randomText(&generator)
            let source = SourceText(string)
            let text = NormalizedText(source, options: options)
            let context = "input \(string.debugDescription) options \(options.rawValue)"
            try #require(String(validating: text.utf8, as: UTF8.self) != nil, "\(context)")

            // Guarantees 1–2: origins are non-empty, in bounds, on scalar boundaries, disjoint and in order.
            var previous = 0 ..< 0
            for i in 0 ..< text.byteCount {
                let origin = text.origin(ofByte: i)
                #expect(
                    !origin.isEmpty && origin.lowerBound >= 0 && origin.upperBound <= source.byteCount, "\(context)")
                #expect(Self.isScalarBoundary(source.utf8, origin.lowerBound), "\(context)")
                #expect(Self.isScalarBoundary(source.utf8, origin.upperBound), "\(context)")
                if i > 0 {
                    if text.isBoundary(i) {
                        #expect(previous.upperBound <= origin.lowerBound, "\(context)")
                    } else {
                        #expect(previous == origin, "\(context)")
                    }
                }
                previous = origin
            }

            // Ranges on normalised scalar boundaries map in bounds, onto scalar boundaries, monotonically.
            let scalarOffsets = (0 ... text.byteCount).filter { Self.isScalarBoundary(text.utf8, $0) }
            let unitOffsets = (0 ... text.byteCount).filter { text.isBoundary($0) }
            for _ in 0 ..< 8 {
                let bounds = (0 ..< 4).map { _ in
                    scalarOffsets[Int.random(in: 0 ..< scalarOffsets.count, using: &generator)]
                }
                .sorted()
                let inner = text.originalRange(bounds[1] ..< bounds[2])
                let outer = text.originalRange(bounds[0] ..< bounds[3])
                for range in [inner, outer] {
                    #expect(range.lowerBound >= 0 && range.upperBound <= source.byteCount, "\(context)")
                    #expect(Self.isScalarBoundary(source.utf8, range.lowerBound), "\(context)")
                    #expect(Self.isScalarBoundary(source.utf8, range.upperBound), "\(context)")
                }
                // Containment holds for non-empty ranges (an empty range is a position, placed after dropped
                // characters, so it may lie outside a range that ends before them).
                if !inner.isEmpty {
                    #expect(outer.lowerBound <= inner.lowerBound && inner.upperBound <= outer.upperBound, "\(context)")
                }
                // Monotone: ranges ordered by both bounds map to ranges ordered by both bounds. An empty range inside
                // a unit is left out: it maps to the unit's start, while a range ending there maps to the unit's end.
                let ordered = [
                    bounds[0] ..< bounds[1], bounds[0] ..< bounds[2], bounds[1] ..< bounds[2],
                    bounds[1] ..< bounds[3], bounds[2] ..< bounds[3],
                ]
                .filter { !$0.isEmpty || text.isBoundary($0.lowerBound) }
                for (a, b) in zip(ordered, ordered.dropFirst()) {
                    let (mappedA, mappedB) = (text.originalRange(a), text.originalRange(b))
                    #expect(mappedA.lowerBound <= mappedB.lowerBound, "\(context) \(a) \(b)")
                    #expect(mappedA.upperBound <= mappedB.upperBound, "\(context) \(a) \(b)")
                }
            }

            // Guarantee 5 and the inverse map, on unit-aligned ranges.
            for _ in 0 ..< 8 {
                let pair = (0 ..< 2).map { _ in unitOffsets[Int.random(in: 0 ..< unitOffsets.count, using: &generator)]
                }
                .sorted()
                let range = pair[0] ..< pair[1]
                let original = text.originalRange(range)
                let again = NormalizedText(SourceText(source.text(original)), options: options)
                let expected =
                    options.contains(.whitespace) ? Self.trimmingSpaces(text.utf8[range]) : Array(text.utf8[range])
                #expect(again.utf8 == expected, "\(context) range \(range)")
                let slice = NormalizedText(source, range: original, options: options)
                #expect(slice.utf8 == expected, "\(context) range \(range)")
                if !range.isEmpty {
                    #expect(text.normalizedRange(original) == range, "\(context) range \(range)")
                }
            }

            // Unit-wise normalisation equals whole-text normalisation.
            if options == .canonical {
                #expect(text.string == string.precomposedStringWithCanonicalMapping, "\(context)")
            }
            if options == .compatibility {
                #expect(text.string == string.precomposedStringWithCompatibilityMapping, "\(context)")
            }
            if options == .typographic {
                #expect(NormalizedText(text.string, options: options).string == text.string, "\(context)")
            }
        }
    }
}
