/// Turns a unit-level edit script into byte-level ``TextEdit``s that cover both texts, assigning the bytes between
/// units (whitespace) to edits.
///
/// Rules:
/// - Inside a run of equal units, identical gaps belong to the equal edit. A gap (or unit) whose bytes differ although
///   the units are equal becomes a cosmetic edit between two equal edits, trimmed to the differing bytes.
/// - Around a change, whitespace common to both texts at its start and end stays in the neighbouring equal edits, so
///   changes start and end at word boundaries ("a [-b -]c"); the rest of the gaps goes with the change.
/// - A change run whose deletion or insertion has parts of moved passages is emitted as separate deletions and
///   insertions; otherwise a deletion and an insertion fuse into one replacement.
struct EditAssembler {
    let old: [UInt8]
    let new: [UInt8]
    let aUnits: [Range<Int>]
    let bUnits: [Range<Int>]
    /// The unit indices covered on each side.
    let unitsA: Range<Int>
    let unitsB: Range<Int>
    /// The bytes covered on each side.
    let bytesA: Range<Int>
    let bytesB: Range<Int>
    /// Whether whitespace-only differences are marked cosmetic.
    let foldWhitespace: Bool
    /// Inner edits for an unmoved replacement of the given old and new units and bytes, or none.
    let refine: (Range<Int>, Range<Int>, Range<Int>, Range<Int>) -> [TextEdit]

    /// Assembles the edits.
    /// - Parameters:
    ///   - ops: A unit-level script tiling `unitsA` and `unitsB`.
    ///   - moves: The move id of each op, if any.
    /// - Returns: Edits tiling `bytesA` and `bytesB`.
    /// - Complexity: O(bytes + ops).
    func assemble(_ ops: [DiffOp], moves: [Int?]) -> [TextEdit] {
        var writer = EditWriter(startA: bytesA.lowerBound, startB: bytesB.lowerBound)
        var k = 0
        while k < ops.count {
            if ops[k].kind == .equal {
                changeRegion(
                    &writer, ops[k ..< k], [], toA: startA(ops[k].a.lowerBound), toB: startB(ops[k].b.lowerBound))
                equalRun(&writer, ops[k])
                k += 1
            } else {
                var end = k
                while end < ops.count && ops[end].kind != .equal { end += 1 }
                let last = ops[end - 1]
                changeRegion(
                    &writer, ops[k ..< end], Array(moves[k ..< end]), toA: startA(last.a.upperBound),
                    toB: startB(last.b.upperBound))
                k = end
            }
        }
        changeRegion(&writer, ops[0 ..< 0], [], toA: bytesA.upperBound, toB: bytesB.upperBound)
        return writer.finish()
    }

    private func startA(_ unit: Int) -> Int { unit < unitsA.upperBound ? aUnits[unit].lowerBound : bytesA.upperBound }
    private func startB(_ unit: Int) -> Int { unit < unitsB.upperBound ? bUnits[unit].lowerBound : bytesB.upperBound }

    private func equalRun(_ writer: inout EditWriter, _ op: DiffOp) {
        guard !op.a.isEmpty else { return }
        let ra = aUnits[op.a.lowerBound].lowerBound ..< aUnits[op.a.upperBound - 1].upperBound
        let rb = bUnits[op.b.lowerBound].lowerBound ..< bUnits[op.b.upperBound - 1].upperBound
        if TextScan.equalBytes(old, ra, new, rb) {
            writer.equal(ra.count)
            return
        }
        for t in 0 ..< op.a.count {
            let ua = aUnits[op.a.lowerBound + t]
            let ub = bUnits[op.b.lowerBound + t]
            if t > 0 {
                let gapA = aUnits[op.a.lowerBound + t - 1].upperBound ..< ua.lowerBound
                let gapB = bUnits[op.b.lowerBound + t - 1].upperBound ..< ub.lowerBound
                cosmetic(&writer, gapA, gapB)
            }
            cosmetic(&writer, ua, ub)
        }
    }

