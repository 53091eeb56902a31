/// Diffs two texts at the granularity of their units (words, sentences, characters or lines) and reports contract
/// edits with exact offsets: what `crosscheck diff` prints.
///
/// Pipeline: the sequence diff ``diff(_:_:options:)`` on unit ids; semantic cleanup (``DiffCleanup/semantic(_:a:b:weights:canEliminate:scorer:)``
/// with unit lengths as weights, so a short common word between two changes is absorbed, and edges slid to sentence
/// and word boundaries); move detection (``TextDiffOptions/detectMoves``); assembly of byte-level edits that cover
/// both texts, with whitespace assigned as described in ``EditAssembler``; for word diffs, character edits inside
/// replaced words that are similar (``TextDiffOptions/refineWords``); for moved passages that were edited, their
/// inner word edits.
///
/// Guarantees: the edits are in document order; their `old` byte ranges tile the old text and their `new` ranges
/// the new text; an `equal` edit's old and new bytes are identical. Whitespace-only differences are separate edits
/// marked cosmetic (when ``TextDiffOptions/whitespace`` is folded), never hidden inside an `equal` edit.
public enum TextDiff {
    /// Diffs two texts given their units.
    /// - Parameters:
    ///   - old: The old text.
    ///   - oldUnits: Its units (e.g. ``DiffUnits/init(tokens:ids:)``).
    ///   - new: The new text.
    ///   - newUnits: Its units, with ids from the same interner.
    ///   - options: Cleanup, moves, refinement and engine options.
    /// - Returns: The edits and statistics.
    /// - Throws: ``DiffError`` when the units do not fit their texts.
    /// - Complexity: the sequence diff's cost on the unit ids, plus O(n + m) bytes for assembly and statistics, plus
    ///   one small inner diff per move candidate and per replaced word.
    public static func diff(
        old: SourceText, oldUnits: DiffUnits, new: SourceText, newUnits: DiffUnits,
        options: TextDiffOptions = TextDiffOptions()
    ) throws(DiffError) -> TextDiffResult {
        try oldUnits.validate(against: old, side: .old)
        try newUnits.validate(against: new, side: .new)
        return TextDiffer(old: old, new: new, a: oldUnits, b: newUnits, options: options).run()
    }

    /// Word diff of two tokenized texts.
    /// - Parameters:
    ///   - old: The old text.
    ///   - oldTokens: Its tokens.
    ///   - oldIds: The interned id of each old token.
    ///   - new: The new text.
    ///   - newTokens: Its tokens.
    ///   - newIds: The interned id of each new token (same interner).
    ///   - options: Diff options.
    /// - Returns: The edits and statistics.
    /// - Throws: ``DiffError`` when tokens and ids do not fit.
    /// - Complexity: as ``diff(old:oldUnits:new:newUnits:options:)``.
    public static func words(
        old: SourceText, oldTokens: [Token], oldIds: [Int32], new: SourceText, newTokens: [Token], newIds: [Int32],
        options: TextDiffOptions = TextDiffOptions()
    ) throws(DiffError) -> TextDiffResult {
        try diff(
            old: old, oldUnits: DiffUnits(tokens: oldTokens, ids: oldIds), new: new,
            newUnits: DiffUnits(tokens: newTokens, ids: newIds), options: options)
    }

    /// Character (Unicode scalar) diff of two texts.
    /// - Parameters:
    ///   - old: The old text.
    ///   - new: The new text.
    ///   - options: Diff options.
    /// - Returns: The edits and statistics.
    /// - Complexity: as ``diff(old:oldUnits:new:newUnits:options:)`` with one unit per scalar.
    public static func characters(old: SourceText, new: SourceText, options: TextDiffOptions = TextDiffOptions())
        -> TextDiffResult
    {
        TextDiffer(old: old, new: new, a: .characters(of: old), b: .characters(of: new), options: options).run()
    }

