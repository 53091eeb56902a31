import CrosscheckTestSupport
import Testing

@testable import Crosscheck

@Suite struct UTF8ValidatorTests {
    private func firstInvalid(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBytes { UTF8Validator.firstInvalidByte(in: $0) }
    }

    @Test(
        arguments: [
            ([0x61, 0x62], nil),
            (Array("naïve “quote” 😀".utf8), nil),
            ([0x61, 0xE9, 0x62], 1),  // Latin-1 é
            ([0x61, 0x80], 1),  // stray continuation byte
            ([0xC0, 0xAF], 0),  // overlong
            ([0xE0, 0x80, 0xAF], 0),  // overlong 3-byte
            ([0xED, 0xA0, 0x80], 0),  // UTF-16 surrogate
            ([0xF4, 0x90, 0x80, 0x80], 0),  // above U+10FFFF
            ([0xF5, 0x80, 0x80, 0x80], 0),
            (Array("abcdefghij".utf8) + [0xE2, 0x82], 10),  // truncated at the end, after the 8-byte fast path
            (Array("abcdefghij".utf8) + [0xE2, 0x82, 0x41], 10),
        ] as [([UInt8], Int?)])
    func findsTheFirstInvalidByte(bytes: [UInt8], expected: Int?) {
        #expect(firstInvalid(bytes) == expected)
    }

    /// Property: agrees with the standard library on whether random byte strings are valid.
    @Test func agreesWithTheStandardLibrary() {
        let seed: UInt64 = 20_240_301
        print("UTF8ValidatorTests.agreesWithTheStandardLibrary seed \(seed)")
        var random = SplitMix64(seed: seed)
        let pieces: [[UInt8]] = [
            Array("plain ascii text ".utf8), Array("é".utf8), Array("€".utf8), Array("😀".utf8), [0x80],
            [0xE2, 0x82], [0xF0, 0x9F], [0xED, 0xB0, 0x80], [0xC1, 0x81], [0xFF],
        ]
        for _ in 0 ..< 2000 {
            var bytes: [UInt8] = []
            for _ in 0 ..< Int.random(in: 0 ... 12, using: &random) { bytes += pieces.randomElement(using: &random)! }
            let valid = String(validating: bytes, as: UTF8.self) != nil
            #expect((firstInvalid(bytes) == nil) == valid, "seed \(seed): \(bytes)")
            // decode validates once (check(_:)) and leaves invalid input to the standard library.
            let lossy = bytes.withUnsafeBytes {
                try? UTF8Validator.decode($0, lossy: true, path: "a", line: nil, baseOffset: 0)
            }
            #expect(lossy == String(decoding: bytes, as: UTF8.self), "seed \(seed): \(bytes)")
            let strict = bytes.withUnsafeBytes { buffer in
                Result { () throws(IngestError) in
                    try UTF8Validator.decode(buffer, lossy: false, path: "a", line: nil, baseOffset: 0)
                }
            }
            switch strict {
            case .success(let text): #expect(valid && text == String(decoding: bytes, as: UTF8.self))
            case .failure(let error):
                #expect(error == .invalidUTF8(path: "a", line: nil, byteOffset: firstInvalid(bytes) ?? -1))
            }
        }
    }

    /// `decode` trusts ``UTF8Validator/check(_:)`` and copies valid bytes into a string without the standard
    /// library's own validation, so the two must agree on every lead byte and every second byte, at each length,
    /// with the continuation bytes' boundary values.
    @Test func agreesWithTheStandardLibraryOnEveryLeadAndSecondByte() {
        let tails: [UInt8] = [0x7F, 0x80, 0xBF, 0xC0]  // either side of the continuation range
        var cases: [[UInt8]] = []
        for lead in 0 ... 255 {
            for second in 0 ... 255 {
                let head = [UInt8(lead), UInt8(second)]
                cases.append(head)
                guard lead >= 0xE0 else { continue }
                for third in tails {
                    cases.append(head + [third])
                    if lead >= 0xF0 { cases += tails.map { head + [third, $0] } }
                }
            }
        }
        var disagreements: [[UInt8]] = []
        for bytes in cases {
            let standard = String(validating: bytes, as: UTF8.self)
            let decoded = bytes.withUnsafeBytes {
                try? UTF8Validator.decode($0, lossy: false, path: "a", line: nil, baseOffset: 0)
            }
            if decoded != standard || decoded.map({ Array($0.utf8) != bytes }) == true { disagreements.append(bytes) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count) of \(cases.count), first: \(disagreements.prefix(5))")
    }

    @Test func decodedASCIIAndNonASCIITextBehavesAsStrings() throws {
        for text in ["plain ascii", "naïve “quote” 😀", ""] {
            let bytes = Array(text.utf8)
            let decoded = try bytes.withUnsafeBytes { (buffer) throws(IngestError) in
                try UTF8Validator.decode(buffer, lossy: false, path: "a", line: nil, baseOffset: 0)
            }
            #expect(decoded == text)
            #expect(decoded.count == text.count && decoded.unicodeScalars.count == text.unicodeScalars.count)
            #expect(decoded.hashValue == text.hashValue)
        }
    }

    @Test func decodesLossilyWithReplacementCharacters() throws {
        let bytes: [UInt8] = [0x43, 0x61, 0x66, 0xE9, 0x21]
        let text = try bytes.withUnsafeBytes { (buffer) throws(IngestError) in
            try UTF8Validator.decode(buffer, lossy: true, path: "a.txt", line: nil, baseOffset: 0)
        }
        #expect(text == "Caf\u{FFFD}!")
    }

    @Test func strictDecodingNamesTheFileOffset() {
        let bytes: [UInt8] = [0x43, 0x61, 0x66, 0xE9, 0x21]
        #expect(throws: IngestError.invalidUTF8(path: "a.jsonl", line: 4, byteOffset: 103)) {
            try bytes.withUnsafeBytes { (buffer) throws(IngestError) in
                try UTF8Validator.decode(buffer, lossy: false, path: "a.jsonl", line: 4, baseOffset: 100)
            }
        }
    }
}
