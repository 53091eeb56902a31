/// A port of google/diff-match-patch's diff functions on Unicode scalars (code points), built on Crosscheck's diff
/// engine (``MyersBisect``-based middle snake and ``DiffCleanup``).
///
/// It exists for compatibility with the reference implementation and its test vectors (see
/// `Scripts/score-dmp-vectors.py`); article diffs use ``TextDiff``. Differences from the reference on purpose:
/// - indices and lengths count Unicode scalars, never UTF-16 code units (no surrogate-pair offsets);
/// - `Diff_Timeout` is replaced by a deterministic work bound (``maxCost``); a timeout of zero in the reference
///   ("no limit") corresponds to ``halfMatch`` off and no bound;
/// - line mode (`checklines`) is not implemented: ``diffMain(_:_:)`` always diffs scalars, which is what the reference
///   computes with `checklines = false`.
public struct DiffMatchPatch: Sendable {
    /// What a diff entry does, with diff-match-patch's numeric codes.
    public enum Operation: Int, Sendable, Hashable, Codable {
        /// Text only in the old string.
        case delete = -1
        /// Text in both strings.
        case equal = 0
        /// Text only in the new string.
        case insert = 1
    }

    /// One diff entry: an operation and its text.
    public struct Diff: Sendable, Hashable {
        /// What the entry does.
        public var operation: Operation
        /// The text it applies to.
        public var text: String

        /// Creates an entry.
        /// - Parameters:
        ///   - operation: What the entry does.
        ///   - text: The text it applies to.
        public init(_ operation: Operation, _ text: String) {
            self.operation = operation
            self.text = text
        }
    }

    /// Whether ``diffMain(_:_:)`` splits on a common substring of at least half the longer text before bisecting
    /// (diff-match-patch does when `Diff_Timeout > 0`, its default). Faster, sometimes not minimal.
    public var halfMatch: Bool
    /// Work bound of ``diffMain(_:_:)`` in middle-snake steps (`nil`: unbounded). When exhausted, the remaining
    /// regions become a deletion plus an insertion, as the reference does at its deadline.
    public var maxCost: Int?
    /// diff-match-patch's `Diff_EditCost`, used by ``cleanupEfficiency(_:)``.
    public var editCost: Int

    /// Creates a differ with diff-match-patch's defaults (half-match on, edit cost 4) and no work bound.
    /// - Parameters:
    ///   - halfMatch: Whether to use the half-match speedup.
    ///   - maxCost: Work bound, `nil` for none.
    ///   - editCost: Cost of an edit for ``cleanupEfficiency(_:)``.
    public init(halfMatch: Bool = true, maxCost: Int? = nil, editCost: Int = 4) {
        self.halfMatch = halfMatch
        self.maxCost = maxCost
        self.editCost = editCost
    }

    // MARK: - Diff

    /// The differences between two texts (`diff_main` with `checklines = false`), merged with ``cleanupMerge(_:)``.
    /// - Parameters:
    ///   - text1: The old text.
    ///   - text2: The new text.
    /// - Returns: The diff entries.
    /// - Complexity: O((n + m) · D) for edit distance D, bounded by ``maxCost``.
    public func diffMain(_ text1: String, _ text2: String) -> [Diff] {
        let a = Self.scalars(text1)
        let b = Self.scalars(text2)
        var run = Run(a: a, b: b, halfMatch: halfMatch, budget: maxCost ?? .max)
        let ops = run.main(0 ..< a.count, 0 ..< b.count)
        return Self.diffs(ops, a, b)
    }

    /// One middle-snake split and recursion (`diff_bisect`).
    /// - Parameters:
    ///   - text1: The old text.
    ///   - text2: The new text.
    ///   - maxCost: The work bound; 0 gives up at once (the reference with a past deadline).
    /// - Returns: The diff entries.
    /// - Complexity: O((n + m) · D), bounded by `maxCost`.
    public func bisect(_ text1: String, _ text2: String, maxCost: Int) -> [Diff] {
        let a = Self.scalars(text1)
        let b = Self.scalars(text2)
        var run = Run(a: a, b: b, halfMatch: halfMatch, budget: maxCost)
        return Self.diffs(run.bisect(0 ..< a.count, 0 ..< b.count), a, b)
    }

