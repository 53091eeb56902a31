import Testing

@testable import Crosscheck

@Suite struct SourceTextTests {
    @Test func convertsBetweenBytesAndScalars() {
        let text = SourceText("a’b😀c\u{301}d")
        // a(1) ’(3) b(1) 😀(4) c(1) ◌́(2) d(1)
        #expect(text.scalarCount == 7)
        #expect(text.scalarOffset(ofByte: 4) == 2)
        #expect(text.byteOffset(ofScalar: 3) == 5)
        #expect(text.span(5 ..< 9) == Span(start: 3, end: 4, text: "😀"))
        #expect(text.byteOffset(ofScalar: 7) == text.byteCount)
    }

    @Test func roundTripsAcrossBlocks() {
        var s = ""
        for i in 0 ..< 2_000 { s += i % 3 == 0 ? "é" : (i % 7 == 0 ? "🙂" : "x") }
        let text = SourceText(s)
        let scalars = Array(s.unicodeScalars)
        var byte = 0
        for (i, scalar) in scalars.enumerated() {
            #expect(text.byteOffset(ofScalar: i) == byte)
            #expect(text.scalarOffset(ofByte: byte) == i)
            byte += String(scalar).utf8.count
        }
        #expect(text.byteOffset(ofScalar: scalars.count) == text.byteCount)
    }
}
