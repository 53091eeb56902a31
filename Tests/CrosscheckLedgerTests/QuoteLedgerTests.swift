import Crosscheck
import CrosscheckTestSupport
import Foundation
import GRDB
import Testing

@testable import CrosscheckLedger

/// Two outlets' reports of one story: one quote reworded, one attributed to someone else, one identical, and one
/// only in the first outlet (with an apostrophe after an accented-name-free surname, for search).
enum LedgerFixtures {
    static let alpha = Article(
        id: "alpha-1", source: "Alpha News", url: "https://alpha.example/geneva", title: "Talks resume in Geneva",
        published: "2026-03-03",
        text: """
            Foreign ministers met in Geneva on Tuesday for talks on the war.

            “We will not accept any ceasefire that simply freezes the conflict in place,” President Volodymyr \
            Zelenskyy said in a video address.

            “The grain corridor must stay open for the whole of the winter,” Turkish President Recep Tayyip Erdoğan \
            told reporters in Ankara.

            “Our priority is the safety of civilians in every single region,” said U.N. spokesperson Farhan Haq.

            “Zelenskyy's plan is not serious and never was,” Kremlin spokesman Dmitry Peskov said.
            """)

    static let beta = Article(
        id: "beta-7", source: "Beta Wire", url: "https://beta.example/7", title: "Geneva talks",
        published: "2026-03-03",
        text: """
            Diplomats gathered in Geneva on Tuesday.

            “We will never accept a ceasefire that simply freezes the conflict in place,” President Volodymyr \
            Zelenskyy said.

            “The grain corridor must stay open for the whole of the winter,” Russian Foreign Minister Sergei Lavrov \
            told reporters.

            “Our priority is the safety of civilians in every single region,” said U.N. spokesperson Farhan Haq.
            """)

    /// A ledger in a fresh temporary directory.
    static func ledger(in directory: TemporaryDirectory) throws -> QuoteLedger {
        try QuoteLedger(path: directory.path + "/ledger.sqlite")
    }

    /// The entries of the two outlets' articles.
    static var entries: [LedgerEntry] {
        [alpha, beta].map { LedgerEntry(document: Document(article: $0)) }
    }
}

@Suite struct QuoteLedgerTests {
    @Test func conflictsListRewordedAndReattributedQuotesButNotIdenticalOnes() throws {
        let directory = TemporaryDirectory()
        let ledger = try LedgerFixtures.ledger(in: directory)
        let added = try ledger.add(LedgerFixtures.entries)
        #expect(added.articlesAdded == 2)
        #expect(added.quotesAdded == 7)
        #expect(added.quotesGrouped == 3)

        let conflicts = try ledger.conflicts()
        #expect(conflicts.count == 2)
        let wording = try #require(conflicts.first { $0.differences.contains { $0.kind == .wording } })
        #expect(wording.versions.map(\.source) == ["Alpha News", "Beta Wire"])
        #expect(wording.versions.allSatisfy { $0.attribution.speakerName == "Volodymyr Zelenskyy" })
        let difference = try #require(wording.differences.first)
        #expect(difference.severity == .major)
        #expect(difference.changes?.filter { $0.op != .equal }.map(\.text) == ["not", "never", "any", "a"])
        #expect(
            LedgerTextRenderer.inline(difference.changes ?? []).contains(
                "We will [-not-]{+never+} accept [-any-]{+a+} ceasefire"))

