import CrosscheckTestSupport
import Foundation
import Testing

@testable import Crosscheck

/// Claims of the seed article and of small hand-made sentences.
@Suite struct ClaimExtractorTests {
    /// The claims of the seed article read through `ArticleReader` (the `.txt` has no publication date).
    static func seedClaims(_ file: String = "guterres-moscow.txt") throws -> (Document, [Claim]) {
        var documents: [Document] = []
        try ArticleReader(options: IngestOptions()).forEachArticle(path: FixturePaths.path(file)) {
            documents.append(Document(article: $0))
        }
        let document = try #require(documents.first)
        return (document, ClaimExtractor().claims(in: document))
    }

    /// Claims of one article built from text.
    static func claims(_ text: String, published: String? = "2022-04-25T14:00:00Z") -> [Claim] {
        let article = Article(id: "t", published: published, text: text)
        return ClaimExtractor().claims(in: Document(article: article, headline: .never))
    }

    static func first(_ claims: [Claim], _ kind: ClaimKind, _ text: String) -> Claim? {
        claims.first { $0.kind == kind && $0.span.text == text }
    }

    @Test func twoMonthIsADurationOfTwoMonths() throws {
        let (_, claims) = try Self.seedClaims()
        let claim = try #require(Self.first(claims, .duration, "two-month"))
        #expect(claim.value == .number(2))
        #expect(claim.unit == "month")
    }

    @Test(arguments: [("Tuesday", "tuesday"), ("Thursday", "thursday"), ("Monday", "monday")])
    func weekdaysStayRelativeWithoutAPublicationDate(text: String, weekday: String) throws {
        let (_, claims) = try Self.seedClaims()
        let claim = try #require(Self.first(claims, .date, text))
        #expect(claim.value == .fields(["weekday": weekday]))
    }

    @Test(arguments: [("Tuesday", "2022-04-26"), ("Thursday", "2022-04-28"), ("Monday", "2022-04-25")])
    func weekdaysResolveAroundThePublicationDate(text: String, iso: String) throws {
        let (_, claims) = try Self.seedClaims("guterres-moscow.json")
        let claim = try #require(Self.first(claims, .date, text))
        #expect(claim.value == .string(iso))
    }

    @Test func vagueMagnitudeIsAnOrderedRange() throws {
        let (_, claims) = try Self.seedClaims()
        let claim = try #require(Self.first(claims, .number, "tens, even hundreds of thousands"))
        #expect(claim.value == .range(min: 10_000, max: 999_999))
    }

    @Test(arguments: [
        ("Antonio Guterres", "U.N. Secretary-General"), ("Vladimir Putin", "Russian President"),
        ("Volodymyr Zelenskyy", "President"), ("Recep Tayyip Erdogan", "Turkish President"),
        ("Farhan Haq", "spokesperson"), ("Dmitry Polyansky", "Ambassador"),
    ])
    func peopleCarryTheirTitles(name: String, title: String) throws {
        let (_, claims) = try Self.seedClaims()
        let person = try #require(Self.first(claims, .person, name))
        #expect(person.value == .string(name))
        #expect(person.title == title)
        #expect(claims.contains { $0.kind == .title && $0.span.text == title && $0.person == name })
    }

    @Test(arguments: [("Guterres", "Antonio Guterres"), ("Haq", "Farhan Haq")])
    func surnamesLinkToTheFullName(surname: String, canonical: String) throws {
        let (_, claims) = try Self.seedClaims()
        let mentions = claims.filter { $0.kind == .person && $0.span.text == surname }
        #expect(!mentions.isEmpty)
        #expect(mentions.allSatisfy { $0.value == .string(canonical) })
    }

    @Test func headlineSurnameLinksToAFullNameFromTheBody() throws {
        let (_, claims) = try Self.seedClaims()
        let headline = try #require(claims.first { $0.kind == .person && $0.span.start < 20 })
        #expect(headline.span.text == "Guterres")
        #expect(headline.value == .string("Antonio Guterres"))
    }

    @Test(arguments: ["Moscow", "Kyiv", "Ankara", "Bucha"])
    func placesAreFound(place: String) throws {
        let (_, claims) = try Self.seedClaims()
        #expect(Self.first(claims, .place, place)?.value == .string(place))
    }

    @Test func titleWithoutANameIsATitleClaim() throws {
        let (_, claims) = try Self.seedClaims()
        let title = try #require(Self.first(claims, .title, "deputy U.N. ambassador"))
        #expect(title.value == .string("deputy U.N. ambassador"))
        #expect(title.person == nil)
    }

    @Test func accusedOfCommittingIsAnAllegation() throws {
        let (_, claims) = try Self.seedClaims()
        #expect(Self.first(claims, .hedge, "accused of committing")?.value == .string("allegation"))
    }

