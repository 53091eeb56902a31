import Crosscheck
import Foundation
import Testing

/// `JSONWriter` writes what `JSONOutput.encode(_:pretty: false)` writes, without `JSONEncoder`.
@Suite struct JSONWriterTests {
    struct Sample: Encodable {
        var count: Int
        var flag: Bool
        var items: [String]
        var nested: [String: Int]
        var text: String
    }

    @Test(arguments: [
        0, 1, 9, 10, 99, 100, 12_345, -1, -9, -10, -123_456_789, Int(Int32.max), Int.max, Int.min, Int.min + 1,
    ])
    func writesIntegersAsDecimal(value: Int) {
        var json = JSONWriter()
        json.beginArray()
        json.int(value)
        json.int(value)
        json.endArray()
        #expect(String(decoding: json.bytes, as: UTF8.self) == "[\(value),\(value)]")
    }

    @Test(arguments: [
        "", "plain", "quote \" backslash \\ slash /", "tab\tline\ncr\rff\u{0C}bs\u{08}",
        "\u{0}\u{1}\u{1F}\u{7F}", "é 👩‍👩‍👧 שלום \u{2028}\u{2029}\u{FEFF}",
        "a longer plain run of text, then a \"quote\" and more plain text after it\u{1F}!",
        "12345678\\2345678\n234567\u{0}", "ends with eight plain bytes after a break\r\nABCDEFGH",
    ])
    func escapesStringsAsFoundationDoes(text: String) throws {
        var json = JSONWriter()
        json.beginObject()
        json.key("count")
        json.int(-42)
        json.key("flag")
        json.bool(true)
        json.key("items")
        json.beginArray()
        json.string(text)
        json.string("x")
        json.endArray()
        json.key("nested")
        json.beginObject()
        json.key("a")
        json.int(Int.max)
        json.key("b")
        json.int(0)
        json.endObject()
        json.key("text")
        let utf8 = Array(("<" + text + ">").utf8)
        json.string(utf8: utf8, range: 1 ..< utf8.count - 1)
        json.endObject()
        let sample = Sample(count: -42, flag: true, items: [text, "x"], nested: ["a": Int.max, "b": 0], text: text)
        let expected = try JSONOutput.encode(sample, pretty: false)
        #expect(json.bytes == expected)
    }

    @Test func takeEmptiesTheBufferBetweenPieces() {
        var json = JSONWriter()
        json.beginArray()
        json.int(1)
        let first = json.take()
        json.int(2)
        json.endArray()
        #expect(String(decoding: first + json.bytes, as: UTF8.self) == "[1,2]")
    }
}

/// Strings written from part of a byte array stop exactly at the range's end, whatever its length, even when the byte
/// after it would need escaping (the plain-run scan reads 16 and 8 bytes at a time).
@Suite struct JSONWriterRangeTests {
    @Test(arguments: [0, 1, 7, 8, 9, 15, 16, 17, 31, 32, 33, 48])
    func writesExactlyTheRange(length: Int) {
        let plain = Array(repeating: UInt8(ascii: "a"), count: length)
        for next in ["\n", "\"", "\\", "\u{1}"] {
            let bytes = plain + Array(next.utf8) + Array("tail".utf8)
            var json = JSONWriter()
            json.string(utf8: bytes, range: 0 ..< length)
            #expect(String(decoding: json.bytes, as: UTF8.self) == "\"" + String(repeating: "a", count: length) + "\"")
        }
    }
}
