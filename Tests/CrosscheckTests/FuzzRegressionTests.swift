import Testing

@testable import Crosscheck

/// Inputs the fuzz targets (`Scripts/fuzz.sh`) crashed on, kept so the fixes stay fixed. Each test passes by not
/// trapping, and checks the output a user would see.
@Suite struct FuzzRegressionTests {
    /// Claims of a text decoded the way the fuzz targets decode bytes.
    static func claims(_ bytes: [UInt8], published: String? = "2022-04-25T14:00:00Z") -> [Claim] {
        let article = Article(id: "fuzz", published: published, text: String(decoding: bytes, as: UTF8.self))
        return ClaimExtractor().claims(in: Document(article: article))
    }

    /// fuzz-claims, crash-05d3e59c: a number token with 20-digit groups joined by `-` reached the numeric-date
    /// reader, whose `Int(Double)` conversion trapped ("Double value cannot be converted to Int").
    @Test func hugeDigitGroupsAreNotDates() {
        let input: [UInt8] = [
            0x6F, 0x75, 0x22, 0x62, 0x41, 0x55, 0x68, 0xFF, 0x20, 0x31, 0x2C, 0x2C, 0x74, 0x20, 0x32, 0x31,
            0x74, 0x61, 0x67, 0x73, 0x3A, 0x30, 0x30, 0x70, 0x67, 0x79, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39,
            0x39, 0x74, 0x61, 0x67, 0x73, 0x3A, 0x30, 0x30, 0x70, 0x67, 0x11, 0x11, 0x11, 0x11, 0x79, 0x39,
            0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0xFF, 0x20, 0x31, 0x2C, 0x2C,
            0x74, 0x20, 0x32, 0x31, 0x74, 0x61, 0x67, 0x73, 0x3A, 0x30, 0x30, 0x70, 0x66, 0x79, 0x39, 0x39,
            0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x7D, 0x7D, 0x7D, 0x7D, 0x7D, 0x7D, 0x7D, 0x7D, 0x7D,
            0x7D, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x2D, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39,
            0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x02, 0x39, 0x39, 0x39, 0x65,
            0x20, 0x55, 0x2E, 0x53, 0x2E, 0x20, 0x41, 0x72, 0x78, 0x74, 0x2E, 0x6F, 0x20, 0x6E, 0x39, 0x39,
            0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39,
            0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39, 0x39,
            0x39, 0x20, 0x72, 0x45, 0x6F, 0x20, 0x6E, 0x20,
        ]
        #expect(!Self.claims(input).contains { $0.kind == .date && $0.span.text.contains("99999999") })
        #expect(!Self.claims(input, published: nil).contains { $0.kind == .date && $0.span.text.contains("99999999") })
    }

    /// The same trap from hand-made sentences, and the joined-date reader's digit loop, which overflowed an `Int` on
    /// a 23-digit part: groups over four digits are never a date.
    @Test(arguments: [
        "It was filed on 99999999999999999999-12-01.", "It was filed on 1/2/99999999999999999999.",
        "It was filed on 2022-99999999999999999999999-1.",
    ])
    func longDigitGroupsAreNotDates(text: String) {
        let claims = Self.claims(Array(text.utf8))
        #expect(!claims.contains { $0.kind == .date })
    }

    /// Durations with counts too large for an `Int` (or absurd as a duration) are not turned into dates.
    @Test(arguments: [
        "It happened 99999999999999999999 days ago.", "It ends 1e300 weeks later.",
        "They met 9223372036854775807 years and 9223372036854775807 years ago.",
    ])
    func hugeDurationCountsDoNotTrap(text: String) {
        let claims = Self.claims(Array(text.utf8))
        #expect(!claims.contains { $0.kind == .date })
    }

    /// Ordinary relative durations still resolve against the publication date.
    @Test func ordinaryDurationsStillResolve() throws {
        let claims = Self.claims(Array("It happened 3 days ago.".utf8))
        let claim = try #require(claims.first { $0.kind == .date })
        #expect(claim.value == .string("2022-04-22"))
    }
}