    @Test func everySpanSlicesTheTextAndLiesInItsSentence() throws {
        for file in ["guterres-moscow.txt", "guterres-moscow.json", "guterres-moscow-edited.txt"] {
            let (document, claims) = try Self.seedClaims(file)
            let scalars = Array(document.article.text.unicodeScalars)
            #expect(!claims.isEmpty)
            for claim in claims {
                let slice = String(String.UnicodeScalarView(scalars[claim.span.start ..< claim.span.end]))
                #expect(slice == claim.span.text)
                #expect(claim.sentence.start <= claim.span.start && claim.span.end <= claim.sentence.end)
            }
            let starts = claims.map(\.span.start)
            #expect(starts == starts.sorted())
        }
    }

    @Test(arguments: [
        "they were playing three-nought-four", "a twenty-twenty vision", "scores of two-one-two",
        "one-two-three-four-five", "the seven-eleven shop", "nine-o-nine",
    ])
    func numbersStoppingInsideAHyphenatedWordHaveTheirOwnText(text: String) throws {
        let scalars = Array(text.unicodeScalars)
        for claim in Self.claims(text) {
            #expect(claim.span.start < claim.span.end, "empty span for \(claim.kind) in \(text)")
            let slice = String(String.UnicodeScalarView(scalars[claim.span.start ..< claim.span.end]))
            #expect(slice == claim.span.text)
        }
    }

    @Test func furnitureHasNoClaims() throws {
        let (document, claims) = try Self.seedClaims()
        let furniture = document.paragraphs.filter { $0.role == .furniture }.map { document.span(of: $0) }
        for claim in claims {
            #expect(!furniture.contains { $0.start <= claim.span.start && claim.span.end <= $0.end })
        }
    }

    @Test(arguments: [
        ("They counted 1,500 votes.", "1,500", 1500.0),
        ("It rose 3.25 points.", "3.25", 3.25),
        ("seventy-five people came", "seventy-five", 75),
        ("one hundred and six cars", "one hundred and six", 106),
        ("a hundred boats", "a hundred", 100),
        ("1.5 million people", "1.5 million", 1_500_000),
        ("three quarters of them", "three quarters", 0.75),
        ("He won a third term", "third", 3),
        ("the 21st attempt", "21st", 21),
        ("about 1/2 of it", "1/2", 0.5),
        ("some 3 dozen eggs", "3 dozen", 36),
        ("one in five adults", "one in five", 0.2),
        ("exactly 3 hundred and 21 seats", "3 hundred and 21", 321),
        ("half a million people", "half a million", 500_000),
        ("a crowd of 40 000 fans", "40 000", 40_000),
        ("six million and a half", "six million and a half", 6_500_000),
        ("zero point five", "zero point five", 0.5),
        ("worth one billion and a quarter million", "one billion and a quarter million", 1_000_250_000),
        ("worth two billion and three quarters million", "two billion and three quarters million", 2_000_750_000),
        ("one million and three quarters", "one million and three quarters", 1_750_000),
        ("they were playing three-nought-four", "three", 3),
        ("a target of 5MM in sales", "5MM", 5_000_000),
    ])
    func numbers(text: String, span: String, value: Double) throws {
        let claim = try #require(Self.first(Self.claims(text), .number, span))
        #expect(claim.value == .number(value))
    }

    @Test(arguments: [
        ("They raised $2bn.", "$2bn", 2e9, "USD"), ("It cost €20 million.", "€20 million", 2e7, "EUR"),
        ("A £5.3m deal.", "£5.3m", 5.3e6, "GBP"), ("It was 20 dollars.", "20 dollars", 20, "USD"),
        ("He paid 300 roubles.", "300 roubles", 300, "RUB"),
        ("They owe USD115 in fees.", "USD115", 115, "USD"),
        ("The revenue target is $1MM.", "$1MM", 1e6, "USD"),
        ("It cost thirteen dollars and forty-five cents.", "thirteen dollars and forty-five cents", 13.45, "USD"),
    ])
    func money(text: String, span: String, amount: Double, currency: String) throws {
        let claim = try #require(Self.first(Self.claims(text), .money, span))
        #expect(claim.value == .number(amount))
        #expect(claim.unit == currency)
    }

    @Test(arguments: [
        ("Turnout was 15%.", "15%"), ("Turnout was 15 percent.", "15 percent"),
        ("Turnout was fifteen per cent.", "fifteen per cent"),
    ])
    func percentages(text: String, span: String) throws {
        let claim = try #require(Self.first(Self.claims(text), .percent, span))
        #expect(claim.value == .number(15))
    }

