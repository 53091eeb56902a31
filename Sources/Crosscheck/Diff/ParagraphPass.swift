#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The coarse-to-fine word diff of long texts, git's trick: compare paragraphs first, as whole byte strings, and
/// tokenize, intern and word-diff only the paragraphs that changed.
///
/// 1. Both texts are cut into paragraph blocks (``blocks(of:)``): byte ranges between blank lines, trimmed of ASCII
///    whitespace. A blank line resets the tokenizer's open-quote state, so tokenizing a block on its own gives exactly
///    the tokens a whole-text scan finds there.
/// 2. Blocks are interned by their exact bytes and diffed with the sequence engine (``diff(_:_:options:)``).
/// 3. Every run of unchanged blocks keeps ``contextBlocks`` blocks at each end that border a change; the rest of the
///    run becomes **one** unit with the same id in both texts (and its word count on the old side,
///    ``Tokenizer/wordCount(in:block:)``, so statistics, chaff rules and move thresholds see the words inside it).
/// 4. The other blocks are tokenized and interned as in the full word diff. The runs stay aligned where the block
///    diff put them; each stretch of units between two runs is diffed on its own (``alignedScript(_:_:_:_:_:)``).
/// 5. ``TextDiffer`` finishes on the shortened unit sequences: cleanup, moves (deleted and inserted passages only
///    come from changed blocks), assembly, refinement and statistics are the same code. An unchanged run assembles
///    into an `equal` edit exactly as its tokens would.
///
/// The result satisfies every guarantee of ``TextDiff`` (edits tile both texts, equal edits have equal text). It is not
/// guaranteed minimal (``DiffStats/isMinimal`` is `false`): the block alignment decides which unchanged paragraphs
/// match, as anchoring does. It is used only above ``TextDiffOptions/paragraphPassMinimumBytes`` and with anchoring
/// enabled, so small diffs (and ``DiffOptions/minimal``) stay exact.
enum ParagraphPass {
    /// Unchanged blocks kept as words next to each change, so cleanup and edge sliding see the text around it.
    static let contextBlocks = 0
    /// Texts with fewer blocks than this (on either side) are diffed word by word directly.
    static let minimumBlocks = 8
    /// The block diff's work bound, per block (plus a constant).
    static let blockWorkFactor = 64

    /// The paragraph blocks of a text: maximal byte ranges without a blank line, trimmed of ASCII whitespace. A blank
    /// line is two line breaks (LF, CR LF or a lone CR) with only ASCII whitespace between them, the tokenizer's rule.
    /// - Parameter bytes: The text's UTF-8 bytes.
    /// - Returns: Sorted, non-empty, non-overlapping ranges; whitespace-only text has none.
    /// - Complexity: O(n).
    static func blocks(of bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var blocks: [Range<Int>] = []
        let n = bytes.count
        @inline(__always) func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        /// Skips ASCII whitespace from `i`, counting line breaks (CR LF once).
        func skipSpace(_ i: inout Int) -> Int {
            var newlines = 0
            while i < n && isSpace(bytes[i]) {
                let byte = bytes[i]
                if byte == 0x0A || (byte == 0x0D && (i + 1 >= n || bytes[i + 1] != 0x0A)) { newlines += 1 }
                i += 1
            }
            return newlines
        }
        var i = 0
        _ = skipSpace(&i)
        guard i < n, let base = bytes.baseAddress else { return [] }
        let raw = UnsafeRawPointer(base)
        var start = i
        while true {
            // `i` is on a non-space byte: find the line's end (LF or CR), eight bytes at a time past words with no
            // byte below 0x0E, byte by byte through a word with one (a tab or other control character may be all).
            var end = i
            while true {
                while end + 8 <= n && !hasByte(below: 0x0E, raw.loadUnaligned(fromByteOffset: end, as: UInt64.self)) {
                    end += 8
                }
                let stop = min(end + 8, n)
                while end < stop && bytes[end] != 0x0A && bytes[end] != 0x0D { end += 1 }
                if end < stop || end >= n { break }
            }
            // The line's content ends at its last non-space byte (`i` is one).
            var lastEnd = end
            while isSpace(bytes[lastEnd - 1]) { lastEnd -= 1 }
            i = end
            let newlines = skipSpace(&i)
            if i >= n {
                blocks.append(start ..< lastEnd)
                return blocks
            }
            if newlines >= 2 {
                blocks.append(start ..< lastEnd)
                start = i
            }
        }
    }

    /// Whether any byte of `word` is below `limit` (at most 0x80).
    @inline(__always) private static func hasByte(below limit: UInt8, _ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        return (word &- ones &* UInt64(limit)) & ~word & 0x8080_8080_8080_8080 != 0
    }

