import CrosscheckTestSupport
import Testing

@testable import Crosscheck

/// The byte-level fast path of JSONL decoding must give exactly what Foundation's parser gives: the same article, or
/// the same error.
@Suite struct JSONFieldScannerTests {
    private static func decoders(extra: [String] = ["story"]) -> (fast: JSONArticleDecoder, full: JSONArticleDecoder) {
        var options = IngestOptions()
        options.extraFields = extra
        options.limits.maxJSONDepth = 6
        options.limits.maxArticleBytes = 400
        let fast = JSONArticleDecoder(path: "in.jsonl", options: options)
        var full = fast
        full.fastPath = false
        return (fast, full)
    }

    private static func decode(_ decoder: JSONArticleDecoder, _ line: [UInt8]) -> Result<Article, IngestError> {
        line.withUnsafeBytes { bytes in
            Result { () throws(IngestError) in try decoder.article(line: bytes, number: 7, byteOffset: 100) }
        }
    }

    @Test(
        arguments: [
            #"{"id":"a","text":"plain"}"#,
            #" {"text" : "t\u00e9\ud83d\ude00\n\"\\\/\b\f\r\t", "title": null, "x": [1, -0.5, {"y": [true, false, null]}]} "#,
            #"{"text":"a","id":""}"#,
            #"{"text":"a","id":12}"#,
            #"{"text":"a","id":1.0}"#,
            #"{"text":"a","story":42}"#,
            #"{"text":"a","story":{"nested":1}}"#,
            #"{"t\u0065xt":"escaped key"}"#,
            #"{"text":"dup","text":"again"}"#,
            #"{"text":"lone \ud800 surrogate"}"#,
            #"{"text":"bad \x escape"}"#,
            #"{"text":"a","n":1e5}"#,
            #"{"text":"a","n":01}"#,
            #"{"text":"a"} trailing"#,
            #"{"text":"a",}"#,
            #"["text"]"#,
            #"{"title":"no text"}"#,
            #"{"text":7}"#,
            #"{"text":"a","x":[[[[[[[1]]]]]]]}"#,
            "{\"text\":\"raw\ttab\"}",
            #"{"text":"unterminated"#,
        ])
    func matchesFoundationOnEdgeCases(line: String) {
        let (fast, full) = Self.decoders()
        #expect(Self.decode(fast, Array(line.utf8)) == Self.decode(full, Array(line.utf8)), "\(line)")
    }

    @Test func matchesFoundationOnGeneratedAndMangledLines() {
        let seed = SplitMix64.testSeed()
        print("JSONFieldScannerTests seed: \(seed)")
        var random = SplitMix64(seed: seed)
        let (fast, full) = Self.decoders()
        var fastAccepted = 0
        for round in 0 ..< 3000 {
            var line = Array(Self.object(&random, depth: 1).utf8)
            // A third of the lines get mangled: a byte changed, dropped or inserted, or the line truncated.
            if random.next() % 3 == 0 && !line.isEmpty {
                let at = Int(random.next() % UInt64(line.count))
                let bytes: [UInt8] = [0x22, 0x5C, 0x7B, 0x7D, 0x2C, 0x3A, 0x00, 0x0A, 0xFF, 0xC3, 0x75, 0x20]
                switch random.next() % 4 {
                case 0: line[at] = bytes[Int(random.next() % UInt64(bytes.count))]
                case 1: line.remove(at: at)
                case 2: line.insert(bytes[Int(random.next() % UInt64(bytes.count))], at: at)
                default: line.removeSubrange(at...)
                }
            }
            let expected = Self.decode(full, line)
            let actual = Self.decode(fast, line)
            #expect(actual == expected, "seed \(seed), round \(round): \(String(decoding: line, as: UTF8.self))")
            if case .success = actual { fastAccepted += 1 }
        }
        #expect(fastAccepted > 300)
    }

    private static let keys = ["id", "text", "title", "url", "source", "published", "author", "story", "other", "é"]

    private static func object(_ random: inout SplitMix64, depth: Int) -> String {
        var members: [String] = []
        if depth == 1 { members.append("\"text\": \(string(&random))") }
        for _ in 0 ..< Int(random.next() % 5) {
            let key = keys[Int(random.next() % UInt64(keys.count))]
            // Wanted keys mostly hold what articles hold (a string or null); now and then anything.
            let wanted = depth == 1 && !["other", "é"].contains(key) && random.next() % 10 != 0
            let value = wanted ? (random.next() % 5 == 0 ? "null" : string(&random)) : value(&random, depth: depth)
            members.append("\(string(of: key, &random)): \(value)")
        }
        members.shuffle(using: &random)
        let space = random.next() % 4 == 0 ? " \n" : ""
        return "\(space){\(members.joined(separator: random.next() % 2 == 0 ? "," : " , "))}\(space)"
    }

    private static func value(_ random: inout SplitMix64, depth: Int) -> String {
        switch random.next() % 10 {
        case 0 ... 3: return string(&random)
        case 4: return "null"
        case 5: return ["0", "-12", "3.25", "1e3", "12345678901234567890", "-0", "7.0"][Int(random.next() % 7)]
        case 6: return random.next() % 2 == 0 ? "true" : "false"
        case 7: return depth < 8 ? object(&random, depth: depth + 1) : "{}"
        default:
            guard depth < 8 else { return "[]" }
            let count = Int(random.next() % 3)
            return "[" + (0 ..< count).map { _ in value(&random, depth: depth + 1) }.joined(separator: ",") + "]"
        }
    }

    private static func string(_ random: inout SplitMix64) -> String {
        let pieces = [
            "word", " ", "é", "😀", "\\n", "\\\"", "\\\\", "\\/", "\\u00e9", "\\u20AC", "\\ud83d\\ude00", "\\u0000",
            "\\t", "\u{7F}", "Ǆ", "\\uD834\\uDD1E", "a b c",
        ]
        // Rarely, something only the full parser may decide: a lone surrogate, a bad escape, a raw tab.
        let rare = ["\\ud800", "\\udc00", "\\x", "\t", "\\u12"]
        var text = ""
        for _ in 0 ..< Int(random.next() % 12) { text += pieces[Int(random.next() % UInt64(pieces.count))] }
        if random.next() % 30 == 0 { text += rare[Int(random.next() % UInt64(rare.count))] }
        return "\"\(text)\""
    }

    private static func string(of key: String, _ random: inout SplitMix64) -> String {
        random.next() % 8 == 0 && key == "text" ? "\"t\\u0065xt\"" : "\"\(key)\""
    }
}
