import CrosscheckTestSupport
import Foundation
import Testing

@testable import Crosscheck

/// Sentence alignment on hand-made stories and on the Guterres fixtures (`Fixtures/README.md`).
@Suite struct AlignmentTests {
    static func fixture(_ name: String) throws -> Document {
        let articles = try ArticleReader().read(path: FixturePaths.path(name))
        return Document(article: try #require(articles.first))
    }

    static func document(_ id: String, _ text: String, published: String? = nil) -> Document {
        Document(article: Article(id: id, published: published, text: text), headline: .never)
    }

    /// The group holding a sentence of a document whose text contains `fragment`.
    static func group(_ alignment: Alignment, doc: Int, containing fragment: String) -> AlignmentGroup? {
        let document = alignment.documents[doc]
        guard let index = document.sentences.firstIndex(where: { document.text.text($0.bytes).contains(fragment) })
        else { return nil }
        return alignment.groups.first { $0.members.contains(AlignmentMember(doc: doc, sentence: index)) }
    }

    /// Every sentence of every document is in exactly one group.
    static func expectPartition(_ alignment: Alignment, sourceLocation: SourceLocation = #_sourceLocation) {
        var seen = Set<AlignmentMember>()
        for group in alignment.groups {
            #expect(!group.members.isEmpty, sourceLocation: sourceLocation)
            for member in group.members {
                #expect(seen.insert(member).inserted, "\(member) twice", sourceLocation: sourceLocation)
            }
        }
        let total = alignment.documents.reduce(0) { $0 + $1.sentences.count }
        #expect(seen.count == total, sourceLocation: sourceLocation)
    }

    @Test func editedVersionOfTheSeed() throws {
        let alignment = Alignment(documents: [
            try Self.fixture("guterres-moscow.txt"), try Self.fixture("guterres-moscow-edited.txt"),
        ])
        Self.expectPartition(alignment)
        // The moved paragraph.
        let moved = try #require(Self.group(alignment, doc: 0, containing: "En route to Moscow"))
        #expect(moved.relation == .moved)
        #expect(moved.sentences(in: 1).count == 1)
        #expect(!moved.changed)
        // Added and removed sentences.
        #expect(Self.group(alignment, doc: 1, containing: "Sergei Lavrov")?.relation == .unique)
        #expect(Self.group(alignment, doc: 0, containing: "willing to take a chance")?.relation == .unique)
        // Reworded quote sentences and edited facts.
        #expect(Self.group(alignment, doc: 0, containing: "even in small way")?.relation == .edited)
        #expect(Self.group(alignment, doc: 0, containing: "We will see what we can do")?.relation == .edited)
        #expect(Self.group(alignment, doc: 0, containing: "two-month")?.relation == .edited)
        #expect(Self.group(alignment, doc: 0, containing: "on Thursday")?.relation == .edited)
        // Untouched sentences.
        #expect(Self.group(alignment, doc: 0, containing: "Dmitry Polyansky")?.relation == .identical)
        #expect(alignment.groups.filter { $0.relation == .unique }.count == 2)
        #expect(alignment.groups.filter { $0.relation == .moved }.count == 1)
    }

    @Test func typographicCopyIsIdenticalThroughout() throws {
        let alignment = Alignment(documents: [
            try Self.fixture("guterres-moscow.txt"), try Self.fixture("guterres-moscow-typographic.txt"),
        ])
        Self.expectPartition(alignment)
        #expect(alignment.groups.count == alignment.documents[0].sentences.count)
        #expect(alignment.groups.allSatisfy { $0.relation == .identical && $0.members.count == 2 })
    }

    @Test(arguments: ["guterres-moscow.txt", "guterres-moscow.json", "guterres-moscow-outlet-b.txt"])
    func documentWithItselfIsIdentical(name: String) throws {
        let document = try Self.fixture(name)
        let alignment = Alignment(documents: [document, document])
        Self.expectPartition(alignment)
        #expect(alignment.groups.count == document.sentences.count)
        for (index, group) in alignment.groups.enumerated() {
            #expect(group.relation == .identical)
            #expect(
                group.members == [AlignmentMember(doc: 0, sentence: index), AlignmentMember(doc: 1, sentence: index)])
        }
    }

    @Test func outletRewriteLinksEveryParaphrasedSentence() throws {
        let alignment = Alignment(documents: [
            try Self.fixture("guterres-moscow.txt"), try Self.fixture("guterres-moscow-outlet-b.txt"),
        ])
        Self.expectPartition(alignment)
        // Every seed sentence has its counterpart in the same place (the rewrite keeps the story's order).
        for group in alignment.groups {
            #expect(group.sentences(in: 0) == group.sentences(in: 1), "\(group)")
        }
    }