    /// The word diff of two long texts through their paragraphs, or `nil` when the texts have too few paragraphs for
    /// it to help (the caller then diffs word by word).
    /// - Parameters:
    ///   - old: The old text.
    ///   - new: The new text.
    ///   - options: Diff options.
    /// - Returns: The same kind of result as ``TextDiff/words(old:oldTokens:oldIds:new:newTokens:newIds:options:)``.
    /// - Complexity: O(n + m) to cut and hash the blocks, the sequence diff on blocks, then the word diff's cost on the
    ///   changed blocks only (plus one word-counting pass over the unchanged old blocks).
    static func diff(old: SourceText, new: SourceText, options: TextDiffOptions) -> TextDiffResult? {
        let blocksA = old.utf8.withUnsafeBufferPointer { blocks(of: $0) }
        let blocksB = new.utf8.withUnsafeBufferPointer { blocks(of: $0) }
        guard blocksA.count >= minimumBlocks, blocksB.count >= minimumBlocks else { return nil }
        let (idsA, idsB) = blockIds(blocksA, of: old, blocksB, of: new)
        // The block diff only picks the unchanged runs; whatever it leaves out is diffed word by word below, so a
        // small work bound costs nothing in quality and keeps unrelated texts from paying for it twice.
        var blockOptions = options.engine
        blockOptions.maxCost = blockWorkFactor * (idsA.count + idsB.count) + (1 << 16)
        let script = Crosscheck.diff(idsA, idsB, options: blockOptions)
        let runs = unchangedRuns(script.ops)
        guard !runs.isEmpty else { return nil }

        let tokenizer = Tokenizer()
        // The words of the unchanged runs (for statistics, chaff rules and move thresholds) are counted on the old
        // text, on a second thread when there are many, while the changed blocks are tokenized and interned here.
        var unchangedBytes = 0
        for run in runs {
            unchangedBytes += blocksA[run.a.upperBound - 1].upperBound - blocksA[run.a.lowerBound].lowerBound
        }
        let counting: BackgroundJob<[Int]>? =
            unchangedBytes >= parallelCountingMinimumBytes
            ? BackgroundJob { runWordCounts(runs, blocks: blocksA, of: old, tokenizer: tokenizer) } : nil
        // Only the changed blocks are interned: room for their distinct words (about one per 16 bytes; the table
        // grows if there are more). Sized by the whole texts, the table was mostly never touched but still zeroed,
        // a fifth of a 100 KB diff's page faults.
        let changedBytes = max(0, old.byteCount - unchangedBytes) + max(0, new.byteCount - unchangedBytes)
        var interner = TokenInterner(capacity: min(changedBytes / 16, 1 << 16) + 64)
        // Room for the units (about one token per five changed bytes) so the unit arrays are not copied as they grow.
        var sideA = SideBuilder(
            text: old, blocks: blocksA, expectedUnits: max(0, old.byteCount - unchangedBytes) / 4 + runs.count + 16)
        var sideB = SideBuilder(
            text: new, blocks: blocksB, expectedUnits: max(0, new.byteCount - unchangedBytes) / 4 + runs.count + 16)
        for run in runs {
            sideA.addChanged(upTo: run.a.lowerBound, tokenizer: tokenizer, interner: &interner)
            sideB.addChanged(upTo: run.b.lowerBound, tokenizer: tokenizer, interner: &interner)
            sideA.addUnchanged(run.a)
            sideB.addUnchanged(run.b)
        }
        sideA.addChanged(upTo: blocksA.count, tokenizer: tokenizer, interner: &interner)
        sideB.addChanged(upTo: blocksB.count, tokenizer: tokenizer, interner: &interner)
        let runWords = counting?.value() ?? runWordCounts(runs, blocks: blocksA, of: old, tokenizer: tokenizer)
        // Unchanged runs take the ids after the tokens', the k-th run of each side the same one.
        let firstRunId = Int32(truncatingIfNeeded: interner.count)
        let a = sideA.units(firstRunId: firstRunId, runWords: runWords)
        let b = sideB.units(firstRunId: firstRunId, runWords: runWords)
        let units = alignedScript(a, sideA.runUnits, b, sideB.runUnits, options.engine)
        var result = TextDiffer(old: old, new: new, a: a, b: b, options: options, script: units).run()
        result.stats.isMinimal = false
        return result
    }