    /// Equal bytes extend the equal edit; differing bytes become a cosmetic edit trimmed to the difference.
    private func cosmetic(_ writer: inout EditWriter, _ ra: Range<Int>, _ rb: Range<Int>) {
        if TextScan.equalBytes(old, ra, new, rb) {
            writer.equal(ra.count)
            return
        }
        let prefix = TextScan.commonPrefix(old, ra, new, rb)
        writer.equal(prefix)
        let suffix = TextScan.commonSuffix(
            old, ra.lowerBound + prefix ..< ra.upperBound, new, rb.lowerBound + prefix ..< rb.upperBound)
        writer.change(toA: ra.upperBound - suffix, toB: rb.upperBound - suffix, isCosmetic: foldWhitespace)
        writer.equal(suffix)
    }

    private func changeRegion(
        _ writer: inout EditWriter, _ pieces: ArraySlice<DiffOp>, _ moves: [Int?], toA: Int, toB: Int
    ) {
        let fromA = writer.positionA
        let fromB = writer.positionB
        guard toA > fromA || toB > fromB else { return }
        let deletes = pieces.filter { $0.kind == .delete && !$0.a.isEmpty }
        let inserts = pieces.filter { $0.kind == .insert && !$0.b.isEmpty }
        // Whitespace common to both sides before the first unit stays with the equal edit before.
        let firstA = deletes.first.map { aUnits[$0.a.lowerBound].lowerBound } ?? toA
        let firstB = inserts.first.map { bUnits[$0.b.lowerBound].lowerBound } ?? toB
        let prefix = TextScan.commonPrefix(old, fromA ..< firstA, new, fromB ..< firstB)
        writer.equal(prefix)
        // Whitespace common to both sides after the last unit goes with the equal edit after.
        let lastA = max(deletes.last.map { aUnits[$0.a.upperBound - 1].upperBound } ?? 0, fromA + prefix)
        let lastB = max(inserts.last.map { bUnits[$0.b.upperBound - 1].upperBound } ?? 0, fromB + prefix)
        let suffix = TextScan.commonSuffix(old, lastA ..< toA, new, lastB ..< toB)
        let endA = toA - suffix
        let endB = toB - suffix
        if deletes.isEmpty && inserts.isEmpty {
            writer.change(toA: endA, toB: endB, isCosmetic: foldWhitespace)
        } else {
            emitPieces(&writer, pieces, moves, endA: endA, endB: endB)
        }
        writer.equal(suffix)
    }

    private func emitPieces(
        _ writer: inout EditWriter, _ pieces: ArraySlice<DiffOp>, _ moves: [Int?], endA: Int, endB: Int
    ) {
        var aPieces: [(units: Range<Int>, move: Int?)] = []
        var bPieces: [(units: Range<Int>, move: Int?)] = []
        for (offset, op) in pieces.enumerated() {
            if op.kind == .delete && !op.a.isEmpty { aPieces.append((op.a, moves[offset])) }
            if op.kind == .insert && !op.b.isEmpty { bPieces.append((op.b, moves[offset])) }
        }
        // Each piece's bytes run from its first unit to the next piece's first unit (the first from the region start).
        func end(_ list: [(units: Range<Int>, move: Int?)], _ k: Int, _ units: [Range<Int>], _ regionEnd: Int) -> Int {
            k + 1 < list.count ? units[list[k + 1].units.lowerBound].lowerBound : regionEnd
        }
        let fuse =
            !aPieces.isEmpty && !bPieces.isEmpty && aPieces[aPieces.count - 1].move == nil
            && bPieces[0].move == nil
        for k in aPieces.indices {
            if fuse && k == aPieces.count - 1 {
                let oldBytes = writer.positionA ..< endA
                let newBytes = writer.positionB ..< end(bPieces, 0, bUnits, endB)
                let inner = refine(aPieces[k].units, bPieces[0].units, oldBytes, newBytes)
                writer.change(toA: oldBytes.upperBound, toB: newBytes.upperBound, isCosmetic: false, inner: inner)
            } else {
                writer.change(
                    toA: end(aPieces, k, aUnits, endA), toB: writer.positionB, isCosmetic: false, move: aPieces[k].move)
            }
        }
        for k in bPieces.indices where !(fuse && k == 0) {
            writer.change(
                toA: writer.positionA, toB: end(bPieces, k, bUnits, endB), isCosmetic: false, move: bPieces[k].move)
        }
        // A region whose pieces lie on one side only still owns the other side's gap bytes (whitespace only).
        if writer.positionA < endA || writer.positionB < endB {
            writer.change(toA: endA, toB: endB, isCosmetic: foldWhitespace)
        }
    }
}