    /// A common substring of at least half the longer text (`diff_halfMatch`), or `nil` (always `nil` when
    /// ``halfMatch`` is off).
    /// - Parameters:
    ///   - text1: The old text.
    ///   - text2: The new text.
    /// - Returns: The prefix and suffix of `text1`, the prefix and suffix of `text2`, and the common middle.
    /// - Complexity: O(n · m) in the worst case, linear in practice.
    public func halfMatch(_ text1: String, _ text2: String) -> [String]? {
        guard halfMatch else { return nil }
        let a = Self.scalars(text1)
        let b = Self.scalars(text2)
        guard let match = HalfMatch.find(a, 0 ..< a.count, b, 0 ..< b.count) else { return nil }
        return [
            Self.string(a, match.a1), Self.string(a, match.a2), Self.string(b, match.b1), Self.string(b, match.b2),
            Self.string(a, match.commonA),
        ]
    }

    // MARK: - Cleanup

    /// `diff_cleanupMerge`: see ``DiffCleanup/merge(_:a:b:)``.
    /// - Parameter diffs: Diff entries.
    /// - Returns: The merged entries.
    /// - Complexity: O(n) for n scalars, plus the merge passes.
    public func cleanupMerge(_ diffs: [Diff]) -> [Diff] {
        let (a, b, ops) = Self.ops(diffs)
        return Self.diffs(DiffCleanup.merge(ops, a: a, b: b), a, b)
    }

    /// `diff_cleanupSemantic`: see ``DiffCleanup/semantic(_:a:b:weights:canEliminate:scorer:)``.
    /// - Parameter diffs: Diff entries.
    /// - Returns: The cleaned entries.
    /// - Complexity: O(n) for n scalars, plus the cleanup (see ``DiffCleanup``).
    public func cleanupSemantic(_ diffs: [Diff]) -> [Diff] {
        let (a, b, ops) = Self.ops(diffs)
        let cleaned = DiffCleanup.semantic(ops, a: a, b: b, scorer: ScalarBoundaryScorer(a: a, b: b))
        return Self.diffs(cleaned, a, b)
    }

    /// `diff_cleanupSemanticLossless`: see ``DiffCleanup/semanticLossless(_:a:b:scorer:)``.
    /// - Parameter diffs: Diff entries.
    /// - Returns: The entries with edits slid to natural boundaries.
    /// - Complexity: O(n) for n scalars.
    public func cleanupSemanticLossless(_ diffs: [Diff]) -> [Diff] {
        let (a, b, ops) = Self.ops(diffs)
        let cleaned = DiffCleanup.semanticLossless(ops, a: a, b: b, scorer: ScalarBoundaryScorer(a: a, b: b))
        return Self.diffs(cleaned, a, b)
    }

    /// `diff_cleanupEfficiency`: see ``DiffCleanup/efficiency(_:a:b:editCost:)``.
    /// - Parameter diffs: Diff entries.
    /// - Returns: The cleaned entries.
    /// - Complexity: O(n) for n scalars, O(k²) for k entries in the worst case.
    public func cleanupEfficiency(_ diffs: [Diff]) -> [Diff] {
        let (a, b, ops) = Self.ops(diffs)
        return Self.diffs(DiffCleanup.efficiency(ops, a: a, b: b, editCost: editCost), a, b)
    }

    // MARK: - Measures

    /// The number of scalars common to the start of both texts (`diff_commonPrefix`).
    /// - Parameters:
    ///   - text1: First text.
    ///   - text2: Second text.
    /// - Returns: The length of the common prefix.
    /// - Complexity: O(n).
    public static func commonPrefix(_ text1: String, _ text2: String) -> Int {
        let a = scalars(text1)
        let b = scalars(text2)
        return DiffCleanup.commonPrefix(a, 0 ..< a.count, b, 0 ..< b.count)
    }

    /// The number of scalars common to the end of both texts (`diff_commonSuffix`).
    /// - Parameters:
    ///   - text1: First text.
    ///   - text2: Second text.
    /// - Returns: The length of the common suffix.
    /// - Complexity: O(n).
    public static func commonSuffix(_ text1: String, _ text2: String) -> Int {
        let a = scalars(text1)
        let b = scalars(text2)
        return DiffCleanup.commonSuffix(a, 0 ..< a.count, b, 0 ..< b.count)
    }

    /// The length of the longest suffix of `text1` that is a prefix of `text2` (`diff_commonOverlap`).
    /// - Parameters:
    ///   - text1: First text.
    ///   - text2: Second text.
    /// - Returns: The overlap length in scalars.
    /// - Complexity: O(n) (Knuth–Morris–Pratt).
    public static func commonOverlap(_ text1: String, _ text2: String) -> Int {
        let a = scalars(text1)
        let b = scalars(text2)
        return DiffCleanup.commonOverlap(a, 0 ..< a.count, b, 0 ..< b.count)
    }