        let speaker = try #require(conflicts.first { $0.differences.contains { $0.kind == .speaker } })
        #expect(speaker.severity == .critical)
        #expect(
            Set(speaker.versions.compactMap(\.attribution.speakerName)) == ["Recep Tayyip Erdoğan", "Sergei Lavrov"])

        // The identical Haq quote is stored twice, grouped, and is not a conflict.
        let haq = try ledger.quotes(speaker: "Farhan Haq")
        #expect(haq.count == 1)
        #expect(haq.first?.versions.count == 2)
        #expect(!conflicts.contains { $0.group == haq.first?.group })
    }

    @Test func storedSpansAreScalarOffsetsIntoTheArticleText() throws {
        let directory = TemporaryDirectory()
        let ledger = try LedgerFixtures.ledger(in: directory)
        try ledger.add(LedgerFixtures.entries)
        let texts = [
            LedgerFixtures.alpha.id: LedgerFixtures.alpha.text, LedgerFixtures.beta.id: LedgerFixtures.beta.text,
        ]
        let versions = try ledger.quotes().flatMap(\.versions)
        #expect(versions.count == 7)
        for version in versions {
            let scalars = Array(try #require(texts[version.doc]).unicodeScalars)
            for span in [version.attribution.quote, version.attribution.speaker, version.attribution.cue].compactMap({
                $0
            }) {
                var slice = String.UnicodeScalarView()
                slice.append(contentsOf: scalars[span.start ..< span.end])
                #expect(String(slice) == span.text)
            }
        }
    }

    @Test func versionsRoundTripThroughTheirFlatJSON() throws {
        let directory = TemporaryDirectory()
        let ledger = try LedgerFixtures.ledger(in: directory)
        try ledger.add(LedgerFixtures.entries)
        for version in try ledger.quotes().flatMap(\.versions) {
            let json = try JSONOutput.encode(version, pretty: false)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
            // One flat object: the quote's keys beside the ledger's, unknown values as explicit nulls.
            #expect(
                Set(object.keys).isSuperset(of: ["id", "group", "doc", "source", "kind", "quote", "speaker", "cue"]))
            #expect(object["source"] is NSNull || object["source"] is String)
            #expect(try JSONDecoder().decode(LedgerQuote.self, from: Data(json)) == version)
        }
    }

    @Test(
        arguments: [
            ("Erdogan", nil, "Recep Tayyip Erdoğan"),
            ("ERDOĞAN", nil, "Recep Tayyip Erdoğan"),
            ("recep erdogan", nil, "Recep Tayyip Erdoğan"),
            (nil, "Zelenskyy", "Dmitry Peskov"),
            (nil, "zelenskyy's", "Dmitry Peskov"),
            (nil, "Zelenskyy’s", "Dmitry Peskov"),
            (nil, "freezes the CONFLICT", "Volodymyr Zelenskyy"),
        ] as [(String?, String?, String)])
    func searchIgnoresCaseAndAccents(speaker: String?, search: String?, expected: String) throws {
        let directory = TemporaryDirectory()
        let ledger = try LedgerFixtures.ledger(in: directory)
        try ledger.add(LedgerFixtures.entries)
        let groups = try ledger.quotes(speaker: speaker, search: search)
        #expect(groups.count == 1)
        #expect(groups.first?.versions.first?.attribution.speakerName == expected)
    }

    @Test func searchListsEveryVersionWhateverItsSpeaker() throws {
        let directory = TemporaryDirectory()
        let ledger = try LedgerFixtures.ledger(in: directory)
        try ledger.add(LedgerFixtures.entries)
        let groups = try ledger.quotes(speaker: "Lavrov", search: "grain corridor")
        #expect(groups.count == 1)
        #expect(groups.first?.versions.map(\.doc) == ["alpha-1", "beta-7"])
        #expect(try ledger.quotes(speaker: "Lavrov", search: "ceasefire").isEmpty)
        #expect(try ledger.quotes(search: "“…”").isEmpty)
    }

    @Test func addingTheSameArticleTwiceChangesNothing() throws {
        let directory = TemporaryDirectory()
        let ledger = try LedgerFixtures.ledger(in: directory)
        try ledger.add(LedgerFixtures.entries)
        let before = try ledger.counts()
        var copy = LedgerFixtures.alpha
        copy.id = "alpha-1-copy"  // the same content under another id (another file name) is the same article
        let again = try ledger.add(LedgerFixtures.entries + [LedgerEntry(document: Document(article: copy))])
        #expect(again == LedgerAddResult(articlesSkipped: 3))
        #expect(try ledger.counts() == before)
        #expect(before == LedgerCounts(articles: 2, quotes: 7, groups: 4, sharedGroups: 3))

        // A corrected version of an article is a new article whose quotes join the old ones' groups.
        var corrected = LedgerFixtures.beta
        corrected.text += "\n\nThis article was corrected."
        let result = try ledger.add(
            article: corrected, quotes: QuoteExtractor().quotes(in: Document(article: corrected)))
        #expect(result.articlesAdded == 1)
        #expect(result.quotesGrouped == 3)
        #expect(try ledger.counts().groups == 4)
    }

    @Test func reopeningALedgerKeepsItsContent() throws {
        let directory = TemporaryDirectory()
        try LedgerFixtures.ledger(in: directory).add(LedgerFixtures.entries)
        let reopened = try QuoteLedger(path: directory.path + "/ledger.sqlite", create: false)
        #expect(try reopened.counts().quotes == 7)
        #expect(try reopened.conflicts().count == 2)
    }

    @Test func migratesALedgerWrittenWithTheFirstSchema() throws {
        let directory = TemporaryDirectory()
        let path = directory.path + "/old.sqlite"
        do {
            let queue = try DatabaseQueue(path: path)
            try LedgerSchema.migrator.migrate(queue, upTo: "v1")
            try queue.write { db in
                #expect(try !db.tableExists("quoteSearch"))
                try db.execute(
                    sql: """
                        INSERT INTO article (id, docId, source, contentHash, quoteCount)
                        VALUES (1, 'old-1', 'Old Outlet', 'x', 1);
                        INSERT INTO quote (id, articleId, position, kind, text, normalizedText, quoteStart, quoteEnd,
                            speakerName, confidence, groupId)
                        VALUES (1, 1, 0, 'direct', '“Señor Núñez will decide alone,”',
                            'señor núñez will decide alone', 0, 32, 'Ana Núñez', 0.9, 1);
                        """)
            }
        }
        let ledger = try QuoteLedger(path: path, create: false)
        let found = try ledger.quotes(speaker: "nunez", search: "SENOR")
        #expect(found.map(\.group) == [1])
        #expect(found.first?.versions.first?.source == "Old Outlet")
        // The word counts and the full-text index built by the migrations group a new version with the old one.
        let text = "“Señor Núñez will decide alone,” she said."
        let newer = try ledger.add(
            article: Article(id: "new-1", source: "New Outlet", text: text),
            quotes: [
                Quote(
                    doc: "new-1", kind: .direct,
                    quote: Span(start: 0, end: 32, text: "“Señor Núñez will decide alone,”"),
                    speakerName: "Ana Núñez", confidence: 0.9)
            ])
        #expect(newer == LedgerAddResult(articlesAdded: 1, quotesAdded: 1, quotesGrouped: 1))
        #expect(try ledger.quotes(search: "decide").first?.versions.map(\.source) == ["Old Outlet", "New Outlet"])
    }

    @Test func refusesALedgerFromANewerVersion() throws {
        let directory = TemporaryDirectory()
        let path = directory.path + "/newer.sqlite"
        try QuoteLedger(path: path).add(LedgerFixtures.entries)
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99')") }
        try queue.close()
        #expect(throws: LedgerError.newerSchema(path: path)) { try QuoteLedger(path: path) }
    }

    @Test func reportsMissingAndDamagedDatabasesByPath() throws {
        let directory = TemporaryDirectory()
        let missing = directory.path + "/missing.sqlite"
        #expect(throws: LedgerError.notFound(path: missing)) { try QuoteLedger(path: missing, create: false) }
        #expect(!FileManager.default.fileExists(atPath: missing))

        let garbage = directory.write("garbage.sqlite", String(repeating: "not a database ", count: 400))
        let error = #expect(throws: LedgerError.self) { try QuoteLedger(path: garbage) }
        #expect(error?.description == "cannot open ledger '\(garbage)': file is not a database")
        #expect(throws: LedgerError.self) { try QuoteLedger(path: directory.path) }
    }
}
