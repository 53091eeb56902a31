import CrosscheckTestSupport
import Foundation
import Testing

@testable import Crosscheck

/// The parallel reading pipeline of `crosscheck corpus`: batches read in turn and decoded anywhere give what the
/// one-at-a-time reader gives, in order; the grouper's own tables agree with simple models.
@Suite struct CorpusReadingTests {
    /// Every article or error of an input, read one at a time.
    func sequential(_ path: String, _ options: IngestOptions = IngestOptions()) throws -> [String] {
        let stream = try ArticleReader(options: options).open(path: path)
        var seen: [String] = []
        while true {
            do {
                guard let article = try stream.next() else { break }
                seen.append(Self.describe(article))
            } catch {
                seen.append("error: \(error.description)")
                if CorpusIssue.scope(of: error) == .restOfInput { break }
            }
        }
        return seen
    }

    /// The same through batches of at most `size` records, decoded afterwards.
    func batched(_ path: String, size: Int, _ options: IngestOptions = IngestOptions()) throws -> [String] {
        let stream = try ArticleReader(options: options).open(path: path)
        var seen: [String] = []
        while let batch = stream.nextBatch(maxRecords: size, maxBytes: 1 << 20) {
            #expect(batch.records.count <= size + 1)
            for result in batch.decode() {
                switch result {
                case .success(let article): seen.append(Self.describe(article))
                case .failure(let error): seen.append("error: \(error.description)")
                }
            }
            if case .failure(let error) = batch.records.last, CorpusIssue.scope(of: error) == .restOfInput { break }
        }
        return seen
    }

    static func describe(_ article: Article) -> String {
        "\(article.id)|\(article.source ?? "-")|\(article.origin?.description ?? "-")|\(article.text)"
    }

    @Test(arguments: [1, 3, 64])
    func batchesDecodeToWhatTheStreamReads(size: Int) throws {
        let seed = SplitMix64.testSeed()
        print("batchesDecodeToWhatTheStreamReads seed \(seed)")
        var random = SplitMix64(seed: seed)
        var lines: [String] = []
        for index in 0 ..< 40 {
            lines.append(
                CorpusStories.line(
                    id: "a\(index)", source: "S\(index % 3)", url: "https://a/\(index)", published: "2024-03-01",
                    text: CorpusStories.sentences(3, &random).joined(separator: " ")))
        }
        lines[5] = "{\"id\": \"broken\", \"text\": "
        lines[9] = "   "
        lines[12] = "{\"id\": 7}"
        lines[20] = "[1, 2]"
        lines[21] = CorpusStories.line(
            id: "long", source: "A", url: nil, published: "2024-03-01", text: String(repeating: "word ", count: 100))
        let text = "\u{FEFF}" + lines.joined(separator: "\r\n") + "\n\n"
        var ingest = IngestOptions()
        ingest.limits.maxArticleBytes = 400
        let directory = TemporaryDirectory()
        let plain = directory.write("mixed.jsonl", text)
        let expected = try sequential(plain, ingest)
        #expect(expected.count == 39)
        #expect(expected.filter { $0.hasPrefix("error:") }.count == 4)
        #expect(try batched(plain, size: size, ingest) == expected)

        // A corrupt compressed stream: what was read before the damage, then the error, exactly as one at a time.
        var bytes = Deflate.compress(Array(text.utf8), level: 1)
        for index in bytes.count / 2 ..< bytes.count / 2 + 32 { bytes[index] ^= 0x5A }
        let corrupt = directory.write("corrupt.jsonl.gz", bytes)
        let damaged = try sequential(corrupt, ingest)
        // The damaged half may decode to garbage lines (reported as bad records) before zlib finds the damage, and
        // how much of it comes out first depends on where the damage falls; the stream error always ends the read.
        #expect(damaged.last?.hasPrefix("error:") == true && damaged.last?.contains("corrupt gzip stream") == true)
        #expect(try batched(corrupt, size: size, ingest) == damaged)
    }

    @Test func batchesOfWholeDocumentFormatsHoldTheirArticles() throws {
        let directory = TemporaryDirectory()
        let path = directory.write(
            "list.json",
            "[{\"id\": \"x\", \"text\": \"One.\"}, {\"id\": \"y\", \"text\": \"Two.\"}, {\"id\": \"z\", \"text\": \"Three.\"}]"
        )
        #expect(try batched(path, size: 2) == sequential(path))
        #expect(try batched(path, size: 2).count == 3)
    }

