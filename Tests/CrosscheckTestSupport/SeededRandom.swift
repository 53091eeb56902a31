import Foundation

/// A small, fast, seeded random number generator (SplitMix64) for reproducible property tests.
///
/// Property tests take their seed from ``testSeed(default:)`` and print it, so a failure can be replayed with
/// `CROSSCHECK_SEED=<seed> swift test --filter <Suite>`.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator.
    /// - Parameter seed: Any value; equal seeds give equal sequences.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    /// - Returns: A pseudo-random value.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The seed for a property test: `CROSSCHECK_SEED` from the environment when set (to replay a failure), else a
    /// fresh random seed. Tests print it.
    public static func testSeed() -> UInt64 {
        if let text = ProcessInfo.processInfo.environment["CROSSCHECK_SEED"], let seed = UInt64(text) {
            return seed
        }
        return UInt64.random(in: 0 ... UInt64.max)
    }

    /// The seed for a property test with a fixed default: `CROSSCHECK_SEED` from the environment when set, else
    /// `default`.
    /// - Parameter default: The seed used when the environment names none.
    /// - Returns: The seed to use.
    public static func testSeed(default: UInt64) -> UInt64 {
        if let text = ProcessInfo.processInfo.environment["CROSSCHECK_SEED"], let seed = UInt64(text) {
            return seed
        }
        return `default`
    }
}
