import Foundation
import Crosscheck

/// A small deterministic random generator (SplitMix64) so property tests can print and replay their seed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The seed of a property test: `CROSSCHECK_SEED` when set, otherwise a fixed default. Printed so a failure can be
/// replayed.
func propertySeed(_ name: String, default value: UInt64) -> UInt64 {
    let seed = Environment.seed ?? value
    print("[\(name)] seed \(seed) (set CROSSCHECK_SEED to replay)")
    return seed
}

enum Environment {
    static let seed: UInt64? = {
        guard let raw = getenv("CROSSCHECK_SEED") else { return nil }
        return UInt64(String(cString: raw))
    }()
}

/// Length of a longest common subsequence by dynamic programming (the brute-force optimum).
func lcsLength(_ a: [Int32], _ b: [Int32]) -> Int {
    var row = [Int](repeating: 0, count: b.count + 1)
    for x in a {
        var diagonal = 0
        for j in 1 ... max(b.count, 1) where j <= b.count {
            let above = row[j]
            row[j] = x == b[j - 1] ? diagonal + 1 : max(row[j], row[j - 1])
            diagonal = above
        }
    }
    return row[b.count]
}

/// Describes why `ops` is not a valid edit script from `a` to `b`, or returns `nil` when it is.
func scriptProblem(_ ops: [DiffOp], _ a: [Int32], _ b: [Int32]) -> String? {
    var i = 0, j = 0
    for (index, op) in ops.enumerated() {
        guard op.a.lowerBound == i, op.b.lowerBound == j else { return "op \(index) does not start at (\(i), \(j))" }
        switch op.kind {
        case .equal:
            guard op.a.count == op.b.count else { return "equal op \(index) has unequal lengths" }
            guard Array(a[op.a]) == Array(b[op.b]) else { return "equal op \(index) covers different elements" }
        case .delete:
            guard op.b.isEmpty else { return "delete op \(index) covers new elements" }
        case .insert:
            guard op.a.isEmpty else { return "insert op \(index) covers old elements" }
        }
        i = op.a.upperBound
        j = op.b.upperBound
    }
    guard i == a.count, j == b.count else { return "ops end at (\(i), \(j)), not (\(a.count), \(b.count))" }
    return nil
}
