import CrosscheckTestSupport
import Testing

@testable import Crosscheck

@Suite struct TextPropertyTests {
    /// The exact slice of a string between two scalar offsets.
    private func slice(_ scalars: [Unicode.Scalar], _ span: Span) -> String {
        String(String.UnicodeScalarView(scalars[span.start ..< span.end]))
    }

    @Test func everySpanSlicesTheOriginalAndTokensAreWellFormed() {
        let seed = SplitMix64.testSeed()
        print("TextPropertyTests seed: \(seed) (replay with CROSSCHECK_SEED=\(seed))")
        var generator = SplitMix64(seed: seed)
        for round in 0 ..< 300 {
            let string = RandomText.make(pieceCount: Int.random(in: 0 ..< 120, using: &generator), using: &generator)
            let document = Document(
                article: Article(id: "r\(round)", text: string), headline: round % 2 == 0 ? .always : .never)
            let scalars = Array(string.unicodeScalars)
            var issues = [String]()
            var previousEnd = 0
            for token in document.tokens {
                let span = document.span(of: token)
                if token.start >= token.end { issues.append("empty token at \(token.start)") }
                if token.start < previousEnd { issues.append("token \(span.text.debugDescription) overlaps") }
                previousEnd = token.end
                if slice(scalars, span) != span.text { issues.append("token \(span.text.debugDescription) mis-sliced") }
                if span.text.unicodeScalars.contains(where: { $0.properties.isWhitespace }) {
                    issues.append("token \(span.text.debugDescription) has whitespace")
                }
                if document.text.scalarRange(token.bytes).count != span.text.unicodeScalars.count {
                    issues.append("token \(span.text.debugDescription) is not on scalar boundaries")
                }
            }
            for paragraph in document.paragraphs {
                let span = document.span(of: paragraph)
                if slice(scalars, span) != span.text { issues.append("paragraph mis-sliced") }
                if paragraph.tokens.isEmpty { issues.append("paragraph without tokens") }
            }
            for sentence in document.sentences {
                let span = document.span(of: sentence)
                if slice(scalars, span) != span.text {
                    issues.append("sentence \(span.text.debugDescription) mis-sliced")
                }
                let paragraph = document.paragraphs[sentence.paragraph]
                if !(paragraph.start <= sentence.start && sentence.end <= paragraph.end) || paragraph.role == .furniture
                {
                    issues.append("sentence \(span.text.debugDescription) outside its paragraph")
                }
                if sentence.tokens.isEmpty || !paragraph.tokens.contains(sentence.tokens.lowerBound)
                    || sentence.tokens.upperBound > paragraph.tokens.upperBound
                {
                    issues.append("sentence tokens outside its paragraph")
                }
            }
            let covered = document.sentences.flatMap { Array($0.tokens) }
            let expected = document.paragraphs.filter { $0.role != .furniture }.flatMap { Array($0.tokens) }
            if covered != expected { issues.append("sentences do not cover the text paragraphs' tokens exactly once") }
            #expect(issues.isEmpty, "seed \(seed), round \(round), text \(string.debugDescription): \(issues)")
            if !issues.isEmpty { return }
        }
    }

    @Test func arbitraryBytesNeverTrapAndGiveOrderedInBoundsTokens() {
        let seed = SplitMix64.testSeed()
        print("TextPropertyTests bytes seed: \(seed) (replay with CROSSCHECK_SEED=\(seed))")
        var generator = SplitMix64(seed: seed)
        let alphabet: [UInt8] = Array("a.'’“-@:/ \n".utf8) + [0x80, 0xBF, 0xC2, 0xE2, 0xF0, 0xFF, 0x30]
        for round in 0 ..< 300 {
            let bytes = (0 ..< Int.random(in: 0 ..< 64, using: &generator)).map { _ in
                Bool.random(using: &generator)
                    ? UInt8.random(in: 0 ... 255, using: &generator)
                    : alphabet[Int.random(in: 0 ..< alphabet.count, using: &generator)]
            }
            let tokens = bytes.withUnsafeBufferPointer { Tokenizer().tokens(inUTF8: $0) }
            var previousEnd = 0
            var ok = true
            for token in tokens {
                ok = ok && token.start >= previousEnd && token.start < token.end && token.end <= bytes.count
                previousEnd = token.end
            }
            #expect(ok, "seed \(seed), round \(round), bytes \(bytes)")
            if !ok { return }
        }
    }
}
