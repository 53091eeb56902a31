import Testing

@testable import Crosscheck

/// Renders tokens as `kind:text` strings (w word, n number, a abbreviation, q quote, p punctuation, s symbol,
/// u url) so that table cases read like the text.
func tokenTable(_ string: String) -> [String] {
    let text = SourceText(string)
    return Tokenizer().tokens(in: text).map { token in
        let code: String
        switch token.kind {
        case .word: code = "w"
        case .number: code = "n"
        case .abbreviation: code = "a"
        case .quote: code = "q"
        case .punctuation: code = "p"
        case .symbol: code = "s"
        case .url: code = "u"
        }
        return code + ":" + text.text(token.bytes)
    }
}

@Suite struct TokenizerTests {
    static let cases: [(String, [String])] = [
        // Words, names, non-Latin scripts.
        (
            "U.N. Secretary-General António Guterres",
            ["a:U.N.", "w:Secretary-General", "w:António", "w:Guterres"]
        ),
        ("Москва שלום مرحبا", ["w:Москва", "w:שלום", "w:مرحبا"]),
        ("東京で", ["w:東", "w:京", "w:で"]),
        ("Cafe\u{301} e\u{301}", ["w:Cafe\u{301}", "w:e\u{301}"]),
        ("COVID-19 G7 A320neo", ["w:COVID-19", "w:G7", "w:A320neo"]),
        ("AT&T and rock & roll", ["w:AT&T", "w:and", "w:rock", "s:&", "w:roll"]),
        // Hyphens.
        ("a two-month cease-fire", ["w:a", "w:two-month", "w:cease-fire"]),
        ("cease\u{2011}fire pre- and post-war", ["w:cease\u{2011}fire", "w:pre", "p:-", "w:and", "w:post-war"]),
        // Contractions and possessives.
        ("didn't We'll Turkey’s O’Brien", ["w:didn't", "w:We'll", "w:Turkey’s", "w:O’Brien"]),
        ("Guterres’ spokesperson", ["w:Guterres’", "w:spokesperson"]),
        ("the players' union", ["w:the", "w:players'", "w:union"]),
        ("He said ‘yes’ and left", ["w:He", "w:said", "q:‘", "w:yes", "q:’", "w:and", "w:left"]),
        ("the ‘bosses’ said", ["w:the", "q:‘", "w:bosses", "q:’", "w:said"]),
        ("the bosses’.", ["w:the", "w:bosses", "q:’", "p:."]),
        // Numbers.
        (
            "1,500 3.5 3.5% $2bn €20 £1.5m 2022-04-26 10:30 1990s ’90s '20s",
            [
                "n:1,500", "n:3.5", "n:3.5%", "n:$2bn", "n:€20", "n:£1.5m", "n:2022-04-26", "n:10:30", "n:1990s",
                "n:’90s", "n:'20s",
            ]
        ),
        (
            "-5 degrees, 20°C, 24/7, a 10-year-old",
            ["n:-5", "w:degrees", "p:,", "n:20°C", "p:,", "n:24/7", "p:,", "w:a", "n:10-year-old"]
        ),
        ("It rose to 1,500. Then", ["w:It", "w:rose", "w:to", "n:1,500", "p:.", "w:Then"]),
        ("$100.00.", ["n:$100.00", "p:."]),
        ("10\u{00A0}km", ["n:10", "w:km"]),
        // Abbreviations and initials.
        (
            "Mr. Dr. Gov. Sept. 5 U.S. e.g. a.m. Ph.D. J. K. Rowling",
            [
                "a:Mr.", "a:Dr.", "a:Gov.", "a:Sept.", "n:5", "a:U.S.", "a:e.g.", "a:a.m.", "a:Ph.D.", "a:J.", "a:K.",
                "w:Rowling",
            ]
        ),
        ("No. 5 but no.", ["a:No.", "n:5", "w:but", "w:no", "p:."]),
        ("JFK Jr.'s book", ["w:JFK", "a:Jr.'s", "w:book"]),
        (
            "in Sacramento, Calif., and ill.",
            ["w:in", "w:Sacramento", "p:,", "a:Calif.", "p:,", "w:and", "w:ill", "p:."]
        ),
        ("U.S.A. and U.S-led", ["a:U.S.A.", "w:and", "a:U.S", "p:-", "w:led"]),
        ("said.The", ["w:said", "p:.", "w:The"]),
        // Quotation marks of every style.
        (
            "“Hi,” he said. \"Yes\" «oui» „ja“ ‹non› ``TeX''",
            [
                "q:“", "w:Hi", "p:,", "q:”", "w:he", "w:said", "p:.", "q:\"", "w:Yes", "q:\"", "q:«", "w:oui", "q:»",
                "q:„", "w:ja", "q:“", "q:‹", "w:non", "q:›", "q:``", "w:TeX", "q:''",
            ]
        ),
        // Punctuation.
        (
            "Wait... what?! No… — yes -- (maybe) [sic]",
            [
                "w:Wait", "p:...", "w:what", "p:?!", "w:No", "p:…", "p:—", "w:yes", "p:--", "p:(", "w:maybe", "p:)",
                "p:[", "w:sic", "p:]",
            ]
        ),
        ("• 9. First", ["p:•", "n:9", "p:.", "w:First"]),
        // Symbols and emoji sequences.
        (
            "Go 👩‍💻 🇺🇦🇷🇺 👍🏽 ❤️ #️⃣ 🏴󠁧󠁢󠁳󠁣󠁴󠁿",
            ["w:Go", "s:👩‍💻", "s:🇺🇦", "s:🇷🇺", "s:👍🏽", "s:❤️", "s:#️⃣", "s:🏴󠁧󠁢󠁳󠁣󠁴󠁿"]
        ),
        ("#MeToo @UN 50/50 a+b", ["s:#", "w:MeToo", "s:@", "w:UN", "n:50/50", "w:a", "s:+", "w:b"]),
        // Addresses.
        (
            "See https://www.un.org/sg/en. Mail jane.doe@un.org or visit un.org.",
            [
                "w:See", "u:https://www.un.org/sg/en", "p:.", "w:Mail", "u:jane.doe@un.org", "w:or", "w:visit",
                "u:un.org", "p:.",
            ]
        ),
        ("(see www.example.com/a_(b))", ["p:(", "w:see", "u:www.example.com/a_(b)", "p:)"]),
        // Invisible characters separate tokens and belong to none.
        ("a\u{200B}b \u{FEFF}c", ["w:a", "w:b", "w:c"]),
    ]

