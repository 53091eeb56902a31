import Testing

@testable import Crosscheck

@Suite struct CharsetDecoderTests {
    private func decode(_ bytes: [UInt8], http: String? = nil) -> (String, String) {
        let decoded = CharsetDecoder.decode(bytes, httpContentType: http)
        return (String(decoding: decoded.utf8, as: UTF8.self), decoded.charset.name)
    }

    @Test func windows1252HighBytesMapToTheirCharacters() {
        let bytes: [UInt8] = [0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0xE9, 0xFF, 0x81]
        #expect(
            String(decoding: CharsetDecoder.windows1252ToUTF8(bytes[...]), as: UTF8.self)
                == "€…‘’“”–—™éÿ\u{81}")
    }

    @Test(arguments: [
        ("<meta charset=\"windows-1252\">", "windows-1252"),
        ("<meta charset=latin1>", "windows-1252"),
        ("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\">", "windows-1252"),
        ("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><html>", "windows-1252"),
        ("<meta charset=\"utf-8\">", "utf-8"),
        ("<!-- <meta charset=\"windows-1252\"> --><meta charset=\"utf-8\">", "utf-8"),
    ])
    func documentDeclarationIsFound(_ head: String, _ charset: String) {
        let bytes = Array((head + "<p>caf").utf8) + [0xE9] + Array("</p>".utf8)
        let (text, name) = decode(bytes)
        #expect(name == charset)
        if charset == "windows-1252" { #expect(text.hasSuffix("café</p>")) }
    }

    @Test func declarationAfterTheBodyStartIsIgnored() {
        let bytes = Array("<body><meta charset=\"koi8-r\"><p>caf".utf8) + [0xE9]
        #expect(decode(bytes).1 == "windows-1252")
    }

    @Test func byteOrderMarksWin() {
        #expect(
            decode([0xEF, 0xBB, 0xBF] + Array("<p>é</p>".utf8), http: "text/html; charset=latin1")
                == ("<p>é</p>", "utf-8"))
        #expect(decode([0xFF, 0xFE, 0x3C, 0x00, 0xE9, 0x00, 0x3E, 0x00]) == ("<é>", "utf-16le"))
        #expect(decode([0xFE, 0xFF, 0x00, 0x3C, 0xD8, 0x3D, 0xDE, 0x00, 0x00, 0x3E]) == ("<😀>", "utf-16be"))
    }

    @Test func undeclaredInvalidUTF8FallsBackToWindows1252() {
        #expect(decode(Array("<p>na".utf8) + [0xEF] + Array("ve</p>".utf8)) == ("<p>naïve</p>", "windows-1252"))
    }

    @Test func declaredUTF8WithBadBytesIsRepaired() {
        let (text, name) = decode(Array("<meta charset=utf-8><p>a".utf8) + [0xFF] + Array("b</p>".utf8))
        #expect(name == "utf-8")
        #expect(text.hasSuffix("<p>a\u{FFFD}b</p>"))
    }

    @Test func latin1LabelOverWellFormedUTF8ReadsUTF8() {
        #expect(decode(Array("<p>café</p>".utf8), http: "text/html; charset=iso-8859-1") == ("<p>café</p>", "utf-8"))
    }

    @Test func otherCharsetsGoThroughLibXML2() {
        // "Привет" in windows-1251, with one byte (0x98) that windows-1251 leaves undefined.
        let bytes = Array("<meta charset=\"windows-1251\"><p>".utf8) + [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2, 0x98]
        let (text, name) = decode(bytes)
        #expect(name == "windows-1251")
        #expect(text.hasSuffix("<p>Привет\u{FFFD}"))
    }

    @Test func unknownCharsetFallsBackToUTF8() {
        #expect(decode(Array("<meta charset=\"x-no-such-set\"><p>é</p>".utf8)).1 == "utf-8")
    }

    @Test(arguments: [
        ("text/html; charset=UTF-8", "UTF-8"), ("text/html;charset=\"Shift_JIS\"", "Shift_JIS"),
        ("text/html", nil), ("text/html; charset=", nil),
    ])
    func charsetParameterOfContentType(_ header: String, _ label: String?) {
        #expect(CharsetDecoder.charsetParameter(in: Array(header.utf8)[...]) == label)
    }
}
