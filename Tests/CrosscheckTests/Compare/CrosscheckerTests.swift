import Crosscheck
import CrosscheckTestSupport
import Foundation
import Testing

/// The discrepancy engine on the Guterres fixtures (`Fixtures/README.md` lists what must and must not be reported),
/// the self-describing checks, and unrelated documents.
@Suite struct CrosscheckerTests {
    static func document(_ name: String) throws -> Document {
        let text = try String(contentsOfFile: FixturePaths.path(name), encoding: .utf8)
        return Document(article: Article(id: String(name.dropLast(4)), text: text))
    }

    static func check(_ names: String...) throws -> CheckResult {
        Crosschecker().check(try names.map(document))
    }

    static func kinds(_ result: CheckResult) -> [DiscrepancyKind: [Discrepancy]] {
        Dictionary(grouping: result.discrepancies, by: \.kind)
    }

    @Test func typographicCopyHasNoDiscrepancies() throws {
        let result = try Self.check("guterres-moscow.txt", "guterres-moscow-typographic.txt")
        #expect(result.discrepancies.isEmpty, "\(result.discrepancies.map(\.summary))")
        #expect(!result.unrelated)
    }

    @Test func editedVersionReportsExactlyItsChanges() throws {
        let result = try Self.check("guterres-moscow.txt", "guterres-moscow-edited.txt")
        let kinds = Self.kinds(result)
        #expect(Set(kinds.keys) == [.number, .date, .sentenceAdded, .sentenceRemoved, .quoteWording])
        let number = try #require(kinds[.number]?.first)
        #expect(kinds[.number]?.count == 1)
        #expect(number.details.old == "2" && number.details.new == "3" && number.details.unit == "month")
        #expect(number.severity == .major)
        #expect(kinds[.date]?.count == 1)
        #expect(kinds[.date]?.first?.evidence.map(\.text) == ["Thursday", "Wednesday"])
        #expect(kinds[.sentenceAdded]?.map { $0.evidence[0].text.contains("Sergei Lavrov") } == [true])
        #expect(kinds[.sentenceRemoved]?.map { $0.evidence[0].text.contains("willing to take a chance") } == [true])
        let wording = kinds[.quoteWording] ?? []
        #expect(wording.count == 2)
        let because = wording.first { $0.evidence[0].text.contains("Because ultimately") }
        let weWillSee = wording.first { $0.evidence[0].text.contains("We will see") }
        #expect(because?.severity == .major)
        #expect(because?.details.punctuationOnly == false)
        #expect(because?.details.changes?.contains(WordChange(op: .insert, text: "a")) == true)
        #expect(weWillSee?.severity == .minor)
        #expect(weWillSee?.details.punctuationOnly == true)
        // Evidence cites both documents, with spans that are the exact text.
        for d in result.discrepancies where d.kind != .sentenceAdded && d.kind != .sentenceRemoved {
            #expect(Set(d.evidence.map(\.docIndex)) == [0, 1], "\(d.summary)")
        }
        for d in result.discrepancies {
            for e in d.evidence {
                let scalars = Array(result.documents[e.docIndex].article.text.unicodeScalars)[e.start ..< e.end]
                #expect(String(String.UnicodeScalarView(scalars)) == e.text)
            }
        }
    }

    @Test func outletRewriteReportsSpeakerCueTitleAndHedge() throws {
        let result = try Self.check("guterres-moscow.txt", "guterres-moscow-outlet-b.txt")
        let kinds = Self.kinds(result)
        let speaker = try #require(kinds[.quoteSpeaker]?.first)
        #expect(kinds[.quoteSpeaker]?.count == 1)
        #expect(speaker.severity == .critical)
        #expect(speaker.details.old == "Dmitry Polyansky" && speaker.details.new == "Vassily Nebenzia")
        let cue = try #require(kinds[.quoteCue]?.first)
        #expect(kinds[.quoteCue]?.count == 1)
        #expect(cue.evidence.map(\.text) == ["told reporters", "admitted"])
        let entities = kinds[.entity] ?? []
        #expect(entities.count == 1)
        #expect(entities.first?.details.old == "spokesperson")
        #expect(entities.first?.details.new == "U.N. deputy spokesman")
        let hedge = try #require(kinds[.hedge]?.first { $0.details.claim == "allegation" })
        #expect(hedge.severity == .major)
        #expect(hedge.evidence.first?.text == "accused of committing")
        // Must not: the joined quote, the marked omission at minor or above, numbers, dates, quote-missing.
        #expect(kinds[.quoteMissing] == nil)
        #expect(kinds[.number] == nil && kinds[.date] == nil)
        for d in kinds[.quoteWording] ?? [] {
            #expect(d.severity == .info, "\(d.summary)")
            #expect(d.details.omitted == ["even in small way"])
        }
        #expect(!result.discrepancies.contains { $0.kind == .sentenceEdited && $0.severity > .info })
    }

    @Test func allFourVersionsMergeTheSameChange() throws {
        let result = try Self.check(
            "guterres-moscow.txt", "guterres-moscow-typographic.txt", "guterres-moscow-edited.txt",
            "guterres-moscow-outlet-b.txt")
        let numbers = Self.kinds(result)[.number] ?? []
        #expect(numbers.count == 1)
        #expect(Set(numbers.first?.evidence.map(\.docIndex) ?? []) == [0, 2])
        #expect(Self.kinds(result)[.quoteSpeaker]?.count == 1)
        #expect(result.pairs.count == 3)
    }

    @Test func unrelatedArticlesAreFlaggedNotListed() throws {
        let seed = try Self.document("guterres-moscow.txt")
        var text = ""
        for i in 0 ..< 12 {
            text += "The harvest festival in the valley drew \(i + 3) thousand visitors to taste cheese and cider. "
            text += "Farmers brought goats, pumpkins and honey from distant hills for the fair number \(i).\n\n"
        }
        let other = Document(article: Article(id: "festival", text: "Valley fair\n\n" + text))
        let result = Crosschecker().check([seed, other])
        #expect(result.unrelated)
        #expect(result.discrepancies.isEmpty)
        #expect(result.pairs.first?.coverage ?? 1 < 0.2)
    }

    @Test(arguments: CheckCatalog.all)
    func everyCheckExampleBehavesAsDescribed(check: CheckDescription) {
        #expect(!check.examples.isEmpty)
        #expect(check.examples.contains { $0.triggers } && check.examples.contains { !$0.triggers })
        for example in check.examples {
            let found = CheckCatalog.run(example).filter { $0.kind == check.kind }
            #expect(
                found.isEmpty != example.triggers,
                "\(check.kind.rawValue): \(example.old) | \(example.new) → \(found.map(\.summary))")
        }
    }

    @Test func catalogCoversEveryKind() {
        #expect(Set(CheckCatalog.all.map(\.kind)) == Set(DiscrepancyKind.allCases))
    }
}
