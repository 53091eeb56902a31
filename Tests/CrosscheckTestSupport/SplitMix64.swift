/// A small, fast, seedable random number generator (SplitMix64) for reproducible property tests.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator.
    /// - Parameter seed: The seed; the same seed gives the same sequence.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    /// - Returns: A random value.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The seed for a property test: `CROSSCHECK_SEED` from the environment when set, otherwise a fresh random one.
    /// Property tests print it so that a failure can be replayed.
    /// - Returns: The seed.
    public static func testSeed() -> UInt64 {
        if let text = getenvString("CROSSCHECK_SEED"), let seed = UInt64(text) { return seed }
        return UInt64.random(in: 0 ... UInt64.max)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

private func getenvString(_ name: String) -> String? {
    guard let value = getenv(name) else { return nil }
    return String(cString: value)
}
