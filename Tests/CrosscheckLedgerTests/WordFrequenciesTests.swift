import Crosscheck
import CrosscheckTestSupport
import Testing

@testable import CrosscheckLedger

/// How the ledger decides that two quotes are versions of one (``WordFrequencies`` weighting).
@Suite struct WordFrequenciesTests {
    /// An article holding one direct quote whose span covers its whole text.
    private static func entry(_ id: String, _ source: String, _ text: String, speaker: String) -> LedgerEntry {
        let quoted = "“\(text),”"
        let article = Article(id: id, source: source, text: "\(quoted) \(speaker) said.")
        let span = Span(start: 0, end: quoted.unicodeScalars.count, text: quoted)
        return LedgerEntry(
            article: article,
            quotes: [Quote(doc: id, kind: .direct, quote: span, speakerName: speaker, confidence: 0.9)])
    }

    @Test func functionWordsAloneDoNotMakeTwoQuotesOne() throws {
        let directory = TemporaryDirectory()
        let ledger = try LedgerFixtures.ledger(in: directory)
        // Filler quotes make "we", "will", "see", "the", "of" common, as they are in any corpus.
        let topics = ["harbour", "budget", "vaccine", "railway", "drought", "tariffs", "election", "bridge"]
        try ledger.add(
            topics.enumerated().map { index, topic in
                Self.entry(
                    "filler-\(index)", "Filler", "We will see the end of the \(topic) dispute", speaker: "Ana Ruiz")
            })
        try ledger.add([
            Self.entry(
                "a", "Alpha", "We will see the outcome of the tribunal ruling on fishing rights", speaker: "Li Wei")
        ])
        // Shares "we will see the of the" (6 of 9 words, 67%: enough for `check`'s rule) but no rare word.
        let unrelated = try ledger.add([
            Self.entry("b", "Beta", "We will see the colour of the autumn leaves", speaker: "Tom Berg")
        ])
        #expect(unrelated.quotesGrouped == 0)
        // A reworded version of the tribunal quote shares its rare words and joins it.
        let version = try ledger.add([
            Self.entry(
                "c", "Gamma", "We will see the outcome of the tribunal's ruling on fishing rights", speaker: "Li Wei")
        ])
        #expect(version.quotesGrouped == 1)
        let groups = try ledger.quotes(search: "tribunal")
        #expect(groups.map { $0.versions.map(\.doc) } == [["a", "c"]])
    }
}