    @Test(arguments: cases)
    func tokenizesNewsText(text: String, expected: [String]) {
        #expect(tokenTable(text) == expected)
    }

    @Test func flagsQuoteAndBracketDirection() {
        let text = SourceText("He said \"no\" (twice) and ‘left’. „Ja“, sagte er.")
        let tokens = Tokenizer().tokens(in: text)
        let marks = tokens.filter { $0.kind == .quote || text.text($0.bytes) == "(" || text.text($0.bytes) == ")" }
        let directions = marks.map { token in
            text.text(token.bytes)
                + (token.flags.contains(.opening) ? "open" : token.flags.contains(.closing) ? "close" : "?")
        }
        #expect(directions == ["\"open", "\"close", "(open", ")close", "‘open", "’close", "„open", "“close"])
    }

    @Test func flagsCapitalisedWords() {
        let text = SourceText("Élysée élan UN Mr. iPhone")
        let capitalized = Tokenizer().tokens(in: text).map { $0.flags.contains(.capitalized) }
        #expect(capitalized == [true, false, true, true, false])
    }

    @Test func reportsByteOffsetsIntoTheText() {
        let text = SourceText("“Où?” 😀")
        let tokens = Tokenizer().tokens(in: text)
        #expect(tokens.map(\.bytes) == [0 ..< 3, 3 ..< 6, 6 ..< 7, 7 ..< 10, 11 ..< 15])
        #expect(text.span(tokens[1].bytes) == Span(start: 1, end: 3, text: "Où"))
    }

    @Test(.timeLimit(.minutes(1)))
    func longDottedRunsStayLinear() {
        // Each word of these runs starts an address or abbreviation look-ahead; without caps they are quadratic.
        let words = Tokenizer().tokens(in: SourceText(String(repeating: "x1.", count: 100_000)))
        #expect(words.count == 200_000)
        let letters = Tokenizer().tokens(in: SourceText(String(repeating: "a.", count: 100_000) + "1"))
        #expect(letters.count == 200_001)
    }

    @Test func emptyAndBlankTextsHaveNoTokens() {
        #expect(Tokenizer().tokens(in: SourceText("")).isEmpty)
        #expect(Tokenizer().tokens(in: SourceText(" \n\t\u{00A0}\u{200B}\r\n")).isEmpty)
    }
}