    /// Line diff of two texts (lines with their terminators; with folded whitespace, lines differing only in
    /// whitespace are equal units and their difference is cosmetic).
    /// - Parameters:
    ///   - old: The old text.
    ///   - new: The new text.
    ///   - options: Diff options.
    /// - Returns: The edits and statistics.
    /// - Complexity: as ``diff(old:oldUnits:new:newUnits:options:)`` with one unit per line.
    public static func lines(old: SourceText, new: SourceText, options: TextDiffOptions = TextDiffOptions())
        -> TextDiffResult
    {
        let units = DiffUnits.lines(old: old, new: new, normalizingWhitespace: options.whitespace == .folded)
        return TextDiffer(old: old, new: new, a: units.old, b: units.new, options: options).run()
    }

    /// Sentence diff of two texts given their sentence byte ranges.
    /// - Parameters:
    ///   - old: The old text.
    ///   - oldSentences: Byte ranges of its sentences, in order.
    ///   - new: The new text.
    ///   - newSentences: Byte ranges of its sentences.
    ///   - options: Diff options.
    /// - Returns: The edits and statistics.
    /// - Throws: ``DiffError`` when a range does not fit its text.
    /// - Complexity: as ``diff(old:oldUnits:new:newUnits:options:)`` with one unit per sentence.
    public static func sentences(
        old: SourceText, oldSentences: [Range<Int>], new: SourceText, newSentences: [Range<Int>],
        options: TextDiffOptions = TextDiffOptions()
    ) throws(DiffError) -> TextDiffResult {
        let units = DiffUnits.sentences(
            old: old, oldRanges: oldSentences, new: new, newRanges: newSentences,
            normalizingWhitespace: options.whitespace == .folded)
        return try diff(old: old, oldUnits: units.old, new: new, newUnits: units.new, options: options)
    }
}

/// One run of ``TextDiff``.
struct TextDiffer {
    let old: SourceText
    let new: SourceText
    let a: DiffUnits
    let b: DiffUnits
    let options: TextDiffOptions
    /// The unit-level script when the caller computed it (``ParagraphPass`` aligns unchanged runs itself); `nil`
    /// runs the sequence diff on all units.
    var script: DiffResult? = nil

    /// Equalities of at most this many words between two word edits may be absorbed as chaff.
    private static let chaffMaxWords = 2
    /// A replaced word is refined into character edits when each side is one word with at most this many units
    /// (punctuation attached to it)…
    private static let refineMaxUnits = 3
    /// … and at most this many bytes…
    private static let refineMaxBytes = 64
    /// … and the two spellings share this fraction of their characters ("colour"/"color", "would"/"could"; not
    /// "said"/"warned" or "Tuesday"/"Wednesday").
    private static let refineMinSimilarity = 0.7

    func run() -> TextDiffResult {
        let engine = script ?? Crosscheck.diff(a.ids, b.ids, options: options.engine)
        let ops = options.semanticCleanup ? cleanup(engine.ops, a.ids, b.ids, a.ranges, b.ranges) : engine.ops
        var moves = [Int?](repeating: nil, count: ops.count)
        var pairs: [MoveDetector.Pair] = []
        var finalOps = ops
        let oldWords = WordCounter(text: old, units: a)
        let newWords = WordCounter(text: new, units: b)
        if options.detectMoves && a.granularity != .char {
            let detector = MoveDetector(
                aIds: a.ids, bIds: b.ids, oldWords: oldWords, newWords: newWords,
                minimumWords: options.minimumMoveWords, minimumSimilarity: options.minimumMoveSimilarity)
            (finalOps, moves, pairs) = detector.detect(ops)
        }
        var edits = assembler(
            unitsA: 0 ..< a.ranges.count, unitsB: 0 ..< b.ranges.count, bytesA: 0 ..< old.byteCount,
            bytesB: 0 ..< new.byteCount
        ).assemble(finalOps, moves: moves)
        if !pairs.isEmpty { attachMoveDetails(&edits, pairs) }
        return TextDiffResult(
            old: old, new: new, granularity: a.granularity, textEdits: edits,
            stats: statistics(edits, engine, oldWords, newWords))
    }