    @Test func batchesOfAWebArchiveHoldItsPagesInOrder() throws {
        var random = SplitMix64(seed: 23)
        var archive: [UInt8] = []
        for index in 0 ..< 7 {
            let paragraphs = (0 ..< 4).map { _ in
                "<p>" + CorpusStories.sentences(3, &random).joined(separator: " ") + "</p>"
            }
            let html =
                "<html><head><title>Page \(index)</title></head><body><article><h1>Page \(index)</h1>"
                + paragraphs.joined() + "</article></body></html>"
            archive += WARCFixture.record(
                type: "response", uri: "https://a.example/\(index)", date: "2024-03-01T10:00:00Z",
                content: WARCFixture.response(html: html, gzip: index % 2 == 0))
        }
        let directory = TemporaryDirectory()
        let path = directory.write("pages.warc", archive)
        let expected = try sequential(path)
        #expect(expected.count == 7)
        #expect(try batched(path, size: 3) == expected)
    }

    @Test func issuesAreReportedInInputOrderAcrossBatchesAndInputs() throws {
        var random = SplitMix64(seed: 17)
        var lines = CorpusStories.separateArticles(300, prefix: "n", sentences: 4, &random)
        for bad in [3, 70, 150, 299] { lines[bad] = "{\"id\": \"bad\(bad)\"}" }
        let directory = TemporaryDirectory()
        let first = directory.write("first.jsonl", lines.joined(separator: "\n"))
        let missing = directory.path + "/missing.jsonl"
        let second = directory.write("second.jsonl", lines.prefix(10).joined(separator: "\n"))
        var options = CorpusOptions()
        options.mode = .group
        options.jobs = 3
        var issues: [CorpusIssue] = []
        let summary = try CorpusRunner(inputs: [first, missing, second], ingest: IngestOptions(), options: options)
            .run(output: try .atomic(path: directory.path + "/out.jsonl")) { issues.append($0) }
        let lineNumbers = issues.compactMap { issue -> String? in
            guard let range = issue.message.range(of: "line ") else { return nil }
            return String(issue.message[range.upperBound...].prefix { $0.isNumber })
        }
        #expect(lineNumbers == ["4", "71", "151", "300", "4"])
        #expect(issues.map(\.skipped) == [.record, .record, .record, .record, .restOfInput, .record])
        #expect(issues[4].message.contains("missing.jsonl"))
        #expect(summary.articles == 296 + 9)
        #expect(summary.skippedRecords == 5 && summary.skippedInputs == 1)
    }

    @Test func theBandIndexFindsExactlyTheOpenArticlesOfABand() {
        let seed = SplitMix64.testSeed()
        print("theBandIndexFindsExactlyTheOpenArticlesOfABand seed \(seed)")
        var random = SplitMix64(seed: seed)
        var index = BandIndex()
        var model: [UInt64: [Int]] = [:]
        var open: [(key: UInt64, sequence: Int)] = []
        // Few distinct keys, so buckets hold several articles and probe runs collide and shift.
        let keys = (0 ..< 300).map { _ in random.next() & 0xFFFF_FFFF_0000_0FFF }
        for sequence in 0 ..< 20_000 {
            if !open.isEmpty && (open.count > 2_000 || random.next() % 3 == 0) {
                let victim = open.remove(at: Int(random.next() % UInt64(open.count)))
                index.remove(victim.key, victim.sequence)
                model[victim.key]?.removeAll { $0 == victim.sequence }
                if model[victim.key]?.isEmpty == true { model[victim.key] = nil }
            }
            let key = keys[Int(random.next() % UInt64(keys.count))]
            var candidates: [Int] = []
            index.join(key, sequence, candidates: &candidates)
            #expect(candidates.sorted() == (model[key] ?? []).sorted(), "seed \(seed), sequence \(sequence)")
            model[key, default: []].append(sequence)
            open.append((key, sequence))
            #expect(index.bucketCount == model.count, "seed \(seed)")
        }
    }

    @Test func joiningAndLeavingAllBandsAtOnceIsJoiningAndLeavingThemOneByOne() {
        let seed = SplitMix64.testSeed()
        print("joiningAndLeavingAllBandsAtOnceIsJoiningAndLeavingThemOneByOne seed \(seed)")
        var random = SplitMix64(seed: seed)
        var together = BandIndex()
        var oneByOne = BandIndex()
        var open: [(keys: [UInt64], sequence: Int)] = []
        let pool = (0 ..< 500).map { _ in random.next() }
        for sequence in 0 ..< 3_000 {
            if !open.isEmpty && (open.count > 300 || random.next() % 3 == 0) {
                let victim = open.remove(at: Int(random.next() % UInt64(open.count)))
                together.remove(victim.keys, victim.sequence)
                for key in victim.keys { oneByOne.remove(key, victim.sequence) }
            }
            let keys = (0 ..< ShingleSketch.bandCount).map { _ in pool[Int(random.next() % UInt64(pool.count))] }
            var a: [Int] = []
            var b: [Int] = []
            together.join(keys, sequence, candidates: &a)
            for key in keys { oneByOne.join(key, sequence, candidates: &b) }
            #expect(a.sorted() == b.sorted(), "seed \(seed), sequence \(sequence)")
            #expect(together.bucketCount == oneByOne.bucketCount, "seed \(seed)")
            open.append((keys, sequence))
        }
    }

