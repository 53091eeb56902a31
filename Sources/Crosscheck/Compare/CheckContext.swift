/// The analyses of all documents shared by every pair check: alignment, quotes, claims, sentence spans.
struct CheckContext: Sendable {
    /// The documents.
    let documents: [Document]
    /// Their alignment.
    let alignment: Alignment
    /// Quotes per document.
    let quotes: [[Quote]]
    /// Claims per document.
    let claims: [[Claim]]
    /// The scalar offsets of every sentence per document (what claims are located by; a sentence's text is made
    /// only when a discrepancy cites it, by ``sentenceSpan(_:_:)``).
    let sentenceScalars: [[Range<Int>]]
    /// Whether each sentence of each document is body text (not headline or furniture).
    let isBody: [[Bool]]
    /// `groupSentences[g][d]`: the sentences of document `d` in group `g` of the alignment
    /// (``AlignmentGroup/sentences(in:)``), made once for every pair check instead of once per pair and pass.
    let groupSentences: [[[Int]]]

    /// Prepares the shared analyses.
    /// - Parameters:
    ///   - documents: The documents.
    ///   - alignment: Their alignment.
    ///   - quotes: Quotes per document.
    ///   - claims: Claims per document.
    init(documents: [Document], alignment: Alignment, quotes: [[Quote]], claims: [[Claim]]) {
        self.documents = documents
        self.alignment = alignment
        self.quotes = quotes
        self.claims = claims
        sentenceScalars = documents.map { doc in doc.sentences.map { doc.text.scalarRange($0.bytes) } }
        var groupSentences: [[[Int]]] = []
        groupSentences.reserveCapacity(alignment.groups.count)
        for group in alignment.groups {
            var byDoc = [[Int]](repeating: [], count: documents.count)
            for member in group.members where byDoc.indices.contains(member.doc) {
                byDoc[member.doc].append(member.sentence)
            }
            groupSentences.append(byDoc)
        }
        self.groupSentences = groupSentences
        isBody = documents.map { doc in
            doc.sentences.map { sentence in
                doc.paragraphs.indices.contains(sentence.paragraph)
                    ? doc.paragraphs[sentence.paragraph].role == .body : true
            }
        }
    }

    /// Share of the body sentences of two documents that are in a group with a sentence of the other.
    /// - Parameters:
    ///   - a: One document index.
    ///   - b: Another.
    /// - Returns: 0...1 (1 when neither has body sentences).
    func coverage(_ a: Int, _ b: Int) -> Double {
        var aligned = 0
        var total = 0
        for sentences in groupSentences {
            let inA = sentences[a].count { isBody[a][$0] }
            let inB = sentences[b].count { isBody[b][$0] }
            total += inA + inB
            if inA > 0 && inB > 0 { aligned += inA + inB }
        }
        return total == 0 ? 1 : Double(aligned) / Double(total)
    }

    /// The span of one sentence.
    /// - Parameters:
    ///   - doc: The document index.
    ///   - sentence: The sentence index.
    /// - Returns: Its scalar offsets and exact text.
    func sentenceSpan(_ doc: Int, _ sentence: Int) -> Span {
        documents[doc].span(of: documents[doc].sentences[sentence])
    }

    /// Evidence for a span of a document.
    /// - Parameters:
    ///   - doc: The document index.
    ///   - span: The span.
    /// - Returns: The evidence.
    func evidence(_ doc: Int, _ span: Span) -> Evidence {
        Evidence(doc: documents[doc].article.id, docIndex: doc, span: span)
    }

    /// A short name for a document in summaries: its id.
    /// - Parameter doc: The document index.
    /// - Returns: The name.
    func name(_ doc: Int) -> String { documents[doc].article.id }

    /// The byte range covering several sentences of a document.
    /// - Parameters:
    ///   - doc: The document index.
    ///   - sentences: Sentence indices (non-empty, ascending).
    /// - Returns: From the first sentence's start to the last's end (the bytes of ``span(_:sentences:)``).
    func byteRange(_ doc: Int, sentences: [Int]) -> Range<Int> {
        let document = documents[doc]
        let first = document.sentences[sentences.first ?? 0]
        let last = document.sentences[sentences.last ?? 0]
        return first.start ..< max(first.start, last.end)
    }

    /// Whether two runs of sentences have exactly the same text (byte for byte).
    /// - Parameters:
    ///   - a: One document index.
    ///   - x: Sentence indices in `a` (non-empty, ascending).
    ///   - b: Another document index.
    ///   - y: Sentence indices in `b` (non-empty, ascending).
    /// - Returns: Whether the texts of ``span(_:sentences:)`` are equal.
    /// - Complexity: O(length of the runs).
    func sameText(_ a: Int, _ x: [Int], _ b: Int, _ y: [Int]) -> Bool {
        let (p, q) = (byteRange(a, sentences: x), byteRange(b, sentences: y))
        guard p.count == q.count else { return false }
        return documents[a].text.utf8.withUnsafeBufferPointer { u in
            documents[b].text.utf8.withUnsafeBufferPointer { v in
                guard let ub = u.baseAddress, let vb = v.baseAddress else { return p.isEmpty }
                return UnsafeRawBufferPointer(start: ub + p.lowerBound, count: p.count).elementsEqual(
                    UnsafeRawBufferPointer(start: vb + q.lowerBound, count: q.count))
            }
        }
    }

    /// The span covering several sentences of a document.
    /// - Parameters:
    ///   - doc: The document index.
    ///   - sentences: Sentence indices (non-empty, ascending).
    /// - Returns: The span from the first sentence's start to the last's end.
    func span(_ doc: Int, sentences: [Int]) -> Span {
        let document = documents[doc]
        let first = document.sentences[sentences.first ?? 0]
        let last = document.sentences[sentences.last ?? 0]
        return document.text.span(first.start ..< max(first.start, last.end))
    }
}