    /// Semantic cleanup with unit weights (bytes of the unit and the gap before it) and boundary scores.
    /// - Parameter unitOffset: Where `aIds` starts among the old units (the word counts are the whole text's).
    private func cleanup(
        _ ops: [DiffOp], _ aIds: [Int32], _ bIds: [Int32], _ aRanges: [Range<Int>], _ bRanges: [Range<Int>],
        unitOffset: Int = 0
    ) -> [DiffOp] {
        if a.granularity == .char {
            return DiffCleanup.semantic(ops, a: aIds, b: bIds, scorer: ScalarBoundaryScorer(a: aIds, b: bIds))
        }
        let scorer = UnitBoundaryScorer(old: old, oldUnits: aRanges, new: new, newUnits: bRanges)
        // Only short equalities are chaff: up to two words between word edits ("the", "of the"), and nothing with a
        // word in it between sentence or line edits (a blank line, a lone punctuation mark).
        let counter = WordCounter(text: old, units: a)
        let maxWords = a.granularity == .word ? Self.chaffMaxWords : 0
        return DiffCleanup.semantic(
            ops, a: aIds, b: bIds, weights: DiffWeights(spansOf: aRanges, bRanges),
            canEliminate: {
                counter.words(units: $0.lowerBound + unitOffset ..< $0.upperBound + unitOffset) <= maxWords
            },
            scorer: scorer)
    }

    private func assembler(unitsA: Range<Int>, unitsB: Range<Int>, bytesA: Range<Int>, bytesB: Range<Int>)
        -> EditAssembler
    {
        EditAssembler(
            old: old.utf8, new: new.utf8, aUnits: a.ranges, bUnits: b.ranges, unitsA: unitsA, unitsB: unitsB,
            bytesA: bytesA, bytesB: bytesB, foldWhitespace: options.whitespace == .folded,
            refine: { ua, ub, ra, rb in refineWord(ua, ub, ra, rb) })
    }

    /// Character edits inside the replacement of one word by a similar one ("colour" → "color"), or none.
    private func refineWord(_ ua: Range<Int>, _ ub: Range<Int>, _ ra: Range<Int>, _ rb: Range<Int>) -> [TextEdit] {
        guard options.refineWords, a.granularity == .word, ua.count <= Self.refineMaxUnits,
            ub.count <= Self.refineMaxUnits, ra.count <= Self.refineMaxBytes, rb.count <= Self.refineMaxBytes,
            WordCounter(text: old, units: a).words(units: ua) == 1,
            WordCounter(text: new, units: b).words(units: ub) == 1
        else { return [] }
        // The equal edits of the character diff keep a common subsequence of the two spellings, so they share at most
        // as many characters as their letter counts have in common: when even that is too few, skip the diff.
        if let shared = Self.sharedASCIICharacters(old.utf8, ra, new.utf8, rb),
            Double(2 * shared) / Double(ra.count + rb.count) < Self.refineMinSimilarity
        {
            return []
        }
        let edits = Self.characterEdits(old.utf8, ra, new.utf8, rb, whitespace: options.whitespace)
        var common = 0
        var total = 0
        for edit in edits {
            let oldCount = old.scalarCount(in: edit.old)
            let newCount = new.scalarCount(in: edit.new)
            total += oldCount + newCount
            if edit.op == .equal { common += oldCount + newCount }
        }
        guard total > 0, Double(common) / Double(total) >= Self.refineMinSimilarity else { return [] }
        return edits
    }