    @Test(arguments: [
        ("a 5 km walk", "5 km", 5.0, "kilometer", ClaimKind.quantity),
        ("20 miles away", "20 miles", 20, "mile", .quantity),
        ("She lost 25 pounds.", "25 pounds", 25, "pound", .quantity),
        ("3 kilograms of rice", "3 kilograms", 3, "kilogram", .quantity),
        ("100 square feet of space", "100 square feet", 100, "square foot", .quantity),
        ("for three years", "three years", 3, "year", .duration),
    ])
    func quantities(text: String, span: String, value: Double, unit: String, kind: ClaimKind) throws {
        let claim = try #require(Self.first(Self.claims(text), kind, span))
        #expect(claim.value == .number(value))
        #expect(claim.unit == unit)
    }

    @Test(arguments: [
        ("between 40 and 50 people", "40 and 50", 40.0, 50.0), ("40 to 50 people", "40 to 50", 40, 50),
        ("from 3 to 4 days", "3 to 4 days", 3, 4),
    ])
    func ranges(text: String, span: String, low: Double, high: Double) throws {
        let claim = try #require(Self.claims(text).first { $0.span.text == span })
        #expect(claim.value == .range(min: low, max: high))
    }

    @Test(arguments: [
        ("about 20 people", "about"), ("nearly 20 people", "nearly"), ("more than 20 people", "more than"),
        ("at least 20 people", "at least"), ("up to 20 people", "up to"),
    ])
    func qualifiersAreKept(text: String, qualifier: String) throws {
        let claim = try #require(Self.first(Self.claims(text), .number, "20"))
        #expect(claim.qualifier == qualifier)
    }

    @Test(arguments: [
        ("It happened on April 26, 2022.", "April 26, 2022", "2022-04-26"),
        ("It happened on 26 April 2022.", "26 April 2022", "2022-04-26"),
        ("It happened on 2022-04-26.", "2022-04-26", "2022-04-26"),
        ("It happened on 4/26/2022.", "4/26/2022", "2022-04-26"),
        ("It happened in April 2022.", "April 2022", "2022-04"),
        ("It happened in 2014.", "2014", "2014"),
        ("It happened yesterday.", "yesterday", "2022-04-24"),
        ("It happens tomorrow.", "tomorrow", "2022-04-26"),
        ("It happened two days ago.", "two days ago", "2022-04-23"),
        ("It happens next month.", "next month", "2022-05"),
        ("It happened last week.", "last week", "2022-W16"),
        ("It happened on Friday.", "Friday", "2022-04-22"),
        ("It happens next Tuesday.", "next Tuesday", "2022-05-03"),
        ("They met on the 18th.", "the 18th", "2022-04-18"),
        ("They met at Christmas.", "Christmas", "2021-12-25"),
        ("They met at Easter 2021.", "Easter 2021", "2021-04-04"),
        ("It is due three weeks from tomorrow.", "three weeks from tomorrow", "2022-05-17"),
        ("It was signed on sep-23-2020.", "sep-23-2020", "2020-09-23"),
        ("It ends the day after tomorrow.", "the day after tomorrow", "2022-04-27"),
        ("It ends Friday next week.", "Friday next week", "2022-05-06"),
        ("Sales rose from a year earlier.", "a year earlier", "2021-04-25"),
        ("Polls close on the first Tuesday of November 2024.", "the first Tuesday of November 2024", "2024-11-05"),
        ("It ends the last Friday of next month.", "the last Friday of next month", "2022-05-27"),
    ])
    func dates(text: String, span: String, iso: String) throws {
        let claim = try #require(Self.first(Self.claims(text), .date, span))
        #expect(claim.value == .string(iso))
    }

    @Test(arguments: [
        ("at 10:30 a.m. sharp", "10:30 a.m.", "10:30"), ("at 3 p.m.", "3 p.m.", "15:00"),
        ("by noon", "noon", "12:00"),
    ])
    func times(text: String, span: String, value: String) throws {
        let claim = try #require(Self.first(Self.claims(text), .time, span))
        #expect(claim.value == .string(value))
    }

    @Test(arguments: [
        ("He allegedly took it.", "allegedly", "allegation"), ("She reportedly left.", "reportedly", "report"),
        ("They may have fled.", "may have", "possibility"), ("He denied it.", "denied", "denial"),
        ("She did not go.", "not", "negation"), ("He is said to be ill.", "is said to", "report"),
    ])
    func hedges(text: String, span: String, value: String) throws {
        #expect(Self.first(Self.claims(text), .hedge, span)?.value == .string(value))
    }

    @Test func jsonOmitsAbsentFieldsAndSortsKeys() throws {
        let claim = try #require(Self.first(Self.claims("They counted 1,500 votes."), .number, "1,500"))
        let json = String(decoding: try JSONOutput.encode(claim, pretty: false), as: UTF8.self)
        #expect(json.hasPrefix("{\"doc\":\"t\",\"kind\":\"number\",\"sentence\":"))
        #expect(json.contains("\"value\":1500"))
        #expect(!json.contains("unit"))
    }
}