    @Test func termPostingsHoldExactlyTheOpenArticlesOfATermInOrder() {
        let seed = SplitMix64.testSeed()
        print("termPostingsHoldExactlyTheOpenArticlesOfATermInOrder seed \(seed)")
        var random = SplitMix64(seed: seed)
        var postings = TermPostings()
        var model: [UInt32: [Int]] = [:]
        var open: [(terms: [UInt32], sequence: Int)] = []
        // A small vocabulary, so lists grow past the visit limit, shrink and empty, and probe runs collide.
        let vocabulary = (0 ..< 400).map { _ in UInt32(truncatingIfNeeded: random.next()) & 0xFFF0_00FF }
        for sequence in 0 ..< 8_000 {
            if !open.isEmpty && (open.count > 600 || random.next() % 4 == 0) {
                // Mostly the oldest (as the grouper evicts), sometimes any.
                let position = random.next() % 5 == 0 ? Int(random.next() % UInt64(open.count)) : 0
                let victim = open.remove(at: position)
                for term in victim.terms {
                    postings.remove(term, victim.sequence)
                    model[term]?.removeAll { $0 == victim.sequence }
                    if model[term]?.isEmpty == true { model[term] = nil }
                }
            }
            let terms = Array(
                Set(
                    (0 ..< 1 + Int(random.next() % 40)).map { _ in
                        vocabulary[Int(random.next() % UInt64(vocabulary.count))]
                    }))
            postings.touch(terms)
            for term in terms {
                let limit = Int(random.next() % 80)
                var seen: [Int] = []
                postings.visit(term, atMost: limit) { seen.append($0) }
                let expected = model[term] ?? []
                #expect(seen == (expected.count <= limit ? expected : []), "seed \(seed), sequence \(sequence)")
                #expect(postings.count(of: term) == expected.count, "seed \(seed)")
            }
            for term in terms {
                postings.append(term, sequence)
                model[term, default: []].append(sequence)
            }
            open.append((terms, sequence))
            #expect(postings.termCount == model.count, "seed \(seed)")
        }
    }