    @Test func splitAndMerge() {
        let old = Self.document(
            "old",
            """
            The council met on Monday. The mayor proposed a new budget for the city's parks, and the council \
            rejected it after a long debate. Residents protested outside the hall. Police closed two streets nearby.
            """)
        let new = Self.document(
            "new",
            """
            The council met on Monday. The mayor proposed a new budget for the city's parks. The council rejected \
            it after a long debate. Residents protested outside the hall, and police closed two streets nearby.
            """)
        let alignment = Alignment(documents: [old, new], order: .arguments)
        Self.expectPartition(alignment)
        let split = Self.group(alignment, doc: 0, containing: "proposed a new budget")
        #expect(split?.relation == .split)
        #expect(split?.sentences(in: 1) == [1, 2])
        let merged = Self.group(alignment, doc: 1, containing: "Residents protested")
        #expect(merged?.relation == .merged)
        #expect(merged?.sentences(in: 0) == [2, 3])
        // Reversed in time, the same groups are a merge and a split.
        let reversed = Alignment(documents: [new, old], order: .arguments)
        #expect(Self.group(reversed, doc: 1, containing: "proposed a new budget")?.relation == .merged)
        #expect(Self.group(reversed, doc: 0, containing: "Residents protested")?.relation == .split)
    }

    @Test func unrelatedSentencesStayUnique() {
        let a = Self.document("a", "The river flooded the valley after heavy rain. Farmers lost their harvest.")
        let b = Self.document("b", "A new stadium opens in the capital next spring. Tickets go on sale today.")
        let alignment = Alignment(documents: [a, b])
        #expect(alignment.groups.count == 4)
        #expect(alignment.groups.allSatisfy { $0.relation == .unique })
    }

    @Test func provenanceFollowsTheChain() {
        let v1 = Self.document("v1", "Storm hits the coast. Ten homes were damaged. Power is out in the town.")
        let v2 = Self.document(
            "v2", "Storm hits the coast. Twelve homes were damaged. Power is out in the town. Schools will close.")
        let v3 = Self.document("v3", "Storm hits the coast. Twelve homes were damaged. Schools will close.")
        let alignment = Alignment(documents: [v1, v2, v3], order: .arguments)
        #expect(alignment.isChain)
        Self.expectPartition(alignment)
        let homes = Self.group(alignment, doc: 0, containing: "homes")
        #expect(homes?.provenance == GroupProvenance(introduced: 0, changed: [1], removed: []))
        let power = Self.group(alignment, doc: 0, containing: "Power")
        #expect(power?.provenance == GroupProvenance(introduced: 0, changed: [], removed: [2]))
        let schools = Self.group(alignment, doc: 1, containing: "Schools")
        #expect(schools?.provenance == GroupProvenance(introduced: 1, changed: [], removed: []))
        #expect(schools?.sentences(in: 2) == [2])
    }

    @Test func publishedDatesOrderTheChain() {
        let early = Self.document("early", "Ten homes were damaged by the storm.", published: "2024-01-01T08:00:00Z")
        let late = Self.document("late", "Twelve homes were damaged by the storm.", published: "2024-01-01T12:00:00Z")
        let alignment = Alignment(documents: [late, early])
        #expect(alignment.isChain)
        #expect(alignment.order == [1, 0])
        #expect(alignment.groups.first?.provenance == GroupProvenance(introduced: 1, changed: [0], removed: []))
        #expect(Alignment(documents: [late, Self.document("undated", "Ten homes.")]).isChain == false)
    }

    @Test func emptyAndSingleDocuments() {
        #expect(Alignment(documents: []).groups.isEmpty)
        let one = Alignment(documents: [Self.document("a", "One sentence. Two sentences.")])
        #expect(one.groups.map(\.relation) == [.unique, .unique])
        let empty = Alignment(documents: [Self.document("a", ""), Self.document("b", "Only here.")])
        #expect(empty.groups.map(\.relation) == [.unique])
    }

    @Test func renderersEscapeArticleText() {
        let old = Self.document("a<b>", "The page said <script>alert(1)</script> & more. Nothing else happened today.")
        let new = Self.document(
            "c\"d", "The page said <script>alert(2)</script> & more. Nothing else happened today.")
        let alignment = Alignment(documents: [old, new])
        let html = AlignmentHTMLRenderer.render(alignment)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;"))
        #expect(html.contains("a&lt;b&gt;"))
        #expect(html.contains("<del>"))
        #expect(html.contains("content=\"\(HTMLPage.contentSecurityPolicy)\""))
        let tei = AlignmentTEIRenderer.render(alignment)
        #expect(!tei.contains("<script>"))
        #expect(tei.contains("&amp; more"))
        #expect(tei.contains("<app type=\"identical\" n=\"2\">"))
        #expect(tei.contains("<rdg wit=\"#w0 #w1\">Nothing else happened today.</rdg>"))
    }

    @Test func repeatedSentencesPairUpInOrder() {
        let text = (0 ..< 3000).map { _ in "More to follow." }.joined(separator: " ")
        let alignment = Alignment(documents: [Self.document("a", text), Self.document("b", text)])
        #expect(alignment.groups.count == 3000)
        #expect(
            alignment.groups.allSatisfy {
                $0.relation == .identical && $0.members[0].sentence == $0.members[1].sentence
            })
    }
}