    /// The unit script with every unchanged run kept equal where the block diff put it, and each stretch between two
    /// runs diffed on its own. (Diffing all units at once would let the engine trade a whole run, which counts as one
    /// unit, for a few common words elsewhere.) The stretches share one work bound.
    /// - Complexity: the sequence diff's cost on each stretch.
    static func alignedScript(
        _ a: DiffUnits, _ runsA: [Int], _ b: DiffUnits, _ runsB: [Int], _ options: DiffOptions
    ) -> DiffResult {
        var builder = DiffScriptBuilder()
        var budget = options.maxCost ?? DiffOptions.automaticMaxCost(elementCount: a.ids.count + b.ids.count)
        var hitBound = false
        // The ids are dense (tokens, then runs), so one set of anchoring tables serves every stretch; the tables
        // are left zeroed after each use.
        var vocabulary: Int32 = 0
        for id in a.ids { vocabulary = max(vocabulary, id + 1) }
        for id in b.ids { vocabulary = max(vocabulary, id + 1) }
        let scratch = DiffScratch(vocabulary: Int(vocabulary))
        func stretch(_ ra: Range<Int>, _ rb: Range<Int>) {
            guard !ra.isEmpty || !rb.isEmpty else { return }
            var local = options
            local.maxCost = max(0, budget)
            let sub = a.ids.withUnsafeBufferPointer { pa in
                b.ids.withUnsafeBufferPointer { pb in
                    var engine = SequenceDiffer(options: local, totalCount: ra.count + rb.count, scratch: scratch)
                    return engine.run(UnsafeBufferPointer(rebasing: pa[ra]), UnsafeBufferPointer(rebasing: pb[rb]))
                }
            }
            budget -= sub.cost
            hitBound = hitBound || sub.hitWorkBound
            for op in sub.ops {
                switch op.kind {
                case .equal: builder.equal(op.a.count)
                case .delete: builder.delete(op.a.count)
                case .insert: builder.insert(op.b.count)
                }
            }
        }
        var previousA = 0
        var previousB = 0
        for (ua, ub) in zip(runsA, runsB) {
            stretch(previousA ..< ua, previousB ..< ub)
            builder.equal(1)
            previousA = ua + 1
            previousB = ub + 1
        }
        stretch(previousA ..< a.ids.count, previousB ..< b.ids.count)
        return DiffResult(ops: builder.finish(), isMinimal: false, hitWorkBound: hitBound, cost: 0)
    }

    /// Block ids by exact bytes, from one table for both texts. Blocks are hashed and compared where they are,
    /// never copied.
    /// - Complexity: O(n + m) expected.
    static func blockIds(_ blocksA: [Range<Int>], of old: SourceText, _ blocksB: [Range<Int>], of new: SourceText)
        -> ([Int32], [Int32])
    {
        var size = 16
        while size < (blocksA.count + blocksB.count) * 2 { size <<= 1 }
        let mask = size - 1
        var slots = [Int32](repeating: -1, count: size)
        var hashes: [UInt64] = []
        // Where each distinct block first occurs: in the new text or the old one, and its bytes.
        var firstInNew: [Bool] = []
        var firstRange: [Range<Int>] = []
        return old.utf8.withUnsafeBufferPointer { pa in
            new.utf8.withUnsafeBufferPointer { pb in
                func id(_ range: Range<Int>, inNew: Bool) -> Int32 {
                    let bytes = UnsafeBufferPointer(rebasing: (inNew ? pb : pa)[range])
                    let hash = TokenInterner.hash(bytes)
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    while slots[slot] >= 0 {
                        let known = Int(slots[slot])
                        if hashes[known] == hash
                            && sameBytes(
                                UnsafeBufferPointer(rebasing: (firstInNew[known] ? pb : pa)[firstRange[known]]), bytes)
                        {
                            return Int32(truncatingIfNeeded: known)
                        }
                        slot = (slot + 1) & mask
                    }
                    let next = Int32(truncatingIfNeeded: hashes.count)
                    slots[slot] = next
                    hashes.append(hash)
                    firstInNew.append(inNew)
                    firstRange.append(range)
                    return next
                }
                let a = blocksA.map { id($0, inNew: false) }
                let b = blocksB.map { id($0, inNew: true) }
                return (a, b)
            }
        }
    }

    /// Whether two byte strings are equal (`memcmp`, which reads them as wide as the CPU allows).
    static func sameBytes(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        guard x.count == y.count else { return false }
        guard let px = x.baseAddress, let py = y.baseAddress, x.count > 0 else { return true }
        return memcmp(px, py, x.count) == 0
    }