    @Test func theJaccardDecisionIsTheSimilarityComparedWithTheThreshold() {
        let seed = SplitMix64.testSeed()
        print("theJaccardDecisionIsTheSimilarityComparedWithTheThreshold seed \(seed)")
        var random = SplitMix64(seed: seed)
        // Texts over a small vocabulary share some shingles; some are empty or shorter than a shingle.
        let sketches = (0 ..< 60).map { _ in
            ShingleSketch(wordHashes: (0 ..< Int(random.next() % 300)).map { _ in random.next() % 12 })
        }
        for a in sketches {
            for b in sketches {
                let similarity = a.jaccard(b)
                // Random thresholds and the similarity itself and its neighbours (the boundary cases).
                let thresholds = [
                    Double(random.next() % 1_000) / 1_000, similarity, similarity.nextUp, similarity.nextDown, 1,
                ]
                for threshold in thresholds {
                    #expect(
                        a.jaccard(b, atLeast: threshold) == (similarity >= threshold),
                        "seed \(seed), threshold \(threshold)")
                }
            }
        }
    }

    @Test func profilesKeepTheBestTermsOfAFullSort() {
        let seed = SplitMix64.testSeed()
        print("profilesKeepTheBestTermsOfAFullSort seed \(seed)")
        var random = SplitMix64(seed: seed)
        var profiler = SalientProfiler()
        var documents = 0
        var frequencies: [UInt32: Int] = [:]
        for _ in 0 ..< 300 {
            // Terms from a small vocabulary (so frequencies build up), some repeated, some names or figures.
            var keys: [UInt64] = []
            for _ in 0 ..< Int(random.next() % 120) {
                let hash = UInt32(truncatingIfNeeded: random.next() % 400) &* 0x9E37_79B1
                keys.append(UInt64(hash) << 1 | random.next() % 2)
            }
            let terms = SalientTerms(termKeys: keys)
            let profile = profiler.profile(of: terms)
            let top = Self.referenceProfile(of: terms, frequencies: frequencies, documents: documents)
            for hash in terms.hashes { frequencies[hash & UInt32(SalientIndex.tableSize - 1), default: 0] += 1 }
            documents += 1
            #expect(profile.terms == top.map(\.hash), "seed \(seed)")
            #expect(profile.weights == top.map { Float($0.idf) }, "seed \(seed)")
        }
    }

    /// The reference profile: every term scored with the idf of the frequencies before the article, sorted by
    /// (score descending, hash ascending), the first 40 with a positive weight kept, in hash order.
    static func referenceProfile(of terms: SalientTerms, frequencies: [UInt32: Int], documents: Int)
        -> [(score: Double, idf: Double, hash: UInt32)]
    {
        let mask = UInt32(SalientIndex.tableSize - 1)
        let total = log(Double(documents) + 1)
        var scored: [(score: Double, idf: Double, hash: UInt32)] = []
        for index in terms.hashes.indices {
            let hash = terms.hashes[index]
            let idf = total - log(Double(frequencies[hash & mask] ?? 0) + 1)
            let boost = terms.entities[index] ? SalientIndex.entityBoost : 1
            scored.append(((1 + log(Double(terms.counts[index]))) * idf * boost, idf * boost, hash))
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.hash < $1.hash }
        return scored.prefix(SalientIndex.profileSize).filter { $0.idf > 0 }.sorted { $0.hash < $1.hash }
    }

    @Test func profilesWithCommonTermsKeepTheBestTermsOfAFullSort() {
        let seed = SplitMix64.testSeed()
        print("profilesWithCommonTermsKeepTheBestTermsOfAFullSort seed \(seed)")
        var random = SplitMix64(seed: seed)
        var profiler = SalientProfiler()
        var frequencies: [UInt32: Int] = [:]
        let mask = UInt32(SalientIndex.tableSize - 1)
        // Enough articles for common terms' frequencies to pass the logarithm table (4,096), where the profiler
        // skips terms that cannot be selected: every article has most of the common terms, some often.
        for document in 0 ..< 5_000 {
            var keys: [UInt64] = []
            for common in 0 ..< 60 where random.next() % 16 != 0 {
                let hash = UInt32(common) &* 0x9E37_79B1
                for _ in 0 ..< 1 + Int(random.next() % 4) { keys.append(UInt64(hash) << 1 | random.next() % 2) }
            }
            for _ in 0 ..< 20 + Int(random.next() % 50) {
                let hash = UInt32(truncatingIfNeeded: 1_000 + random.next() % 20_000) &* 0x9E37_79B1
                keys.append(UInt64(hash) << 1 | random.next() % 2)
            }
            let terms = SalientTerms(termKeys: keys)
            let profile = profiler.profile(of: terms)
            // Only the later articles are compared (the reference is a full sort).
            let top =
                document >= 4_200 ? Self.referenceProfile(of: terms, frequencies: frequencies, documents: document) : []
            for hash in terms.hashes { frequencies[hash & mask, default: 0] += 1 }
            guard document >= 4_200 else { continue }
            #expect(profile.terms == top.map(\.hash), "seed \(seed), article \(document)")
            #expect(profile.weights == top.map { Float($0.idf) }, "seed \(seed), article \(document)")
        }
        // The common terms did pass the table.
        #expect((frequencies.values.max() ?? 0) > 4_096)
    }

    /// The URL key as first specified, on characters: the byte fast path must give exactly this.
    static func referenceURLKey(_ url: String) -> String? {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = url.firstIndex(where: { !isSpace($0) }), let last = url.lastIndex(where: { !isSpace($0) })
        else { return nil }
        var rest = url[first ... last]
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        while rest.hasSuffix("/") { rest = rest.dropLast() }
        let slash = rest.firstIndex(of: "/") ?? rest.endIndex
        var host = rest[..<slash].lowercased()
        if host.hasPrefix("www.") { host.removeFirst(4) }
        let key = host + rest[slash...]
        return key.isEmpty ? nil : key
    }

    @Test(arguments: [
        "https://www.Example.com/a/#x", " HTTP://WWW.EXAMPLE.COM/Path/To/ ", "example.com", "www.", "WwW.a.b/c//",
        "", "   ", "://", "a://b://c/d", "#frag", "x/#", "https://Ünïcode.example/Ä/", "http://a.b/\r\n", "\ta.b/c\n",
        "http://host.com/a#b/c/", "www.x#y",
    ])
    func urlKeysFollowTheRule(url: String) {
        #expect(CorpusEntry.normalizedURL(url) == Self.referenceURLKey(url))
    }

    @Test func randomURLKeysFollowTheRule() {
        let seed = SplitMix64.testSeed()
        print("randomURLKeysFollowTheRule seed \(seed)")
        var random = SplitMix64(seed: seed)
        let pieces = ["a", "B", "w", "W", ".", "/", ":", "#", " ", "\t", "\n", "\r", "www.", "://", "é", "Z"]
        for _ in 0 ..< 2000 {
            let url = (0 ..< Int(random.next() % 12)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
                .joined()
            #expect(CorpusEntry.normalizedURL(url) == Self.referenceURLKey(url), "url \(url.debugDescription)")
        }
    }
}