    /// The Levenshtein distance of a diff (`diff_levenshtein`): per change run, the larger of inserted and deleted
    /// scalars.
    /// - Parameter diffs: Diff entries.
    /// - Returns: The distance.
    /// - Complexity: O(n) for n scalars.
    public static func levenshtein(_ diffs: [Diff]) -> Int {
        var total = 0
        var insertions = 0
        var deletions = 0
        for diff in diffs {
            let length = diff.text.unicodeScalars.count
            switch diff.operation {
            case .insert: insertions += length
            case .delete: deletions += length
            case .equal:
                total += max(insertions, deletions)
                insertions = 0
                deletions = 0
            }
        }
        return total + max(insertions, deletions)
    }

    /// The old text of a diff (`diff_text1`).
    /// - Parameter diffs: Diff entries.
    /// - Returns: Equalities and deletions concatenated.
    /// - Complexity: O(n).
    public static func text1(_ diffs: [Diff]) -> String {
        diffs.filter { $0.operation != .insert }.map(\.text).joined()
    }

    /// The new text of a diff (`diff_text2`).
    /// - Parameter diffs: Diff entries.
    /// - Returns: Equalities and insertions concatenated.
    /// - Complexity: O(n).
    public static func text2(_ diffs: [Diff]) -> String {
        diffs.filter { $0.operation != .delete }.map(\.text).joined()
    }

    /// Maps a scalar offset in the old text to the new text (`diff_xIndex`).
    /// - Parameters:
    ///   - diffs: Diff entries.
    ///   - location: A scalar offset in the old text.
    /// - Returns: The corresponding offset in the new text (the start of the replacement if it was deleted).
    /// - Complexity: O(n).
    public static func xIndex(_ diffs: [Diff], _ location: Int) -> Int {
        var chars1 = 0
        var chars2 = 0
        var last1 = 0
        var last2 = 0
        var deletedHere = false
        for diff in diffs {
            let length = diff.text.unicodeScalars.count
            if diff.operation != .insert { chars1 += length }
            if diff.operation != .delete { chars2 += length }
            if chars1 > location {
                deletedHere = diff.operation == .delete
                break
            }
            last1 = chars1
            last2 = chars2
        }
        return deletedHere ? last2 : last2 + (location - last1)
    }

    // MARK: - Conversions

    static func scalars(_ text: String) -> [Int32] {
        text.unicodeScalars.map { Int32(bitPattern: $0.value) }
    }

    static func string(_ s: [Int32], _ range: Range<Int>) -> String {
        var text = String.UnicodeScalarView()
        for v in s[range] {
            if let scalar = Unicode.Scalar(UInt32(bitPattern: v)) { text.append(scalar) }
        }
        return String(text)
    }

    /// Turns diff entries into the two scalar sequences and a range-based op list (entries of any order are
    /// accepted, as in the reference's cleanup tests).
    static func ops(_ diffs: [Diff]) -> ([Int32], [Int32], [DiffOp]) {
        var a: [Int32] = []
        var b: [Int32] = []
        var ops: [DiffOp] = []
        for diff in diffs {
            let s = scalars(diff.text)
            switch diff.operation {
            case .equal:
                ops.append(DiffOp(.equal, a: a.count ..< a.count + s.count, b: b.count ..< b.count + s.count))
                a += s
                b += s
            case .delete:
                ops.append(DiffOp(.delete, a: a.count ..< a.count + s.count, b: b.count ..< b.count))
                a += s
            case .insert:
                ops.append(DiffOp(.insert, a: a.count ..< a.count, b: b.count ..< b.count + s.count))
                b += s
            }
        }
        return (a, b, ops)
    }

    static func diffs(_ ops: [DiffOp], _ a: [Int32], _ b: [Int32]) -> [Diff] {
        ops.map { op in
            switch op.kind {
            case .equal: Diff(.equal, string(a, op.a))
            case .delete: Diff(.delete, string(a, op.a))
            case .insert: Diff(.insert, string(b, op.b))
            }
        }
    }

    /// The recursion of `diff_main`, on ranges of two scalar arrays.
    private struct Run {
        let a: [Int32]
        let b: [Int32]
        let halfMatch: Bool
        var budget: Int
        let bisector = MyersBisect()

        init(a: [Int32], b: [Int32], halfMatch: Bool, budget: Int) {
            self.a = a
            self.b = b
            self.halfMatch = halfMatch
            self.budget = budget
        }

