import Testing

@testable import Crosscheck

@Suite struct TokenInternerTests {
    private func ids(_ strings: [String], folding: TokenFolding, into interner: inout TokenInterner) -> [[Int32]] {
        strings.map { string in
            let text = SourceText(string)
            return interner.ids(for: Tokenizer().tokens(in: text), in: text, folding: folding)
        }
    }

    @Test func givesEqualTokensOfSeveralDocumentsTheSameId() {
        var interner = TokenInterner()
        let result = ids(["Guterres met Putin.", "Putin met Guterres."], folding: .exact, into: &interner)
        #expect(result[0] == [0, 1, 2, 3])
        #expect(result[1] == [2, 1, 0, 3])
        #expect(interner.count == 4)
        #expect(interner.string(of: 2) == "Putin")
        #expect(interner.id(of: "met") == 1)
        #expect(interner.id(of: "Moscow") == nil)
    }

    @Test func exactIdsKeepTypographyAndCase() {
        var interner = TokenInterner()
        let result = ids(["“didn’t” — The", "\"didn't\" -- the"], folding: .exact, into: &interner)
        #expect(Set(result[0]).isDisjoint(with: Set(result[1])))
    }

    @Test func foldedIdsIgnoreTypographyAndASCIICase() {
        var interner = TokenInterner()
        let result = ids(
            ["“didn’t” — The cease\u{2011}fire…", "\"didn't\" -- the cease-fire..."], folding: .loose, into: &interner)
        #expect(result[0] == result[1])
        #expect(interner.string(of: result[0][1]) == "didn't")
        #expect(interner.string(of: result[0][3]) == "-")
        #expect(interner.string(of: result[0][5]) == "cease-fire")
    }

    @Test func typographyFoldingKeepsCase() {
        var interner = TokenInterner()
        let result = ids(["The ’", "the '"], folding: .typography, into: &interner)
        #expect(result[0][0] != result[1][0])
        #expect(result[0][1] == result[1][1])
    }

    @Test func latexQuotesFoldToDoubleQuotes() {
        var interner = TokenInterner()
        let result = ids(["``a'' «b» „c“"], folding: .typography, into: &interner)
        let quotes = [result[0][0], result[0][2], result[0][3], result[0][5], result[0][6], result[0][8]]
        #expect(Set(quotes).count == 1)
        #expect(interner.string(of: quotes[0]) == "\"")
    }

    @Test func growsPastItsInitialCapacityAndKeepsEveryText() {
        var interner = TokenInterner(capacity: 4)
        var expected = [Int32]()
        for k in 0 ..< 5_000 { expected.append(interner.intern("w\(k)")) }
        #expect(expected == (0 ..< 5_000).map { Int32($0) })
        for k in stride(from: 0, to: 5_000, by: 7) {
            #expect(interner.intern("w\(k)") == Int32(k))
            #expect(interner.string(of: Int32(k)) == "w\(k)")
        }
        #expect(interner.count == 5_000)
    }

    @Test func unknownIdsHaveNoText() {
        let interner = TokenInterner()
        #expect(interner.bytes(of: 3).isEmpty)
        #expect(interner.bytes(of: -1).isEmpty)
    }
}