    /// How many characters two ASCII byte ranges have in common counted as multisets (the sum over byte values of
    /// the smaller count), an upper bound on the length of any common subsequence; `nil` when either range has a
    /// non-ASCII byte.
    /// - Complexity: O(ra.count + rb.count), no allocation.
    static func sharedASCIICharacters(_ old: [UInt8], _ ra: Range<Int>, _ new: [UInt8], _ rb: Range<Int>) -> Int? {
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 128) { counts -> Int? in
            counts.initialize(repeating: 0)
            for i in ra {
                let byte = old[i]
                guard byte < 0x80 else { return nil }
                counts[Int(byte)] += 1
            }
            var shared = 0
            for i in rb {
                let byte = new[i]
                guard byte < 0x80 else { return nil }
                if counts[Int(byte)] > 0 {
                    counts[Int(byte)] -= 1
                    shared += 1
                }
            }
            return shared
        }
    }

    /// A cleaned character diff of two byte ranges, as edits covering them.
    static func characterEdits(
        _ old: [UInt8], _ ra: Range<Int>, _ new: [UInt8], _ rb: Range<Int>, whitespace: TextDiffOptions.Whitespace
    ) -> [TextEdit] {
        func scalars(_ bytes: [UInt8], _ range: Range<Int>) -> ([Range<Int>], [Int32]) {
            var ranges: [Range<Int>] = []
            var ids: [Int32] = []
            var i = range.lowerBound
            while i < range.upperBound {
                let (value, length) = TextScan.decode(bytes, at: i)
                ranges.append(i ..< i + length)
                ids.append(value)
                i += length
            }
            return (ranges, ids)
        }
        let (aRanges, aIds) = scalars(old, ra)
        let (bRanges, bIds) = scalars(new, rb)
        let script = Crosscheck.diff(aIds, bIds, options: DiffOptions(anchoring: .none, maxCost: 1 << 16))
        let ops = DiffCleanup.semantic(script.ops, a: aIds, b: bIds, scorer: ScalarBoundaryScorer(a: aIds, b: bIds))
        let assembler = EditAssembler(
            old: old, new: new, aUnits: aRanges, bUnits: bRanges, unitsA: 0 ..< aRanges.count,
            unitsB: 0 ..< bRanges.count, bytesA: ra, bytesB: rb, foldWhitespace: whitespace == .folded,
            refine: { _, _, _, _ in [] })
        return assembler.assemble(ops, moves: [Int?](repeating: nil, count: ops.count))
    }

    /// Puts the inner word edits of each moved-and-edited passage on its insertion.
    private func attachMoveDetails(_ edits: inout [TextEdit], _ pairs: [MoveDetector.Pair]) {
        var deleted: [Int: Range<Int>] = [:]
        var inserted: [Int: Int] = [:]
        for (index, edit) in edits.enumerated() {
            guard let id = edit.move else { continue }
            if edit.op == .delete { deleted[id] = edit.old }
            if edit.op == .insert { inserted[id] = index }
        }
        for pair in pairs {
            guard let oldBytes = deleted[pair.id], let index = inserted[pair.id] else { continue }
            let subA = Array(a.ids[pair.a])
            let subB = Array(b.ids[pair.b])
            let script = Crosscheck.diff(subA, subB, options: options.engine)
            var ops =
                options.semanticCleanup
                ? cleanup(
                    script.ops, subA, subB, Array(a.ranges[pair.a]), Array(b.ranges[pair.b]),
                    unitOffset: pair.a.lowerBound) : script.ops
            for k in ops.indices {
                ops[k].a = ops[k].a.lowerBound + pair.a.lowerBound ..< ops[k].a.upperBound + pair.a.lowerBound
                ops[k].b = ops[k].b.lowerBound + pair.b.lowerBound ..< ops[k].b.upperBound + pair.b.lowerBound
            }
            let inner = assembler(unitsA: pair.a, unitsB: pair.b, bytesA: oldBytes, bytesB: edits[index].new)
                .assemble(ops, moves: [Int?](repeating: nil, count: ops.count))
            if inner.contains(where: { $0.op != .equal && !$0.isCosmetic }) { edits[index].inner = inner }
        }
    }

    private func statistics(
        _ edits: [TextEdit], _ engine: DiffResult, _ oldWords: WordCounter, _ newWords: WordCounter
    ) -> DiffStats {
        var stats = DiffStats(isMinimal: engine.isMinimal, hitWorkBound: engine.hitWorkBound)
        stats.oldWords = oldWords.total()
        stats.newWords = newWords.total()
        for edit in edits where edit.op != .equal {
            if edit.isCosmetic {
                stats.cosmeticEdits += 1
                continue
            }
            let removed = oldWords.words(bytes: edit.old)
            let added = newWords.words(bytes: edit.new)
            switch edit.op {
            case .equal: break
            case .insert:
                if edit.move == nil {
                    stats.insertions += 1
                    stats.wordsAdded += added
                }
            case .delete:
                if edit.move == nil {
                    stats.deletions += 1
                    stats.wordsRemoved += removed
                } else {
                    stats.moves += 1
                    stats.wordsMoved += removed
                }
            case .replace:
                stats.replacements += 1
                stats.wordsAdded += added
                stats.wordsRemoved += removed
                stats.wordsChanged += removed
            }
        }
        return stats
    }
}