        mutating func main(_ ra: Range<Int>, _ rb: Range<Int>) -> [DiffOp] {
            if ra.count == rb.count && a[ra] == b[rb] {
                return ra.isEmpty ? [] : [DiffOp(.equal, a: ra, b: rb)]
            }
            let prefix = DiffCleanup.commonPrefix(a, ra, b, rb)
            let suffix = DiffCleanup.commonSuffix(
                a, ra.lowerBound + prefix ..< ra.upperBound, b, rb.lowerBound + prefix ..< rb.upperBound)
            let ma = ra.lowerBound + prefix ..< ra.upperBound - suffix
            let mb = rb.lowerBound + prefix ..< rb.upperBound - suffix
            var ops: [DiffOp] = []
            if prefix > 0 {
                ops.append(DiffOp(.equal, a: ra.lowerBound ..< ma.lowerBound, b: rb.lowerBound ..< mb.lowerBound))
            }
            ops += compute(ma, mb)
            if suffix > 0 {
                ops.append(DiffOp(.equal, a: ma.upperBound ..< ra.upperBound, b: mb.upperBound ..< rb.upperBound))
            }
            return DiffCleanup.merge(ops, a: a, b: b)
        }

        private func deleteInsert(_ ra: Range<Int>, _ rb: Range<Int>) -> [DiffOp] {
            [
                DiffOp(.delete, a: ra, b: rb.lowerBound ..< rb.lowerBound),
                DiffOp(.insert, a: ra.upperBound ..< ra.upperBound, b: rb),
            ]
        }

        private mutating func compute(_ ra: Range<Int>, _ rb: Range<Int>) -> [DiffOp] {
            if ra.isEmpty { return [DiffOp(.insert, a: ra, b: rb)] }
            if rb.isEmpty { return [DiffOp(.delete, a: ra, b: rb)] }
            let oldIsLonger = ra.count > rb.count
            let (long, longRange, short, shortRange) = oldIsLonger ? (a, ra, b, rb) : (b, rb, a, ra)
            if let i = HalfMatch.firstIndex(of: short, shortRange, in: long, longRange, from: longRange.lowerBound) {
                let before = longRange.lowerBound ..< i
                let after = i + shortRange.count ..< longRange.upperBound
                if oldIsLonger {
                    return [
                        DiffOp(.delete, a: before, b: rb.lowerBound ..< rb.lowerBound),
                        DiffOp(.equal, a: i ..< i + shortRange.count, b: rb),
                        DiffOp(.delete, a: after, b: rb.upperBound ..< rb.upperBound),
                    ]
                }
                return [
                    DiffOp(.insert, a: ra.lowerBound ..< ra.lowerBound, b: before),
                    DiffOp(.equal, a: ra, b: i ..< i + shortRange.count),
                    DiffOp(.insert, a: ra.upperBound ..< ra.upperBound, b: after),
                ]
            }
            if shortRange.count == 1 { return deleteInsert(ra, rb) }
            if halfMatch, let match = HalfMatch.find(a, ra, b, rb) {
                let first = main(match.a1, match.b1)
                let second = main(match.a2, match.b2)
                return first + [DiffOp(.equal, a: match.commonA, b: match.commonB)] + second
            }
            return bisect(ra, rb)
        }

        mutating func bisect(_ ra: Range<Int>, _ rb: Range<Int>) -> [DiffOp] {
            if ra.isEmpty || rb.isEmpty {
                return [
                    DiffOp(.delete, a: ra, b: rb.lowerBound ..< rb.lowerBound),
                    DiffOp(.insert, a: ra.upperBound ..< ra.upperBound, b: rb),
                ]
                .filter { !$0.a.isEmpty || !$0.b.isEmpty }
            }
            let outcome = a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    bisector.middleSnake(
                        pa.baseAddress.unsafelyUnwrapped + ra.lowerBound, ra.count,
                        pb.baseAddress.unsafelyUnwrapped + rb.lowerBound, rb.count, budget: &budget)
                }
            }
            switch outcome {
            case .split(let x, let y), .heuristic(let x, let y):
                let first = main(ra.lowerBound ..< ra.lowerBound + x, rb.lowerBound ..< rb.lowerBound + y)
                let second = main(ra.lowerBound + x ..< ra.upperBound, rb.lowerBound + y ..< rb.upperBound)
                return first + second
            case .disjoint, .exhausted:
                return deleteInsert(ra, rb)
            }
        }
    }
}