    /// The runs of unchanged blocks that become single units: each equal run of the block script without its
    /// ``contextBlocks`` blocks next to a change, when anything is left.
    static func unchangedRuns(_ ops: [DiffOp]) -> [(a: Range<Int>, b: Range<Int>)] {
        var runs: [(a: Range<Int>, b: Range<Int>)] = []
        for (k, op) in ops.enumerated() where op.kind == .equal {
            let lead = k == 0 ? 0 : contextBlocks
            let trail = k == ops.count - 1 ? 0 : contextBlocks
            guard op.a.count > lead + trail else { continue }
            runs.append(
                (
                    op.a.lowerBound + lead ..< op.a.upperBound - trail,
                    op.b.lowerBound + lead ..< op.b.upperBound - trail
                ))
        }
        return runs
    }

    /// Collects one text's units: tokens of changed blocks, one unit per unchanged run.
    private struct SideBuilder {
        let text: SourceText
        let blocks: [Range<Int>]
        var ranges: [Range<Int>] = []
        /// Token ids, and -1 for each unchanged run.
        var ids: [Int32] = []
        var wordPrefix: [Int] = [0]
        /// The next block not yet added.
        var next = 0
        /// The unit index of each unchanged run.
        var runUnits: [Int] = []

        init(text: SourceText, blocks: [Range<Int>], expectedUnits: Int) {
            self.text = text
            self.blocks = blocks
            ranges.reserveCapacity(expectedUnits)
            ids.reserveCapacity(expectedUnits)
            wordPrefix.reserveCapacity(expectedUnits + 1)
        }

        /// Tokenizes and interns the blocks from ``next`` up to `limit`.
        mutating func addChanged(upTo limit: Int, tokenizer: Tokenizer, interner: inout TokenInterner) {
            guard next < limit else { return }
            let bytes = blocks[next].lowerBound ..< blocks[limit - 1].upperBound
            next = limit
            tokenizer.withTokens(in: text, block: bytes) { tokens in
                // The unit arrays grow once for the whole stretch and are then filled in place.
                let first = ids.count
                ids.append(contentsOf: repeatElement(0, count: tokens.count))
                ranges.append(contentsOf: repeatElement(0 ..< 0, count: tokens.count))
                wordPrefix.append(contentsOf: repeatElement(0, count: tokens.count))
                var words = wordPrefix[first]
                text.utf8.withUnsafeBufferPointer { p in
                    ids.withUnsafeMutableBufferPointer { ids in
                        var k = first
                        interner.exactIds(for: tokens, in: p) { id in
                            ids[k] = id
                            k += 1
                        }
                    }
                    ranges.withUnsafeMutableBufferPointer { ranges in
                        wordPrefix.withUnsafeMutableBufferPointer { prefix in
                            for (k, token) in tokens.enumerated() {
                                ranges[first + k] = token.start ..< token.end
                                if WordCounter.isWord(p, token.start ..< token.end) { words += 1 }
                                prefix[first + k + 1] = words
                            }
                        }
                    }
                }
            }
        }

        /// Adds an unchanged run as one unit (its words are added by ``units(firstRunId:runWords:)``).
        mutating func addUnchanged(_ run: Range<Int>) {
            let bytes = blocks[run.lowerBound].lowerBound ..< blocks[run.upperBound - 1].upperBound
            next = run.upperBound
            runUnits.append(ranges.count)
            ranges.append(bytes)
            ids.append(-1)
            wordPrefix.append(wordPrefix[wordPrefix.count - 1])
        }

        /// The units, with the unchanged runs numbered from `firstRunId` and their word counts added. The builder's
        /// unit arrays are moved out (not copied).
        /// - Parameter runWords: The words of each unchanged run, in order.
        mutating func units(firstRunId: Int32, runWords: [Int]) -> DiffUnits {
            var final = ids
            ids = []
            var prefix = wordPrefix
            wordPrefix = []
            var run = 0
            var added = 0
            for k in final.indices {
                if final[k] < 0 {
                    final[k] = firstRunId + Int32(truncatingIfNeeded: run)
                    added += runWords[run]
                    run += 1
                }
                prefix[k + 1] += added
            }
            var units = DiffUnits(granularity: .word, ranges: ranges, ids: final)
            units.wordPrefix = prefix
            return units
        }
    }

    /// Unchanged old text at least this long has its words counted on a second thread (about 0.8 ms of counting;
    /// below it, starting and joining the thread cost about what it saves).
    static let parallelCountingMinimumBytes = 256 << 10

    /// The words in each unchanged run of old blocks (``Tokenizer/wordCount(in:block:)``).
    /// - Complexity: O(bytes of the runs).
    static func runWordCounts(
        _ runs: [(a: Range<Int>, b: Range<Int>)], blocks: [Range<Int>], of text: SourceText, tokenizer: Tokenizer
    ) -> [Int] {
        runs.map { entry in
            tokenizer.wordCount(
                in: text, block: blocks[entry.a.lowerBound].lowerBound ..< blocks[entry.a.upperBound - 1].upperBound)
        }
    }
}
